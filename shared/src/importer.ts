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
  return outcome.problems.some((p) => p.code === 'PERIOD_LOCKED') ? 'PERIOD_LOCKED' : 'BAD_USER_INPUT';
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
  "Why nothing was written, when ok is false: BAD_USER_INPUT (the input has problems, each naming its row and field) or PERIOD_LOCKED (a row falls in an approved, locked period). Null when ok."
  code: String
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
