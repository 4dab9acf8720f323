import { createHmac, timingSafeEqual } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { forbidden, unauthenticated } from './errors';

/**
 * Trust model (ARCHITECTURE.md, "Trust"): the gateway verifies the caller's bearer JWT and forwards the
 * identity to subgraphs in a header signed with a secret shared by the gateway and subgraphs. A subgraph
 * never trusts an identity whose signature is missing or wrong.
 */
export const DEPARTMENTS = ['geography', 'education', 'vocational', 'workforce', 'awards'] as const;
export type Department = (typeof DEPARTMENTS)[number];

export type Role = 'analyst' | 'admin' | 'workforce:pii' | 'anonymous' | `editor:${Department}`;
export const ROLES: readonly Role[] = ['analyst', 'admin', 'workforce:pii', ...DEPARTMENTS.map((d) => `editor:${d}` as const)];

export interface Identity {
  sub: string;
  roles: Role[];
}

export const ANONYMOUS: Identity = { sub: 'anonymous', roles: ['anonymous'] };

export const IDENTITY_HEADER = 'x-lsp-identity';
export const SIGNATURE_HEADER = 'x-lsp-identity-signature';
export const REQUEST_ID_HEADER = 'x-request-id';
/** A signed identity older than this is refused (limits replay of a captured header). */
const MAX_SIGNED_AGE_SECONDS = 300;

const isRole = (r: unknown): r is Role => typeof r === 'string' && (ROLES as readonly string[]).includes(r);

// ---- bearer tokens (gateway side) ----

export async function issueToken(
  sub: string,
  roles: Role[],
  opts: { secret: string; issuer: string; expiresIn?: string | number },
): Promise<string> {
  return new SignJWT({ roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuer(opts.issuer)
    .setIssuedAt()
    .setExpirationTime(opts.expiresIn ?? '12h')
    .sign(new TextEncoder().encode(opts.secret));
}

/** Verifies a bearer token; throws UNAUTHENTICATED with the reason. */
export async function verifyBearerToken(token: string, opts: { secret: string; issuer: string }): Promise<Identity> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(opts.secret), {
      issuer: opts.issuer,
      algorithms: ['HS256'],
    });
    const roles = Array.isArray(payload.roles) ? payload.roles : [];
    const unknown = roles.filter((r) => !isRole(r));
    if (!payload.sub) throw unauthenticated('Token has no subject');
    if (unknown.length) throw unauthenticated(`Token carries unknown roles: ${unknown.join(', ')}`);
    return { sub: payload.sub, roles: roles as Role[] };
  } catch (err) {
    if (err instanceof joseErrors.JWTExpired) throw unauthenticated('Token expired');
    if (err instanceof joseErrors.JOSEError) throw unauthenticated(`Invalid token: ${err.code}`);
    throw err;
  }
}

// ---- signed identity header (gateway -> subgraph) ----

function hmac(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value).digest('hex');
}

export function signIdentity(identity: Identity, secret: string, now = Date.now()): Record<string, string> {
  const value = Buffer.from(JSON.stringify({ sub: identity.sub, roles: identity.roles, iat: Math.floor(now / 1000) })).toString('base64url');
  return { [IDENTITY_HEADER]: value, [SIGNATURE_HEADER]: hmac(secret, value) };
}

/** Verifies the forwarded identity; throws UNAUTHENTICATED when missing, forged or stale. */
export function verifySignedIdentity(
  headers: { identity?: string | null; signature?: string | null },
  secret: string,
  now = Date.now(),
): Identity {
  const { identity, signature } = headers;
  if (!identity || !signature) throw unauthenticated('Missing gateway identity signature: call the platform through the gateway');
  const expected = Buffer.from(hmac(secret, identity), 'hex');
  const given = Buffer.from(signature, 'hex');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw unauthenticated('Invalid gateway identity signature');
  }
  let parsed: { sub?: unknown; roles?: unknown; iat?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(identity, 'base64url').toString('utf8'));
  } catch {
    throw unauthenticated('Malformed gateway identity');
  }
  if (typeof parsed.iat !== 'number' || Math.abs(now / 1000 - parsed.iat) > MAX_SIGNED_AGE_SECONDS) {
    throw unauthenticated('Stale gateway identity signature');
  }
  const roles = Array.isArray(parsed.roles) ? parsed.roles.filter((r): r is Role => isRole(r) || r === 'anonymous') : [];
  return { sub: String(parsed.sub), roles };
}

// ---- authorisation helpers (subgraph side) ----

export const hasRole = (identity: Identity, role: Role): boolean => identity.roles.includes(role) || identity.roles.includes('admin');

/** Aggregates: every authenticated caller, and anonymous callers when the gateway let them in. */
export const canReadAggregates = (identity: Identity): boolean => identity.roles.length > 0;

/** Row-level (non-aggregate) data: analysts, editors and admins; never anonymous. */
export function requireReader(identity: Identity, what: string): void {
  if (identity.roles.length === 0 || (identity.roles.length === 1 && identity.roles[0] === 'anonymous')) {
    throw forbidden(`Reading ${what} needs a signed-in role (analyst, editor or admin)`, { needs: 'analyst' });
  }
}

export function requireEditor(identity: Identity, department: Department): void {
  if (!hasRole(identity, `editor:${department}`)) {
    throw forbidden(`Writing ${department} data needs the role editor:${department}`, { needs: `editor:${department}` });
  }
}
