import { addUpdatedAtMigration } from '@lsp/shared';

/** Every awards fact row carries updated_at (see addUpdatedAtMigration). */
export const AddAwardsUpdatedAt1765000000500 = addUpdatedAtMigration('AddAwardsUpdatedAt1765000000500', ['recognition_count', 'assessment', 'commendation']);
