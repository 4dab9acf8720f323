import { Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { excel } from '../lazy-modules';
import type { Cell } from './flatten';
import type { Column } from './plan';

/** The table formats an export writes; each streams rows as its client reads them. */
export const FORMATS = {
  csv: { contentType: 'text/csv; charset=utf-8', mediaType: 'text/csv' },
  ndjson: { contentType: 'application/x-ndjson; charset=utf-8', mediaType: 'application/x-ndjson' },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
} as const;
export type ExportFormat = keyof typeof FORMATS;
export const isExportFormat = (s: unknown): s is ExportFormat => typeof s === 'string' && Object.hasOwn(FORMATS, s);

/** Rows as the flattener gives them: at once, or page after page. */
export type Rows = Iterable<Cell[]> | AsyncIterable<Cell[]>;

/** Writes the header and every row to `out` in `format`, waiting whenever `out` is full; ends `out`. */
export async function writeTable(format: ExportFormat, columns: Column[], rows: Rows, out: Writable): Promise<void> {
  if (format === 'csv') return writeCsv(columns, rows, out);
  if (format === 'ndjson') return writeNdjson(columns, rows, out);
  return writeXlsx(columns, rows, out);
}

/**
 * A spreadsheet evaluates a text cell that starts with `=`, `+`, `-` or `@` (also after leading spaces), or
 * with a tab or carriage return, as a formula (CSV injection, OWASP): such text gets a leading apostrophe,
 * which Excel and LibreOffice show as plain text. Used for CSV and XLSX text cells alike (an XLSX text cell
 * is not evaluated when opened, but becomes a formula once edited or saved as CSV). Numbers are written as
 * numbers, so a negative gap stays a negative number; what is stored is never changed, only the export.
 */
export function neutralise(text: string): string {
  return /^(?:[\t\r]| *[=+\-@])/.test(text) ? `'${text}` : text;
}

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** A list of scalars as one cell: its items joined by `; `; a custom scalar's object as JSON. */
function cellText(v: Cell): string {
  if (Array.isArray(v)) return v.map(text).join('; ');
  return text(v);
}

function csvCell(v: Cell): string {
  if (v === null || typeof v === 'number' || typeof v === 'boolean') return v === null ? '' : String(v);
  return neutralise(cellText(v));
}

/** RFC 4180: comma-separated, CRLF line ends, quotes doubled inside quoted fields; UTF-8 with a BOM so Excel reads it as UTF-8. */
async function writeCsv(columns: Column[], rows: Rows, out: Writable): Promise<void> {
  const records = Readable.from(map(rows, (r) => r.map(csvCell)));
  const csv = stringify({ bom: true, header: true, columns: columns.map((c) => c.name), record_delimiter: 'windows', quoted_match: /\r/ });
  await pipeline(records, csv, out);
}

/** One JSON object a line, keys = column names in column order; lists and numbers keep their JSON types. */
async function writeNdjson(columns: Column[], rows: Rows, out: Writable): Promise<void> {
  const names = columns.map((c) => c.name);
  // As the CSV writer: rows (objects) through a Transform to bytes, then to the response, by pipeline (a
  // Readable.from of the finished lines piped straight to the response stalled part-way on Node 24).
  const toLines = new Transform({
    writableObjectMode: true,
    transform(r: Cell[], _enc, done) {
      const o: Record<string, Cell> = {};
      for (let i = 0; i < names.length; i++) o[names[i]] = r[i] ?? null;
      done(null, `${JSON.stringify(o)}\n`);
    },
  });
  await pipeline(Readable.from(rows), toLines, out);
}

function xlsxCell(v: Cell): string | number | boolean | null {
  if (v === null || typeof v === 'number' || typeof v === 'boolean') return v;
  // Strings are written as text cells: a code such as "03646" keeps its leading zero.
  return neutralise(cellText(v));
}

/**
 * One worksheet, written row by row with exceljs's streaming writer (no shared-string table, so nothing
 * grows with the row count); the loop waits for `out` to drain before adding more rows.
 */
async function writeXlsx(columns: Column[], rows: Rows, out: Writable): Promise<void> {
  const workbook = new (excel().stream.xlsx.WorkbookWriter)({ stream: out, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('export');
  sheet.addRow(columns.map((c) => c.name)).commit();
  let n = 0;
  for await (const r of rows) {
    sheet.addRow(r.map(xlsxCell)).commit();
    // exceljs hands rows to the zip stream synchronously: give the zip and the socket a turn every few
    // hundred rows, so that a full socket can be seen (and waited for) before more rows are made.
    if (++n % 500 === 0) {
      await new Promise((r) => setImmediate(r));
      if (out.writableNeedDrain) await drained(out);
    }
  }
  sheet.commit();
  await workbook.commit();
}

function drained(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (err?: Error) => {
      out.off('drain', ok);
      out.off('close', closed);
      out.off('error', done);
      if (err) reject(err);
      else resolve();
    };
    const ok = () => done();
    const closed = () => done(new Error('the client closed the connection'));
    out.once('drain', ok);
    out.once('close', closed);
    out.once('error', done);
  });
}

async function* map<T, U>(items: Iterable<T> | AsyncIterable<T>, f: (t: T) => U): AsyncGenerator<U> {
  for await (const item of items) yield f(item);
}
