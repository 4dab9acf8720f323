import { AddReportingWorkflow1767000000000, AddTombstoneScope1767000000000, AuditRecordEntity, CreateAuditLog1764000000000, CreateKitTables1765000000000, kitEntities } from '@lsp/shared';
import { CreateCultureFigure1764000400600, CultureFigureEntity } from './figures';
import { AddCultureUpdatedAt1765000400600 } from './updated-at';

export * from './figures';

/** Listed explicitly: no path globs that only work after a build. */
export const entities = [CultureFigureEntity, AuditRecordEntity, ...kitEntities];
export const migrations = [
  CreateAuditLog1764000000000, CreateCultureFigure1764000400600, CreateKitTables1765000000000, AddCultureUpdatedAt1765000400600,
  AddTombstoneScope1767000000000, AddReportingWorkflow1767000000000,
];
