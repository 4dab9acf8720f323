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

export function readCsv(input: string | Uint8Array, spec: readonly FieldSpec[]): { rows: CsvRow[]; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const read = readCsvRecords(input);
  if ('problems' in read) return { rows: [], problems: read.problems };
  const { header, records: data } = read;
  const records = [header, ...data];
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
      const written = f.type === 'int' ? /^[+-]?\d+$/ : /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
      if (!written.test(raw) || !Number.isFinite(n) || (f.type === 'int' && !Number.isInteger(n))) {
        return { problem: `"${raw}" is not ${f.type === 'int' ? 'a whole number' : 'a number'}`, code: 'NOT_NUMBER' };
      }
      if (f.min !== undefined && n < f.min) return { problem: `${n} is below ${f.min}`, code: f.min === 0 ? 'NEGATIVE' : 'OUT_OF_RANGE' };
      if (f.max !== undefined && n > f.max) return { problem: `${n} is above ${f.max}`, code: 'OUT_OF_RANGE' };
      return { value: n };
    }
  }
}

/**
 * Decodes a CSV file: UTF-8, with or without a byte-order mark. Anything else is refused with a coded ENCODING
 * problem that names what was detected, instead of being stored as mojibake (a Windows-1258 file read as UTF-8)
 * or refused for a missing column (a UTF-16 file). A string (a mutation argument) is checked for the traces such
 * files leave once decoded: NUL characters (UTF-16) and U+FFFD replacement characters (bytes that were not UTF-8).
 */
export function decodeCsv(input: string | Uint8Array): { text: string } | { problem: InputProblem } {
  const encoding = (message: string) => ({ problem: { row: null, field: '(file)', code: 'ENCODING', message } as InputProblem });
  if (typeof input === 'string') {
    if (input.includes('\u0000')) return encoding('the text contains NUL characters: the file looks like UTF-16; save it as UTF-8');
    if (input.includes('\uFFFD')) return encoding('the text contains U+FFFD replacement characters: the file was not UTF-8 (e.g. Windows-1258 or TCVN3); save it as UTF-8');
    return { text: input.replace(/^\uFEFF/, '') };
  }
  const b = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
    return encoding(`the file is UTF-16 (${b[0] === 0xff ? 'little' : 'big'}-endian byte-order mark); save it as UTF-8`);
  }
  const sample = b.subarray(0, 4096);
  const nuls = sample.filter((x) => x === 0).length;
  if (nuls > 0 && nuls >= sample.length / 4) return encoding('the file is UTF-16 without a byte-order mark (every other byte is NUL); save it as UTF-8');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return encoding(`the file is not UTF-8: it looks like ${guessLegacyEncoding(b)}; save it as UTF-8`);
  }
  return decodeCsv(text);
}

/** Names the 8-bit encoding a non-UTF-8 file most likely uses (for the refusal message only). */
function guessLegacyEncoding(b: Buffer): string {
  // Windows-1258 writes Vietnamese tones as combining marks 0xCC 0xEC 0xD2 0xDE 0xF2 after a base letter, and đ/Đ as 0xF0/0xD0.
  let marks = 0;
  let high = 0;
  for (let i = 0; i < b.length; i++) {
    if (b[i] < 0x80) continue;
    high += 1;
    if ([0xcc, 0xec, 0xd2, 0xde, 0xf2, 0xd0, 0xf0].includes(b[i]) && i > 0 && b[i - 1] < 0x80) marks += 1;
  }
  if (high > 0 && marks / high > 0.3) return 'Windows-1258 (Vietnamese)';
  return 'an 8-bit encoding such as Windows-1252, Windows-1258 or TCVN3';
}

/**
 * Decodes and parses a CSV file into its header and records (each with its 1-based data row number). Refuses,
 * with one coded problem, a file that is not UTF-8 (ENCODING), separated by `;` or tabs (SEPARATOR), unparsable
 * (CSV_SYNTAX) or empty (EMPTY_FILE).
 */
export function readCsvRecords(input: string | Uint8Array): { header: string[]; records: string[][] } | { problems: InputProblem[] } {
  const decoded = decodeCsv(input);
  if ('problem' in decoded) return { problems: [decoded.problem] };
  const firstLine = decoded.text.split(/\r?\n/, 1)[0] ?? '';
  if (!firstLine.includes(',')) {
    const sep = firstLine.includes(';') ? 'semicolons (;)' : firstLine.includes('\t') ? 'tabs' : null;
    if (sep) {
      return { problems: [{ row: null, field: '(file)', code: 'SEPARATOR', message: `the header is separated by ${sep}; the file must be comma-separated (in Excel: "CSV UTF-8 (Comma delimited)")` }] };
    }
  }
  let records: string[][];
  try {
    records = parse(decoded.text, { skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (err) {
    return { problems: [{ row: null, field: '(file)', code: 'CSV_SYNTAX', message: (err as Error).message }] };
  }
  if (records.length === 0) return { problems: [{ row: null, field: '(file)', code: 'EMPTY_FILE', message: 'the file has no header row' }] };
  return { header: records[0].map((h) => h.trim()), records: records.slice(1) };
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
