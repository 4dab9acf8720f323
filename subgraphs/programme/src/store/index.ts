import { AddReportingWorkflow1767000000000, AddTombstoneScope1767000000000, AuditRecordEntity, CreateAuditLog1764000000000, CreateKitTables1765000000000, kitEntities } from '@lsp/shared';
import { ClcTrainingEntity, LearningNeedEntity, LearningWeekEntity } from './activities';
import { CreateProgrammeTables1764000400700, FundingEntity, TaskReportEntity } from './tables';
import { AddProgrammeUpdatedAt1765000400700 } from './updated-at';

export * from './tables';
export * from './activities';

/** Listed explicitly: no path globs that only work after a build. */
export const entities = [TaskReportEntity, FundingEntity, LearningWeekEntity, LearningNeedEntity, ClcTrainingEntity, AuditRecordEntity, ...kitEntities];
export const migrations = [
  CreateAuditLog1764000000000, CreateProgrammeTables1764000400700, CreateKitTables1765000000000, AddProgrammeUpdatedAt1765000400700,
  AddTombstoneScope1767000000000, AddReportingWorkflow1767000000000,
];
