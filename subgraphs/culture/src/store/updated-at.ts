import { addUpdatedAtMigration } from '@lsp/shared';

/** Every culture row carries updated_at (see addUpdatedAtMigration). */
export const AddCultureUpdatedAt1765000400600 = addUpdatedAtMigration('AddCultureUpdatedAt1765000400600', ['book_cabinet', 'culture_commune']);
