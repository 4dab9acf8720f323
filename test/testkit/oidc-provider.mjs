// A real OpenID Connect provider (the `oidc-provider` package, ESM) for tests, started as a child process by
// test/testkit/oidc.ts because jest's module system does not load ESM-only packages. Issues JWT access
// tokens by the client-credentials grant, with the client's configured roles in a `roles` claim.
// Input: env OIDC_CLIENTS (JSON [{ client_id, client_secret, roles }]), OIDC_AUDIENCE. Output: one JSON line
// { issuer } on stdout once listening.
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const clients = JSON.parse(process.env.OIDC_CLIENTS ?? '[]');
const audience = process.env.OIDC_AUDIENCE ?? 'urn:lsp:platform';
const rolesOf = new Map(clients.map((c) => [c.client_id, c.roles]));
const signingKey = { ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256' };

const server = createServer();
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: clients.map(({ client_id, client_secret }) => ({
      client_id, client_secret, grant_types: ['client_credentials'], redirect_uris: [], response_types: [],
    })),
    jwks: { keys: [signingKey] },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => audience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => ({ audience: resource, scope: 'read', accessTokenFormat: 'jwt', accessTokenTTL: 300, jwt: { sign: { alg: 'RS256' } } }),
      },
    },
    extraTokenClaims: (_ctx, token) => {
      const roles = rolesOf.get(token.clientId);
      return roles === undefined ? undefined : { roles };
    },
  });
  server.on('request', provider.callback());
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
