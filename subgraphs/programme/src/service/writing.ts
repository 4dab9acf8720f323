import { type ImportUpload, departmentWrites, type SubgraphContext } from '@lsp/shared';
import { programmeFigures } from '../datasets';

/**
 * Who may write programme data and how: editor:programme (unlocking: admin), through the shared kit driven by the
 * datasets of src/datasets (validation, all-or-nothing write, audit, updatedAt, tombstones, period locks).
 */
type Ctx = Pick<SubgraphContext<unknown>, 'db' | 'units' | 'identity'>;
type LockArgs = { year: number; districtCode?: string | null; unitCode?: string | null; note?: string | null };

const { locks, upsert, remove, importCsv } = departmentWrites('programme');

export const writing = {
  recordFigure: (ctx: Ctx, input: object) => upsert(ctx, programmeFigures, input),
  importFigures: (ctx: Ctx, csv: string, dryRun?: boolean | null, upload?: ImportUpload) => importCsv(ctx, programmeFigures, csv, dryRun, upload),
  deleteFigure: (ctx: Ctx, a: { communeCode: string; year: number }) => remove(ctx, programmeFigures, a),
  lock: (ctx: Ctx, a: LockArgs) => locks(ctx).lock(ctx.identity, a, a.note),
  unlock: (ctx: Ctx, a: LockArgs) => locks(ctx).unlock(ctx.identity, a, a.note),
  periodLocks: (ctx: Ctx, year?: number | null) => locks(ctx).list(ctx.identity, { year }),
};
