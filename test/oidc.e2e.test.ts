import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { gql } from './testkit';
import { startOidcProvider, type OidcClient } from './testkit/oidc';
import { startPlatform, type RunningPlatform } from './testkit/platform';

/**
 * People's and tools' bearer tokens from a real OpenID Connect provider (oidc-provider, started for the test),
 * verified by the gateway through the provider's discovery document and JWKS, in production mode (where
 * local development tokens are refused).
 */
const analyst: OidcClient = { client_id: 'ana', client_secret: 'ana-secret-0123456789abcdef', roles: ['analyst'] };
const noRoles: OidcClient = { client_id: 'nobody', client_secret: 'nobody-secret-0123456789abc' };
const otherAppRoles: OidcClient = { client_id: 'hr', client_secret: 'hr-secret-0123456789abcdefgh', roles: ['payroll-admin'] };
const Q = '{ province(code: "14") { name } }';

describe('OpenID Connect bearer tokens (production)', () => {
  let oidc: Awaited<ReturnType<typeof startOidcProvider>>;
  let p: RunningPlatform;
  beforeAll(async () => {
    oidc = await startOidcProvider([analyst, noRoles, otherAppRoles]);
    p = await startPlatform({ production: true, only: ['geography'], oidc: { issuer: oidc.issuer, audience: oidc.audience, rolesClaim: 'roles' } });
  });
  afterAll(async () => {
    await p?.stop();
    await oidc?.stop();
  });

  it('accepts a token from the provider, with the roles of its claim', async () => {
    const r = await gql(p.gatewayUrl, Q, {}, { bearer: await oidc.token(analyst) });
    expect(r.errors).toBeUndefined();
    expect(r.data.province.name).toBe('Tỉnh Sơn La');
  });
  it('refuses a provider token with no platform role (403): it reads nothing', async () => {
    for (const client of [noRoles, otherAppRoles]) {
      const r = await gql(p.gatewayUrl, Q, {}, { bearer: await oidc.token(client) });
      expect({ status: r.status, code: r.errors?.[0].extensions?.code, data: r.data }).toEqual({ status: 403, code: 'FORBIDDEN', data: undefined });
    }
  });
  it('refuses a provider token made for another audience', async () => {
    const r = await gql(p.gatewayUrl, Q, {}, { bearer: await oidc.token(analyst, 'urn:another:api') });
    expect(r.status).toBe(401);
    expect(r.errors?.[0].message).toMatch(/aud/);
  });
  it('refuses a token claiming the issuer but signed by another key, with or without exp', async () => {
    const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const base = () => new SignJWT({ roles: ['admin'] }).setProtectedHeader({ alg: 'RS256', kid: 'test-key' }).setIssuer(oidc.issuer).setAudience(oidc.audience).setSubject('mallory').setIssuedAt();
    for (const token of [await base().setExpirationTime('5m').sign(key), await base().sign(key)]) {
      const r = await gql(p.gatewayUrl, Q, {}, { bearer: token });
      expect({ status: r.status, code: r.errors?.[0].extensions?.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    }
  });
  it('refuses local development tokens in production', async () => {
    const r = await gql(p.gatewayUrl, Q, {}, { bearer: await p.token(['admin']) });
    expect(r.status).toBe(401);
  });
  it('gives no field suggestions in production', async () => {
    const r = await gql(p.gatewayUrl, '{ provinc(code: "14") { name } }', {}, { bearer: await oidc.token(analyst) });
    expect(r.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors?.[0].message).not.toMatch(/Did you mean/);
  });
});
