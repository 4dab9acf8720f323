import { addUpdatedAtMigration } from '@lsp/shared';

/** Every education fact row carries updated_at (see addUpdatedAtMigration). */
export const AddEducationUpdatedAt1765000000200 = addUpdatedAtMigration('AddEducationUpdatedAt1765000000200', ['commune_education_year', 'community_learning_centre_year', 'continuing_education_centre_year', 'steering_committee']);
