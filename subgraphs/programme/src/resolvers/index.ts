import type { DistrictYearRef, ProvinceYearRef } from '@lsp/shared';
import { SOURCE, agencyByCode, taskById, type ProgrammeTask } from '../catalogue';
import { dataLabel, provinceFields, reading, yearEntityFields } from '../service/reading';
import { writing } from '../service/writing';
import type { FundingRow, TaskReportRow } from '../store';
import type { Resolvers } from './types.generated';

/** Thin resolvers: the rules are in src/service (reading.ts, writing.ts) and src/catalogue.ts. */
export const resolvers: Resolvers = {
  Query: {
    programmeAgencies: () => reading.agencies(),
    programmeTasks: (_, a) => reading.tasks(a),
    programmeTask: (_, a) => taskById(a.id) ?? null,
    taskReports: (_, a, ctx) => reading.taskReports(ctx, a),
    programmeFunding: (_, a, ctx) => reading.funding(ctx, a),
    programmeAudit: (_, a, ctx) => reading.audit(ctx, a),
    programmePeriodLocks: (_, a, ctx) => writing.periodLocks(ctx, a.year),
  },

  Mutation: {
    recordTaskReport: (_, a, ctx) => writing.recordTaskReport(ctx, a.input),
    importTaskReportsCsv: (_, a, ctx) => writing.importTaskReports(ctx, a.csv, a.dryRun, a),
    deleteTaskReport: (_, a, ctx) => writing.deleteTaskReport(ctx, a),
    recordFunding: (_, a, ctx) => writing.recordFunding(ctx, a.input),
    importFundingCsv: (_, a, ctx) => writing.importFunding(ctx, a.csv, a.dryRun, a),
    deleteFunding: (_, a, ctx) => writing.deleteFunding(ctx, a),
    recordLearningWeek: (_, a, ctx) => writing.recordLearningWeek(ctx, a.input),
    importLearningWeeksCsv: (_, a, ctx) => writing.importLearningWeeks(ctx, a.csv, a.dryRun, a),
    deleteLearningWeek: (_, a, ctx) => writing.deleteLearningWeek(ctx, a),
    recordLearningNeed: (_, a, ctx) => writing.recordLearningNeed(ctx, a.input),
    importLearningNeedsCsv: (_, a, ctx) => writing.importLearningNeeds(ctx, a.csv, a.dryRun, a),
    deleteLearningNeed: (_, a, ctx) => writing.deleteLearningNeed(ctx, a),
    recordClcTraining: (_, a, ctx) => writing.recordClcTraining(ctx, a.input),
    importClcTrainingsCsv: (_, a, ctx) => writing.importClcTrainings(ctx, a.csv, a.dryRun, a),
    deleteClcTraining: (_, a, ctx) => writing.deleteClcTraining(ctx, a),
    lockProgrammePeriod: (_, a, ctx) => writing.lock(ctx, a),
    unlockProgrammePeriod: (_, a, ctx) => writing.unlock(ctx, a),
  },

  ProgrammeTask: {
    agency: (t: ProgrammeTask) => agencyByCode(t.agencyCode)!,
    partners: (t: ProgrammeTask) => t.partners.map((c) => agencyByCode(c)!),
    source: () => SOURCE,
  },

  TaskReport: {
    task: (r: TaskReportRow) => taskById(r.taskId)!,
    dataLabel: (r: TaskReportRow) => dataLabel(r),
    updatedAt: (r: TaskReportRow) => r.updatedAt ?? '',
  },

  Funding: {
    dataLabel: (r: FundingRow) => dataLabel(r),
    updatedAt: (r: FundingRow) => r.updatedAt ?? '',
  },

  DistrictYear: {
    __resolveReference: (ref: DistrictYearRef) => ref,
    ...yearEntityFields,
  },

  ProvinceYear: {
    __resolveReference: (ref: ProvinceYearRef) => ref,
    ...yearEntityFields,
    ...provinceFields,
  },
};
