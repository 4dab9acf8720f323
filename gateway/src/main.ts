import { createLogger, loadConfigOrExit, openDatabase, startTracing } from '@lsp/shared';
import { ApiKeyStore } from './api-keys/store';
import { AuditEventStore } from './api-keys/audit-events';
import { gatewayDatabase } from './database';
import { auditArchiveDirOf, gatewayConfigSchema, subgraphUrlsOf } from './config';
import { schedulePrune } from './api-keys/audit-retention';
import { limitsFromConfig, startGateway } from './server';

async function main() {
  // One schema, so every problem (and every production refusal) is printed at once.
  const cfg = loadConfigOrExit(gatewayConfigSchema);
  const log = createLogger('gateway', cfg.LOG_LEVEL);
  const stopTracing = startTracing('gateway', cfg);
  const production = cfg.NODE_ENV === 'production';
  const subgraphUrls = subgraphUrlsOf(cfg);
  const db = await openDatabase({
    service: 'gateway', url: cfg.DATABASE_URL, dataDir: cfg.DATA_DIR, ...gatewayDatabase, log,
  });
  const gw = await startGateway({
    apiKeys: new ApiKeyStore(db, cfg.API_KEY_PEPPER),
    auditEvents: new AuditEventStore(db),
    port: cfg.PORT, host: cfg.HOST, supergraphPath: cfg.SUPERGRAPH_PATH, subgraphUrls, log, watchSupergraph: true, production,
    identityPrivateKey: cfg.IDENTITY_PRIVATE_KEY, identityTtlSeconds: cfg.IDENTITY_TOKEN_TTL_SECONDS,
    auth: {
      production,
      allowAnonymousRead: cfg.ALLOW_ANONYMOUS_READ,
      local: { secret: cfg.JWT_SECRET, issuer: cfg.JWT_ISSUER },
      oidc: cfg.OIDC_ISSUER && cfg.OIDC_AUDIENCE
        ? { issuer: cfg.OIDC_ISSUER, audience: cfg.OIDC_AUDIENCE, jwksUrl: cfg.OIDC_JWKS_URL, rolesClaim: cfg.OIDC_ROLES_CLAIM }
        : undefined,
    },
    limits: limitsFromConfig(cfg),
    responseCacheMaxBytes: Math.floor(cfg.RESPONSE_CACHE_MAX_MB * 1024 * 1024),
    breaker: { failures: cfg.SUBGRAPH_BREAKER_FAILURES, openMs: cfg.SUBGRAPH_BREAKER_OPEN_MS },
    redisUrl: cfg.REDIS_URL, responseCacheSharedTtlSeconds: cfg.RESPONSE_CACHE_SHARED_TTL_SECONDS,
    resultShaping: cfg.GATEWAY_RESULT_SHAPING,
  });
  log.info({ url: gw.url }, 'gateway ready');
  const stopPrune = schedulePrune(db, {
    retentionDays: cfg.AUDIT_RETENTION_DAYS, archiveDir: auditArchiveDirOf(cfg), intervalHours: cfg.AUDIT_PRUNE_INTERVAL_HOURS, log,
  });
  const stop = async () => {
    stopPrune();
    await gw.stop();
    await stopTracing();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}
void main();
