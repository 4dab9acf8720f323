import { AuditRecordEntity, CreateAuditLog1764000000000 } from '@lsp/shared';
import { AddPersonMilestones1764000000410, MovePostingsToTheirOwnTable1764000000420 } from './milestones';
import { CreateWorkforce1764000000400, PersonEntity, PostingEntity, PositionStandardEntity, QualificationEntity, TrainingRecordEntity } from './entities';

export * from './entities';
export * from './workforce-store';

/** Listed explicitly: no path globs that only work after a build. */
export const entities = [PersonEntity, PostingEntity, QualificationEntity, TrainingRecordEntity, PositionStandardEntity, AuditRecordEntity];
export const migrations = [CreateAuditLog1764000000000, CreateWorkforce1764000000400, AddPersonMilestones1764000000410, MovePostingsToTheirOwnTable1764000000420];
export * from './bulk-upsert';
export * from './milestones';
