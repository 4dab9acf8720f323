import { CreateAuditLog1764000000000 } from '@lsp/shared';
import { DropGeographyAudit1765000000100 } from './drop-audit';
import { CreatePopulation1764000000100, PopulationEntity } from './population';

export * from './population';

/** Listed explicitly: no path globs that only work after a build. */
export const entities = [PopulationEntity];
export const migrations = [CreateAuditLog1764000000000, CreatePopulation1764000000100, DropGeographyAudit1765000000100];
