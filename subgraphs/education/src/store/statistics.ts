import { EntitySchema, In, Table, type DataSource, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { column } from '@lsp/shared';

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

export type EducationStatisticsRow = { communeCode: string; year: number; synthetic: boolean } & Record<StatisticsCountField, number>;

export const EducationStatisticsEntity = new EntitySchema<EducationStatisticsRow>({
  name: 'EducationStatistics',
  tableName: 'commune_education_year',
  columns: {
    communeCode: { name: 'commune_code', type: 'varchar', length: 10, primary: true },
    year: { type: 'int', primary: true },
    ...Object.fromEntries(STATISTICS_COUNTS.map(([prop, name]) => [prop, { name, type: 'int' as const }])),
    synthetic: { type: 'boolean' },
  },
});

/** Rating of a community learning centre (trung tâm học tập cộng đồng) as recorded by the district. */
export type LearningCentreRating = 'GOOD' | 'FAIR' | 'AVERAGE' | 'WEAK';
export const LEARNING_CENTRE_RATINGS: readonly LearningCentreRating[] = ['GOOD', 'FAIR', 'AVERAGE', 'WEAK'];

/** The commune's community learning centre (TTHTCĐ) in one year. */
export interface LearningCentreRow {
  communeCode: string;
  year: number;
  established: boolean;
  establishedOn: string | null;
  rating: LearningCentreRating | null;
  learners: number;
  activities: number;
  synthetic: boolean;
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
  },
});

/** A district continuing-education centre (trung tâm GDTX huyện) in one year. */
export interface ContinuingEducationCentreRow {
  districtCode: string;
  year: number;
  name: string;
  alsoVocational: boolean;
  synthetic: boolean;
}

export const ContinuingEducationCentreEntity = new EntitySchema<ContinuingEducationCentreRow>({
  name: 'ContinuingEducationCentre',
  tableName: 'continuing_education_centre_year',
  columns: {
    districtCode: { name: 'district_code', type: 'varchar', length: 10, primary: true },
    year: { type: 'int', primary: true },
    name: { type: 'varchar', length: 200 },
    alsoVocational: { name: 'also_vocational', type: 'boolean' },
    synthetic: { type: 'boolean' },
  },
});

export type SteeringCommitteeLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
export const STEERING_COMMITTEE_LEVELS: readonly SteeringCommitteeLevel[] = ['PROVINCE', 'DISTRICT', 'COMMUNE'];

/** A steering committee for building a learning society (Ban Chỉ đạo xây dựng XHHT) of one unit. */
export interface SteeringCommitteeRow {
  level: SteeringCommitteeLevel;
  unitCode: string;
  establishedOn: string | null;
  decisionRef: string | null;
  synthetic: boolean;
}

export const SteeringCommitteeEntity = new EntitySchema<SteeringCommitteeRow>({
  name: 'SteeringCommittee',
  tableName: 'steering_committee',
  columns: {
    unitCode: { name: 'unit_code', type: 'varchar', length: 10, primary: true },
    level: { type: 'varchar', length: 10, primary: true },
    establishedOn: { name: 'established_on', type: 'varchar', length: 10, nullable: true },
    decisionRef: { name: 'decision_ref', type: 'varchar', length: 120, nullable: true },
    synthetic: { type: 'boolean' },
  },
});

export class CreateEducationData1764000000200 implements MigrationInterface {
  name = 'CreateEducationData1764000000200';
  async up(qr: QueryRunner): Promise<void> {
    const counts: TableColumnOptions[] = STATISTICS_COUNTS.map(([, name]) => column.int(name, false));
    await qr.createTable(
      new Table({
        name: 'commune_education_year',
        columns: [{ ...column.code('commune_code', 10), isPrimary: true }, { ...column.int('year', false), isPrimary: true }, ...counts, column.bool('synthetic')],
        indices: [{ name: 'ix_edu_stats_year', columnNames: ['year'] }],
      }),
    );
    await qr.createTable(
      new Table({
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
      }),
    );
    await qr.createTable(
      new Table({
        name: 'continuing_education_centre_year',
        columns: [
          { ...column.code('district_code', 10), isPrimary: true },
          { ...column.int('year', false), isPrimary: true },
          column.code('name', 200),
          column.bool('also_vocational'),
          column.bool('synthetic'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'steering_committee',
        columns: [
          { ...column.code('unit_code', 10), isPrimary: true },
          { ...column.code('level', 10), isPrimary: true },
          column.date('established_on', true),
          column.code('decision_ref', 120, true),
          column.bool('synthetic'),
        ],
      }),
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('steering_committee');
    await qr.dropTable('continuing_education_centre_year');
    await qr.dropTable('community_learning_centre_year');
    await qr.dropTable('commune_education_year');
  }
}

/** The only place education's statistics speak SQL. Each read is one statement for a whole batch of keys. */
export class EducationStore {
  constructor(private readonly db: DataSource) {}

  statistics(years: number[], communeCodes: string[]): Promise<EducationStatisticsRow[]> {
    return this.db.getRepository(EducationStatisticsEntity).find({ where: { year: In(years), communeCode: In(communeCodes) } });
  }

  /** Rows of one year, of the given communes or all, in code order. */
  statisticsOfYear(year: number, communeCodes?: string[]): Promise<EducationStatisticsRow[]> {
    const where = communeCodes ? { year, communeCode: In(communeCodes) } : { year };
    return this.db.getRepository(EducationStatisticsEntity).find({ where, order: { communeCode: 'ASC' } });
  }

  learningCentres(years: number[], communeCodes: string[]): Promise<LearningCentreRow[]> {
    return this.db.getRepository(LearningCentreEntity).find({ where: { year: In(years), communeCode: In(communeCodes) } });
  }

  continuingEducationCentres(years: number[], districtCodes?: string[]): Promise<ContinuingEducationCentreRow[]> {
    const where = districtCodes ? { year: In(years), districtCode: In(districtCodes) } : { year: In(years) };
    return this.db.getRepository(ContinuingEducationCentreEntity).find({ where, order: { districtCode: 'ASC' } });
  }

  steeringCommittees(unitCodes?: string[], level?: SteeringCommitteeLevel): Promise<SteeringCommitteeRow[]> {
    const where: Record<string, unknown> = {};
    if (unitCodes) where.unitCode = In(unitCodes);
    if (level) where.level = level;
    return this.db.getRepository(SteeringCommitteeEntity).find({ where, order: { level: 'ASC', unitCode: 'ASC' } });
  }

  countStatistics(): Promise<number> {
    return this.db.getRepository(EducationStatisticsEntity).count();
  }

  /** Seeding: plain batched inserts in one transaction. */
  async insertSeed(data: {
    statistics: EducationStatisticsRow[];
    learningCentres: LearningCentreRow[];
    continuingEducationCentres: ContinuingEducationCentreRow[];
    steeringCommittees: SteeringCommitteeRow[];
  }): Promise<void> {
    await this.db.transaction(async (m) => {
      const batches: Array<[EntitySchema<any>, object[]]> = [
        [EducationStatisticsEntity, data.statistics],
        [LearningCentreEntity, data.learningCentres],
        [ContinuingEducationCentreEntity, data.continuingEducationCentres],
        [SteeringCommitteeEntity, data.steeringCommittees],
      ];
      // 22 count columns per statistics row: keep each statement well under SQLite's bound-parameter limit.
      for (const [entity, rows] of batches) for (let i = 0; i < rows.length; i += 200) await m.getRepository(entity).insert(rows.slice(i, i + 200));
    });
  }
}
