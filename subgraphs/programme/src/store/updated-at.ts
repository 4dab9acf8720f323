import { addUpdatedAtMigration } from '@lsp/shared';
import { ACTIVITY_TABLES } from './activities';

/** Every programme row carries updated_at (see addUpdatedAtMigration). */
export const AddProgrammeUpdatedAt1765000400700 = addUpdatedAtMigration('AddProgrammeUpdatedAt1765000400700', ['task_report', 'programme_funding', ...ACTIVITY_TABLES]);
