import type { AuthOptions, OidcOptions } from '../../gateway/src/plugins/auth';
import { issueToken, type Logger, type AdminUnits, type Role, type SubgraphModule } from '@lsp/shared';
import { startGateway, type GatewayLimits } from '../../gateway/src/server';
import type { BreakerOptions } from '../../gateway/src/plugins/retry';
import type { ApiKeyStore } from '../../gateway/src/api-keys/store';
import type { AuditEventStore } from '../../gateway/src/api-keys/audit-events';
import { SUBGRAPHS, SUPERGRAPH_FILE } from '../../gateway/src/subgraphs';
import { quietLog, startSubgraph, TEST_IDENTITY_PRIVATE_KEY, TEST_JWT_ISSUER, TEST_JWT_SECRET, type DbKind, type RunningSubgraph } from './index';

/** The subgraph module a subgraph's src/server.ts exports (the export with a definition and migrations). */
export function loadSubgraphModule(name: string): SubgraphModule<unknown> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exports = require(`../../subgraphs/${name}/src/server`) as Record<string, unknown>;
  const mod = Object.values(exports).find((v): v is SubgraphModule<unknown> => !!v && typeof v === 'object' && 'definition' in v && 'migrations' in v);
  if (!mod) throw new Error(`subgraphs/${name}/src/server.ts exports no SubgraphModule`);
  return mod;
}

export interface RunningPlatform {
  gatewayUrl: string;
  /** Every gateway's URL (the first is gatewayUrl): more than one with `gateways`, the replicas of one platform. */
  gatewayUrls: string[];
  subgraphs: Record<string, RunningSubgraph>;
  token(roles: Role[], sub?: string): Promise<string>;
  stopSubgraph(name: string): Promise<void>;
  stop(): Promise<void>;
}

/** Every composed subgraph on a free port with a fresh seeded database, and the gateway in front of them. */
export async function startPlatform(
  opts: { kind?: DbKind; allowAnonymousRead?: boolean; only?: string[]; units?: AdminUnits; supergraphPath?: string; watchSupergraph?: boolean; seed?: boolean;
    limits?: Partial<GatewayLimits>; production?: boolean; oidc?: OidcOptions; apiKeys?: AuthOptions['apiKeys']; apiKeyStore?: ApiKeyStore; auditEventStore?: AuditEventStore;
    /** Where the gateway sends a subgraph's calls (a recording proxy, a hung listener); default its URL. */
    route?: (name: string, url: string) => Promise<string> | string;
    /** A subgraph's database URL instead of a fresh one of `kind` (a fault test's own MariaDB server). */
    databaseUrlOf?: (name: string) => string | undefined;
    /** The gateway's logger (default: silent); tests of the audit trail pass one that captures lines. */
    log?: Logger;
    /** Gateway replicas in front of the same subgraphs (default 1); they share state through `redisUrl`. */
    gateways?: number; redisUrl?: string; breaker?: BreakerOptions } = {},
): Promise<RunningPlatform> {
  // Every subgraph and the gateway share this process's event loop here, so a department's score-parts feed can
  // wait behind the others' work far longer than the 2 s a deployed education allows (scoring/parts.ts).
  process.env.SCORE_PARTS_TIMEOUT_MS ??= '60000';
  const names = SUBGRAPHS.filter((s) => !opts.only || opts.only.includes(s.name)).map((s) => s.name);
  const subgraphs: Record<string, RunningSubgraph> = {};
  try {
    for (const name of names) subgraphs[name] = await startSubgraph(loadSubgraphModule(name), { kind: opts.kind, units: opts.units, seed: opts.seed, databaseUrl: opts.databaseUrlOf?.(name) });
  } catch (err) {
    await Promise.all(Object.values(subgraphs).map((s) => s.stop()));
    throw err;
  }
  const subgraphUrls = Object.fromEntries(await Promise.all(Object.entries(subgraphs).map(async ([n, s]) => [n, opts.route ? await opts.route(n, s.url) : s.url])));
  const gateways = await Promise.all(Array.from({ length: opts.gateways ?? 1 }, () => startGateway({
    port: 0, host: '127.0.0.1', supergraphPath: opts.supergraphPath ?? SUPERGRAPH_FILE, watchSupergraph: opts.watchSupergraph,
    subgraphUrls, redisUrl: opts.redisUrl, breaker: opts.breaker,
    identityPrivateKey: TEST_IDENTITY_PRIVATE_KEY, log: opts.log ?? quietLog, production: opts.production, apiKeys: opts.apiKeyStore, auditEvents: opts.auditEventStore,
    // Tests fire many requests from one identity, on a loaded machine; tests of limits and timeouts set their own.
    limits: { ratePoints: 100_000, readTimeoutMs: 60_000, writeTimeoutMs: 120_000, ...opts.limits },
    auth: {
      production: !!opts.production, allowAnonymousRead: !!opts.allowAnonymousRead, oidc: opts.oidc, apiKeys: opts.apiKeys,
      local: { secret: TEST_JWT_SECRET, issuer: TEST_JWT_ISSUER },
    },
  })));
  const stopped = new Set<string>();
  return {
    gatewayUrl: gateways[0].url,
    gatewayUrls: gateways.map((g) => g.url),
    subgraphs,
    token: (roles, sub = 'tester') => issueToken(sub, roles, { secret: TEST_JWT_SECRET, issuer: TEST_JWT_ISSUER }),
    async stopSubgraph(name) {
      stopped.add(name);
      await subgraphs[name].stop();
    },
    async stop() {
      await Promise.all(gateways.map((g) => g.stop()));
      await Promise.all(Object.entries(subgraphs).filter(([n]) => !stopped.has(n)).map(([, s]) => s.stop()));
    },
  };
}
