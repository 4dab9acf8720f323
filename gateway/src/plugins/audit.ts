import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import type { Identity, Logger } from '@lsp/shared';
import type { AuditEvent, AuditEventStore } from '../api-keys/audit-events';

/**
 * The gateway's audit trail: every refusal (HTTP and GraphQL: unauthenticated, forbidden, over a limit), every
 * read of personal fields, every API-key change. One JSON log line each, marked `audit: true`, with who, when,
 * what and the request id, on the gateway's log stream; and, given the gateway's database, one row each in its
 * audit_event table (api-keys/audit-events.ts), which admins query (`auditEvents` on /admin/graphql). The row
 * is written in the background: a failed write is logged, never fails the request.
 * Writes themselves are audited, with before/after, by each department's audit table.
 */
/** An audit event (declared with its store, api-keys/audit-events.ts, which imports nothing of the plugins). */
export type { AuditEvent };

export type Audit = (event: AuditEvent) => void;

export const createAudit = (log: Logger, store?: AuditEventStore): Audit => (event) => {
  const at = new Date().toISOString();
  log.info({ audit: true, at, ...event }, `audit ${event.kind}`);
  store?.record(event, at).catch((err: Error) => log.error({ err: err.message, kind: event.kind, requestId: event.requestId }, 'audit event not stored'));
};

/** Personal fields (workforce: cadres' names and birth dates). */
export const PII_FIELDS = new Set(['fullName', 'dateOfBirth']);
const REFUSAL_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'QUERY_TOO_COMPLEX', 'RATE_LIMITED']);

function piiFieldsAsked(doc: DocumentNode): string[] {
  const found = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD && PII_FIELDS.has(s.name.value)) found.add(s.name.value);
      if (s.kind !== Kind.FRAGMENT_SPREAD) walk(s.selectionSet);
    }
  };
  for (const d of doc.definitions) if (d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION) walk(d.selectionSet);
  return [...found];
}

/** Audits GraphQL refusals and reads of personal fields. */
export function auditPlugin(audit: Audit): ApolloServerPlugin<{ identity: Identity; requestId: string }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, document, operationName, response, errors }) {
          const who = contextValue.identity?.sub ?? 'unknown';
          const codes = [...new Set((errors ?? []).map((e) => String(e.extensions?.code ?? '')).filter((c) => REFUSAL_CODES.has(c)))];
          if (codes.length) audit({ kind: 'refusal', who, requestId: contextValue.requestId, what: { operation: operationName ?? null, codes, status: response.http.status ?? 200 } });
          if (!document) return;
          const fields = piiFieldsAsked(document);
          const refusedPaths = new Set((errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN').map((e) => String(e.path?.at(-1) ?? '')));
          const read = fields.filter((f) => !refusedPaths.has(f));
          if (read.length && response.body.kind === 'single' && response.body.singleResult.data) {
            audit({ kind: 'pii-read', who, requestId: contextValue.requestId, what: { operation: operationName ?? null, fields: read } });
          }
        },
      };
    },
  };
}
