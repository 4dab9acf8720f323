import type { DataSource } from 'typeorm';
import { AddReportingWorkflow1767000000000, AddTombstoneScope1767000000000, AuditRecordEntity, CreateAuditLog1764000000000, CreateIndicatorFacts1766000000000, CreateKitTables1765000000000, IndicatorFactEntity, kitEntities } from '@lsp/shared';
import { CreateLabourForce1764000000320, LabourForceEntity, LabourForceRepository } from './labour-force';
import { CreateTrainingProviders1764000000300, ProviderEntity, ProviderRepository } from './training-provider';
import { AddVocationalUpdatedAt1765000000300 } from './updated-at';
import { CourseEntity, CourseRepository, CreateVocationalCourses1764000000310, EnrolmentEntity } from './vocational-course';

export * from './labour-force';
export * from './training-provider';
export * from './vocational-course';

/** Listed explicitly: no path globs that only work after a build. */
export const entities = [ProviderEntity, CourseEntity, EnrolmentEntity, LabourForceEntity, AuditRecordEntity, ...kitEntities, IndicatorFactEntity];
export const migrations = [
  CreateAuditLog1764000000000,
  CreateTrainingProviders1764000000300,
  CreateVocationalCourses1764000000310,
  CreateLabourForce1764000000320,
  CreateKitTables1765000000000,
  AddVocationalUpdatedAt1765000000300,
  CreateIndicatorFacts1766000000000, AddTombstoneScope1767000000000, AddReportingWorkflow1767000000000,
];

/** The department's repositories (the only SQL of the subgraph besides the shared kit). */
export function vocationalStore(db: DataSource) {
  return { providers: new ProviderRepository(db), courses: new CourseRepository(db), labourForce: new LabourForceRepository(db) };
}
export type VocationalStore = ReturnType<typeof vocationalStore>;
