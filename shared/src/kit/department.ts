import type { AdminUnits } from '../admin-units';
import type { WriteOutcome } from '../importer';
import { requireEditor, type Department, type Identity } from '../identity';
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

/**
 * A department's write operations through the kit, each checking first that the caller is that department's
 * editor and recording the caller as the actor: the same rule in every department, written once.
 */
export function departmentWrites(department: Department) {
  const writer = (ctx: WriteContext) => new DatasetWriter(ctx.db, ctx.units, department);
  const editor = (ctx: WriteContext) => {
    requireEditor(ctx.identity, department);
    return { actor: ctx.identity.sub };
  };
  return {
    writer,
    locks: (ctx: WriteContext) => new PeriodLocks(ctx.db, department, ctx.units),
    upsert: (ctx: WriteContext, ds: Dataset<any>, input: object): Promise<WriteOutcome> =>
      writer(ctx).upsert(ds, [input as Record<string, unknown>], editor(ctx)),
    remove: (ctx: WriteContext, ds: Dataset<any>, match: Record<string, unknown>): Promise<WriteOutcome> =>
      writer(ctx).delete(ds, match, editor(ctx)),
    importCsv: (ctx: WriteContext, ds: Dataset<any>, csv: string, dryRun?: boolean | null): Promise<WriteOutcome> =>
      writer(ctx).importCsv(ds, csv, { ...editor(ctx), dryRun: !!dryRun }),
  };
}
