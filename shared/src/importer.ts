import type { InputProblem } from './errors';

/**
 * The outcome of a write or import (every department's mutations and CSV imports, written by the dataset kit's
 * DatasetWriter): all-or-nothing; with any problem nothing is written and the attempt is still audited.
 */
export interface WriteOutcome {
  ok: boolean;
  dryRun: boolean;
  batchId: string;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  problems: InputProblem[];
  /** Per input row: inserted, updated (before → after of the changed fields) or unchanged (kit writes; empty when refused). */
  changes: Array<{ row: number; action: 'INSERTED' | 'UPDATED' | 'UNCHANGED'; entity: string; key: string; fields: Array<{ field: string; before: string | null; after: string | null }> }>;
  /** Digest of the changes (a commit naming it writes exactly what was previewed); null when refused. */
  digest: string | null;
}

/** Whether a stored value and an incoming one are the same (the drivers give back booleans and numbers in their own forms). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (typeof a === 'boolean' || typeof b === 'boolean') return Boolean(a) === Boolean(b);
  if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b);
  return false;
}

/** The code of a refused write: PERIOD_LOCKED when a row falls in a locked period, else BAD_USER_INPUT; null when written. */
export function refusalCode(outcome: Pick<WriteOutcome, 'ok' | 'problems'>): string | null {
  if (outcome.ok) return null;
  for (const code of ['PREVIEW_STALE', 'PERIOD_LOCKED', 'PERIOD_SUBMITTED', 'OUTSIDE_REPORTING_UNIT']) {
    if (outcome.problems.some((p) => p.code === code)) return code;
  }
  return 'BAD_USER_INPUT';
}

/** SDL of the write/import result and audit types; every writing department declares them identically. */
export const WRITE_SDL = `"One problem in submitted data: which row and field, and why."
type InputProblem @shareable {
  "1-based data row (header excluded); null for a problem with the whole file or request."
  row: Int
  field: String!
  "Machine-readable: UNKNOWN_COMMUNE, COMMUNE_NOT_VALID_IN_YEAR, NEGATIVE, PART_EXCEEDS_WHOLE, OUT_OF_RANGE, DUPLICATE_ROW, REQUIRED, NOT_NUMBER..."
  code: String!
  message: String!
}

"Outcome of a write or an import: all-or-nothing. With any problem, ok is false and nothing was written."
type ImportResult @shareable {
  ok: Boolean!
  "True when the input was only checked (dryRun), nothing written."
  dryRun: Boolean!
  "Id of this attempt in the audit trail."
  batchId: String!
  rows: Int!
  inserted: Int!
  updated: Int!
  "Rows identical to what was stored already (an import is idempotent)."
  unchanged: Int!
  problems: [InputProblem!]!
  "Why nothing was written, when ok is false, in this order of precedence: PREVIEW_STALE (the stored data or the file changed since the preview whose digest was given), PERIOD_LOCKED (a row falls in an approved, locked period), PERIOD_SUBMITTED (a row falls in a unit-year submitted for approval), OUTSIDE_REPORTING_UNIT (a row of another reporting unit or year than the writer's), BAD_USER_INPUT (the input has problems, each naming its row and field). Null when ok."
  code: String
  "Per input row: INSERTED, UPDATED (before and after of each changed field) or UNCHANGED, in row order. Filled by dry runs and by writes; empty when refused."
  changes: [RowChange!]!
  "sha256 (hex) of the changes: pass it as expectedDigest to write exactly what this dry run previewed (else PREVIEW_STALE). Null when refused."
  digest: String
}

"What one input row does to one stored row."
type RowChange @shareable {
  "Input row (CSV data row, 1-based, header excluded; the position in a mutation's list). A parent shared by several rows names the first."
  row: Int!
  "INSERTED, UPDATED or UNCHANGED."
  action: String!
  "Entity in the audit trail (a dataset writing two tables gives a change per table)."
  entity: String!
  "Natural key, fields joined with |."
  key: String!
  "The fields that change: UPDATED before and after, INSERTED every field with before null; empty for UNCHANGED."
  fields: [FieldChange!]!
}

"One field of a row change; values as text, null = not reported (an empty cell is never zero)."
type FieldChange @shareable {
  "Dataset column (CSV header)."
  field: String!
  "Stored value before, as text; null when none (not reported)."
  before: String
  "Value after the write, as text; null = not reported."
  after: String
}

"One audit record: who changed what, when, with the values before and after (JSON)."
type AuditRecord @shareable {
  id: Int!
  at: String!
  actor: String!
  "insert, update, delete, or import (one record per import attempt)."
  action: String!
  entity: String!
  entityKey: String!
  before: String
  after: String
  batchId: String
  note: String
}`;
