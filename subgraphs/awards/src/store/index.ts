import { AddReportingWorkflow1767000000000, AddTombstoneScope1767000000000, AuditRecordEntity, CreateAuditLog1764000000000, CreateIndicatorFacts1766000000000, CreateKitTables1765000000000, IndicatorFactEntity, kitEntities } from '@lsp/shared';
import { AssessmentEntity, CreateAssessment1764000005200 } from './assessments';
import { CommendationEntity, CreateCommendation1764000005300 } from './commendations';
import { CreateRecognitionCount1764000005100, RecognitionCountEntity } from './recognition-counts';
import { AddAwardsUpdatedAt1765000000500 } from './updated-at';

export * from './recognition-counts';
export * from './assessments';
export * from './commendations';

/** Listed explicitly: no path globs that only work after a build. */
export const entities = [RecognitionCountEntity, AssessmentEntity, CommendationEntity, AuditRecordEntity, ...kitEntities, IndicatorFactEntity];
export const migrations = [
  CreateAuditLog1764000000000, CreateRecognitionCount1764000005100, CreateAssessment1764000005200, CreateCommendation1764000005300,
  CreateKitTables1765000000000, AddAwardsUpdatedAt1765000000500, CreateIndicatorFacts1766000000000, AddTombstoneScope1767000000000, AddReportingWorkflow1767000000000,
];
