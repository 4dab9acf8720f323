import { join } from 'node:path';
import { z } from 'zod';
import { apiKeyConcern, databaseConcern, gatewayIdentityConcern, gatewayLimitsConcern, jwtConcern, serverConcern, telemetryConcern } from '@lsp/shared';
import { DEFAULT_BREAKER } from './plugins/retry';
import { DEFAULT_AUDIT_PRUNE_INTERVAL_HOURS, DEFAULT_AUDIT_RETENTION_DAYS } from './api-keys/audit-retention';
import { SUBGRAPHS, SUPERGRAPH_FILE, urlEnvOf } from './subgraphs';
import { DEFAULT_RESPONSE_CACHE_MAX_MB, DEFAULT_RESPONSE_CACHE_SHARED_TTL_SECONDS } from './plugins/response-cache';

/** The audit trail's retention (api-keys/audit-retention.ts), read by the gateway and by audit-retention-cli.ts. */
export const auditRetentionConcern = z.object({
  /** Days an audit_event row is kept; older ones are archived as NDJSON, then removed. */
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(DEFAULT_AUDIT_RETENTION_DAYS),
  /** Where the removed rows are archived; default <DATA_DIR>/audit-archive. */
  AUDIT_ARCHIVE_DIR: z.string().min(1).optional(),
  /** The gateway's own scheduled prune, every so many hours; 0 turns it off (then run `npm run audit:prune`). */
  AUDIT_PRUNE_INTERVAL_HOURS: z.coerce.number().min(0).max(24 * 366).default(DEFAULT_AUDIT_PRUNE_INTERVAL_HOURS),
});

/** Everything the gateway reads from its environment, as one schema so every problem is printed at once. */
const base = serverConcern(4000)
  .extend(jwtConcern.shape)
  .extend(gatewayIdentityConcern.shape)
  .extend(gatewayLimitsConcern.shape)
  .extend(telemetryConcern.shape)
  // The gateway's own small database: API keys and the audit trail (data/gateway.sqlite by default).
  .extend(databaseConcern.shape)
  .extend(apiKeyConcern.shape)
  .extend(auditRetentionConcern.shape)
  .extend({
    SUPERGRAPH_PATH: z.string().default(SUPERGRAPH_FILE),
    /** Memory for the response cache (plugins/response-cache.ts), in MiB; 0 turns it off. */
    RESPONSE_CACHE_MAX_MB: z.coerce.number().min(0).max(16_384).default(DEFAULT_RESPONSE_CACHE_MAX_MB),
    /**
     * The Redis gateway replicas share (rate limit, response cache): redis://[:password@]host:port[/db], or
     * rediss:// for TLS. Unset: each gateway keeps both in its own memory (one replica). Production refuses a URL
     * without a password (shared/src/config.ts, productionProblems).
     */
    REDIS_URL: z.string().url().refine((v) => /^rediss?:\/\//.test(v), 'must be a redis:// or rediss:// URL').optional(),
    /** Consecutive timeouts or connection failures of one subgraph that open its circuit breaker (plugins/retry.ts). */
    SUBGRAPH_BREAKER_FAILURES: z.coerce.number().int().min(1).max(1000).default(DEFAULT_BREAKER.failures),
    /** How long an open breaker answers that subgraph's part as SUBGRAPH_UNAVAILABLE at once before one probe, in ms. */
    SUBGRAPH_BREAKER_OPEN_MS: z.coerce.number().int().min(100).max(3_600_000).default(DEFAULT_BREAKER.openMs),
    /**
     * How the gateway shapes the merged subgraph data into the answer (result-shaping.ts): 'prepared' (default), or
     * 'apollo', @apollo/gateway's own walk, which gives the same answers more slowly.
     */
    GATEWAY_RESULT_SHAPING: z.enum(['prepared', 'apollo']).default('prepared'),
    /** Lifetime of a cached answer in Redis, in seconds. */
    RESPONSE_CACHE_SHARED_TTL_SECONDS: z.coerce.number().int().min(1).max(7 * 86_400).default(DEFAULT_RESPONSE_CACHE_SHARED_TTL_SECONDS),
  });
/** The base schema plus <NAME>_URL for every subgraph (typed as the base: the URLs are read by subgraphUrlsOf). */
export const gatewayConfigSchema = base.extend(
  Object.fromEntries(SUBGRAPHS.map((s) => [urlEnvOf(s.name), z.string().url().optional()])),
) as unknown as typeof base;
export type GatewayConfig = z.infer<typeof base>;

/** The subgraph URLs the configuration overrides, by subgraph name. */
export const subgraphUrlsOf = (cfg: GatewayConfig): Record<string, string> => {
  const urls = cfg as unknown as Record<string, string | undefined>;
  return Object.fromEntries(SUBGRAPHS.flatMap((s) => (urls[urlEnvOf(s.name)] ? [[s.name, urls[urlEnvOf(s.name)]!]] : [])));
};

/** AUDIT_ARCHIVE_DIR, or its default beside the embedded databases. */
export const auditArchiveDirOf = (cfg: { AUDIT_ARCHIVE_DIR?: string; DATA_DIR: string }): string => cfg.AUDIT_ARCHIVE_DIR ?? join(cfg.DATA_DIR, 'audit-archive');
