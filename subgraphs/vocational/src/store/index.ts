import { AuditRecordEntity, CreateAuditLog1764000000000 } from '@lsp/shared';
import { CourseEntity, EnrolmentEntity, LabourForceEntity, ProviderEntity } from './entities';
import { CreateLabourForce1764000000320, CreateTrainingProviders1764000000300, CreateVocationalCourses1764000000310 } from './migrations';

export * from './entities';
export * from './migrations';
export * from './repositories';

/** Listed explicitly: no path globs that only work after a build. */
export const entities = [ProviderEntity, CourseEntity, EnrolmentEntity, LabourForceEntity, AuditRecordEntity];
export const migrations = [
  CreateAuditLog1764000000000,
  CreateTrainingProviders1764000000300,
  CreateVocationalCourses1764000000310,
  CreateLabourForce1764000000320,
];
