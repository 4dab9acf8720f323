/**
 * Peer gateway of the benchmark: an untuned @apollo/gateway, i.e. what the documentation's first example
 * gives (ApolloServer + ApolloGateway + startStandaloneServer, every option at its default), on the same
 * supergraph file and subgraphs. Like the project's gateway it verifies the bearer JWT and forwards the
 * identity signed with the project's own function (shared/src/identity.ts), signing on every subgraph call.
 * Usage: node apollo-untuned.js '<json options>'.
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { signIdentity, verifyBearerToken, type Identity } from '@lsp/shared';
import type { PeerOptions } from './options';

interface Ctx { identity: Identity }

const opts = JSON.parse(process.argv[2]) as PeerOptions;

async function main() {
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(opts.supergraphPath, 'utf8'),
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource<Ctx>({
        url,
        willSendRequest({ request, context }) {
          if (!context.identity) return;
          for (const [k, v] of Object.entries(signIdentity(context.identity, opts.identitySecret))) request.http?.headers.set(k, v);
        },
      }),
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
