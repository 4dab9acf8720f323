import { parse } from 'csv-parse/sync';
import type { InputProblem } from './errors';
import { isCalendarDate } from './dates';

/**
 * CSV reading shared by every department's bulk import. A column spec says what each field must be;
 * parsing never throws on bad data: it returns every problem, each naming its row (1 = first data row)
 * and field, so the import can refuse the whole file with a complete list.
 */
export type FieldType = 'string' | 'int' | 'number' | 'bool' | 'date';

export interface FieldSpec {
  name: string;
  type: FieldType;
  required?: boolean;
  /** For int/number: smallest allowed value (counts use 0). */
  min?: number;
  max?: number;
  /** For string: allowed values. */
  oneOf?: readonly string[];
}

export type CsvValue = string | number | boolean | null;
export interface CsvRow {
  row: number;
  values: Record<string, CsvValue>;
}

export function readCsv(text: string, spec: readonly FieldSpec[]): { rows: CsvRow[]; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (err) {
    return { rows: [], problems: [{ row: null, field: '(file)', code: 'CSV_SYNTAX', message: (err as Error).message }] };
  }
  if (records.length === 0) return { rows: [], problems: [{ row: null, field: '(file)', code: 'EMPTY_FILE', message: 'the file has no header row' }] };
  const header = records[0].map((h) => h.trim());
  for (const f of spec) {
    if (f.required !== false && !header.includes(f.name)) {
      problems.push({ row: null, field: f.name, code: 'MISSING_COLUMN', message: `required column "${f.name}" is missing from the header` });
    }
  }
  for (const h of header) {
    if (!spec.some((f) => f.name === h)) problems.push({ row: null, field: h, code: 'UNKNOWN_COLUMN', message: `column "${h}" is not part of this import` });
  }
  if (problems.length) return { rows: [], problems };

  const rows: CsvRow[] = [];
  records.slice(1).forEach((record, i) => {
    const rowNo = i + 1;
    if (record.length !== header.length) {
      problems.push({ row: rowNo, field: '(row)', code: 'COLUMN_COUNT', message: `has ${record.length} fields, the header has ${header.length}` });
      return;
    }
    const values: Record<string, CsvValue> = {};
    for (const f of spec) {
      const idx = header.indexOf(f.name);
      const raw = idx >= 0 ? record[idx] : '';
      const parsed = parseField(raw, f);
      if ('problem' in parsed) problems.push({ row: rowNo, field: f.name, code: parsed.code, message: parsed.problem });
      else values[f.name] = parsed.value;
    }
    rows.push({ row: rowNo, values });
  });
  return { rows, problems };
}

export function parseField(raw: string, f: FieldSpec): { value: CsvValue } | { problem: string; code: string } {
  if (raw === '' || raw === undefined) {
    return f.required === false ? { value: null } : { problem: 'is required', code: 'REQUIRED' };
  }
  switch (f.type) {
    case 'string':
      if (f.oneOf && !f.oneOf.includes(raw)) return { problem: `"${raw}" is not one of ${f.oneOf.join(', ')}`, code: 'NOT_ALLOWED' };
      return { value: raw };
    case 'bool':
      if (/^(true|1|yes|có)$/i.test(raw)) return { value: true };
      if (/^(false|0|no|không)$/i.test(raw)) return { value: false };
      return { problem: `"${raw}" is not true/false`, code: 'NOT_BOOLEAN' };
    case 'date':
      if (!isCalendarDate(raw)) return { problem: `"${raw}" is not a date (YYYY-MM-DD)`, code: 'NOT_DATE' };
      return { value: raw };
    case 'int':
    case 'number': {
      const n = Number(raw);
      if (!Number.isFinite(n) || (f.type === 'int' && !Number.isInteger(n))) {
        return { problem: `"${raw}" is not ${f.type === 'int' ? 'a whole number' : 'a number'}`, code: 'NOT_NUMBER' };
      }
      if (f.min !== undefined && n < f.min) return { problem: `${n} is below ${f.min}`, code: f.min === 0 ? 'NEGATIVE' : 'OUT_OF_RANGE' };
      if (f.max !== undefined && n > f.max) return { problem: `${n} is above ${f.max}`, code: 'OUT_OF_RANGE' };
      return { value: n };
    }
  }
}

/** Flags rows whose natural key repeats an earlier row of the same file. */
export function duplicateKeyProblems(rows: CsvRow[], keyFields: string[]): InputProblem[] {
  const seen = new Map<string, number>();
  const problems: InputProblem[] = [];
  for (const r of rows) {
    const key = keyFields.map((k) => String(r.values[k])).join('|');
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ row: r.row, field: keyFields.join('+'), code: 'DUPLICATE_ROW', message: `repeats the key ${key} of row ${first}` });
    } else seen.set(key, r.row);
  }
  return problems;
}
