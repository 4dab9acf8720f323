import { EntitySchema, In, Table, type DataSource, type TableColumnOptions } from 'typeorm';
import { column, connection, type ConnectionArgs } from '@lsp/shared';

/**
 * The counts Sở GD&ĐT reports per commune and year (as of 31 December). Only counts are stored; every rate
 * is computed from them (ratio of sums when rolled up). Property name = CSV column = GraphQL input field;
 * the database column is its snake_case form.
 */
export const STATISTICS_COUNTS = [
  ['childrenUnder3', 'children_under3'],
  ['under3InNursery', 'under3_in_nursery'],
  ['under3InNurseryNonPublic', 'under3_in_nursery_nonpublic'],
  ['children3To5', 'children_3to5'],
  ['age3To5InKindergarten', 'age3to5_in_kindergarten'],
  ['age3To5InKindergartenNonPublic', 'age3to5_in_kindergarten_nonpublic'],
  ['childrenAge5', 'children_age5'],
  ['age5InKindergarten', 'age5_in_kindergarten'],
  ['childrenAge6', 'children_age6'],
  ['age6EnteringGrade1', 'age6_entering_grade1'],
  ['outOfSchool6To10', 'out_of_school_6to10'],
  ['outOfSchool6To10InFlexible', 'out_of_school_6to10_in_flexible'],
  ['outOfSchool11To14', 'out_of_school_11to14'],
  ['outOfSchool11To14InFlexible', 'out_of_school_11to14_in_flexible'],
  ['population15To35Male', 'population_15to35_male'],
  ['population15To35Female', 'population_15to35_female'],
  ['literate15To35Male', 'literate_15to35_male'],
  ['literate15To35Female', 'literate_15to35_female'],
  ['workingAgeMale', 'working_age_male'],
  ['workingAgeFemale', 'working_age_female'],
  ['illiterateWorkingAgeMale', 'illiterate_working_age_male'],
  ['illiterateWorkingAgeFemale', 'illiterate_working_age_female'],
] as const;

export type StatisticsCountField = (typeof STATISTICS_COUNTS)[number][0];

export type EducationStatisticsRow = { communeCode: string; year: number; synthetic: boolean; updatedAt: string } & Record<StatisticsCountField, number>;

export const EducationStatisticsEntity = new EntitySchema<EducationStatisticsRow>({
  name: 'EducationStatistics',
  tableName: 'commune_education_year',
  columns: {
    communeCode: { name: 'commune_code', type: 'varchar', length: 10, primary: true },
    year: { type: 'int', primary: true },
    ...Object.fromEntries(STATISTICS_COUNTS.map(([prop, name]) => [prop, { name, type: 'int' as const }])),
    synthetic: { type: 'boolean' },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 24 },
  },
});

/** The table as first created (CreateEducationData1764000000200); updated_at came later (AddEducationUpdatedAt). */
export function educationStatisticsTable(): Table {
  const counts: TableColumnOptions[] = STATISTICS_COUNTS.map(([, name]) => column.int(name, false));
  return new Table({
    name: 'commune_education_year',
    columns: [{ ...column.code('commune_code', 10), isPrimary: true }, { ...column.int('year', false), isPrimary: true }, ...counts, column.bool('synthetic')],
    indices: [{ name: 'ix_edu_stats_year', columnNames: ['year'] }],
  });
}

/** The only SQL on commune_education_year; each method is one statement for any batch size. */
export class EducationStatisticsRepository {
  constructor(private readonly db: DataSource) {}

  ofCommuneYears(years: number[], communeCodes: string[]): Promise<EducationStatisticsRow[]> {
    return this.db.getRepository(EducationStatisticsEntity).find({ where: { year: In(years), communeCode: In(communeCodes) } });
  }

  /** Rows of one year, of the given communes or all, in commune order, paged. */
  page(filter: { year: number; communeCodes?: string[] }, args: ConnectionArgs) {
    const qb = this.db.getRepository(EducationStatisticsEntity).createQueryBuilder('s').where('s.year = :year', { year: filter.year });
    if (filter.communeCodes) qb.andWhere(filter.communeCodes.length ? 's.commune_code IN (:...codes)' : '1 = 0', { codes: filter.communeCodes });
    return connection(this.db, qb, args, { keyProps: ['communeCode', 'year'], tombstones: { entity: 'EducationStatistics', year: filter.year, units: filter.communeCodes } });
  }

  count(): Promise<number> {
    return this.db.getRepository(EducationStatisticsEntity).count();
  }
}
