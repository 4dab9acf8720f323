import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { checkBodyDigest, DEPARTMENTS, isRole, issueToken, parseRole, reportingUnitsOf, requireEditor, requireWriter, FIGURE_DEPARTMENTS, signForwardedIdentity, verifyBearerToken, verifyForwardedIdentity } from './identity';

const jwt = { secret: 'jwt-secret-for-tests-0123456789', issuer: 'test-issuer' };

describe('bearer tokens', () => {
  it('verifies a valid token and returns its roles', async () => {
    const token = await issueToken('lan', ['analyst', 'editor:education'], jwt);
    await expect(verifyBearerToken(token, jwt)).resolves.toEqual({ sub: 'lan', roles: ['analyst', 'editor:education'] });
  });
  it('refuses an expired token', async () => {
    const token = await issueToken('lan', ['analyst'], { ...jwt, expiresIn: Math.floor(Date.now() / 1000) - 60 });
    await expect(verifyBearerToken(token, jwt)).rejects.toMatchObject({ message: 'Token expired', extensions: { code: 'UNAUTHENTICATED' } });
  });
  it('refuses a token without exp, or living longer than the bound; accepts npm start\'s 30-day tokens', async () => {
    const key = new TextEncoder().encode(jwt.secret);
    const noExp = await new SignJWT({ roles: ['admin'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer(jwt.issuer).setIssuedAt().sign(key);
    await expect(verifyBearerToken(noExp, jwt)).rejects.toMatchObject({ message: 'Token has no expiry (exp): a local token must expire', extensions: { code: 'UNAUTHENTICATED' } });
    const long = await issueToken('x', ['admin'], { ...jwt, expiresIn: '31d' });
    await expect(verifyBearerToken(long, jwt)).rejects.toMatchObject({ message: expect.stringMatching(/^Token lives too long: 2678400 s/), extensions: { code: 'UNAUTHENTICATED' } });
    const noIat = await new SignJWT({ roles: ['admin'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer(jwt.issuer).setExpirationTime('400d').sign(key);
    await expect(verifyBearerToken(noIat, jwt)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(verifyBearerToken(await issueToken('x', ['admin'], { ...jwt, expiresIn: '30d' }), jwt)).resolves.toMatchObject({ sub: 'x' });
    await expect(verifyBearerToken(await issueToken('x', ['admin'], { ...jwt, expiresIn: '2h' }), { ...jwt, maxLifetimeSeconds: 3600 })).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
  it('refuses a token signed with another secret, or from another issuer', async () => {
    const forged = await issueToken('lan', ['admin'], { ...jwt, secret: 'another-secret-0123456789abcdef' });
    await expect(verifyBearerToken(forged, jwt)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const other = await issueToken('lan', ['admin'], { ...jwt, issuer: 'elsewhere' });
    await expect(verifyBearerToken(other, jwt)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
  it('refuses garbage and unknown roles', async () => {
    await expect(verifyBearerToken('not.a.token', jwt)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const token = await issueToken('lan', ['superuser' as never], jwt);
    await expect(verifyBearerToken(token, jwt)).rejects.toThrow(/unknown roles: superuser/);
  });
});

describe('forwarded identity between gateway and subgraphs', () => {
  const gatewayKeys = generateKeyPairSync('ed25519');
  const key = gatewayKeys.privateKey;
  const verifyKey = gatewayKeys.publicKey;
  const body = JSON.stringify({ query: '{ province(code: "14") { name } }' });
  const lan = { sub: 'lan', roles: ['analyst' as const] };

  it('round-trips for its subgraph and its body', async () => {
    const token = await signForwardedIdentity(lan, { key, audience: 'education', body });
    const id = await verifyForwardedIdentity(token, { key: verifyKey, audience: 'education' });
    expect(id).toMatchObject(lan);
    expect(() => checkBodyDigest(id, body)).not.toThrow();
  });
  it('is refused by every other subgraph (audience)', async () => {
    const token = await signForwardedIdentity(lan, { key, audience: 'education', body });
    for (const other of ['geography', 'vocational', 'workforce', 'awards']) {
      await expect(verifyForwardedIdentity(token, { key: verifyKey, audience: other })).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    }
  });
  it('is refused for any other body', async () => {
    const token = await signForwardedIdentity(lan, { key, audience: 'education', body });
    const id = await verifyForwardedIdentity(token, { key: verifyKey, audience: 'education' });
    expect(() => checkBodyDigest(id, body.replace('name', 'code'))).toThrow(/does not match this request body/);
  });
  it('refuses a missing token, a token signed by another key, and a symmetric (HS256) token', async () => {
    await expect(verifyForwardedIdentity(undefined, { key: verifyKey, audience: 'education' })).rejects.toThrow(/Missing gateway identity/);
    const other = await signForwardedIdentity(lan, { key: generateKeyPairSync('ed25519').privateKey, audience: 'education', body });
    await expect(verifyForwardedIdentity(other, { key: verifyKey, audience: 'education' })).rejects.toThrow(/Invalid gateway identity/);
    const hs = await issueToken('lan', ['admin'], jwt);
    await expect(verifyForwardedIdentity(hs, { key: verifyKey, audience: 'education' })).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
  it('lives seconds: expired after its lifetime, refused when issued in the future beyond the skew', async () => {
    const old = await signForwardedIdentity(lan, { key, audience: 'education', body, ttlSeconds: 30, now: Date.now() - 40_000 });
    await expect(verifyForwardedIdentity(old, { key: verifyKey, audience: 'education' })).rejects.toThrow(/Expired/);
    const future = await signForwardedIdentity(lan, { key, audience: 'education', body, now: Date.now() + 60_000 });
    await expect(verifyForwardedIdentity(future, { key: verifyKey, audience: 'education' })).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const slightly = await signForwardedIdentity(lan, { key, audience: 'education', body, now: Date.now() + 2_000 });
    await expect(verifyForwardedIdentity(slightly, { key: verifyKey, audience: 'education' })).resolves.toMatchObject(lan);
  });
  it('lets only the department editor (or admin) write', () => {
    expect(() => requireEditor({ sub: 'a', roles: ['analyst'] }, 'education')).toThrow(/editor:education/);
    expect(() => requireEditor({ sub: 'a', roles: ['editor:awards'] }, 'education')).toThrow();
    expect(() => requireEditor({ sub: 'a', roles: ['editor:education'] }, 'education')).not.toThrow();
    expect(() => requireEditor({ sub: 'a', roles: ['admin'] }, 'education')).not.toThrow();
  });
});

describe('the departments, declared once', () => {
  it('has approvers and reporters for every department but geography, in the declared order (scored only where a model names them)', () => {
    expect(FIGURE_DEPARTMENTS).toEqual(DEPARTMENTS.filter((d) => d !== 'geography'));
    expect(FIGURE_DEPARTMENTS).toEqual(['education', 'vocational', 'workforce', 'awards', 'culture', 'programme']);
  });
});

describe('role pattern (parseRole, the one check for tokens, OIDC claims, API keys and forwarded identities)', () => {
  it('reads fixed, editor, approver and reporter roles', () => {
    expect(parseRole('analyst')).toEqual({ kind: 'analyst' });
    expect(parseRole('editor:geography')).toEqual({ kind: 'editor', department: 'geography' });
    expect(parseRole('approver:education')).toEqual({ kind: 'approver', department: 'education' });
    expect(parseRole('reporter:education:118')).toEqual({ kind: 'reporter', department: 'education', unitCode: '118' });
    expect(parseRole('reporter:awards:03703')).toEqual({ kind: 'reporter', department: 'awards', unitCode: '03703' });
  });
  it.each([
    'reporter:education', 'reporter:education:', 'reporter:education:11', 'reporter:education:1180', 'reporter:education:118:x',
    'reporter:geography:118', 'approver:geography', 'approver:education:118', 'editor:education:118', 'reporter:finance:118',
    'reporter:education:abc', 'anonymous', 'Admin', '', 'reporter:education:118 ',
  ])('refuses %p', (r) => {
    expect(parseRole(r)).toBeNull();
    expect(isRole(r)).toBe(false);
  });
  it('bearer tokens carry reporter roles; a malformed one is refused as unknown', async () => {
    const ok = await issueToken('hoa', ['reporter:education:118'], jwt);
    await expect(verifyBearerToken(ok, jwt)).resolves.toEqual({ sub: 'hoa', roles: ['reporter:education:118'] });
    const bad = await issueToken('hoa', ['reporter:education:1' as never], jwt);
    await expect(verifyBearerToken(bad, jwt)).rejects.toThrow(/unknown roles: reporter:education:1/);
  });
  it('the forwarded identity keeps reporter and approver roles and drops malformed ones', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const token = await signForwardedIdentity({ sub: 'hoa', roles: ['reporter:education:118', 'approver:vocational', 'reporter:x:1' as never] }, { key: privateKey, audience: 'education', body: '{}' });
    expect((await verifyForwardedIdentity(token, { key: publicKey, audience: 'education' })).roles).toEqual(['reporter:education:118', 'approver:vocational']);
  });
  it('a reporter writes for its units only; an editor province-wide; an analyst not at all', () => {
    expect(requireWriter({ sub: 'e', roles: ['editor:education'] }, 'education')).toEqual({ units: null });
    expect(requireWriter({ sub: 'a', roles: ['admin'] }, 'education')).toEqual({ units: null });
    expect(requireWriter({ sub: 'r', roles: ['reporter:education:118', 'reporter:education:119', 'reporter:awards:120'] }, 'education')).toEqual({ units: ['118', '119'] });
    expect(() => requireWriter({ sub: 'r', roles: ['reporter:awards:120'] }, 'education')).toThrow(/editor:education or reporter:education/);
    expect(() => requireWriter({ sub: 'x', roles: ['analyst', 'approver:education'] }, 'education')).toThrow(/needs the role/);
    expect(reportingUnitsOf({ sub: 'r', roles: ['reporter:education:03703'] }, 'education')).toEqual(['03703']);
  });
});
