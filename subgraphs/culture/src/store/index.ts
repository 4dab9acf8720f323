import { AddReportingWorkflow1767000000000, AddTombstoneScope1767000000000, AuditRecordEntity, CreateAuditLog1764000000000, CreateKitTables1765000000000, kitEntities } from '@lsp/shared';
import { BookCabinetEntity, CreateCultureTables1764000400600, CultureCommuneEntity } from './tables';
import { AddCultureUpdatedAt1765000400600 } from './updated-at';

export * from './tables';

/** Listed explicitly: no path globs that only work after a build. */
export const entities = [BookCabinetEntity, CultureCommuneEntity, AuditRecordEntity, ...kitEntities];
export const migrations = [
  CreateAuditLog1764000000000, CreateCultureTables1764000400600, CreateKitTables1765000000000, AddCultureUpdatedAt1765000400600,
  AddTombstoneScope1767000000000, AddReportingWorkflow1767000000000,
];
