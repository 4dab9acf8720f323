/**
 * Peer gateway of the benchmark: an untuned @apollo/gateway, i.e. what the documentation's first example
 * gives (ApolloServer + ApolloGateway + startStandaloneServer, every option at its default), on the same
 * supergraph file and subgraphs. Like the project's gateway it verifies the bearer JWT and forwards the
 * identity signed with the project's own function (shared/src/identity.ts: per subgraph, bound to the body).
 * Usage: node apollo-untuned.js '<json options>'.
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { verifyBearerToken, type Identity } from '@lsp/shared';
import { identitySigner, subgraphsByUrl } from './sign';
import type { PeerOptions } from './options';

interface Ctx { identity: Identity }

const opts = JSON.parse(process.argv[2]) as PeerOptions;
// The routing table of the supergraph file: education's delegation names the departments' URLs from it.
const sign = identitySigner(opts.identityPrivateKey, Object.fromEntries([...subgraphsByUrl(readFileSync(opts.supergraphPath, 'utf8'))].map(([url, name]) => [name, url])));
const CALLER = 'x-bench-caller';

async function main() {
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(opts.supergraphPath, 'utf8'),
    buildService: ({ name, url }) => {
      // The identity is signed over the exact body, which only the fetcher sees: willSendRequest hands the
      // caller over in an internal header, the default fetcher (kept, untuned) is wrapped to sign and send.
      const source = new RemoteGraphQLDataSource<Ctx>({
        url,
        willSendRequest({ request, context }) {
          if (context.identity) request.http?.headers.set(CALLER, encodeURIComponent(JSON.stringify(context.identity)));
        },
      });
      const base = source.fetcher;
      source.fetcher = async (input, init) => {
        const headers = { ...(init?.headers as Record<string, string>) };
        const caller = headers[CALLER];
        delete headers[CALLER];
        if (caller) Object.assign(headers, await sign(JSON.parse(decodeURIComponent(caller)) as Identity, name, String(init?.body ?? '')));
        return base(input, { ...init, headers });
      };
      return source;
    },
  });
  const server = new ApolloServer<Ctx>({ gateway });
  await startStandaloneServer(server, {
    listen: { port: opts.port, host: '127.0.0.1' },
    context: async ({ req }) => ({
      identity: await verifyBearerToken(String(req.headers.authorization ?? '').replace(/^Bearer\s+/i, ''), { secret: opts.jwtSecret, issuer: opts.jwtIssuer }),
    }),
  });
}
void main();
