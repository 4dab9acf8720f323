import type { EntityManager, EntitySchema } from 'typeorm';
import type { AuditChange } from '../audit';
import type { AdminUnits } from '../admin-units';
import type { InputProblem } from '../errors';
import type { Department } from '../identity';
import { readCsvRecords } from '../csv';
import { parseValue, type Column } from './columns';

/**
 * A dataset: what one kind of department input is, declared once. From it the kit derives the mutation input
 * validation, the CSV import (header = GraphQL input field names, with documented aliases), the CLI, the audit
 * records, the bulk write, `updatedAt`, tombstones and period locks. See shared/src/kit/README.md.
 */
export type Columns = Record<string, Column>;
export type DatasetRow<C extends Columns> = { [K in keyof C]: C[K] extends Column<infer T> ? T : never };

/** A parsed row and its 1-based position (data row of a CSV file; position in a mutation's list). */
export interface ParsedRow<R> {
  row: number;
  values: R;
}

/** A cross-field rule on one row: returns problems as { field, code, message }. */
export type RowRule<R> = (row: R) => Array<Omit<InputProblem, 'row'>>;

/**
 * The period a row belongs to: a year in one reporting unit (a district until 2024, a commune from 2025: see
 * reporting-units.ts), which is what locks, submissions and reporter roles are per. `unitCode` null: the
 * province's own row (no reporting unit: only editors write it, only a whole-province lock holds it). `year`
 * null: data of no one year (a training provider): only its unit matters (a reporter's scope), no lock holds it.
 */
export interface Period {
  year: number | null;
  unitCode: string | null;
}

/** What a dataset's reference checks may read: the administrative units and the database (inside the write). */
export interface CheckContext {
  units: AdminUnits;
  /** Rows of `entity` whose `property` is one of `values`, read inside the write's transaction (stored providers...). */
  findIn<T extends object>(entity: EntitySchema<T>, property: keyof T & string, values: unknown[]): Promise<T[]>;
}

/**
 * One table a dataset writes: which entity property takes which dataset field. A dataset may write a parent
 * table too (a course and its enrolment rows from one CSV row): list parents first, the fact table last. Rows
 * sharing a parent's key must agree on the parent's fields (CONFLICTING_VALUE otherwise).
 */
export interface TableSpec {
  entity: EntitySchema<any>;
  /** Entity name in the audit trail and tombstones, e.g. "LabourForce". */
  auditEntity: string;
  /** entity property → dataset field. */
  fields: Record<string, string>;
  /** Natural key (entity properties). */
  key: string[];
  /** Stored values that are not input (e.g. { synthetic: false }). */
  constants?: Record<string, unknown>;
  /**
   * Stored values derived from a valid row (e.g. the criteria set in force that year, a grade derived from a
   * score); they override projected fields of the same name.
   */
  computed?: (values: Record<string, unknown>) => Record<string, unknown>;
  /**
   * Year and unit a deleted row is listed under, stored on its tombstones so that `deleted` honours the list's
   * year and district filters. Default: the row's `year`, and its `communeCode`, `districtCode` or `unitCode`
   * (the first it has). Override when the list selects by another code (courses by provider), or when a row
   * is listed under several units (a person under each unit of the postings deleted with it: one tombstone
   * per unit). `deleted` holds every row of this deletion by audit entity.
   */
  tombstoneScopes?: (row: Record<string, unknown>, deleted: Map<string, Array<Record<string, unknown>>>) => TombstoneScope[];
}

/** Where a deleted row was listed: its year and unit code (null: none). */
export interface TombstoneScope {
  year: number | null;
  scopeCode: string | null;
}

/** The default scope of a deleted row (see TableSpec.tombstoneScopes). */
export function defaultTombstoneScope(row: Record<string, unknown>): TombstoneScope {
  const year = row.year === undefined || row.year === null ? null : Number(row.year);
  const unit = row.communeCode ?? row.districtCode ?? row.unitCode ?? null;
  return { year: Number.isInteger(year) ? year : null, scopeCode: unit === null ? null : String(unit) };
}

export interface DatasetDefinition<C extends Columns> {
  /** Dataset id (camelCase), used in audit notes and tombstones: "labourForce". */
  name: string;
  /** Kind on the command line: "labour-force". */
  cliKind: string;
  department: Department;
  /** One sentence for documentation and CLI help. */
  title: string;
  /** Columns in CSV order; names are the GraphQL input field names. */
  columns: C;
  /** Natural key of one row, in dataset fields (a CSV repeating it gets DUPLICATE_ROW). */
  key: Array<keyof C & string>;
  /**
   * Mutation input shape when one record carries a list (a course with its enrolments): the list field and the
   * columns each list item holds; each item is one row, the other columns repeat from the record.
   */
  nested?: { field: string; columns: Array<keyof C & string> };
  /** Cross-field rules of one row (see partOf). */
  rules?: Array<RowRule<DatasetRow<C>>>;
  /** Reference checks over all rows (known commune, stored provider...). Runs only when the columns parsed. */
  check?: (rows: Array<ParsedRow<DatasetRow<C>>>, ctx: CheckContext) => Promise<InputProblem[]> | InputProblem[];
  /** The period a row belongs to (for period locks); null when the dataset is not period data. */
  period?: (row: Partial<DatasetRow<C>>, units: AdminUnits) => Period | null;
  /** Value of an optional column left empty (e.g. the default source). */
  defaults?: Partial<Record<keyof C & string, unknown>>;
  tables: TableSpec[];
  /**
   * Runs inside the write's transaction after the tables are written (or rows deleted), with the changed rows as
   * audited (entity properties before and after): derived data that must move with the rows (workforce milestones).
   * Problems it returns refuse the whole write (rolled back). Not called on a dry run.
   */
  afterWrite?: (m: EntityManager, changes: AuditChange[], units: AdminUnits) => Promise<InputProblem[] | void>;
  /** The GraphQL operations derived from the dataset (documentation, and the generic dataset contract test). */
  graphql?: { upsert: string; input: string; importCsv: string };
  /** Vietnamese title (templates and the /intake page). */
  titleVi?: string;
  /**
   * Label of every column, in Vietnamese (with diacritics) and English: the second header line of a template,
   * the page's tables. `defineDataset` throws at start-up when a column has none.
   */
  labels?: Partial<Record<keyof C & string, { vi: string; en: string }>>;
  /** Column holding the row's unit (default: communeCode, districtCode or unitCode, the first present). */
  unitColumn?: (keyof C & string) | null;
  /** Column holding the data year (default: year, when present). */
  yearColumn?: (keyof C & string) | null;
  /**
   * What completeness counts for a reporting unit: its COMMUNES (one row set per commune expected), the
   * DISTRICT itself (one per district while districts exist), or NONE (not counted). Default from unitColumn:
   * communeCode → COMMUNES, districtCode → DISTRICT, else NONE.
   */
  completeness?: 'COMMUNES' | 'DISTRICT' | 'NONE';
  /**
   * The dataset checks period locks itself in `check` (workforce: a posting is a stock counted in every year it
   * covers, and an unchanged row is never refused): the kit then applies only the reporter scope and the
   * SUBMITTED freeze by `period`, not its own lock check.
   */
  ownLocks?: boolean;
  /** When a year's figures are due: month-day of the following year (default "01-31"; INTAKE_DUE_DATES overrides). */
  due?: string;
}

export interface Dataset<C extends Columns = Columns> extends DatasetDefinition<C> {
  /** Canonical CSV header, in column order. */
  header: string[];
  /** Kebab-case name, as /export and /intake name datasets: education-statistics, labour-force. */
  kebabName: string;
  /** Resolved unit and year columns and what completeness counts. */
  unitField: string | null;
  yearField: string | null;
  counts: 'COMMUNES' | 'DISTRICT' | 'NONE';
  /** Each table's rows with the input row each came from (the first, for a parent shared by several rows). */
  tableRowsNumbered(rows: Array<ParsedRow<DatasetRow<C>>>): Array<Array<{ row: number; values: Record<string, unknown> }>>;
  /** Reads a CSV file (bytes or text): every problem names its row and field; header aliases accepted. */
  fromCsv(input: string | Uint8Array): { rows: Array<ParsedRow<DatasetRow<C>>>; problems: InputProblem[] };
  /** Reads mutation inputs with the same rules (each record, or each nested list item, is one row). */
  fromInputs(records: Array<Record<string, unknown>>): { rows: Array<ParsedRow<DatasetRow<C>>>; problems: InputProblem[] };
  /** Rules, duplicates and parent consistency over parsed rows (reference checks run inside the write). */
  rowProblems(rows: Array<ParsedRow<DatasetRow<C>>>): InputProblem[];
  /** The rows each table receives (parents deduplicated on their key). */
  tableRows(rows: Array<ParsedRow<DatasetRow<C>>>): Array<Array<Record<string, unknown>>>;
  /** Markdown lines documenting the CSV format (header, aliases, rules). */
  csvDoc(): string;
}

const problemAt = (row: number | null, field: string, code: string, message: string): InputProblem => ({ row, field, code, message });

/** Rule: `part` is never above `whole` (PART_EXCEEDS_WHOLE on the part). */
export function partOf<R>(part: keyof R & string, whole: keyof R & string): RowRule<R> {
  return (row) => {
    const p = row[part] as unknown;
    const w = row[whole] as unknown;
    return typeof p === 'number' && typeof w === 'number' && p > w
      ? [{ field: part, code: 'PART_EXCEEDS_WHOLE', message: `${part} (${p}) is larger than ${whole} (${w})` }]
      : [];
  };
}

export const keyString = (values: Record<string, unknown>, fields: readonly string[]) => fields.map((f) => String(values[f])).join('|');

/** educationStatistics → education-statistics. */
export const kebabCase = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

export function defineDataset<C extends Columns>(def: DatasetDefinition<C>): Dataset<C> {
  const names = Object.keys(def.columns);
  checkDefinition(def);
  const unitField = def.unitColumn !== undefined ? def.unitColumn : (['communeCode', 'districtCode', 'unitCode'].find((n) => names.includes(n)) ?? null);
  const yearField = def.yearColumn !== undefined ? def.yearColumn : names.includes('year') ? 'year' : null;
  const counts = def.completeness ?? (!def.period || !yearField ? 'NONE' : unitField === 'communeCode' ? 'COMMUNES' : unitField === 'districtCode' ? 'DISTRICT' : 'NONE');
  const aliasOf = new Map<string, string>();
  for (const n of names) {
    aliasOf.set(n, n);
    for (const a of def.columns[n].aliases ?? []) aliasOf.set(a, n);
  }

  const parseRecord = (rowNo: number, raw: (name: string) => unknown, problems: InputProblem[]): ParsedRow<DatasetRow<C>> => {
    const values: Record<string, unknown> = {};
    for (const n of names) {
      const parsed = parseValue(def.columns[n], raw(n));
      if (!parsed.ok) problems.push(problemAt(rowNo, n, parsed.code, parsed.message));
      else values[n] = parsed.value ?? def.defaults?.[n] ?? null;
    }
    return { row: rowNo, values: values as DatasetRow<C> };
  };

  const numbered = (rows: Array<ParsedRow<DatasetRow<C>>>) => def.tables.map((t) => {
    const out = new Map<string, { row: number; values: Record<string, unknown> }>();
    for (const r of rows) {
      const stored: Record<string, unknown> = { ...(t.constants ?? {}) };
      for (const [prop, field] of Object.entries(t.fields)) stored[prop] = (r.values as Record<string, unknown>)[field];
      if (t.computed) Object.assign(stored, t.computed(r.values as Record<string, unknown>));
      const k = keyString(stored, t.key);
      if (!out.has(k)) out.set(k, { row: r.row, values: stored });
    }
    return [...out.values()];
  });

  const ds: Dataset<C> = {
    ...def,
    header: names,
    kebabName: kebabCase(def.name),
    unitField,
    yearField,
    counts,
    tableRowsNumbered: numbered,
    fromCsv(input) {
      const read = readCsvRecords(input);
      if ('problems' in read) return { rows: [], problems: read.problems };
      const problems: InputProblem[] = [];
      const index = new Map<string, number>();
      read.header.forEach((h, i) => {
        const name = aliasOf.get(h);
        if (!name) problems.push(problemAt(null, h, 'UNKNOWN_COLUMN', `column "${h}" is not part of this import (columns: ${names.join(', ')})`));
        else if (index.has(name)) problems.push(problemAt(null, name, 'DUPLICATE_COLUMN', `column "${name}" appears twice in the header (as "${read.header[index.get(name)!]}" and "${h}")`));
        else index.set(name, i);
      });
      for (const n of names) {
        if (!def.columns[n].optional && !index.has(n)) problems.push(problemAt(null, n, 'MISSING_COLUMN', `required column "${n}" is missing from the header`));
      }
      if (problems.length) return { rows: [], problems };
      const rows: Array<ParsedRow<DatasetRow<C>>> = [];
      read.records.forEach((record, i) => {
        if (record.length !== read.header.length) {
          problems.push(problemAt(i + 1, '(row)', 'COLUMN_COUNT', `has ${record.length} fields, the header has ${read.header.length}`));
          return;
        }
        const rowProblems: InputProblem[] = [];
        const parsed = parseRecord(i + 1, (n) => (index.has(n) ? record[index.get(n)!] : ''), rowProblems);
        problems.push(...rowProblems);
        if (rowProblems.length === 0) rows.push(parsed);
      });
      return { rows, problems };
    },
    fromInputs(records) {
      const problems: InputProblem[] = [];
      const rows: Array<ParsedRow<DatasetRow<C>>> = [];
      const flat: Array<Record<string, unknown>> = [];
      for (const record of records) {
        if (!def.nested) flat.push(record);
        else {
          const items = record[def.nested.field];
          if (!Array.isArray(items) || items.length === 0) {
            problems.push(problemAt(null, def.nested.field, 'REQUIRED', `at least one item of ${def.nested.field} is required`));
            continue;
          }
          for (const item of items as Array<Record<string, unknown>>) flat.push({ ...record, ...item });
        }
      }
      flat.forEach((record, i) => {
        const rowProblems: InputProblem[] = [];
        const parsed = parseRecord(i + 1, (n) => record[n], rowProblems);
        problems.push(...rowProblems);
        if (rowProblems.length === 0) rows.push(parsed);
      });
      return { rows, problems };
    },
    rowProblems(rows) {
      const problems: InputProblem[] = [];
      for (const r of rows) for (const rule of def.rules ?? []) for (const p of rule(r.values)) problems.push({ row: r.row, ...p });
      const seen = new Map<string, number>();
      for (const r of rows) {
        const k = keyString(r.values, def.key);
        const first = seen.get(k);
        if (first !== undefined) problems.push(problemAt(r.row, def.key.join('+'), 'DUPLICATE_ROW', `repeats the key ${k} of row ${first}`));
        else seen.set(k, r.row);
      }
      for (const t of def.tables.slice(0, -1)) {
        const keyFields = t.key.map((p) => t.fields[p]);
        const firstOf = new Map<string, ParsedRow<DatasetRow<C>>>();
        for (const r of rows) {
          const k = keyString(r.values, keyFields);
          const first = firstOf.get(k);
          if (!first) firstOf.set(k, r);
          else {
            for (const f of Object.values(t.fields)) {
              const a = (first.values as Record<string, unknown>)[f];
              const b = (r.values as Record<string, unknown>)[f];
              if (a !== b) problems.push(problemAt(r.row, f, 'CONFLICTING_VALUE', `${t.auditEntity} ${k} has ${f} "${String(a)}" in row ${first.row}, "${String(b)}" here`));
            }
          }
        }
      }
      return problems;
    },
    tableRows(rows) {
      return numbered(rows).map((t) => t.map((r) => r.values));
    },
    csvDoc() {
      const lines = [`**${def.title}** (\`${def.cliKind}\`): \`${names.join(',')}\``, ''];
      for (const n of names) {
        const c = def.columns[n];
        const bits = [c.kind === 'enum' ? `one of ${c.values!.join(', ')}` : c.kind, c.optional ? 'optional' : 'required'];
        if (c.maxLength && c.kind === 'text') bits.push(`at most ${c.maxLength} characters`);
        if (c.min !== undefined || c.max !== undefined) bits.push(`${c.min ?? '…'}–${c.max ?? '…'}`);
        if (c.notFuture) bits.push('not in the future');
        if (c.aliases?.length) bits.push(`also accepted as ${c.aliases.map((a) => `\`${a}\``).join(', ')}`);
        lines.push(`- \`${n}\`: ${bits.join(', ')}${c.doc ? `. ${c.doc}` : ''}`);
      }
      return lines.join('\n');
    },
  };
  return ds;
}

/** A definition that contradicts its entities fails at start-up, not at the first write on one database only. */
function checkDefinition<C extends Columns>(def: DatasetDefinition<C>): void {
  const names = new Set(Object.keys(def.columns));
  const fail = (m: string) => {
    throw new Error(`dataset ${def.name}: ${m}`);
  };
  for (const k of def.key) if (!names.has(k)) fail(`key field ${k} is not a column`);
  // Labels are being written dataset by dataset (issue 22): a label given must be complete and name a column.
  for (const [n, l] of Object.entries(def.labels ?? {}) as Array<[string, { vi: string; en: string } | undefined]>) {
    if (!names.has(n)) fail(`label for unknown column ${n}`);
    if (!l?.vi?.trim() || !l?.en?.trim()) fail(`column ${n} has an empty Vietnamese or English label`);
  }
  if (def.due !== undefined && !/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(def.due)) fail(`due "${def.due}" is not MM-DD`);
  if (def.tables.length === 0) fail('writes no table');
  for (const t of def.tables) {
    const cols = (t.entity.options.columns ?? {}) as Record<string, { length?: number | string; name?: string; type?: unknown }>;
    if (!cols.updatedAt) fail(`${t.auditEntity} has no updatedAt column`);
    for (const k of t.key) if (!(k in t.fields)) fail(`${t.auditEntity} key ${k} is not projected`);
    for (const [prop, field] of Object.entries(t.fields)) {
      if (!names.has(field)) fail(`${t.auditEntity}.${prop} takes unknown field ${field}`);
      if (!cols[prop]) fail(`${t.auditEntity} has no property ${prop}`);
      const c = def.columns[field];
      const length = cols[prop].length === undefined ? undefined : Number(cols[prop].length);
      const unbounded = cols[prop].type === 'text';
      if ((c.kind === 'text' || c.kind === 'enum') && !unbounded && (length === undefined || (c.maxLength ?? Infinity) > length)) {
        fail(`${t.auditEntity}.${prop} holds ${length ?? 'unbounded'} characters but column ${field} allows ${c.maxLength}`);
      }
    }
  }
}
