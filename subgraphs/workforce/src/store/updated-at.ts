import { addUpdatedAtMigration } from '@lsp/shared';

/** Every workforce fact row carries updated_at (see addUpdatedAtMigration). */
export const AddWorkforceUpdatedAt1765000000400 = addUpdatedAtMigration('AddWorkforceUpdatedAt1765000000400', ['person', 'posting', 'qualification', 'training_record', 'position_standard']);
