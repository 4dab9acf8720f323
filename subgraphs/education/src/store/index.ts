import { AuditRecordEntity, CreateAuditLog1764000000000 } from '@lsp/shared';
import {
  ContinuingEducationCentreEntity, CreateEducationData1764000000200, EducationStatisticsEntity, LearningCentreEntity, SteeringCommitteeEntity,
} from './statistics';
import { CreateProgrammeTargets1764000000210, LoadProgrammeTargets1764000000220, ProgrammeTargetEntity } from './targets';
import { scoringEntities, scoringMigrations } from '../scoring/store';
import { ReadTargetsOnTheirWording1764000000400 } from '../scoring/revisions';

export * from './statistics';
export * from './targets';

/** Listed explicitly: no path globs that only work after a build. */
export const entities = [
  EducationStatisticsEntity, LearningCentreEntity, ContinuingEducationCentreEntity, SteeringCommitteeEntity, ProgrammeTargetEntity, AuditRecordEntity, ...scoringEntities,
];
export const migrations = [CreateAuditLog1764000000000, CreateEducationData1764000000200, CreateProgrammeTargets1764000000210, LoadProgrammeTargets1764000000220, ...scoringMigrations, ReadTargetsOnTheirWording1764000000400];
