import { AddReportingWorkflow1767000000000, AddTombstoneScope1767000000000, AuditRecordEntity, CreateAuditLog1764000000000, CreateKitTables1765000000000, kitEntities } from '@lsp/shared';
import { Create__Dept__Figure__T1__, __Dept__FigureEntity } from './figures';
import { Add__Dept__UpdatedAt__T2__ } from './updated-at';

export * from './figures';

/** Listed explicitly: no path globs that only work after a build. */
export const entities = [__Dept__FigureEntity, AuditRecordEntity, ...kitEntities];
export const migrations = [
  CreateAuditLog1764000000000, Create__Dept__Figure__T1__, CreateKitTables1765000000000, Add__Dept__UpdatedAt__T2__,
  AddTombstoneScope1767000000000, AddReportingWorkflow1767000000000,
];
