import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type express from 'express';
import { decodeJwt } from 'jose';
import { ANONYMOUS, REQUEST_ID_HEADER, createOidcVerifier, verifyBearerToken, type Identity, type OidcOptions } from '@lsp/shared';
import { HttpRefusal } from './errors';

/**
 * Who is calling. One exported function (`createAuthenticator`) turns request headers into a verified
 * identity, for /graphql and for any other route (exports) alike:
 * - `Authorization: Bearer <jwt>` from the OpenID Connect provider (JWKS, issuer, audience, exp required,
 *   roles from a configured claim) or, outside production, a local development token;
 * - `Authorization: ApiKey <key>` for BI tools (api-keys.ts);
 * - nothing: anonymous, only when ALLOW_ANONYMOUS_READ is set.
 * A verified caller with no platform role is refused (403): it would read nothing anyway.
 */
export type { OidcOptions } from '@lsp/shared';

export interface AuthOptions {
  production: boolean;
  allowAnonymousRead: boolean;
  /** Local HS256 tokens (development and tests); ignored in production. */
  local?: { secret: string; issuer: string };
  oidc?: OidcOptions;
  /** Resolves an API key to its identity, or undefined when unknown, revoked or expired. */
  apiKeys?: (key: string) => Promise<Identity | undefined>;
}

export type Authenticate = (headers: IncomingHttpHeaders) => Promise<Identity>;

const unauthenticated = (message: string) => new HttpRefusal(401, message, { 'www-authenticate': 'Bearer' });

export function createAuthenticator(opts: AuthOptions): Authenticate {
  const verifyOidc = opts.oidc ? createOidcVerifier(opts.oidc) : undefined;
  const oidc = verifyOidc
    ? async (token: string) => {
      try {
        return await verifyOidc(token);
      } catch (err) {
        throw unauthenticated((err as Error).message);
      }
    }
    : undefined;
  const local = opts.production ? undefined : opts.local;

  async function bearer(token: string): Promise<Identity> {
    let issuer: string | undefined;
    try {
      issuer = decodeJwt(token).iss;
    } catch {
      throw unauthenticated('Invalid token: not a JWT');
    }
    if (oidc && issuer === opts.oidc!.issuer) return oidc(token);
    if (local) {
      try {
        return await verifyBearerToken(token, local);
      } catch (err) {
        throw unauthenticated((err as Error).message);
      }
    }
    throw unauthenticated(oidc ? 'Token refused: iss check failed' : 'No identity provider is configured for bearer tokens');
  }

  return async (headers) => {
    const auth = headers.authorization;
    let identity: Identity;
    if (auth) {
      const [scheme, value] = [auth.slice(0, auth.indexOf(' ')), auth.slice(auth.indexOf(' ') + 1).trim()];
      if (/^bearer$/i.test(scheme) && value) identity = await bearer(value);
      else if (/^apikey$/i.test(scheme) && value && opts.apiKeys) {
        const found = await opts.apiKeys(value);
        if (!found) throw unauthenticated('Unknown, revoked or expired API key');
        identity = found;
      } else throw unauthenticated('Unsupported authorization: send "Bearer <token>" or "ApiKey <key>"');
    } else if (opts.allowAnonymousRead) {
      identity = ANONYMOUS;
    } else {
      throw unauthenticated('Authentication required: send Authorization: Bearer <token>');
    }
    if (identity.roles.length === 0) throw new HttpRefusal(403, 'This identity carries no platform role, so it can read nothing');
    return identity;
  };
}

/** Per-request state every later module (rate limit, GraphQL context, exports) reads from res.locals.caller. */
export interface RequestState {
  identity: Identity;
  requestId: string;
  /** Aborted when the client goes away before its answer is sent: downstream calls stop. */
  abort: AbortController;
}

export const stateOf = (res: express.Response): RequestState => res.locals.caller as RequestState;

/** Express middleware: request id, verified identity (before any body is read), disconnect → abort. */
export function identify(authenticate: Authenticate): express.RequestHandler {
  return (req, res, next) => {
    const given = req.headers[REQUEST_ID_HEADER];
    const requestId = typeof given === 'string' && given ? given.slice(0, 100) : randomUUID();
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const abort = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) abort.abort(new Error('client disconnected'));
    });
    authenticate(req.headers).then(
      (identity) => {
        res.locals.caller = { identity, requestId, abort } satisfies RequestState;
        next();
      },
      (err) => next(err),
    );
  };
}
