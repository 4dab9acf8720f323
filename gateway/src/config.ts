import { z } from 'zod';
import { apiKeyConcern, databaseConcern, gatewayIdentityConcern, gatewayLimitsConcern, jwtConcern, serverConcern, telemetryConcern } from '@lsp/shared';
import { SUBGRAPHS, SUPERGRAPH_FILE, urlEnvOf } from './subgraphs';
import { DEFAULT_RESPONSE_CACHE_MAX_MB } from './plugins/response-cache';

/** Everything the gateway reads from its environment, as one schema so every problem is printed at once. */
const base = serverConcern(4000)
  .extend(jwtConcern.shape)
  .extend(gatewayIdentityConcern.shape)
  .extend(gatewayLimitsConcern.shape)
  .extend(telemetryConcern.shape)
  // The gateway's own small database: API keys and the audit trail (data/gateway.sqlite by default).
  .extend(databaseConcern.shape)
  .extend(apiKeyConcern.shape)
  .extend({
    SUPERGRAPH_PATH: z.string().default(SUPERGRAPH_FILE),
    /** Memory for the response cache (plugins/response-cache.ts), in MiB; 0 turns it off. */
    RESPONSE_CACHE_MAX_MB: z.coerce.number().min(0).max(16_384).default(DEFAULT_RESPONSE_CACHE_MAX_MB),
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
