import { In, type DataSource, type EntitySchema } from 'typeorm';
import { CourseEntity, EnrolmentEntity, LabourForceEntity, ProviderEntity, type CourseRow, type EnrolmentRow, type LabourForceRow, type ProviderRow } from './entities';

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

const truthy = (v: unknown) => v === true || v === 1 || v === '1';

/** The only place the vocational subgraph speaks SQL. Each method is one statement for any batch size. */
export class VocationalStore {
  constructor(private readonly db: DataSource) {}

  providersByCodes(codes: string[]): Promise<ProviderRow[]> {
    return this.db.getRepository(ProviderEntity).find({ where: { code: In(codes) } });
  }

  providers(filter: { districtCode?: string; kind?: string }): Promise<ProviderRow[]> {
    const where: Partial<ProviderRow> = {};
    if (filter.districtCode) where.districtCode = filter.districtCode;
    if (filter.kind) where.kind = filter.kind;
    return this.db.getRepository(ProviderEntity).find({ where, order: { code: 'ASC' } });
  }

  countProviders(): Promise<number> {
    return this.db.getRepository(ProviderEntity).count();
  }

  coursesByCodes(codes: string[]): Promise<CourseRow[]> {
    return this.db.getRepository(CourseEntity).find({ where: { code: In(codes) } });
  }

  /** Courses of any batch of (provider, year) pairs, in code order. */
  coursesOfProviders(providerCodes: string[], years: number[]): Promise<CourseRow[]> {
    return this.db.getRepository(CourseEntity).find({ where: { providerCode: In(providerCodes), year: In(years) }, order: { code: 'ASC' } });
  }

  /** One page of a year's courses (keyset on code) and the total matching. */
  async coursePage(filter: { year: number; providerCodes?: string[]; level?: string; ruralLabourProgramme?: boolean; after?: string; first: number }) {
    const qb = this.db.getRepository(CourseEntity).createQueryBuilder('c').where('c.year = :year', { year: filter.year });
    if (filter.providerCodes) qb.andWhere(filter.providerCodes.length ? 'c.provider_code IN (:...providers)' : '1 = 0', { providers: filter.providerCodes });
    if (filter.level) qb.andWhere('c.level = :level', { level: filter.level });
    if (filter.ruralLabourProgramme !== undefined && filter.ruralLabourProgramme !== null) qb.andWhere('c.rural_labour_programme = :rural', { rural: filter.ruralLabourProgramme });
    const totalCount = await qb.clone().getCount();
    if (filter.after) qb.andWhere('c.code > :after', { after: filter.after });
    const rows = await qb.orderBy('c.code', 'ASC').take(filter.first + 1).getMany();
    return { rows: rows.slice(0, filter.first), hasNextPage: rows.length > filter.first, totalCount };
  }

  enrolmentsOfCourses(courseCodes: string[]): Promise<EnrolmentRow[]> {
    return this.db.getRepository(EnrolmentEntity).find({
      where: { courseCode: In(courseCodes) },
      order: { courseCode: 'ASC', communeCode: 'ASC', sex: 'ASC', ethnicGroup: 'ASC' },
    });
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

  labourForce(years: number[], communeCodes: string[]): Promise<LabourForceRow[]> {
    return this.db.getRepository(LabourForceEntity).find({ where: { year: In(years), communeCode: In(communeCodes) } });
  }

  labourForceOfYear(year: number, communeCodes?: string[]): Promise<LabourForceRow[]> {
    const where = communeCodes ? { year, communeCode: In(communeCodes) } : { year };
    return this.db.getRepository(LabourForceEntity).find({ where, order: { communeCode: 'ASC' } });
  }

  /**
   * Seeding: every row in one transaction, multi-row INSERTs with bound parameters (portable: `?` placeholders
   * on SQLite and MySQL). Plain statements rather than repository.insert, which spends most of its time per
   * row building entities: this keeps the national-scale benchmark seed (about a million rows) fast.
   */
  async insertAll(data: { providers: ProviderRow[]; courses: CourseRow[]; enrolments: EnrolmentRow[]; labourForce: LabourForceRow[] }): Promise<void> {
    await this.db.transaction(async (m) => {
      const insert = async (entity: EntitySchema<any>, rows: object[]) => {
        if (rows.length === 0) return;
        const meta = m.connection.getMetadata(entity);
        const cols = meta.columns.map((c) => ({ db: c.databaseName, prop: c.propertyName }));
        const perRow = `(${cols.map(() => '?').join(', ')})`;
        const head = `INSERT INTO ${m.connection.driver.escape(meta.tableName)} (${cols.map((c) => m.connection.driver.escape(c.db)).join(', ')}) VALUES `;
        const batch = Math.max(1, Math.floor(30000 / cols.length)); // under SQLite's 32,766 bound parameters
        for (let i = 0; i < rows.length; i += batch) {
          const chunk = rows.slice(i, i + batch) as Array<Record<string, unknown>>;
          const params = chunk.flatMap((r) => cols.map((c) => (typeof r[c.prop] === 'boolean' ? (r[c.prop] ? 1 : 0) : r[c.prop])));
          await m.query(head + chunk.map(() => perRow).join(', '), params);
        }
      };
      await insert(ProviderEntity, data.providers);
      await insert(CourseEntity, data.courses);
      await insert(EnrolmentEntity, data.enrolments);
      await insert(LabourForceEntity, data.labourForce);
    });
  }
}
