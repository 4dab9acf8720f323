import { type ImportUpload, departmentWrites, type SubgraphContext } from '@lsp/shared';
import { assessments, commendations, recognitionCounts } from '../datasets';

/**
 * Who may write awards data and how: editor:awards (unlocking: admin), through the shared kit driven by the
 * datasets of src/datasets (validation, all-or-nothing write, audit, updatedAt, tombstones, period locks).
 */
type Ctx = Pick<SubgraphContext<unknown>, 'db' | 'units' | 'identity'>;

const { locks, upsert, remove, importCsv } = departmentWrites('awards');

export const writing = {
  recordRecognitionCount: (ctx: Ctx, input: object) => upsert(ctx, recognitionCounts, input),
  recordAssessment: (ctx: Ctx, input: object) => upsert(ctx, assessments, input),
  recordCommendation: (ctx: Ctx, input: object) => upsert(ctx, commendations, input),
  importRecognitionCounts: (ctx: Ctx, csv: string, dryRun?: boolean | null, upload?: ImportUpload) => importCsv(ctx, recognitionCounts, csv, dryRun, upload),
  importAssessments: (ctx: Ctx, csv: string, dryRun?: boolean | null, upload?: ImportUpload) => importCsv(ctx, assessments, csv, dryRun, upload),
  importCommendations: (ctx: Ctx, csv: string, dryRun?: boolean | null, upload?: ImportUpload) => importCsv(ctx, commendations, csv, dryRun, upload),
  deleteRecognitionCount: (ctx: Ctx, a: { communeCode: string; year: number; titleCode: string }) => remove(ctx, recognitionCounts, a),
  deleteAssessment: (ctx: Ctx, a: { subjectCode: string; year: number; titleCode: string }) => remove(ctx, assessments, a),
  deleteCommendation: (ctx: Ctx, reference: string) => remove(ctx, commendations, { reference }),
  lock: (ctx: Ctx, a: { year: number; districtCode?: string | null; unitCode?: string | null; note?: string | null }) => locks(ctx).lock(ctx.identity, a, a.note),
  unlock: (ctx: Ctx, a: { year: number; districtCode?: string | null; unitCode?: string | null; note?: string | null }) => locks(ctx).unlock(ctx.identity, a, a.note),
  periodLocks: (ctx: Ctx, year?: number | null) => locks(ctx).list(ctx.identity, { year }),
};
