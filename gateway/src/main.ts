import { z } from 'zod';
import {
  createLogger, gatewayIdentityConcern, gatewayLimitsConcern, jwtConcern, loadConfigOrExit, serverConcern,
} from '@lsp/shared';
import { limitsFromConfig, startGateway } from './server';
import { SUBGRAPHS, SUPERGRAPH_FILE, urlEnvOf } from './subgraphs';

const schema = serverConcern(4000)
  .extend(jwtConcern.shape)
  .extend(gatewayIdentityConcern.shape)
  .extend(gatewayLimitsConcern.shape)
  .extend({ SUPERGRAPH_PATH: z.string().default(SUPERGRAPH_FILE) });
const urlSchema = z.object(Object.fromEntries(SUBGRAPHS.map((s) => [urlEnvOf(s.name), z.string().url().optional()])));

async function main() {
  // One schema, so every problem (and every production refusal) is printed at once.
  const all = loadConfigOrExit(schema.extend(urlSchema.shape));
  const cfg = all as unknown as z.infer<typeof schema>;
  const urls = all as unknown as Record<string, string | undefined>;
  const log = createLogger('gateway', cfg.LOG_LEVEL);
  const production = cfg.NODE_ENV === 'production';
  const subgraphUrls = Object.fromEntries(SUBGRAPHS.flatMap((s) => (urls[urlEnvOf(s.name)] ? [[s.name, urls[urlEnvOf(s.name)]!]] : [])));
  const gw = await startGateway({
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
  });
  log.info({ url: gw.url }, 'gateway ready');
  const stop = async () => {
    await gw.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}
void main();
