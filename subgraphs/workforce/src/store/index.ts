import type { DataSource } from 'typeorm';
import { AddReportingWorkflow1767000000000, AddTombstoneScope1767000000000, AuditRecordEntity, CreateAuditLog1764000000000, CreateIndicatorFacts1766000000000, CreateKitTables1765000000000, IndicatorFactEntity, kitEntities } from '@lsp/shared';
import { AddPersonMilestones1764000000410 } from './milestones';
import { CreateWorkforce1764000000400, PersonEntity, PersonRepository } from './person';
import { PositionStandardEntity, PositionStandardRepository } from './position-standard';
import { MovePostingsToTheirOwnTable1764000000420, PostingEntity, PostingRepository } from './posting';
import { QualificationEntity, QualificationRepository } from './qualification';
import { TrainingRecordEntity, TrainingRecordRepository } from './training-record';
import { AddWorkforceUpdatedAt1765000000400 } from './updated-at';

export * from './milestones';
export * from './person';
export * from './position-standard';
export * from './posting';
export * from './qualification';
export * from './training-record';

/** Listed explicitly: no path globs that only work after a build. */
export const entities = [PersonEntity, PostingEntity, QualificationEntity, TrainingRecordEntity, PositionStandardEntity, AuditRecordEntity, ...kitEntities, IndicatorFactEntity];
export const migrations = [
  CreateAuditLog1764000000000,
  CreateWorkforce1764000000400,
  AddPersonMilestones1764000000410,
  MovePostingsToTheirOwnTable1764000000420,
  CreateKitTables1765000000000,
  AddWorkforceUpdatedAt1765000000400,
  CreateIndicatorFacts1766000000000, AddTombstoneScope1767000000000, AddReportingWorkflow1767000000000,
];

/** The department's repositories (the only SQL of the subgraph besides the shared kit and milestones.ts). */
export function workforceStore(db: DataSource) {
  return {
    people: new PersonRepository(db),
    postings: new PostingRepository(db),
    qualifications: new QualificationRepository(db),
    trainings: new TrainingRecordRepository(db),
    standards: new PositionStandardRepository(db),
  };
}
export type WorkforceStore = ReturnType<typeof workforceStore>;
