import { Redis } from 'ioredis';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { Logger } from '@lsp/shared';

/**
 * The Redis that gateway replicas share (REDIS_URL): the rate limit's counters and the response cache's answers.
 * Without REDIS_URL there is none and each gateway keeps both in its own memory (one replica, the embedded default).
 *
 * Client: ioredis, because rate-limiter-flexible's RateLimiterRedis drives it natively (one Lua script per consume,
 * registered with defineCommand) and because it reconnects by itself forever (retryStrategy) with a per-command
 * timeout (commandTimeout); node-redis v4+ does the same but needs `useRedisPackage` and has no per-command timeout.
 *
 * An outage must never cost a request more than a moment or answer a 5xx: the offline queue is off (a command while
 * disconnected fails at once instead of waiting for the connection), every command has a 500 ms bound (a Redis that
 * accepts but does not answer), and callers ask `ready()` before using it. Outages are logged once when they begin
 * and once when they end, and counted: `lsp_redis_up` (1/0), `lsp_redis_errors_total{use}`.
 */
export interface SharedRedis {
  client: Redis;
  /** Connected and answering: callers skip Redis (and degrade) when false, without waiting. */
  ready(): boolean;
  /** Resolves when connected, or after `ms` (then the gateway starts degraded and connects when Redis does). */
  connected(ms: number): Promise<boolean>;
  /** Counts a failed use (rate-limit, cache-read, cache-write) and logs it at debug level. */
  failed(use: string, err: unknown): void;
  close(): Promise<void>;
}

export const REDIS_COMMAND_TIMEOUT_MS = 500;

/** The address of a Redis URL without its password, for logs. */
export const redisTarget = (url: string): string => {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}:${u.port || 6379}${u.pathname === '/' ? '' : u.pathname}`;
};

export function connectRedis(url: string, opts: { log: Logger; registry: Registry }): SharedRedis {
  const target = redisTarget(url);
  const client = new Redis(url, {
    enableOfflineQueue: false,
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    connectTimeout: 2000,
    maxRetriesPerRequest: 0,
    // Reconnect forever, at most every 2 s: the gateway comes back by itself when Redis does.
    retryStrategy: (times) => Math.min(times * 100, 2000),
    // rediss:// turns TLS on (ioredis reads it from the URL); the password and user come from the URL too.
  });
  const errors = new Counter({
    name: 'lsp_redis_errors_total', help: 'Uses of the shared Redis that failed or were skipped because it was down, by use (rate-limit, cache-read, cache-write, connection)',
    labelNames: ['use'], registers: [opts.registry],
  });
  new Gauge({
    name: 'lsp_redis_up', help: '1 while the shared Redis (REDIS_URL) is connected, 0 while the gateway runs degraded without it',
    registers: [opts.registry], collect() { this.set(client.status === 'ready' ? 1 : 0); },
  });
  let down = false;
  client.on('ready', () => {
    if (down) opts.log.warn({ redis: target }, 'redis is back: rate limit shared across replicas and shared response cache on again');
    else opts.log.info({ redis: target }, 'redis connected');
    down = false;
  });
  client.on('error', (err: Error) => {
    errors.inc({ use: 'connection' });
    if (!down) opts.log.error({ redis: target, err: err.message }, 'redis unavailable: rate limit per replica (in-memory insurance limiter), shared response cache off, until it returns');
    down = true;
  });
  client.on('close', () => {
    if (!down && client.status !== 'end') {
      opts.log.error({ redis: target }, 'redis connection closed: rate limit per replica, shared response cache off, until it returns');
      down = true;
    }
  });
  return {
    client,
    ready: () => client.status === 'ready',
    connected: (ms) => new Promise<boolean>((resolve) => {
      if (client.status === 'ready') return resolve(true);
      const timer = setTimeout(() => {
        client.off('ready', onReady);
        resolve(false);
      }, ms);
      const onReady = () => {
        clearTimeout(timer);
        resolve(true);
      };
      client.once('ready', onReady);
    }),
    failed(use, err) {
      errors.inc({ use });
      opts.log.debug({ redis: target, use, err: (err as Error)?.message }, 'redis use failed; degraded');
    },
    async close() {
      client.disconnect();
    },
  };
}
