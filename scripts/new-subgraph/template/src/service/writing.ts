import { type ImportUpload, departmentWrites, type SubgraphContext } from '@lsp/shared';
import { __dept__Figures } from '../datasets';

/**
 * Who may write __dept__ data and how: editor:__dept__ (unlocking: admin), through the shared kit driven by the
 * datasets of src/datasets (validation, all-or-nothing write, audit, updatedAt, tombstones, period locks).
 */
type Ctx = Pick<SubgraphContext<unknown>, 'db' | 'units' | 'identity'>;
type LockArgs = { year: number; districtCode?: string | null; unitCode?: string | null; note?: string | null };

const { locks, upsert, remove, importCsv } = departmentWrites('__dept__');

export const writing = {
  recordFigure: (ctx: Ctx, input: object) => upsert(ctx, __dept__Figures, input),
  importFigures: (ctx: Ctx, csv: string, dryRun?: boolean | null, upload?: ImportUpload) => importCsv(ctx, __dept__Figures, csv, dryRun, upload),
  deleteFigure: (ctx: Ctx, a: { communeCode: string; year: number }) => remove(ctx, __dept__Figures, a),
  lock: (ctx: Ctx, a: LockArgs) => locks(ctx).lock(ctx.identity, a, a.note),
  unlock: (ctx: Ctx, a: LockArgs) => locks(ctx).unlock(ctx.identity, a, a.note),
  periodLocks: (ctx: Ctx, year?: number | null) => locks(ctx).list(ctx.identity, { year }),
};
