import type ExcelJS from 'exceljs';
import { excel } from '../lazy-modules';
import yauzl from 'yauzl';
import { decodeCsv } from '@lsp/shared';
import type { IntakeColumn, IntakeDataset } from './datasets';
import { problemVi } from './labels';
import { META_SHEET, columnName, sheetColumns, templateVersion, NAME_COLUMN } from './template';

/** One problem of an upload, as the report shows it: where (sheet, cell, row, field), what was read, and why. */
export interface IntakeProblem {
  sheet: string | null;
  cell: string | null;
  row: number | null;
  field: string | null;
  value: string | null;
  code: string;
  message: string;
  messageVi: string;
}

export const problem = (p: Omit<IntakeProblem, 'messageVi' | 'sheet' | 'cell' | 'row' | 'field' | 'value'> & Partial<IntakeProblem>): IntakeProblem => ({
  sheet: null, cell: null, row: null, field: null, value: null, ...p, messageVi: p.messageVi ?? problemVi(p.code),
});

/** A file-level refusal that ends the reading (with the HTTP status for the ones that are not a 200 report). */
export class UploadRefusal extends Error {
  constructor(readonly status: number, readonly problems: IntakeProblem[]) {
    super(problems[0]?.message ?? 'refused');
  }
}

/** What an upload turns into: the CSV the department's import reads, and where each CSV row came from. */
export interface ReadUpload {
  format: 'xlsx' | 'csv';
  sheet: string | null;
  /** CSV data rows: the values by column name, the sheet row (or CSV line) it came from. */
  rows: Array<{ line: number; values: Record<string, string> }>;
  /** Problems found while reading cells, keyed `${line}|${field}` so the department's own for that cell can be dropped. */
  problems: IntakeProblem[];
  /** Column name → sheet column letter (XLSX only). */
  letters: Record<string, string>;
  meta: Record<string, string>;
}

export interface UploadLimits {
  maxRows: number;
  maxUnzippedBytes: number;
}

export const columnLetter = (n: number): string => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

const refuse = (status: number, code: string, message: string, extra: Partial<IntakeProblem> = {}) => new UploadRefusal(status, [problem({ code, message, ...extra })]);

/** Sniffs the upload: a ZIP (XLSX), an old binary .xls, or text (CSV); anything else is NOT_A_SPREADSHEET. */
export function sniff(buf: Buffer, filename: string): 'xlsx' | 'csv' {
  if (/\.xlsm$/i.test(filename)) throw refuse(400, 'MACRO_ENABLED', 'a macro-enabled workbook (.xlsm) is not accepted: save it as .xlsx');
  if (buf.length === 0) throw refuse(400, 'EMPTY_FILE', 'the file is empty');
  if (buf.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
  if (buf.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) throw refuse(400, 'LEGACY_XLS', 'an Excel 97–2003 workbook (.xls) is not accepted: save it as .xlsx');
  // UTF-16 text is a CSV in the wrong encoding (the decoder names it); other control bytes are a binary file.
  const utf16 = (buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff) || buf.subarray(0, 4096).filter((b) => b === 0).length >= Math.min(buf.length, 4096) / 4;
  if (!utf16 && buf.subarray(0, 4096).some((b) => b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b))) {
    throw refuse(400, 'NOT_A_SPREADSHEET', 'the file is neither an XLSX workbook nor a CSV text file');
  }
  return 'csv';
}

/**
 * Checks the ZIP container before exceljs reads it: the entries' sizes as inflated (read, not trusted from the
 * directory: a bomb can lie there; yauzl also checks the actual size against the declared one), a macro project,
 * external links, and that it is a workbook at all.
 */
export function checkZip(buf: Buffer, limits: UploadLimits): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return reject(refuse(400, 'NOT_A_SPREADSHEET', `the file is not a readable XLSX (ZIP) file: ${err?.message ?? 'unreadable'}`));
      let declared = 0;
      let inflated = 0;
      const names: string[] = [];
      let done = false;
      const fail = (e: UploadRefusal) => {
        if (done) return;
        done = true;
        zip.close();
        reject(e);
      };
      const tooLarge = () => refuse(413, 'ARCHIVE_TOO_LARGE', `the workbook inflates past ${limits.maxUnzippedBytes} bytes (a ZIP bomb, or far more data than one upload holds)`);
      zip.on('error', (e) => fail(refuse(400, 'NOT_A_SPREADSHEET', `the file is not a readable XLSX (ZIP) file: ${e.message}`)));
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        declared += entry.uncompressedSize;
        if (declared > limits.maxUnzippedBytes) return fail(tooLarge());
        if (/^xl\/vbaProject\.bin$/i.test(entry.fileName)) return fail(refuse(400, 'MACRO_ENABLED', 'the workbook carries macros (xl/vbaProject.bin): save it as a plain .xlsx'));
        if (/^xl\/externalLinks\//i.test(entry.fileName)) return fail(refuse(400, 'EXTERNAL_LINK', 'the workbook links to another file (xl/externalLinks): break the links (Data → Edit Links) and save again'));
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return fail(refuse(400, 'NOT_A_SPREADSHEET', `an entry of the workbook cannot be read: ${e?.message ?? ''}`));
          let content = entry.fileName === '[Content_Types].xml' ? '' : undefined;
          stream.on('data', (chunk: Buffer) => {
            inflated += chunk.length;
            if (content !== undefined && content.length < 200_000) content += chunk.toString('utf8');
            if (inflated > limits.maxUnzippedBytes) {
              stream.destroy();
              fail(tooLarge());
            }
          });
          stream.on('error', (se) => fail(/too many bytes/i.test(se.message) ? tooLarge() : refuse(400, 'NOT_A_SPREADSHEET', `an entry of the workbook cannot be read: ${se.message}`)));
          stream.on('end', () => {
            if (content && /macroEnabled/i.test(content)) return fail(refuse(400, 'MACRO_ENABLED', 'the workbook is macro-enabled (.xlsm content type): save it as a plain .xlsx'));
            if (!done) zip.readEntry();
          });
        });
      });
      zip.on('end', () => {
        if (done) return;
        done = true;
        if (!names.includes('xl/workbook.xml')) reject(refuse(400, 'NOT_A_SPREADSHEET', 'the ZIP file is not an XLSX workbook (no xl/workbook.xml)'));
        else resolve();
      });
      zip.readEntry();
    });
  });
}

const INT_TEXT = /^[+-]?\d+$/;
/** "1.234", "1,234", "1 234" (also with a no-break space): Vietnamese or English thousands separators. */
const GROUPED = /^[+-]?\d{1,3}([.,\u00a0 ]\d{3})+$/;

/** The text a cell gives the department's import, or a problem naming the cell. */
function cellText(cell: ExcelJS.Cell, col: IntakeColumn, formulaValues: string): { text: string } | { code: string; message: string; value: string } {
  let v: ExcelJS.CellValue = cell.value;
  if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    const f = v as ExcelJS.CellFormulaValue;
    const formula = `=${f.formula ?? (v as any).sharedFormula ?? ''}`;
    if (formulaValues !== 'use-cached') return { code: 'FORMULA', message: `the cell holds a formula (${formula}); type the value (this template refuses formulas)`, value: formula };
    if (f.result === undefined || f.result === null || (typeof f.result === 'object' && 'error' in (f.result as object))) {
      return { code: 'FORMULA_NO_VALUE', message: `the formula ${formula} has no calculated value saved in the file`, value: formula };
    }
    v = f.result as ExcelJS.CellValue;
  }
  if (v === null || v === undefined) return { text: '' };
  if (typeof v === 'object' && 'error' in (v as object)) return { code: 'CELL_ERROR', message: `the cell holds the error ${(v as ExcelJS.CellErrorValue).error}`, value: String((v as ExcelJS.CellErrorValue).error) };
  if (typeof v === 'object' && 'richText' in (v as object)) v = (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('');
  if (typeof v === 'object' && 'hyperlink' in (v as object)) v = String((v as ExcelJS.CellHyperlinkValue).text ?? '');
  if (v instanceof Date) {
    const iso = v.toISOString().slice(0, 10);
    if (col.kind === 'date') return { text: iso };
    return { code: 'DATE_IN_NUMBER_CELL', message: `the cell holds a date (${iso}) where ${col.kind === 'int' ? 'a whole number' : 'a value'} is expected`, value: iso };
  }
  if (typeof v === 'number') {
    if (col.kind === 'date') return { code: 'DATE_AS_SERIAL', message: `the date is stored as the serial number ${v}; type it as YYYY-MM-DD text`, value: String(v) };
    if (col.kind === 'int' && !Number.isInteger(v)) return { code: 'NOT_NUMBER', message: `${v} is not a whole number`, value: String(v) };
    return { text: String(v) };
  }
  if (typeof v === 'boolean') return { text: String(v) };
  const s = String(v).trim();
  if (s === '') return { text: '' };
  if (col.kind === 'int' || col.kind === 'number') {
    if (GROUPED.test(s)) return { code: 'NOT_NUMBER', message: `"${s}" has a thousands separator: type the digits only (1234, not 1.234); it is not read as ${s.replace(/[.,\u00a0 ]/g, '')}`, value: s };
    if (INT_TEXT.test(s) || (col.kind === 'number' && /^[+-]?\d*\.\d+$/.test(s))) return { code: 'NUMBER_STORED_AS_TEXT', message: `the number "${s}" is stored as text: format the cell as a number`, value: s };
  }
  return { text: s };
}

const metaOf = (ws: ExcelJS.Worksheet | undefined): Record<string, string> => {
  const out: Record<string, string> = {};
  ws?.eachRow((row) => {
    const k = row.getCell(1).value;
    if (typeof k === 'string') out[k] = String(row.getCell(2).value ?? '');
  });
  return out;
};

/**
 * Reads an uploaded workbook made from a template of (ds, year, unit). Every cell problem names its sheet and
 * cell; a file that is not such a template is refused as a whole.
 */
export async function readWorkbook(buf: Buffer, ds: IntakeDataset, expect: { year: number; unitCode: string }, limits: UploadLimits): Promise<ReadUpload> {
  await checkZip(buf, limits);
  const wb = new (excel().Workbook)();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (err) {
    throw refuse(400, 'NOT_A_SPREADSHEET', `the workbook cannot be read: ${(err as Error).message.slice(0, 200)}`);
  }
  const meta = metaOf(wb.getWorksheet(META_SHEET));
  if (!meta.templateVersion) throw refuse(400, 'NOT_A_TEMPLATE', `the workbook has no ${META_SHEET} sheet of an intake template: download the template for this dataset, year and unit`);
  if (meta.templateVersion !== templateVersion(ds)) {
    throw refuse(400, 'TEMPLATE_VERSION', `the template is version ${meta.templateVersion}; ${ds.name} templates are now version ${templateVersion(ds)}: download a new template and copy the figures into it`, { sheet: META_SHEET, value: meta.templateVersion });
  }
  const mismatch = meta.dataset !== ds.name ? `dataset ${meta.dataset}` : meta.year !== String(expect.year) ? `year ${meta.year}` : meta.unitCode !== expect.unitCode ? `unit ${meta.unitCode}` : null;
  if (mismatch) throw refuse(400, 'TEMPLATE_MISMATCH', `the template is for ${mismatch}, the upload is for ${ds.name}, ${expect.year}, unit ${expect.unitCode}`, { sheet: META_SHEET });
  const sheetName = meta.dataSheet;
  const ws = wb.getWorksheet(sheetName);
  if (!ws) throw refuse(400, 'SHEET_MISSING', `the data sheet "${sheetName}" is missing (renamed or deleted?)`, { sheet: sheetName });
  const headerRow = Number(meta.headerRow) || 1;
  const firstDataRow = Number(meta.firstDataRow) || headerRow + 1;
  const formulaValues = meta.formulaValues ?? 'refuse';

  const problems: IntakeProblem[] = [];
  const merges: string[] = ((ws.model as unknown as { merges?: string[] }).merges ?? []);
  for (const range of merges) problems.push(problem({ sheet: sheetName, cell: range.split(':')[0], code: 'MERGED_CELLS', value: range, message: `cells ${range} are merged: unmerge them (each cell holds one value)` }));
  if (problems.length) throw new UploadRefusal(200, problems);

  const cols = sheetColumns(ds);
  const letters: Record<string, string> = {};
  cols.forEach((c, i) => {
    letters[columnName(c)] = columnLetter(i + 1);
    const got = ws.getRow(headerRow).getCell(i + 1).value;
    if (String(got ?? '').trim() !== columnName(c)) {
      problems.push(problem({ sheet: sheetName, cell: `${columnLetter(i + 1)}${headerRow}`, row: headerRow, field: columnName(c), value: got === null || got === undefined ? null : String(got), code: 'HEADER_MISMATCH', message: `the header cell should read "${columnName(c)}" (a sheet of another template version, or an edited header)` }));
    }
  });
  ws.getRow(headerRow).eachCell((cell, col) => {
    if (col <= cols.length || String(cell.value ?? '').trim() === '') return;
    problems.push(problem({ sheet: sheetName, cell: `${columnLetter(col)}${headerRow}`, row: headerRow, value: String(cell.value), code: 'HEADER_MISMATCH', message: `the column "${String(cell.value)}" is not part of this template` }));
  });
  if (problems.length) throw new UploadRefusal(200, problems);

  const rows: ReadUpload['rows'] = [];
  const last = ws.actualRowCount === 0 ? 0 : ws.rowCount;
  for (let r = firstDataRow; r <= last; r++) {
    const row = ws.getRow(r);
    if (!row.hasValues) continue;
    const values: Record<string, string> = {};
    let any = false;
    const rowProblems: IntakeProblem[] = [];
    cols.forEach((c, i) => {
      if (c === NAME_COLUMN) return;
      const cell = row.getCell(i + 1);
      const got = cellText(cell, c, formulaValues);
      if ('text' in got) {
        values[c.name] = got.text;
        if (got.text !== '') any = true;
      } else {
        any = true;
        values[c.name] = got.value;
        rowProblems.push(problem({ sheet: sheetName, cell: `${letters[c.name]}${r}`, row: r, field: c.name, value: got.value, code: got.code, message: got.message }));
      }
    });
    // A row with nothing but its name (or nothing at all) is not data: trailing and blank rows are ignored.
    if (!any) continue;
    if (rows.length >= limits.maxRows) {
      throw new UploadRefusal(413, [problem({ sheet: sheetName, cell: `A${r}`, row: r, code: 'TOO_MANY_ROWS', message: `more than ${limits.maxRows} data rows; split the file` })]);
    }
    problems.push(...rowProblems);
    rows.push({ line: r, values });
  }
  return { format: 'xlsx', sheet: sheetName, rows, problems, letters, meta };
}

/** Reads an uploaded CSV: UTF-8 only (UTF-16 and Windows-1258 refused by the kit's decoder, with its code). */
export function readCsv(buf: Buffer, ds: IntakeDataset, limits: UploadLimits): ReadUpload & { text: string } {
  const decoded = decodeCsv(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
  if ('problem' in decoded) throw refuse(200, decoded.problem.code, decoded.problem.message, { field: decoded.problem.field });
  const lines = decoded.text.split(/\r?\n/).filter((l, i, all) => l.trim() !== '' || i < all.length - 1).length;
  if (lines - 1 > limits.maxRows) throw refuse(413, 'TOO_MANY_ROWS', `more than ${limits.maxRows} data rows; split the file`);
  void ds;
  return { format: 'csv', sheet: null, rows: [], problems: [], letters: {}, meta: {}, text: decoded.text };
}
