import { addUpdatedAtMigration } from '@lsp/shared';

/** Every __dept__ row carries updated_at (see addUpdatedAtMigration). */
export const Add__Dept__UpdatedAt__T2__ = addUpdatedAtMigration('Add__Dept__UpdatedAt__T2__', ['__dept___figure']);
