import express from 'express';
import {
  GraphQLError, buildSchema, execute, getOperationAST, parse, validate,
  type DocumentNode, type ExecutionResult, type GraphQLFormattedError,
} from 'graphql';
import { ErrorCode, type Identity, type Logger } from '@lsp/shared';
import { stateOf } from './auth';
import { HttpRefusal, clip, formatError, methodNotAllowed, requireJsonBody } from './errors';
import { QUERY_TOO_COMPLEX } from './limits';
import type { Audit } from './audit';
import { ApiKeyError, type ApiKeyStore } from '../api-keys/store';
import { MAX_AUDIT_EVENTS_PAGE, type AuditEventStore } from '../api-keys/audit-events';

/**
 * The gateway's admin GraphQL endpoint, POST /admin/graphql: BI tools' API keys and the audit trail. It is the
 * gateway's own small schema, not part of the supergraph: key secrets never pass through a subgraph, and no
 * department composes key management. The CLI (`gateway/dist/api-keys-cli.js`) calls it.
 * Only a signed-in admin (a bearer token, not an API key) may call it; each key change is audited.
 */
export const ADMIN_SCHEMA_SDL = /* GraphQL */ `
  "A BI tool's API key, without its secret."
  type ApiKey {
    id: ID!
    name: String!
    "analyst, workforce:pii"
    roles: [String!]!
    createdBy: String!
    createdAt: String!
    expiresAt: String!
    revokedAt: String
    revokedBy: String
  }

  "A new key: key is shown this once (only its HMAC is stored)."
  type CreatedApiKey {
    key: String!
    id: ID!
    name: String!
    roles: [String!]!
    createdBy: String!
    createdAt: String!
    expiresAt: String!
    revokedAt: String
    revokedBy: String
  }

  input CreateApiKeyInput {
    name: String!
    "Reading roles only: analyst, workforce:pii."
    roles: [String!]!
    "Lifetime, 1 to 366 days."
    days: Int!
  }

  "One audit event: a refusal, a read of personal fields, an API-key change."
  type AuditEvent {
    id: ID!
    at: String!
    "refusal, pii-read, api-key-created or api-key-revoked"
    kind: String!
    who: String!
    requestId: String
    "JSON: the operation, the refused code, the personal fields read (names, not values), the key id."
    what: String!
  }

  type Query {
    apiKeys(includeRevoked: Boolean = true): [ApiKey!]!
    "Newest first; first: 1 to ${MAX_AUDIT_EVENTS_PAGE}."
    auditEvents(first: Int = 50, kind: String): [AuditEvent!]!
  }

  type Mutation {
    createApiKey(input: CreateApiKeyInput!): CreatedApiKey!
    revokeApiKey(id: ID!): ApiKey!
  }
`;

/** The whole request body (a document of this tiny schema is far smaller). */
const MAX_BODY = '8kb';
const MAX_TOKENS = 500;

interface AdminContext {
  identity: Identity;
  requestId: string;
}

const coded = (message: string, code: string, extra: Record<string, unknown> = {}) => new GraphQLError(message, { extensions: { code, ...extra } });

export interface AdminGraphqlOptions {
  apiKeys?: ApiKeyStore;
  auditEvents?: AuditEventStore;
  audit: Audit;
  log: Logger;
  /** Request id, verified identity (and rate limit) before any body is read: the gateway's guard. */
  guard: express.RequestHandler[];
}

export function adminGraphql(opts: AdminGraphqlOptions): express.Router {
  const schema = buildSchema(ADMIN_SCHEMA_SDL);
  const keys = () => {
    if (!opts.apiKeys) throw coded('API keys are not configured on this gateway', 'NOT_CONFIGURED');
    return opts.apiKeys;
  };
  const rootValue = {
    apiKeys: async ({ includeRevoked }: { includeRevoked: boolean }) =>
      (await keys().list()).filter((k) => includeRevoked || !k.revokedAt),
    auditEvents: async ({ first, kind }: { first: number; kind?: string | null }) => {
      if (!opts.auditEvents) throw coded('The audit trail is not stored on this gateway (log lines only)', 'NOT_CONFIGURED');
      if (first < 1 || first > MAX_AUDIT_EVENTS_PAGE) throw coded(`first: 1 to ${MAX_AUDIT_EVENTS_PAGE}`, ErrorCode.BAD_USER_INPUT, { field: 'first' });
      return opts.auditEvents.list({ first, kind });
    },
    createApiKey: async ({ input }: { input: { name: string; roles: string[]; days: number } }, ctx: AdminContext) => {
      let created;
      try {
        created = await keys().create({ name: input.name, roles: input.roles, days: input.days, actor: ctx.identity });
      } catch (err) {
        if (err instanceof ApiKeyError) throw coded(err.message, ErrorCode.BAD_USER_INPUT, { field: err.field });
        throw err;
      }
      const { info } = created;
      opts.audit({ kind: 'api-key-created', who: ctx.identity.sub, requestId: ctx.requestId, what: { id: info.id, name: info.name, roles: info.roles, expiresAt: info.expiresAt } });
      return { key: created.key, ...info };
    },
    revokeApiKey: async ({ id }: { id: string }, ctx: AdminContext) => {
      const revoked = await keys().revoke(id, ctx.identity);
      if (!revoked) throw coded('No API key with this id', ErrorCode.NOT_FOUND, { field: 'id' });
      opts.audit({ kind: 'api-key-revoked', who: ctx.identity.sub, requestId: ctx.requestId, what: { id: revoked.id, name: revoked.name } });
      return revoked;
    },
  };

  /** Coded errors keep their code; anything unexpected is logged and answered without detail. */
  const formatted = (errors: readonly GraphQLError[], requestId: string): GraphQLFormattedError[] =>
    errors.map((e) => {
      if (e.extensions?.code) return formatError(e.toJSON());
      opts.log.error({ err: e.message, requestId }, 'admin graphql: unexpected error');
      return { message: 'Internal server error', path: e.path, extensions: { code: ErrorCode.INTERNAL } };
    });

  const router = express.Router();
  router.use(...opts.guard, (_req, res, next) => {
    const { identity } = stateOf(res);
    if (!identity.roles.includes('admin') || identity.sub.startsWith('api-key:')) {
      return next(new HttpRefusal(403, 'The admin endpoint needs a signed-in admin (a bearer token, not an API key)'));
    }
    next();
  });
  router.all('/', (req, res, next) => (req.method === 'POST' ? next() : methodNotAllowed(['POST'])(req, res, next)));
  router.post('/', requireJsonBody, express.json({ limit: MAX_BODY }), async (req, res, next) => {
    const { identity, requestId } = stateOf(res);
    const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown } | undefined;
    if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.query !== 'string' || !body.query
      || (body.variables != null && (typeof body.variables !== 'object' || Array.isArray(body.variables)))
      || (body.operationName != null && typeof body.operationName !== 'string')) {
      return next(new HttpRefusal(400, 'Send {"query": "<document>", "variables": {…}, "operationName": "…"} (variables and operationName optional)'));
    }
    let document: DocumentNode;
    try {
      document = parse(body.query, { maxTokens: MAX_TOKENS });
    } catch (err) {
      const message = (err as Error).message;
      return next(new HttpRefusal(400, clip(message), {}, /contains more \w+ \d+ tokens/.test(message) ? QUERY_TOO_COMPLEX : 'GRAPHQL_PARSE_FAILED'));
    }
    const invalid = validate(schema, document);
    if (invalid.length) return res.status(400).json({ errors: invalid.map((e) => formatError({ ...e.toJSON(), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })) });
    const operationName = (body.operationName as string | undefined) ?? undefined;
    const operation = getOperationAST(document, operationName);
    if (!operation || operation.operation === 'subscription') {
      return next(new HttpRefusal(400, operation ? 'Subscriptions are not supported' : 'The document has no operation to run (name one with operationName)'));
    }
    try {
      const result = (await execute({
        schema, document, rootValue, operationName, variableValues: body.variables as Record<string, unknown> | undefined,
        contextValue: { identity, requestId } satisfies AdminContext,
      })) as ExecutionResult;
      // No data at all: the variables were refused before anything ran.
      if (!('data' in result) || result.data === undefined) {
        return res.status(400).json({ errors: (result.errors ?? []).map((e) => formatError({ ...e.toJSON(), extensions: { code: ErrorCode.BAD_USER_INPUT } })) });
      }
      res.json({ data: result.data, ...(result.errors?.length ? { errors: formatted(result.errors, requestId) } : {}) });
    } catch (err) {
      next(err);
    }
  });
  return router;
}
