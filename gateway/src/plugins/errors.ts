import type { Server } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode, type Logger } from '@lsp/shared';
import type { Audit } from './audit';

/**
 * Every refusal the gateway makes outside GraphQL execution is JSON shaped like a GraphQL response, with a
 * code a client can branch on; none echoes more than a short prefix of what the caller sent.
 */
export const HttpCode = {
  400: 'BAD_REQUEST',
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  431: 'REQUEST_HEADER_FIELDS_TOO_LARGE',
  500: ErrorCode.INTERNAL,
} as const;
export type HttpStatus = keyof typeof HttpCode;

/** An HTTP-level refusal; thrown by the pipeline's modules and written by `errorHandler`. */
export class HttpRefusal extends Error {
  constructor(readonly status: HttpStatus, message: string, readonly headers: Record<string, string> = {}, readonly code: string = HttpCode[status]) {
    super(message);
  }
}

export const refusalBody = (code: string, message: string) => JSON.stringify({ errors: [{ message, extensions: { code } }] });

export function sendRefusal(res: express.Response, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.status(status).set(headers).type('application/json').send(refusalBody(code, message));
}

const ECHO_LIMIT = 40;
/** Shortens every quoted run of caller input in a message to a short prefix (a 1 MB code must not come back). */
export function clip(text: string, limit = ECHO_LIMIT): string {
  const quoted = text.replace(/"([^"]*)"/g, (m, inner: string) => (inner.length > limit ? `"${inner.slice(0, limit)}…"` : m));
  return quoted.length > 500 ? `${quoted.slice(0, 500)}…` : quoted;
}

function clipValue(v: unknown): unknown {
  if (typeof v === 'string') return v.length > ECHO_LIMIT * 2 ? `${v.slice(0, ECHO_LIMIT)}…` : v;
  if (Array.isArray(v)) return v.slice(0, 20).map(clipValue);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clipValue(x)]));
  return v;
}

/** Apollo's formatError: clipped messages and extension values, never a stack trace. */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { stacktrace: _s, exception: _e, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  // Apollo recodes every validation error GRAPHQL_VALIDATION_FAILED; a query-shape limit keeps its own code.
  if (extensions.limit && extensions.code === 'GRAPHQL_VALIDATION_FAILED') extensions.code = 'QUERY_TOO_COMPLEX';
  // Apollo's maxRecursiveSelections refusal (limits.ts, "selections"): a query-shape limit like the others.
  if (extensions.validationErrorCode === 'MAX_RECURSIVE_SELECTIONS_EXCEEDED') {
    delete extensions.validationErrorCode;
    Object.assign(extensions, { code: 'QUERY_TOO_COMPLEX', limit: 'selections' });
  }
  return { ...formatted, message: clip(formatted.message), extensions: clipValue(extensions) as Record<string, unknown> };
}

/**
 * GraphQL-level refusals Apollo would answer with HTTP 500: an operationName the document does not hold, and
 * subscriptions (this gateway serves queries and mutations only).
 */
export const operationRefusalsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request }) {
        if (!operation) {
          const name = request.operationName ? `named ${clip(`"${request.operationName}"`)}` : 'to run (name one with operationName)';
          throw new GraphQLError(`The document has no operation ${name}`, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
        }
        if (operation.operation === 'subscription') {
          throw new GraphQLError('Subscriptions are not supported', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
        }
      },
    };
  },
};

/** Body-parser and pipeline errors as coded JSON; anything unexpected is logged and answered 500 without detail. */
export function errorHandler(log: Logger, audit?: Audit): express.ErrorRequestHandler {
  return (err: Error & { status?: number; type?: string; extensions?: { code?: string } }, req, res, _next) => {
    if (err instanceof HttpRefusal) {
      if (audit && [401, 403, 429].includes(err.status)) {
        const caller = res.locals.caller as { identity?: { sub: string }; requestId?: string } | undefined;
        audit({
          kind: 'refusal', who: caller?.identity?.sub ?? `unauthenticated@${req.socket.remoteAddress}`, requestId: caller?.requestId ?? String(req.headers['x-request-id'] ?? ''),
          what: { method: req.method, path: req.path, status: err.status, code: err.code, reason: clip(err.message) },
        });
      }
      return sendRefusal(res, err.status, err.code, err.message, err.headers);
    }
    if (err instanceof GraphQLError && err.extensions?.code) {
      const status = (err.extensions.http as { status?: number } | undefined)?.status ?? 400;
      return sendRefusal(res, status, String(err.extensions.code), clip(err.message));
    }
    if (err.type === 'entity.too.large') return sendRefusal(res, 413, HttpCode[413], 'Request body too large');
    if (err.type === 'encoding.unsupported' || err.type === 'charset.unsupported') return sendRefusal(res, 415, HttpCode[415], 'Unsupported body encoding');
    if (err.status && err.status >= 400 && err.status < 500) return sendRefusal(res, 400, HttpCode[400], 'Malformed request body: send JSON');
    log.error({ err: err.message }, 'unexpected error');
    return sendRefusal(res, 500, HttpCode[500], 'Internal server error');
  };
}

/** Unknown paths: 404, coded. */
export const notFound: express.RequestHandler = (req, res) =>
  sendRefusal(res, 404, HttpCode[404], `Nothing at ${clip(`"${req.path}"`)}`);

/** A known path with a method it does not serve: 405 naming the methods it does. */
export const methodNotAllowed = (allow: string[]): express.RequestHandler => (_req, res) =>
  sendRefusal(res, 405, HttpCode[405], `Method not allowed; use ${allow.join(' or ')}`, { allow: allow.join(', ') });

/** POST /graphql must be JSON (415 otherwise); Apollo's own answer would be an uncoded 400. */
export const requireJsonBody: express.RequestHandler = (req, _res, next) => {
  if (req.method === 'POST' && !req.is('application/json') && !req.is('application/graphql-response+json')) {
    next(new HttpRefusal(415, 'Send the request as JSON (content-type: application/json)'));
    return;
  }
  next();
};

/**
 * Malformed HTTP and oversized headers are handled by Node before express sees them; by default Node answers
 * 431/400 with an empty body. Answer them as coded JSON too.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    const message = status === 431 ? 'Request headers too large' : 'Malformed HTTP request';
    const body = refusalBody(HttpCode[status], message);
    socket.end(`HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  });
}
