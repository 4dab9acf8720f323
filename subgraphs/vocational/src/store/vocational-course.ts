import { EntitySchema, In, Table, type DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { column, connection, type ConnectionArgs } from '@lsp/shared';
import type { CourseLevel, Sex } from '../datasets/reference-lists';

/** A vocational course of one provider and year. Natural key: code. */
export interface CourseRow {
  code: string;
  providerCode: string;
  occupation: string;
  level: CourseLevel;
  ruralLabourProgramme: boolean;
  year: number;
  synthetic: boolean;
  source: string;
  updatedAt: string;
}

/**
 * Trainees of one course from one commune, sex and ethnic group. Natural key: course + commune + sex + ethnic
 * group. `year` repeats the course year so that a commune-year's trainees are read without a join.
 */
export interface EnrolmentRow {
  courseCode: string;
  communeCode: string;
  sex: Sex;
  ethnicGroup: string;
  year: number;
  enrolled: number;
  graduated: number;
  synthetic: boolean;
  source: string;
  updatedAt: string;
}

/** Trainees of one reporting commune and year in one group (sex × ethnic group × level × programme × source). */
export interface TrainingGroupRow {
  communeCode: string;
  year: number;
  sex: string;
  ethnicGroup: string;
  level: string;
  ruralLabourProgramme: boolean;
  source: string;
  enrolled: number;
  graduated: number;
}

export const CourseEntity = new EntitySchema<CourseRow>({
  name: 'VocationalCourse',
  tableName: 'vocational_course',
  columns: {
    code: { type: 'varchar', length: 40, primary: true },
    providerCode: { name: 'provider_code', type: 'varchar', length: 20 },
    occupation: { type: 'varchar', length: 120 },
    level: { type: 'varchar', length: 20 },
    ruralLabourProgramme: { name: 'rural_labour_programme', type: 'boolean' },
    year: { type: 'int' },
    synthetic: { type: 'boolean' },
    source: { type: 'varchar', length: 200 },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 24 },
  },
});

export const EnrolmentEntity = new EntitySchema<EnrolmentRow>({
  name: 'CourseEnrolment',
  tableName: 'course_enrolment',
  columns: {
    courseCode: { name: 'course_code', type: 'varchar', length: 40, primary: true },
    communeCode: { name: 'commune_code', type: 'varchar', length: 10, primary: true },
    sex: { type: 'varchar', length: 6, primary: true },
    ethnicGroup: { name: 'ethnic_group', type: 'varchar', length: 40, primary: true },
    year: { type: 'int' },
    enrolled: { type: 'int' },
    graduated: { type: 'int' },
    synthetic: { type: 'boolean' },
    source: { type: 'varchar', length: 200 },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 24 },
  },
});

export class CreateVocationalCourses1764000000310 implements MigrationInterface {
  name = 'CreateVocationalCourses1764000000310';
  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'vocational_course',
        columns: [
          { ...column.code('code', 40), isPrimary: true },
          column.code('provider_code', 20),
          column.code('occupation', 120),
          column.code('level', 20),
          column.bool('rural_labour_programme'),
          column.int('year', false),
          column.bool('synthetic'),
          column.code('source', 200),
        ],
        indices: [
          { name: 'ix_course_year', columnNames: ['year'] },
          { name: 'ix_course_provider', columnNames: ['provider_code', 'year'] },
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'course_enrolment',
        columns: [
          { ...column.code('course_code', 40), isPrimary: true },
          { ...column.code('commune_code', 10), isPrimary: true },
          { ...column.code('sex', 6), isPrimary: true },
          { ...column.code('ethnic_group', 40), isPrimary: true },
          column.int('year', false),
          column.int('enrolled', false),
          column.int('graduated', false),
          column.bool('synthetic'),
          column.code('source', 200),
        ],
        indices: [{ name: 'ix_enrolment_year_commune', columnNames: ['year', 'commune_code'] }],
      }),
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('course_enrolment');
    await qr.dropTable('vocational_course');
  }
}

const truthy = (v: unknown) => v === true || v === 1 || v === '1';

/** The only SQL on vocational_course and course_enrolment; each method is one statement for any batch size. */
export class CourseRepository {
  constructor(private readonly db: DataSource) {}

  byCodes(codes: string[]): Promise<CourseRow[]> {
    return this.db.getRepository(CourseEntity).find({ where: { code: In(codes) } });
  }

  /** Courses of any batch of (provider, year) pairs, in code order. */
  ofProviders(providerCodes: string[], years: number[]): Promise<CourseRow[]> {
    return this.db.getRepository(CourseEntity).find({ where: { providerCode: In(providerCodes), year: In(years) }, order: { code: 'ASC' } });
  }

  page(filter: { year: number; providerCodes?: string[]; level?: string | null; ruralLabourProgramme?: boolean | null }, args: ConnectionArgs) {
    const qb = this.db.getRepository(CourseEntity).createQueryBuilder('c').where('c.year = :year', { year: filter.year });
    if (filter.providerCodes) qb.andWhere(filter.providerCodes.length ? 'c.provider_code IN (:...providers)' : '1 = 0', { providers: filter.providerCodes });
    if (filter.level) qb.andWhere('c.level = :level', { level: filter.level });
    if (filter.ruralLabourProgramme !== undefined && filter.ruralLabourProgramme !== null) qb.andWhere('c.rural_labour_programme = :rural', { rural: filter.ruralLabourProgramme });
    return connection(this.db, qb, args, { keyProps: ['code'], tombstones: { entity: 'VocationalCourse', year: filter.year, units: filter.providerCodes } });
  }

  enrolmentsOf(courseCodes: string[]): Promise<EnrolmentRow[]> {
    return this.db.getRepository(EnrolmentEntity).find({
      where: { courseCode: In(courseCodes) },
      order: { courseCode: 'ASC', communeCode: 'ASC', sex: 'ASC', ethnicGroup: 'ASC' },
    });
  }

  enrolmentPage(filter: { year: number; communeCodes?: string[] }, args: ConnectionArgs) {
    const qb = this.db.getRepository(EnrolmentEntity).createQueryBuilder('e').where('e.year = :year', { year: filter.year });
    if (filter.communeCodes) qb.andWhere(filter.communeCodes.length ? 'e.commune_code IN (:...codes)' : '1 = 0', { codes: filter.communeCodes });
    return connection(this.db, qb, args, { keyProps: ['courseCode', 'communeCode', 'sex', 'ethnicGroup'], tombstones: { entity: 'CourseEnrolment', year: filter.year, units: filter.communeCodes } });
  }

  /** Which of these years have any course at all (so that a commune without enrolments reads as 0, not missing). */
  async yearsWithCourses(years: number[]): Promise<number[]> {
    const rows: Array<{ year: number | string }> = await this.db
      .getRepository(CourseEntity).createQueryBuilder('c').select('DISTINCT c.year', 'year')
      .where('c.year IN (:...years)', { years }).getRawMany();
    return rows.map((r) => Number(r.year));
  }

  /** Trainees per (reporting commune, year) and group: one statement for the whole batch. */
  async trainingGroups(years: number[], communeCodes: string[]): Promise<TrainingGroupRow[]> {
    const rows: Array<Record<string, unknown>> = await this.db
      .getRepository(EnrolmentEntity).createQueryBuilder('e')
      .innerJoin(CourseEntity.options.name, 'c', 'c.code = e.course_code')
      .select('e.commune_code', 'communeCode').addSelect('e.year', 'year').addSelect('e.sex', 'sex')
      .addSelect('e.ethnic_group', 'ethnicGroup').addSelect('c.level', 'level').addSelect('c.rural_labour_programme', 'rural')
      .addSelect('e.source', 'source').addSelect('SUM(e.enrolled)', 'enrolled').addSelect('SUM(e.graduated)', 'graduated')
      .where('e.year IN (:...years)', { years }).andWhere('e.commune_code IN (:...codes)', { codes: communeCodes })
      .groupBy('e.commune_code').addGroupBy('e.year').addGroupBy('e.sex').addGroupBy('e.ethnic_group')
      .addGroupBy('c.level').addGroupBy('c.rural_labour_programme').addGroupBy('e.source')
      .getRawMany();
    return rows.map((r) => ({
      communeCode: String(r.communeCode), year: Number(r.year), sex: String(r.sex), ethnicGroup: String(r.ethnicGroup),
      level: String(r.level), ruralLabourProgramme: truthy(r.rural), source: String(r.source),
      enrolled: Number(r.enrolled), graduated: Number(r.graduated),
    }));
  }
}
