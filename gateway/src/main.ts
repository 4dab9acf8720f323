import { z } from 'zod';
import { createLogger, identityConcern, jwtConcern, loadConfigOrExit, serverConcern, startTracing, telemetryConcern } from '@lsp/shared';
import { startGateway } from './server';
import { SUBGRAPHS, SUPERGRAPH_FILE, urlEnvOf } from './subgraphs';

const schema = serverConcern(4000)
  .extend(jwtConcern.shape)
  .extend(identityConcern.shape)
  .extend(telemetryConcern.shape)
  .extend({ SUPERGRAPH_PATH: z.string().default(SUPERGRAPH_FILE) });
const urlSchema = z.object(Object.fromEntries(SUBGRAPHS.map((s) => [urlEnvOf(s.name), z.string().url().optional()])));

async function main() {
  // One schema, so every problem is printed at once.
  const all = loadConfigOrExit(schema.extend(urlSchema.shape));
  const cfg = all as unknown as z.infer<typeof schema>;
  const urls = all as unknown as Record<string, string | undefined>;
  const log = createLogger('gateway', cfg.LOG_LEVEL);
  const stopTracing = startTracing('gateway', cfg);
  const subgraphUrls = Object.fromEntries(SUBGRAPHS.flatMap((s) => (urls[urlEnvOf(s.name)] ? [[s.name, urls[urlEnvOf(s.name)]!]] : [])));
  const gw = await startGateway({
    port: cfg.PORT, host: cfg.HOST, supergraphPath: cfg.SUPERGRAPH_PATH, subgraphUrls,
    jwtSecret: cfg.JWT_SECRET, jwtIssuer: cfg.JWT_ISSUER, identitySecret: cfg.IDENTITY_SIGNING_SECRET,
    allowAnonymousRead: cfg.ALLOW_ANONYMOUS_READ, log, watchSupergraph: true,
  });
  log.info({ url: gw.url }, 'gateway ready');
  const stop = async () => {
    await gw.stop();
    await stopTracing();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}
void main();
