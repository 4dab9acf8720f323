import { EntitySchema, In, Table, type DataSource } from 'typeorm';
import { column, connection, type ConnectionArgs } from '@lsp/shared';

/** Rating of a community learning centre (trung tâm học tập cộng đồng) as recorded by the district. */
export type LearningCentreRating = 'GOOD' | 'FAIR' | 'AVERAGE' | 'WEAK';
export const LEARNING_CENTRE_RATINGS: readonly LearningCentreRating[] = ['GOOD', 'FAIR', 'AVERAGE', 'WEAK'];

/** The commune's community learning centre (TTHTCĐ) in one year. Natural key: commune + year. */
export interface LearningCentreRow {
  communeCode: string;
  year: number;
  established: boolean;
  establishedOn: string | null;
  rating: LearningCentreRating | null;
  learners: number;
  activities: number;
  synthetic: boolean;
  updatedAt: string;
}

export const LearningCentreEntity = new EntitySchema<LearningCentreRow>({
  name: 'CommunityLearningCentre',
  tableName: 'community_learning_centre_year',
  columns: {
    communeCode: { name: 'commune_code', type: 'varchar', length: 10, primary: true },
    year: { type: 'int', primary: true },
    established: { type: 'boolean' },
    establishedOn: { name: 'established_on', type: 'varchar', length: 10, nullable: true },
    rating: { type: 'varchar', length: 10, nullable: true },
    learners: { type: 'int' },
    activities: { type: 'int' },
    synthetic: { type: 'boolean' },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 24 },
  },
});

/** The table as first created (CreateEducationData1764000000200). */
export function learningCentreTable(): Table {
  return new Table({
    name: 'community_learning_centre_year',
    columns: [
      { ...column.code('commune_code', 10), isPrimary: true },
      { ...column.int('year', false), isPrimary: true },
      column.bool('established'),
      column.date('established_on', true),
      column.code('rating', 10, true),
      column.int('learners', false),
      column.int('activities', false),
      column.bool('synthetic'),
    ],
    indices: [{ name: 'ix_clc_year', columnNames: ['year'] }],
  });
}

/** The only SQL on community_learning_centre_year; each method is one statement for any batch size. */
export class LearningCentreRepository {
  constructor(private readonly db: DataSource) {}

  ofCommuneYears(years: number[], communeCodes: string[]): Promise<LearningCentreRow[]> {
    return this.db.getRepository(LearningCentreEntity).find({ where: { year: In(years), communeCode: In(communeCodes) } });
  }

  page(filter: { year: number; communeCodes?: string[] }, args: ConnectionArgs) {
    const qb = this.db.getRepository(LearningCentreEntity).createQueryBuilder('c').where('c.year = :year', { year: filter.year });
    if (filter.communeCodes) qb.andWhere(filter.communeCodes.length ? 'c.commune_code IN (:...codes)' : '1 = 0', { codes: filter.communeCodes });
    return connection(this.db, qb, args, { keyProps: ['communeCode', 'year'], tombstones: { entity: 'CommunityLearningCentre', year: filter.year, units: filter.communeCodes } });
  }
}
