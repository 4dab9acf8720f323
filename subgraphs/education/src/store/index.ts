import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { AddReportingWorkflow1767000000000, AddTombstoneScope1767000000000, AuditRecordEntity, CreateAuditLog1764000000000, CreateIndicatorFacts1766000000000, CreateKitTables1765000000000, IndicatorFactEntity, kitEntities } from '@lsp/shared';
import { LearningCentreEntity, LearningCentreRepository, learningCentreTable } from './community-learning-centre';
import { ContinuingEducationCentreEntity, ContinuingEducationCentreRepository, continuingEducationCentreTable } from './continuing-education-centre';
import { EducationStatisticsEntity, EducationStatisticsRepository, educationStatisticsTable } from './education-statistics';
import { CreateProgrammeTargets1764000000210, LoadProgrammeTargets1764000000220, ProgrammeTargetEntity, TargetStore } from './programme-target';
import { SteeringCommitteeEntity, SteeringCommitteeRepository, steeringCommitteeTable } from './steering-committee';
import { AddEducationUpdatedAt1765000000200 } from './updated-at';
import { AuditRepository } from './audit';
import { AddCultureScoringModel1768000000000, scoringEntities, scoringMigrations } from '../scoring/store';
import { ReadTargetsOnTheirWording1764000000400 } from '../scoring/revisions';

export * from './audit';
export * from './community-learning-centre';
export * from './continuing-education-centre';
export * from './education-statistics';
export * from './programme-target';
export * from './steering-committee';

/** The four fact tables as first created (each table's definition lives with its entity). */
export class CreateEducationData1764000000200 implements MigrationInterface {
  name = 'CreateEducationData1764000000200';
  async up(qr: QueryRunner): Promise<void> {
    for (const table of [educationStatisticsTable(), learningCentreTable(), continuingEducationCentreTable(), steeringCommitteeTable()]) await qr.createTable(table);
  }
  async down(qr: QueryRunner): Promise<void> {
    for (const table of ['steering_committee', 'continuing_education_centre_year', 'community_learning_centre_year', 'commune_education_year']) await qr.dropTable(table);
  }
}

/** Listed explicitly: no path globs that only work after a build. */
export const entities = [
  EducationStatisticsEntity, LearningCentreEntity, ContinuingEducationCentreEntity, SteeringCommitteeEntity, ProgrammeTargetEntity, AuditRecordEntity,
  ...kitEntities, ...scoringEntities, IndicatorFactEntity,
];
export const migrations = [
  CreateAuditLog1764000000000, CreateEducationData1764000000200, CreateProgrammeTargets1764000000210, LoadProgrammeTargets1764000000220,
  ...scoringMigrations, ReadTargetsOnTheirWording1764000000400, CreateKitTables1765000000000, AddEducationUpdatedAt1765000000200,
  CreateIndicatorFacts1766000000000, AddTombstoneScope1767000000000, AddReportingWorkflow1767000000000, AddCultureScoringModel1768000000000,
];

/** The department's repositories (the only SQL of the subgraph besides the shared kit and the scoring store). */
export function educationStore(db: DataSource) {
  return {
    statistics: new EducationStatisticsRepository(db),
    learningCentres: new LearningCentreRepository(db),
    continuingEducationCentres: new ContinuingEducationCentreRepository(db),
    steeringCommittees: new SteeringCommitteeRepository(db),
    targets: new TargetStore(db),
    audit: new AuditRepository(db),
  };
}
export type EducationStore = ReturnType<typeof educationStore>;
