/**
 * What the resolvers of each schema type receive as parent (codegen `mappers`): catalogue entries, stored rows,
 * connections of the kit, the year-entity references. Names end in Model so they never clash with the generated types.
 */
import type { AuditRecord, Connection, DistrictYearRef, ProvinceYearRef } from '@lsp/shared';
import type { ProgrammeAgency, ProgrammeTask } from '../catalogue';
import type { TaskStanding, fundingTotals, learningNeedTotals, learningWeekTotal, trainingTotals } from '../service/reading';
import type { FundingRow, TaskReportRow } from '../store';

export type ProgrammeAgencyModel = ProgrammeAgency;
export type ProgrammeTaskModel = ProgrammeTask;
export type TaskStandingModel = TaskStanding;
export type TaskReportModel = TaskReportRow;
export type FundingModel = FundingRow;
export type FundingTotalModel = ReturnType<typeof fundingTotals>[number];
export type TaskReportConnectionModel = Connection<TaskReportRow>;
export type FundingConnectionModel = Connection<FundingRow>;
export type DistrictYearModel = DistrictYearRef;
export type ProvinceYearModel = ProvinceYearRef;
export type AuditRecordModel = AuditRecord;
export type LearningWeekTotalModel = ReturnType<typeof learningWeekTotal>;
export type LearningNeedTotalModel = ReturnType<typeof learningNeedTotals>[number];
export type ClcTrainingTotalModel = ReturnType<typeof trainingTotals>[number];
