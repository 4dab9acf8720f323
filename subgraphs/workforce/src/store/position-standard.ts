import { EntitySchema, Table, type DataSource, type QueryRunner } from 'typeorm';
import { column } from '@lsp/shared';
import type { Position } from '../datasets/reference-lists';

/** What a position's holders must have to meet its standard (ranks as in QualificationRow.levelRank). */
export interface PositionStandardRow {
  position: Position;
  minGeneralEducation: number;
  minProfessional: number;
  minPoliticalTheory: number;
  requiresManagement: boolean;
  requiresIt: boolean;
  requiresForeignLanguage: boolean;
  source: string;
  updatedAt: string;
}

export const PositionStandardEntity = new EntitySchema<PositionStandardRow>({
  name: 'PositionStandard',
  tableName: 'position_standard',
  columns: {
    position: { type: 'varchar', length: 32, primary: true },
    minGeneralEducation: { name: 'min_general_education', type: 'int' },
    minProfessional: { name: 'min_professional', type: 'int' },
    minPoliticalTheory: { name: 'min_political_theory', type: 'int' },
    requiresManagement: { name: 'requires_management', type: 'boolean' },
    requiresIt: { name: 'requires_it', type: 'boolean' },
    requiresForeignLanguage: { name: 'requires_foreign_language', type: 'boolean' },
    source: { type: 'varchar', length: 200 },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 24 },
  },
});

/** Part of CreateWorkforce1764000000400, as applied. */
export async function createPositionStandardTable(qr: QueryRunner): Promise<void> {
  await qr.createTable(
    new Table({
      name: 'position_standard',
      columns: [
        { ...column.code('position', 32), isPrimary: true },
        column.int('min_general_education', false),
        column.int('min_professional', false),
        column.int('min_political_theory', false),
        column.bool('requires_management'),
        column.bool('requires_it'),
        column.bool('requires_foreign_language'),
        column.code('source', 200),
      ],
    }),
  );
}

/** The only SQL on position_standard (six rows at most). */
export class PositionStandardRepository {
  constructor(private readonly db: DataSource) {}

  all(): Promise<PositionStandardRow[]> {
    return this.db.getRepository(PositionStandardEntity).find({ order: { position: 'ASC' } });
  }
}
