import { type ImportUpload, departmentWrites, type SubgraphContext } from '@lsp/shared';
import { bookCabinets, cultureCommunes } from '../datasets';

/**
 * Who may write culture data and how: editor:culture (unlocking: admin), through the shared kit driven by the
 * datasets of src/datasets (validation, all-or-nothing write, audit, updatedAt, tombstones, period locks).
 */
type Ctx = Pick<SubgraphContext<unknown>, 'db' | 'units' | 'identity'>;
type LockArgs = { year: number; districtCode?: string | null; unitCode?: string | null; note?: string | null };

const { locks, upsert, remove, importCsv } = departmentWrites('culture');

export const writing = {
  recordBookCabinets: (ctx: Ctx, input: object) => upsert(ctx, bookCabinets, input),
  importBookCabinets: (ctx: Ctx, csv: string, dryRun?: boolean | null, upload?: ImportUpload) => importCsv(ctx, bookCabinets, csv, dryRun, upload),
  deleteBookCabinets: (ctx: Ctx, a: { communeCode: string; year: number; holderKind: string }) => remove(ctx, bookCabinets, a),
  recordCultureCommune: (ctx: Ctx, input: object) => upsert(ctx, cultureCommunes, input),
  importCultureCommunes: (ctx: Ctx, csv: string, dryRun?: boolean | null, upload?: ImportUpload) => importCsv(ctx, cultureCommunes, csv, dryRun, upload),
  deleteCultureCommune: (ctx: Ctx, a: { communeCode: string; year: number }) => remove(ctx, cultureCommunes, a),
  lock: (ctx: Ctx, a: LockArgs) => locks(ctx).lock(ctx.identity, a, a.note),
  unlock: (ctx: Ctx, a: LockArgs) => locks(ctx).unlock(ctx.identity, a, a.note),
  periodLocks: (ctx: Ctx, year?: number | null) => locks(ctx).list(ctx.identity, { year }),
};
