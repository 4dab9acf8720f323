import { isCalendarDate } from '../dates';
/**
 * Typed columns of a dataset. One parser serves CSV cells (always text) and mutation inputs (already typed by
 * GraphQL), so that the same content gets the same coded problems whichever way it arrives. Parsing is strict
 * on purpose: a calendar date must exist (2013-02-29 does not), an integer is written in decimal digits (no
 * "0x2BC", "7e2" or "700.0"), text has a maximum length checked before any database sees it (SQLite would store
 * 1,000 characters in a varchar(20) that MariaDB refuses).
 */
export type ColumnKind = 'text' | 'int' | 'number' | 'bool' | 'date' | 'enum';

export interface ColumnOptions {
  /** Absent or empty is allowed (stored as null, or as `default` when given). */
  optional?: boolean;
  /** Other CSV header names accepted for this column (the headers in use before the kit), documented per dataset. */
  aliases?: readonly string[];
  /** One line for the CSV documentation and the CLI help. */
  doc?: string;
  /**
   * Text: store in upper case. For identifiers in a key: MySQL compares them case-insensitively and SQLite does
   * not, so one case keeps "p1" and "P1" the same key on both.
   */
  upperCase?: boolean;
}

/** Today's date (UTC, YYYY-MM-DD) and year, read on every parse so a subgraph running over midnight or New Year moves on. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);
export const currentYear = (): number => new Date().getUTCFullYear();

export interface Column<T = unknown> extends ColumnOptions {
  kind: ColumnKind;
  /** Text: maximum length in characters (code points, as MySQL's utf8mb4 varchar counts). */
  maxLength?: number;
  min?: number;
  max?: number;
  values?: readonly string[];
  /**
   * Refuse the future (issue 21): a date after today, or a data year after the current year, is OUT_OF_RANGE. Set
   * by every `date()` column unless it declares `allowFuture`, and by `dataYear()`; the one rule of every department.
   */
  notFuture?: boolean;
  /** Phantom: the TypeScript type of a parsed value. */
  readonly __type?: T;
}

export type ParseResult<T> = { ok: true; value: T | null } | { ok: false; code: string; message: string };

const bad = (code: string, message: string): ParseResult<never> => ({ ok: false, code, message });

/** Plain text (names, codes, sources): trimmed, required unless optional, at most maxLength characters. */
export function text(maxLength: number, opts: ColumnOptions = {}): Column<string> {
  return { kind: 'text', maxLength, ...opts };
}

/** A whole number written in decimal digits, within [min, max]. */
export function int(range: { min?: number; max?: number } = {}, opts: ColumnOptions = {}): Column<number> {
  return { kind: 'int', ...range, ...opts };
}

/** A count of persons or units: a whole number ≥ 0. */
export function count(opts: ColumnOptions = {}): Column<number> {
  return int({ min: 0, max: 2_000_000_000 }, opts);
}

/**
 * The year a row's figures belong to: a whole number from `min` to `max` (the platform's data years by default)
 * and never after the current year (no figures for a year that has not begun), refused with OUT_OF_RANGE.
 */
export function dataYear(range: { min: number; max: number }, opts: ColumnOptions = {}): Column<number> {
  return { kind: 'int', ...range, notFuture: true, ...opts };
}

/** A decimal number (ratios, amounts): plain decimal notation, no exponent, no hex. */
export function number(range: { min?: number; max?: number } = {}, opts: ColumnOptions = {}): Column<number> {
  return { kind: 'number', ...range, ...opts };
}

/** true/false (CSV also accepts 1/0, yes/no, có/không). */
export function bool(opts: ColumnOptions = {}): Column<boolean> {
  return { kind: 'bool', ...opts };
}

/**
 * A calendar date YYYY-MM-DD that exists (no 2013-02-29, no 1980-02-31), optionally within [min, max] years, and
 * not after today (OUT_OF_RANGE, the same in every department: a qualification obtained in 2099 is refused like a
 * committee established next year). `allowFuture` only for a date that may be planned (the end of a posting);
 * a filter argument that is a date, not a recorded fact, also passes it.
 */
export function date(opts: ColumnOptions & { minYear?: number; maxYear?: number; allowFuture?: boolean } = {}): Column<string> {
  const { minYear, maxYear, allowFuture, ...rest } = opts;
  return { kind: 'date', min: minYear, max: maxYear, ...(allowFuture ? {} : { notFuture: true }), ...rest };
}

/** One of a closed list of values (a GraphQL enum, or a reference list such as ethnic groups). */
export function oneOf<V extends string>(values: readonly V[], opts: ColumnOptions = {}): Column<V> {
  return { kind: 'enum', values, maxLength: Math.max(...values.map((v) => [...v].length)), ...opts };
}

const INT_TEXT = /^[+-]?\d+$/;
const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;


/**
 * Parses one value of a column. `raw` is a CSV cell (string) or a mutation input value (string, number,
 * boolean, null): both are read as the same text, so "12" and 12 give the same answer.
 */
export function parseValue<T>(col: Column<T>, raw: unknown): ParseResult<T> {
  const textValue = raw === null || raw === undefined ? '' : typeof raw === 'string' ? raw.trim() : String(raw);
  if (textValue === '') return col.optional ? { ok: true, value: null } : bad('REQUIRED', 'is required');
  switch (col.kind) {
    case 'text': {
      const length = [...textValue].length;
      if (col.maxLength !== undefined && length > col.maxLength) {
        return bad('TOO_LONG', `has ${length} characters, at most ${col.maxLength} are allowed`);
      }
      return { ok: true, value: (col.upperCase ? textValue.toUpperCase() : textValue) as T };
    }
    case 'enum':
      if (!col.values!.includes(textValue)) return bad('NOT_ALLOWED', `"${clip(textValue)}" is not one of ${col.values!.join(', ')}`);
      return { ok: true, value: textValue as T };
    case 'bool':
      if (typeof raw === 'boolean') return { ok: true, value: raw as T };
      if (/^(true|1|yes|có)$/i.test(textValue)) return { ok: true, value: true as T };
      if (/^(false|0|no|không)$/i.test(textValue)) return { ok: true, value: false as T };
      return bad('NOT_BOOLEAN', `"${clip(textValue)}" is not true/false`);
    case 'date': {
      const m = DATE_TEXT.exec(textValue);
      if (!m || !isCalendarDate(textValue)) {
        return bad('NOT_DATE', `"${clip(textValue)}" is not a calendar date (YYYY-MM-DD)`);
      }
      const year = Number(m[1]);
      if ((col.min !== undefined && year < col.min) || (col.max !== undefined && year > col.max)) {
        return bad('OUT_OF_RANGE', `${textValue} is outside the years ${col.min ?? '…'}–${col.max ?? '…'}`);
      }
      if (col.notFuture && textValue > todayIso()) return bad('OUT_OF_RANGE', `${textValue} is in the future (today is ${todayIso()})`);
      return { ok: true, value: textValue as T };
    }
    case 'int':
    case 'number': {
      const pattern = col.kind === 'int' ? INT_TEXT : DECIMAL_TEXT;
      const n = Number(textValue);
      if (!pattern.test(textValue) || !Number.isFinite(n) || (col.kind === 'int' && !Number.isSafeInteger(n))) {
        return bad('NOT_NUMBER', `"${clip(textValue)}" is not ${col.kind === 'int' ? 'a whole number in decimal digits' : 'a decimal number'}`);
      }
      if (col.min !== undefined && n < col.min) return bad(col.min === 0 ? 'NEGATIVE' : 'OUT_OF_RANGE', `${n} is below ${col.min}`);
      if (col.max !== undefined && n > col.max) return bad('OUT_OF_RANGE', `${n} is above ${col.max}`);
      if (col.notFuture && n > currentYear()) return bad('OUT_OF_RANGE', `${n} is after the current year ${currentYear()}`);
      return { ok: true, value: n as T };
    }
  }
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** The TypeScript type of a parsed value of a column. */
export type ValueOf<C> = C extends Column<infer T> ? (C extends { optional: true } ? T | null : T) : never;
