/**
 * Peer gateway of the benchmark: Hive Gateway (@graphql-hive/gateway, its default runtime and JS query
 * planner) on the same supergraph file and the same subgraphs as the project's gateway. It does the same
 * per-request work the project's gateway must do: verify the caller's bearer JWT, then send the identity to
 * every subgraph signed with the project's own signing function (shared/src/identity.ts, per subgraph and
 * bound to the body), so it follows any change of that scheme. Usage: node hive.js '<json options>' (argv, not process.env: config is read by
 * the launcher, bench/src/run.ts).
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { verifyBearerToken, type Identity } from '@lsp/shared';
import { identitySigner, subgraphsByUrl } from './sign';
import type { PeerOptions } from './options';

// Required, not imported: the package's ESM type entry does not resolve under this repo's node10 resolution.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createGatewayRuntime } = require('@graphql-hive/gateway') as {
  createGatewayRuntime: (opts: Record<string, unknown>) => ((req: unknown, res: unknown) => void) & { dispose?: () => Promise<void> };
};

interface HiveContext { request?: Request; identity?: Identity }

const opts = JSON.parse(process.argv[2]) as PeerOptions;
const supergraph = readFileSync(opts.supergraphPath, 'utf8');
const byUrl = subgraphsByUrl(supergraph);
const sign = identitySigner(opts.identityPrivateKey, Object.fromEntries([...byUrl].map(([url, name]) => [name, url])));
const gateway = createGatewayRuntime({
  supergraph,
  logging: 'error',
  graphqlEndpoint: '/graphql',
  landingPage: false,
  // The transport's executor shares identical in-flight upstream requests unless told not to (--hive-no-dedupe).
  ...(opts.dedupe === false ? { transportEntries: { '*': { options: { deduplicateInflightRequests: false } } } } : {}),
  plugins: () => [
    {
      // Same rule as the project's gateway: a verified bearer token, else 401.
      async onContextBuilding({ context, extendContext }: { context: HiveContext; extendContext: (c: Partial<HiveContext>) => void }) {
        const auth = context.request?.headers.get('authorization') ?? '';
        const identity = await verifyBearerToken(auth.replace(/^Bearer\s+/i, ''), { secret: opts.jwtSecret, issuer: opts.jwtIssuer });
        extendContext({ identity });
      },
      // The identity is bound to the body of each subgraph request: signed where Hive Gateway has that body.
      async onFetch({ url, options, setOptions, context }: { url: string; options: RequestInit; setOptions: (o: RequestInit) => void; context?: HiveContext }) {
        const subgraph = byUrl.get(url);
        if (!context?.identity || !subgraph) return;
        const signed = await sign(context.identity, subgraph, typeof options.body === 'string' ? options.body : '');
        setOptions({ ...options, headers: { ...(options.headers as Record<string, string>), ...signed } });
      },
    },
  ],
});
createServer(gateway as never).listen(opts.port, '127.0.0.1');
