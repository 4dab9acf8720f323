import type { AdminUnits } from '../admin-units';
import type { WriteOutcome } from '../importer';
import { requireWriter, type Department, type Identity } from '../identity';
import type { DataSource } from 'typeorm';
import type { Dataset } from './dataset';
import { PeriodLocks } from './locks';
import { DatasetWriter } from './writer';

/** What a department's service needs of a request to write: its database, the units, and who asks. */
export interface WriteContext {
  db: DataSource;
  units: AdminUnits;
  identity: Identity;
}

/** The optional arguments of an import mutation for an upload of one year and reporting unit. */
export interface ImportUpload {
  year?: number | null;
  unitCode?: string | null;
  expectedDigest?: string | null;
}

/**
 * A department's write operations through the kit, each checking first that the caller is that department's
 * editor and recording the caller as the actor: the same rule in every department, written once.
 */
export function departmentWrites(department: Department) {
  const writer = (ctx: WriteContext) => new DatasetWriter(ctx.db, ctx.units, department);
  // Editors write province-wide, reporters only their units' rows (the writer refuses any other row).
  const editor = (ctx: WriteContext) => ({ actor: ctx.identity.sub, scope: { units: requireWriter(ctx.identity, department).units } });
  return {
    writer,
    locks: (ctx: WriteContext) => new PeriodLocks(ctx.db, department, ctx.units),
    upsert: (ctx: WriteContext, ds: Dataset<any>, input: object): Promise<WriteOutcome> =>
      writer(ctx).upsert(ds, [input as Record<string, unknown>], editor(ctx)),
    remove: (ctx: WriteContext, ds: Dataset<any>, match: Record<string, unknown>): Promise<WriteOutcome> =>
      writer(ctx).delete(ds, match, editor(ctx)),
    /**
     * A CSV import; `upload` (from /intake) names the one year and reporting unit the file is for and the preview's
     * digest it must still match to be written.
     */
    importCsv: (ctx: WriteContext, ds: Dataset<any>, csv: string, dryRun?: boolean | null, upload: ImportUpload = {}): Promise<WriteOutcome> => {
      const opts = editor(ctx);
      return writer(ctx).importCsv(ds, csv, {
        ...opts, dryRun: !!dryRun, expectedDigest: upload.expectedDigest ?? null,
        scope: { ...opts.scope, year: upload.year ?? null, unitCode: upload.unitCode ?? null },
      });
    },
  };
}
