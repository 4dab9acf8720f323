import type express from 'express';
import { Counter, type Registry } from 'prom-client';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { HttpRefusal } from './errors';
import { stateOf } from './auth';
import type { SharedRedis } from './redis';

/**
 * Per-identity rate limit (rate-limiter-flexible). Anonymous callers share their address's bucket. Over the
 * limit: 429 with Retry-After in seconds.
 *
 * - Without Redis: in this process's memory (one gateway).
 * - With Redis (REDIS_URL): RateLimiterRedis, one counter per identity shared by every replica, so two replicas
 *   behind a load balancer give a client the limit once, not twice. Its `insuranceLimiter` is an in-memory limiter
 *   with the same points: while Redis is down or slow (rejectIfRedisNotReady, the client's 500 ms command bound)
 *   each replica counts on its own (at most points × replicas in all), and never answers a 5xx for it.
 *   Each request counted by the insurance limiter is counted in `lsp_rate_limit_insurance_total`.
 */
export function rateLimit(opts: { points: number; windowSeconds: number; redis?: SharedRedis; registry?: Registry }): express.RequestHandler {
  let limiter: RateLimiterAbstract;
  if (opts.redis) {
    const redis = opts.redis;
    const insured = opts.registry
      ? new Counter({ name: 'lsp_rate_limit_insurance_total', help: 'Requests rate-limited by the in-memory insurance limiter because the shared Redis was down', registers: [opts.registry] })
      : undefined;
    /** The insurance limiter, counting each use (it is only asked when Redis failed). */
    class Insurance extends RateLimiterMemory {
      consume(key: string | number, points?: number, options?: { [key: string]: unknown }) {
        insured?.inc();
        redis.failed('rate-limit', undefined);
        return super.consume(key, points, options);
      }
    }
    limiter = new RateLimiterRedis({
      storeClient: redis.client, keyPrefix: 'lsp:rate', points: opts.points, duration: opts.windowSeconds,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new Insurance({ keyPrefix: 'lsp:rate:insurance', points: opts.points, duration: opts.windowSeconds }),
    });
  } else {
    limiter = new RateLimiterMemory({ points: opts.points, duration: opts.windowSeconds });
  }
  return (req, res, next) => {
    const { identity } = stateOf(res);
    const key = identity.sub === 'anonymous' ? `ip:${req.socket.remoteAddress}` : `sub:${identity.sub}`;
    limiter.consume(key).then(
      (r) => {
        res.setHeader('ratelimit-remaining', String(r.remainingPoints));
        next();
      },
      (r: unknown) => {
        if (!(r instanceof RateLimiterRes)) return next(r);
        const seconds = Math.max(1, Math.ceil(r.msBeforeNext / 1000));
        next(new HttpRefusal(429, `Too many requests: at most ${opts.points} per ${opts.windowSeconds} s; retry after ${seconds} s`, { 'retry-after': String(seconds) }));
      },
    );
  };
}
