import { issueToken, requireEditor, signIdentity, verifyBearerToken, verifySignedIdentity, IDENTITY_HEADER, SIGNATURE_HEADER } from './identity';

const jwt = { secret: 'jwt-secret-for-tests-0123456789', issuer: 'test-issuer' };
const secret = 'identity-secret-for-tests-0123';

describe('bearer tokens', () => {
  it('verifies a valid token and returns its roles', async () => {
    const token = await issueToken('lan', ['analyst', 'editor:education'], jwt);
    await expect(verifyBearerToken(token, jwt)).resolves.toEqual({ sub: 'lan', roles: ['analyst', 'editor:education'] });
  });
  it('refuses an expired token', async () => {
    const token = await issueToken('lan', ['analyst'], { ...jwt, expiresIn: Math.floor(Date.now() / 1000) - 60 });
    await expect(verifyBearerToken(token, jwt)).rejects.toMatchObject({ message: 'Token expired', extensions: { code: 'UNAUTHENTICATED' } });
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

describe('signed identity between gateway and subgraphs', () => {
  const headers = (h: Record<string, string>) => ({ identity: h[IDENTITY_HEADER], signature: h[SIGNATURE_HEADER] });
  it('round-trips', () => {
    const h = signIdentity({ sub: 'lan', roles: ['analyst'] }, secret);
    expect(verifySignedIdentity(headers(h), secret)).toEqual({ sub: 'lan', roles: ['analyst'] });
  });
  it('refuses a missing, forged or tampered signature', () => {
    expect(() => verifySignedIdentity({}, secret)).toThrow(/Missing gateway identity signature/);
    const h = signIdentity({ sub: 'lan', roles: ['analyst'] }, 'some-other-secret-0123456');
    expect(() => verifySignedIdentity(headers(h), secret)).toThrow(/Invalid gateway identity signature/);
    const good = signIdentity({ sub: 'lan', roles: ['analyst'] }, secret);
    const escalated = Buffer.from(JSON.stringify({ sub: 'lan', roles: ['admin'], iat: Math.floor(Date.now() / 1000) })).toString('base64url');
    expect(() => verifySignedIdentity({ identity: escalated, signature: good[SIGNATURE_HEADER] }, secret)).toThrow(/Invalid/);
  });
  it('refuses a stale signature (replay)', () => {
    const h = signIdentity({ sub: 'lan', roles: ['analyst'] }, secret, Date.now() - 3600_000);
    expect(() => verifySignedIdentity(headers(h), secret)).toThrow(/Stale/);
  });
  it('lets only the department editor (or admin) write', () => {
    expect(() => requireEditor({ sub: 'a', roles: ['analyst'] }, 'education')).toThrow(/editor:education/);
    expect(() => requireEditor({ sub: 'a', roles: ['editor:awards'] }, 'education')).toThrow();
    expect(() => requireEditor({ sub: 'a', roles: ['editor:education'] }, 'education')).not.toThrow();
    expect(() => requireEditor({ sub: 'a', roles: ['admin'] }, 'education')).not.toThrow();
  });
});
