import { createRemoteJWKSet, jwtVerify, errors as joseErrors, type JWTVerifyGetKey } from 'jose';
import { unauthenticated } from './errors';
import { isRole, type Identity, type Role } from './identity';

/**
 * People's tokens from an OpenID Connect provider, verified through its JWKS (found by discovery unless
 * given): issuer, audience, `exp` and `sub` required; platform roles from a configured claim. Used by the
 * gateway for every request and by command-line tools to know who runs them. Throws UNAUTHENTICATED.
 */
export interface OidcOptions {
  issuer: string;
  audience: string;
  jwksUrl?: string;
  rolesClaim: string;
}

function rolesFromClaim(value: unknown): Role[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s+/) : [];
  // A provider may carry roles of other applications in the same claim: keep this platform's only.
  return list.filter(isRole);
}

export function createOidcVerifier(oidc: OidcOptions): (token: string) => Promise<Identity> {
  let keys: JWTVerifyGetKey | undefined;
  const jwks = async (): Promise<JWTVerifyGetKey> => {
    if (keys) return keys;
    let url = oidc.jwksUrl;
    if (!url) {
      const res = await fetch(new URL('.well-known/openid-configuration', oidc.issuer.endsWith('/') ? oidc.issuer : `${oidc.issuer}/`), { signal: AbortSignal.timeout(5000) });
      if (!res.ok) throw new Error(`OIDC discovery answered ${res.status}`);
      url = ((await res.json()) as { jwks_uri?: string }).jwks_uri;
      if (!url) throw new Error('OIDC discovery document has no jwks_uri');
    }
    keys = createRemoteJWKSet(new URL(url), { timeoutDuration: 5000 });
    return keys;
  };
  return async (token) => {
    let getKey: JWTVerifyGetKey;
    try {
      getKey = await jwks();
    } catch {
      throw unauthenticated('The identity provider cannot be reached to verify this token');
    }
    try {
      const { payload } = await jwtVerify(token, getKey, {
        issuer: oidc.issuer,
        audience: oidc.audience,
        requiredClaims: ['exp', 'sub'],
        algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'],
        clockTolerance: 5,
      });
      return { sub: payload.sub!, roles: rolesFromClaim(payload[oidc.rolesClaim]) };
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) throw unauthenticated('Token expired');
      if (err instanceof joseErrors.JWTClaimValidationFailed) throw unauthenticated(`Token refused: ${err.claim} check failed`);
      if (err instanceof joseErrors.JOSEError) throw unauthenticated(`Invalid token: ${err.code}`);
      throw err;
    }
  };
}
