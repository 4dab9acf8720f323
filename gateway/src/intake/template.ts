import { createHash } from 'node:crypto';
import type ExcelJS from 'exceljs';
import { excel } from '../lazy-modules';
import { stringify } from 'csv-stringify/sync';
import type { IntakeColumn, IntakeDataset } from './datasets';
import type { ReportingUnit, UnitRow } from './units';

/**
 * The intake templates. Layout of the XLSX (the upload reads it back by these rules, see workbook.ts):
 * - sheet DATA_SHEET: row 1 the column names (the same header as the CSV import: machine-readable, what the
 *   upload matches), row 2 the Vietnamese labels, data from row 3; after the unit key a display-only column
 *   `unitName` (the unit's name that year; never sent to the department);
 * - key cells (and both header rows) locked, the sheet protected without a password (a guard against
 *   accidental edits, not security: the upload checks every key anyway); value cells unlocked, with validation;
 * - a hidden sheet META_SHEET of key/value rows: dataset, year, unitCode, unitName, templateVersion, …
 */
export const DATA_SHEET = 'So lieu';
export const META_SHEET = '_meta';
export const HEADER_ROW = 1;
export const LABEL_ROW = 2;
export const FIRST_DATA_ROW = 3;
export const NAME_COLUMN = 'unitName';
/** Spare unlocked rows below the pre-filled ones (a commune missing from the list can still be typed in). */
const SPARE_ROWS = 0;

/** A template's version: the layout's number and the dataset's columns, so a changed dataset refuses old templates. */
export function templateVersion(ds: IntakeDataset): string {
  const h = createHash('sha256').update(ds.columns.map((c) => `${c.name}:${c.kind}:${c.required}`).join(',')).digest('hex').slice(0, 10);
  return `1-${h}`;
}

/** The sheet's columns in order: the dataset's, with the display-only name column after the unit key. */
export function sheetColumns(ds: IntakeDataset): Array<IntakeColumn | typeof NAME_COLUMN> {
  const out: Array<IntakeColumn | typeof NAME_COLUMN> = [];
  for (const c of ds.columns) {
    out.push(c);
    if (c.name === ds.unitKey) out.push(NAME_COLUMN);
  }
  return out;
}

export const columnName = (c: IntakeColumn | typeof NAME_COLUMN) => (c === NAME_COLUMN ? NAME_COLUMN : c.name);

function templateRows(ds: IntakeDataset, year: number, rows: UnitRow[], stored: Map<string, Record<string, unknown>>): Array<Record<string, unknown>> {
  return rows.map((u) => {
    const s = stored.get(u.code) ?? {};
    const row: Record<string, unknown> = { [NAME_COLUMN]: u.name };
    for (const c of ds.columns) row[c.name] = c.name === ds.unitKey ? u.code : c.name === 'year' ? year : (s[c.name] ?? null);
    return row;
  });
}

function validation(c: IntakeColumn): ExcelJS.DataValidation | undefined {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop' as const };
  if (c.kind === 'int') return { ...common, type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], errorTitle: 'Số nguyên ≥ 0', error: 'Nhập số nguyên không âm (viết liền, không dấu phân cách)' };
  if (c.kind === 'number') return { ...common, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], errorTitle: 'Số ≥ 0', error: 'Nhập số không âm' };
  if (c.kind === 'enum') return { ...common, type: 'list', formulae: [`"${c.values!.join(',')}"`], errorTitle: 'Danh sách', error: `Chọn một trong: ${c.values!.join(', ')}` };
  if (c.kind === 'bool') return { ...common, type: 'list', formulae: ['"true,false"'], errorTitle: 'Có/không', error: 'Chọn true hoặc false' };
  return undefined;
}

export async function xlsxTemplate(ds: IntakeDataset, year: number, unit: ReportingUnit, rows: UnitRow[], stored: Map<string, Record<string, unknown>>): Promise<Buffer> {
  const wb = new (excel().Workbook)();
  wb.creator = 'Sơn La learning-society platform';
  const ws = wb.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: LABEL_ROW, xSplit: ds.unitKey ? 3 : 0 }] });
  const cols = sheetColumns(ds);
  ws.getRow(HEADER_ROW).values = cols.map(columnName);
  ws.getRow(LABEL_ROW).values = cols.map((c) => (c === NAME_COLUMN ? 'Tên đơn vị (chỉ để xem)' : `${c.labelVi}${c.required ? ' *' : ''}`));
  ws.getRow(HEADER_ROW).font = { bold: true, color: { argb: 'FF555555' } };
  ws.getRow(LABEL_ROW).font = { bold: true };
  ws.getRow(LABEL_ROW).alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(LABEL_ROW).height = 45;
  cols.forEach((c, i) => {
    ws.getColumn(i + 1).width = c === NAME_COLUMN ? 28 : Math.max(10, Math.min(22, c.name.length + 2));
    if (c !== NAME_COLUMN && c.description) ws.getCell(LABEL_ROW, i + 1).note = c.description;
  });
  const data = templateRows(ds, year, rows, stored);
  const total = data.length + SPARE_ROWS;
  for (let r = 0; r < total; r++) {
    const values = data[r];
    const row = ws.getRow(FIRST_DATA_ROW + r);
    cols.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const name = columnName(c);
      const v = values?.[name];
      if (v !== null && v !== undefined) cell.value = typeof v === 'boolean' ? String(v) : (v as ExcelJS.CellValue);
      const locked = c === NAME_COLUMN || (c.key && !!values);
      cell.protection = { locked };
      if (locked) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
      if (c !== NAME_COLUMN && !locked) {
        const dv = validation(c);
        if (dv) cell.dataValidation = dv;
        if (c.kind === 'int' || c.kind === 'number') cell.numFmt = '0';
        if (c.kind === 'date' || c.kind === 'text') cell.numFmt = '@';
      }
    });
  }
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });

  const meta = wb.addWorksheet(META_SHEET, { state: 'hidden' });
  const entries: Array<[string, string | number]> = [
    ['dataset', ds.name], ['year', year], ['unitCode', unit.code], ['unitName', unit.name], ['templateVersion', templateVersion(ds)],
    ['dataSheet', DATA_SHEET], ['headerRow', HEADER_ROW], ['firstDataRow', FIRST_DATA_ROW],
    // "refuse": a formula in a value cell is refused; "use-cached": its value as last calculated by Excel is taken.
    ['formulaValues', 'refuse'],
    ['department', ds.department], ['generatedAt', new Date().toISOString()],
  ];
  entries.forEach(([k, v], i) => {
    meta.getCell(i + 1, 1).value = k;
    meta.getCell(i + 1, 2).value = v;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The CSV template: exactly the CSV import's header and the same pre-filled rows (no label row, no name column). */
export function csvTemplate(ds: IntakeDataset, year: number, rows: UnitRow[], stored: Map<string, Record<string, unknown>>): string {
  const data = templateRows(ds, year, rows, stored);
  return stringify([ds.columns.map((c) => c.name), ...data.map((r) => ds.columns.map((c) => (r[c.name] === null || r[c.name] === undefined ? '' : String(r[c.name]))))]);
}
