import { createHash, createPrivateKey, createPublicKey, randomUUID, type KeyObject } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { forbidden, unauthenticated } from './errors';

/**
 * Trust model (ARCHITECTURE.md, "Trust"): the gateway verifies the caller (bearer token or API key) and
 * forwards the identity to each subgraph call as a short-lived EdDSA token: signed with the gateway's private
 * key (subgraphs hold only the public key, so a subgraph cannot mint identities), addressed to one subgraph
 * (audience), bound to the SHA-256 of that call's body, and valid for seconds. A token captured from one call
 * is refused by every other subgraph and for any other body.
 */
export const DEPARTMENTS = ['geography', 'education', 'vocational', 'workforce', 'awards', 'culture', 'programme'] as const;
export type Department = (typeof DEPARTMENTS)[number];
/**
 * The departments that hold figures (every one but geography, which owns the units): each has approvers and
 * reporters, and each may feed the learning-society score. Holding figures does not make a department scored: only a
 * scoring model version whose components name its indicators does (education's scoring/default-models.ts).
 */
export type FigureDepartment = Exclude<Department, 'geography'>;
export const FIGURE_DEPARTMENTS: readonly FigureDepartment[] = DEPARTMENTS.filter((d): d is FigureDepartment => d !== 'geography');
/** A department a scoring model's component may name as its source (any that holds figures). */
export type ScoredDepartment = FigureDepartment;

/**
 * Roles. Fixed ones, plus two per department that holds figures: `approver:<department>` (approves or returns a
 * reporting unit's year) and `reporter:<department>:<unitCode>` (writes only the rows of one reporting unit: a
 * district until 2024, a commune from 2025). Reporter roles are a pattern, not list entries (about 120 units per
 * department), so every place that reads roles (local tokens, OIDC claims, API keys, the forwarded identity, the
 * explorer) checks them with the one function `parseRole` / `isRole` below.
 */
export type Role =
  | 'analyst' | 'admin' | 'workforce:pii' | 'anonymous' | `editor:${Department}`
  | `approver:${ScoredDepartment}` | `reporter:${ScoredDepartment}:${string}`;
/** The fixed roles (reporter roles are a pattern: see parseRole). */
export const ROLES: readonly Role[] = [
  'analyst', 'admin', 'workforce:pii', ...DEPARTMENTS.map((d) => `editor:${d}` as const), ...FIGURE_DEPARTMENTS.map((d) => `approver:${d}` as const),
];

export type ParsedRole =
  | { kind: 'analyst' | 'admin' | 'workforce:pii' | 'anonymous' }
  | { kind: 'editor'; department: Department }
  | { kind: 'approver'; department: ScoredDepartment }
  | { kind: 'reporter'; department: ScoredDepartment; unitCode: string };

/** A reporting unit's code: a district (3 digits, until 2024) or a commune (5 digits, and from 2025 the only level). */
const UNIT_CODE = /^(\d{3}|\d{5})$/;

/** What a role string means, or null when it is not one of the platform's roles ("anonymous" only where allowed). */
export function parseRole(r: unknown): ParsedRole | null {
  if (typeof r !== 'string' || r.length > 64) return null;
  if (r === 'analyst' || r === 'admin' || r === 'workforce:pii') return { kind: r };
  const [kind, department, unitCode, ...rest] = r.split(':');
  if (rest.length) return null;
  if (kind === 'editor' && unitCode === undefined && (DEPARTMENTS as readonly string[]).includes(department)) return { kind, department: department as Department };
  if (kind === 'approver' && unitCode === undefined && (FIGURE_DEPARTMENTS as readonly string[]).includes(department)) return { kind, department: department as ScoredDepartment };
  if (kind === 'reporter' && unitCode !== undefined && UNIT_CODE.test(unitCode) && (FIGURE_DEPARTMENTS as readonly string[]).includes(department)) {
    return { kind, department: department as ScoredDepartment, unitCode };
  }
  return null;
}

/** Whether a string is one of the platform's roles (never "anonymous": only the gateway grants that). */
export const isRole = (r: unknown): r is Role => parseRole(r) !== null;

export interface Identity {
  sub: string;
  roles: Role[];
}

export const ANONYMOUS: Identity = { sub: 'anonymous', roles: ['anonymous'] };

export const IDENTITY_HEADER = 'x-lsp-identity';
export const REQUEST_ID_HEADER = 'x-request-id';
/**
 * How long the caller waits for this call, in ms (the gateway's read or write timeout), like gRPC's grpc-timeout:
 * a subgraph that calls others on the request's behalf (the score's owner reading the departments' score-parts
 * feeds) stops waiting for them in time to answer with what it has, instead of being timed out itself.
 */
export const CALL_BUDGET_HEADER = 'x-lsp-budget-ms';
const FORWARDED_ISSUER = 'lsp-gateway';
/** Clock difference tolerated between the gateway and a subgraph, for exp and a future iat. */
const CLOCK_SKEW_SECONDS = 5;
/** Whatever the gateway's configuration says, a forwarded identity older than this is refused. */
const MAX_FORWARDED_AGE_SECONDS = 60;


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

/**
 * The longest a local HS256 token may live (exp − iat, or exp − now without iat): 30 days, the lifetime of
 * the development tokens `npm start` prints (start-platform.ts). A token without exp is refused.
 */
export const MAX_LOCAL_TOKEN_LIFETIME_SECONDS = 30 * 24 * 3600;

/** Verifies a bearer token; throws UNAUTHENTICATED with the reason. */
export async function verifyBearerToken(token: string, opts: { secret: string; issuer: string; maxLifetimeSeconds?: number }): Promise<Identity> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(opts.secret), {
      issuer: opts.issuer,
      algorithms: ['HS256'],
      requiredClaims: ['exp'],
    });
    const max = opts.maxLifetimeSeconds ?? MAX_LOCAL_TOKEN_LIFETIME_SECONDS;
    const lifetime = payload.exp! - (payload.iat ?? Math.floor(Date.now() / 1000));
    if (lifetime > max) throw unauthenticated(`Token lives too long: ${lifetime} s from issue to expiry, at most ${max} s (${Math.round(max / 86400)} days) are accepted`);
    const roles = Array.isArray(payload.roles) ? payload.roles : [];
    const unknown = roles.filter((r) => !isRole(r));
    if (!payload.sub) throw unauthenticated('Token has no subject');
    if (unknown.length) throw unauthenticated(`Token carries unknown roles: ${unknown.join(', ')}`);
    return { sub: payload.sub, roles: roles as Role[] };
  } catch (err) {
    if (err instanceof joseErrors.JWTExpired) throw unauthenticated('Token expired');
    if (err instanceof joseErrors.JWTClaimValidationFailed && err.claim === 'exp') throw unauthenticated('Token has no expiry (exp): a local token must expire');
    if (err instanceof joseErrors.JOSEError) throw unauthenticated(`Invalid token: ${err.code}`);
    throw err;
  }
}

// ---- forwarded identity (gateway -> subgraph) ----

export const signingKeyFromPem = (pem: string): KeyObject => createPrivateKey(pem);
export const verifyingKeyFromPem = (pem: string): KeyObject => createPublicKey(pem);

/** base64url SHA-256 of a request body, as carried in the forwarded identity's `bdy` claim. */
export const bodyDigest = (body: string | Uint8Array): string => createHash('sha256').update(body).digest('base64url');

export async function signForwardedIdentity(
  identity: Identity,
  opts: { key: KeyObject; audience: string; body: string | Uint8Array; ttlSeconds?: number; now?: number },
): Promise<string> {
  const iat = Math.floor((opts.now ?? Date.now()) / 1000);
  return new SignJWT({ roles: identity.roles, bdy: bodyDigest(opts.body) })
    .setProtectedHeader({ alg: 'EdDSA', typ: 'lsp-identity+jwt' })
    .setIssuer(FORWARDED_ISSUER)
    .setSubject(identity.sub)
    .setAudience(opts.audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + (opts.ttlSeconds ?? 30))
    .setJti(randomUUID())
    .sign(opts.key);
}

/** Verified claims of a forwarded identity, before its body binding is checked (checkBodyDigest). */
export interface ForwardedIdentity extends Identity {
  bodyDigest: string;
}

/**
 * Checks signature, audience (this subgraph), lifetime and issued-at; throws UNAUTHENTICATED with the reason.
 * Needs no body, so a subgraph calls it before reading one.
 */
export async function verifyForwardedIdentity(token: string | null | undefined, opts: { key: KeyObject; audience: string; now?: number }): Promise<ForwardedIdentity> {
  if (!token) throw unauthenticated('Missing gateway identity: call the platform through the gateway');
  let payload;
  try {
    ({ payload } = await jwtVerify(token, opts.key, {
      algorithms: ['EdDSA'],
      issuer: FORWARDED_ISSUER,
      audience: opts.audience,
      typ: 'lsp-identity+jwt',
      requiredClaims: ['sub', 'iat', 'exp', 'bdy'],
      maxTokenAge: MAX_FORWARDED_AGE_SECONDS,
      clockTolerance: CLOCK_SKEW_SECONDS,
      currentDate: opts.now === undefined ? undefined : new Date(opts.now),
    }));
  } catch (err) {
    if (err instanceof joseErrors.JWTExpired) throw unauthenticated('Expired gateway identity');
    if (err instanceof joseErrors.JWTClaimValidationFailed) throw unauthenticated(`Gateway identity refused: ${err.claim} check failed`);
    if (err instanceof joseErrors.JOSEError) throw unauthenticated(`Invalid gateway identity: ${err.code}`);
    throw err;
  }
  const now = (opts.now ?? Date.now()) / 1000;
  if ((payload.iat as number) > now + CLOCK_SKEW_SECONDS) throw unauthenticated('Gateway identity issued in the future');
  const roles = Array.isArray(payload.roles) ? payload.roles.filter((r: unknown): r is Role => isRole(r) || r === 'anonymous') : [];
  return { sub: payload.sub!, roles, bodyDigest: String(payload.bdy) };
}

/** The forwarded identity covers exactly this body; anything else is a replay or a tampered request. */
export function checkBodyDigest(identity: ForwardedIdentity, body: Uint8Array | string): void {
  if (bodyDigest(body) !== identity.bodyDigest) throw unauthenticated('Gateway identity does not match this request body');
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

/** The reporting units (district or commune codes) a caller reports for in a department (its reporter roles). */
export function reportingUnitsOf(identity: Identity, department: Department): string[] {
  const out: string[] = [];
  for (const r of identity.roles) {
    const p = parseRole(r);
    if (p?.kind === 'reporter' && p.department === department) out.push(p.unitCode);
  }
  return out;
}

export const isApprover = (identity: Identity, department: Department): boolean =>
  identity.roles.includes('admin') || identity.roles.includes(`approver:${department}` as Role);

/**
 * Who may write a department's data: its editors (and admin) province-wide, its reporters for their units only.
 * `units` null = province-wide; else the reporting units the writer must keep every row in.
 */
export function requireWriter(identity: Identity, department: Department): { units: string[] | null } {
  if (hasRole(identity, `editor:${department}`)) return { units: null };
  const units = reportingUnitsOf(identity, department);
  if (units.length) return { units };
  throw forbidden(`Writing ${department} data needs the role editor:${department} or reporter:${department}:<unitCode>`, { needs: `editor:${department}` });
}

export function requireEditor(identity: Identity, department: Department): void {
  if (!hasRole(identity, `editor:${department}`)) {
    throw forbidden(`Writing ${department} data needs the role editor:${department}`, { needs: `editor:${department}` });
  }
}

// ---- delegation (gateway -> the score's owner -> a department's score-parts feed) ----

/**
 * The learning-society score and target progress are computed by education from every scored department's
 * parts, which it fetches itself from each department's feed (`POST /score-parts`, shared/src/kit/score-parts.ts)
 * rather than through the gateway. Education holds no signing key, so the gateway signs, beside the forwarded
 * identity of each call to education, one delegation token: the caller's identity, addressed to the departments
 * (audience), authorised to education (`azp`) for one scope, `score-parts`, with the departments' routing URLs
 * (the gateway's own routing table, so education reads the departments where the gateway does). A department's
 * feed accepts nothing else: no identity token (other `typ`), no other scope, not its audience, not older than
 * 60 s. It is not bound to a body (education builds the feed's body), so it grants only this read-only feed of
 * aggregates, which every caller the gateway lets in may read anyway.
 */
export const DELEGATION_HEADER = 'x-lsp-delegation';
export const SCORE_PARTS_SCOPE = 'score-parts';
/** The subgraph that computes the score from the other departments' parts: the only one the gateway delegates to. */
export const SCORE_PARTS_READER: Department = 'education';

export interface Delegation extends Identity {
  /** The subgraph the identity was delegated to (education). */
  azp: string;
  scope: string;
  /** Routing URL (…/graphql) of every subgraph the gateway serves, by name. */
  urls: Record<string, string>;
  /** The body digest of the call to `azp` it came with: the delegation is good with that call only. */
  bodyDigest: string;
}

export async function signDelegation(
  identity: Identity,
  opts: { key: KeyObject; to: string; urls: Record<string, string>; body: string | Uint8Array; scope?: string; ttlSeconds?: number; now?: number },
): Promise<string> {
  const iat = Math.floor((opts.now ?? Date.now()) / 1000);
  // Every subgraph of the routing table: the departments verify it as theirs, `azp` verifies it came with its call.
  const audience = Object.keys(opts.urls);
  return new SignJWT({ roles: identity.roles, azp: opts.to, scope: opts.scope ?? SCORE_PARTS_SCOPE, urls: opts.urls, bdy: bodyDigest(opts.body) })
    .setProtectedHeader({ alg: 'EdDSA', typ: 'lsp-delegation+jwt' })
    .setIssuer(FORWARDED_ISSUER)
    .setSubject(identity.sub)
    .setAudience(audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + (opts.ttlSeconds ?? 30))
    .setJti(randomUUID())
    .sign(opts.key);
}

/** Checks a delegation token for this department and scope; throws UNAUTHENTICATED (missing, forged, expired) or FORBIDDEN (other scope). */
export async function verifyDelegation(token: string | null | undefined, opts: { key: KeyObject; audience: string; scope?: string; now?: number }): Promise<Delegation> {
  if (!token) throw unauthenticated('Missing delegation: the score-parts feed is read by the score on behalf of a caller of the gateway');
  let payload;
  try {
    ({ payload } = await jwtVerify(token, opts.key, {
      algorithms: ['EdDSA'], issuer: FORWARDED_ISSUER, audience: opts.audience, typ: 'lsp-delegation+jwt',
      requiredClaims: ['sub', 'iat', 'exp', 'azp', 'scope', 'bdy'], maxTokenAge: MAX_FORWARDED_AGE_SECONDS, clockTolerance: CLOCK_SKEW_SECONDS,
      currentDate: opts.now === undefined ? undefined : new Date(opts.now),
    }));
  } catch (err) {
    if (err instanceof joseErrors.JWTExpired) throw unauthenticated('Expired delegation');
    if (err instanceof joseErrors.JWTClaimValidationFailed) throw unauthenticated(`Delegation refused: ${err.claim} check failed`);
    if (err instanceof joseErrors.JOSEError) throw unauthenticated(`Invalid delegation: ${err.code}`);
    throw err;
  }
  if (payload.scope !== (opts.scope ?? SCORE_PARTS_SCOPE)) throw forbidden(`Delegation scope ${String(payload.scope)} does not cover ${opts.scope ?? SCORE_PARTS_SCOPE}`);
  const roles = Array.isArray(payload.roles) ? payload.roles.filter((r: unknown): r is Role => isRole(r) || r === 'anonymous') : [];
  const urls = payload.urls && typeof payload.urls === 'object' ? (payload.urls as Record<string, string>) : {};
  return { sub: payload.sub!, roles, azp: String(payload.azp), scope: String(payload.scope), urls, bodyDigest: String(payload.bdy) };
}

/**
 * The headers of one subgraph call, as every gateway (the project's and the benchmark's peers) sends them: the
 * identity signed for this subgraph and this body, and, on calls to the score's owner, its delegation.
 */
export async function subgraphCallHeaders(
  identity: Identity,
  opts: { key: KeyObject; subgraph: string; body: string | Uint8Array; urls: Record<string, string>; ttlSeconds?: number },
): Promise<Record<string, string>> {
  const headers: Record<string, string> = {
    [IDENTITY_HEADER]: await signForwardedIdentity(identity, { key: opts.key, audience: opts.subgraph, body: opts.body, ttlSeconds: opts.ttlSeconds }),
  };
  if (opts.subgraph === SCORE_PARTS_READER) headers[DELEGATION_HEADER] = await signDelegation(identity, { key: opts.key, to: opts.subgraph, urls: opts.urls, body: opts.body, ttlSeconds: opts.ttlSeconds });
  return headers;
}
