import { addUpdatedAtMigration } from '@lsp/shared';

/** Every vocational fact row carries updated_at (see addUpdatedAtMigration). */
export const AddVocationalUpdatedAt1765000000300 = addUpdatedAtMigration('AddVocationalUpdatedAt1765000000300', ['training_provider', 'vocational_course', 'course_enrolment', 'labour_force']);
