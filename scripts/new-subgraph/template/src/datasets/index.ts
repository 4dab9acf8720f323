import { FIRST_DATA_YEAR, LAST_DATA_YEAR, col, communePeriod, defineDataset, yearEnd, type AdminUnits, type InputProblem } from '@lsp/shared';
import { __Dept__FigureEntity } from '../store';

/**
 * What the __dept__ department writes, declared once (shared/src/kit/README.md): mutations, CSV imports, the
 * command line, audit, locks and the intake templates are derived from these definitions by the kit. CSV headers
 * are the GraphQL input field names. Scaffolded: one figure per commune and year; replace it with the
 * department's own datasets (one per kind of input).
 */
const communeCode = () => col.text(10, { aliases: ['commune_code'], doc: 'GSO code of a reporting commune of the year' });

function communeProblems(units: AdminUnits, row: number, code: string | null, y: number): InputProblem[] {
  if (!code) return [];
  if (!units.commune(code)) return [{ row, field: 'communeCode', code: 'UNKNOWN_COMMUNE', message: `commune code "${code}" is not a Sơn La commune` }];
  if (!units.commune(code, yearEnd(y))) return [{ row, field: 'communeCode', code: 'COMMUNE_NOT_VALID_IN_YEAR', message: `commune ${code} did not exist on 31/12/${y}` }];
  return [];
}

export const __dept__Figures = defineDataset({
  name: '__dept__Figures',
  cliKind: '__dept__-figures',
  department: '__dept__',
  title: 'A __dept__ figure of a commune in a year',
  // Published in __dept__Datasets for the /intake templates and page (the gateway keeps no labels of its own).
  titleVi: 'Số liệu __dept__ của xã trong năm',
  labels: {
    communeCode: { vi: 'Mã xã', en: 'Commune code' },
    year: { vi: 'Năm', en: 'Year' },
    value: { vi: 'Số liệu', en: 'Value' },
    note: { vi: 'Ghi chú', en: 'Note' },
  },
  columns: {
    communeCode: communeCode(),
    year: col.dataYear({ min: FIRST_DATA_YEAR, max: LAST_DATA_YEAR }, { doc: 'data year, 2010 to the current year' }),
    value: col.count({ doc: 'the figure (a count, at least 0)' }),
    note: col.text(200, { optional: true, doc: 'free text: where the figure comes from' }),
  },
  key: ['communeCode', 'year'],
  check: (rows, ctx) => rows.flatMap(({ row, values: v }) => communeProblems(ctx.units, row, v.communeCode, v.year)),
  period: (r, units) => communePeriod(units, r.year, r.communeCode),
  graphql: { upsert: 'record__Dept__Figure', input: '__Dept__FigureInput', importCsv: 'import__Dept__FiguresCsv' },
  tables: [{
    entity: __Dept__FigureEntity, auditEntity: '__Dept__Figure', key: ['communeCode', 'year'], constants: { synthetic: false },
    fields: { communeCode: 'communeCode', year: 'year', value: 'value', note: 'note' },
  }],
});

export const __dept__Datasets = [__dept__Figures];
