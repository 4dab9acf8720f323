import { DatasetWriter, PeriodLocks, requireEditor, type Dataset, type Identity, type SubgraphContext, type WriteOutcome } from '@lsp/shared';
import { assessments, commendations, recognitionCounts } from '../datasets';

/**
 * Who may write awards data and how: editor:awards (unlocking: admin), through the shared kit driven by the
 * datasets of src/datasets (validation, all-or-nothing write, audit, updatedAt, tombstones, period locks).
 */
type Ctx = Pick<SubgraphContext<unknown>, 'db' | 'units' | 'identity'>;

const writer = (ctx: Ctx) => new DatasetWriter(ctx.db, ctx.units, 'awards');
const locks = (ctx: Ctx) => new PeriodLocks(ctx.db, 'awards', ctx.units);
const editor = (identity: Identity) => requireEditor(identity, 'awards');

const upsert = (ctx: Ctx, ds: Dataset<any>, input: object): Promise<WriteOutcome> => {
  editor(ctx.identity);
  return writer(ctx).upsert(ds, [input as Record<string, unknown>], { actor: ctx.identity.sub });
};
const importCsv = (ctx: Ctx, ds: Dataset<any>, csv: string, dryRun?: boolean | null): Promise<WriteOutcome> => {
  editor(ctx.identity);
  return writer(ctx).importCsv(ds, csv, { actor: ctx.identity.sub, dryRun: !!dryRun });
};
const remove = (ctx: Ctx, ds: Dataset<any>, match: Record<string, unknown>): Promise<WriteOutcome> => {
  editor(ctx.identity);
  return writer(ctx).delete(ds, match, { actor: ctx.identity.sub });
};

export const writing = {
  recordRecognitionCount: (ctx: Ctx, input: object) => upsert(ctx, recognitionCounts, input),
  recordAssessment: (ctx: Ctx, input: object) => upsert(ctx, assessments, input),
  recordCommendation: (ctx: Ctx, input: object) => upsert(ctx, commendations, input),
  importRecognitionCounts: (ctx: Ctx, csv: string, dryRun?: boolean | null) => importCsv(ctx, recognitionCounts, csv, dryRun),
  importAssessments: (ctx: Ctx, csv: string, dryRun?: boolean | null) => importCsv(ctx, assessments, csv, dryRun),
  importCommendations: (ctx: Ctx, csv: string, dryRun?: boolean | null) => importCsv(ctx, commendations, csv, dryRun),
  deleteRecognitionCount: (ctx: Ctx, a: { communeCode: string; year: number; titleCode: string }) => remove(ctx, recognitionCounts, a),
  deleteAssessment: (ctx: Ctx, a: { subjectCode: string; year: number; titleCode: string }) => remove(ctx, assessments, a),
  deleteCommendation: (ctx: Ctx, reference: string) => remove(ctx, commendations, { reference }),
  lock: (ctx: Ctx, a: { year: number; districtCode?: string | null; note?: string | null }) => locks(ctx).lock(ctx.identity, a, a.note),
  unlock: (ctx: Ctx, a: { year: number; districtCode?: string | null; note?: string | null }) => locks(ctx).unlock(ctx.identity, a, a.note),
  periodLocks: (ctx: Ctx, year?: number | null) => locks(ctx).list(ctx.identity, { year }),
};
