import { type ImportUpload, departmentWrites, type SubgraphContext } from '@lsp/shared';
import { clcTrainings, funding, learningNeeds, learningWeeks, taskReports } from '../datasets';

/**
 * Who may write programme data and how: editor:programme (unlocking: admin), through the shared kit driven by the
 * datasets of src/datasets (validation, all-or-nothing write, audit, updatedAt, tombstones, period locks).
 */
type Ctx = Pick<SubgraphContext<unknown>, 'db' | 'units' | 'identity'>;
type LockArgs = { year: number; districtCode?: string | null; unitCode?: string | null; note?: string | null };

const { locks, upsert, remove, importCsv } = departmentWrites('programme');

export const writing = {
  recordTaskReport: (ctx: Ctx, input: object) => upsert(ctx, taskReports, input),
  importTaskReports: (ctx: Ctx, csv: string, dryRun?: boolean | null, upload?: ImportUpload) => importCsv(ctx, taskReports, csv, dryRun, upload),
  deleteTaskReport: (ctx: Ctx, a: { taskId: string; year: number }) => remove(ctx, taskReports, a),
  recordFunding: (ctx: Ctx, input: object) => upsert(ctx, funding, input),
  importFunding: (ctx: Ctx, csv: string, dryRun?: boolean | null, upload?: ImportUpload) => importCsv(ctx, funding, csv, dryRun, upload),
  deleteFunding: (ctx: Ctx, a: { year: number; unitCode: string; source: string }) => remove(ctx, funding, a),
  recordLearningWeek: (ctx: Ctx, input: object) => upsert(ctx, learningWeeks, input),
  importLearningWeeks: (ctx: Ctx, csv: string, dryRun?: boolean | null, upload?: ImportUpload) => importCsv(ctx, learningWeeks, csv, dryRun, upload),
  deleteLearningWeek: (ctx: Ctx, a: { year: number; districtCode: string }) => remove(ctx, learningWeeks, a),
  recordLearningNeed: (ctx: Ctx, input: object) => upsert(ctx, learningNeeds, input),
  importLearningNeeds: (ctx: Ctx, csv: string, dryRun?: boolean | null, upload?: ImportUpload) => importCsv(ctx, learningNeeds, csv, dryRun, upload),
  deleteLearningNeed: (ctx: Ctx, a: { year: number; districtCode: string; respondentGroup: string; topic: string }) => remove(ctx, learningNeeds, a),
  recordClcTraining: (ctx: Ctx, input: object) => upsert(ctx, clcTrainings, input),
  importClcTrainings: (ctx: Ctx, csv: string, dryRun?: boolean | null, upload?: ImportUpload) => importCsv(ctx, clcTrainings, csv, dryRun, upload),
  deleteClcTraining: (ctx: Ctx, a: { year: number; districtCode: string; traineeRole: string }) => remove(ctx, clcTrainings, a),
  lock: (ctx: Ctx, a: LockArgs) => locks(ctx).lock(ctx.identity, a, a.note),
  unlock: (ctx: Ctx, a: LockArgs) => locks(ctx).unlock(ctx.identity, a, a.note),
  periodLocks: (ctx: Ctx, year?: number | null) => locks(ctx).list(ctx.identity, { year }),
};
