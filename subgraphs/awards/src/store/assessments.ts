import { EntitySchema, In, Table, type DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { bulkWrite, column, connection, nowIso, type ConnectionArgs } from '@lsp/shared';

/**
 * One assessed unit (learning unit) or commune (commune titles) for one title in one year: grade, score where
 * the scheme has points, whether it was recognised, who assessed it and when.
 */
export interface AssessmentRow {
  /** Code of the assessed unit as the assessing body registers it; for commune titles, the commune code. */
  subjectCode: string;
  year: number;
  titleCode: string;
  subjectName: string;
  /** Kind of organisation for units (school, agency, enterprise...); null for communes. */
  unitKind: string | null;
  /** Reporting commune the unit is located in (the commune itself for commune titles). */
  communeCode: string;
  criteriaSetCode: string;
  score: number | null;
  grade: string | null;
  recognised: boolean;
  assessingBody: string;
  decisionRef: string | null;
  recognisedOn: string | null;
  synthetic: boolean;
  /** When the row was last written (ISO-8601 UTC); set by the write. */
  updatedAt?: string;
}

export const AssessmentEntity = new EntitySchema<AssessmentRow>({
  name: 'Assessment',
  tableName: 'assessment',
  columns: {
    subjectCode: { name: 'subject_code', type: 'varchar', length: 40, primary: true },
    year: { type: 'int', primary: true },
    titleCode: { name: 'title_code', type: 'varchar', length: 40, primary: true },
    subjectName: { name: 'subject_name', type: 'varchar', length: 200 },
    unitKind: { name: 'unit_kind', type: 'varchar', length: 60, nullable: true },
    communeCode: { name: 'commune_code', type: 'varchar', length: 10 },
    criteriaSetCode: { name: 'criteria_set_code', type: 'varchar', length: 40 },
    score: { type: 'double', nullable: true },
    grade: { type: 'varchar', length: 20, nullable: true },
    recognised: { type: 'boolean' },
    assessingBody: { name: 'assessing_body', type: 'varchar', length: 200 },
    decisionRef: { name: 'decision_ref', type: 'varchar', length: 100, nullable: true },
    recognisedOn: { name: 'recognised_on', type: 'varchar', length: 10, nullable: true },
    synthetic: { type: 'boolean' },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 24 },
  },
});

export class CreateAssessment1764000005200 implements MigrationInterface {
  name = 'CreateAssessment1764000005200';
  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'assessment',
        columns: [
          { ...column.code('subject_code', 40), isPrimary: true },
          { ...column.int('year', false), isPrimary: true },
          { ...column.code('title_code', 40), isPrimary: true },
          column.code('subject_name', 200),
          column.code('unit_kind', 60, true),
          column.code('commune_code', 10),
          column.code('criteria_set_code', 40),
          column.real('score'),
          column.code('grade', 20, true),
          column.bool('recognised'),
          column.code('assessing_body', 200),
          column.code('decision_ref', 100, true),
          column.date('recognised_on'),
          column.bool('synthetic'),
        ],
        indices: [{ name: 'ix_assessment_year_commune', columnNames: ['year', 'commune_code'] }],
      }),
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('assessment');
  }
}

export class AssessmentStore {
  constructor(private readonly db: DataSource) {}

  /** One statement for any batch of (year, commune) keys. */
  byYearsAndCommunes(years: number[], communeCodes: string[]): Promise<AssessmentRow[]> {
    return this.db.getRepository(AssessmentEntity).find({ where: { year: In(years), communeCode: In(communeCodes) } });
  }

  /** One year's assessments, paged in subject code then title order. */
  page(f: { year: number; titleCode?: string; communeCodes?: string[] }, args: ConnectionArgs) {
    const qb = this.db.getRepository(AssessmentEntity).createQueryBuilder('a').where('a.year = :year', { year: f.year });
    if (f.titleCode) qb.andWhere('a.title_code = :title', { title: f.titleCode });
    if (f.communeCodes) qb.andWhere('a.commune_code IN (:...codes)', { codes: f.communeCodes.length ? f.communeCodes : [''] });
    return connection(this.db, qb, args, { keyProps: ['subjectCode', 'titleCode'], tombstones: { entity: 'Assessment', year: f.year, units: f.communeCodes } });
  }

  count(): Promise<number> {
    return this.db.getRepository(AssessmentEntity).count();
  }

  async insertMany(m: EntityManager, rows: AssessmentRow[]): Promise<void> {
    const updatedAt = nowIso();
    await bulkWrite(m, AssessmentEntity, rows.map((r) => ({ ...r, updatedAt: r.updatedAt ?? updatedAt })));
  }
}
