import { In, type DataSource, type EntityManager, type EntitySchema } from 'typeorm';
import { CIVIL_SERVANT_POSITIONS, RANK, VILLAGE_LEADER_POSITIONS } from '../domain/catalogue';
import {
  PersonEntity, PositionStandardEntity, PostingEntity, QualificationEntity, TrainingRecordEntity,
  type PersonRow, type PositionStandardRow, type PostingRow, type QualificationRow, type TrainingRecordRow,
} from './entities';
import { rankColumn, recomputeMilestones } from './milestones';

/** Counts of one posting unit (commune or office) on 31 December of a year, from one aggregate statement. */
export interface UnitYearCounts {
  communeCode: string;
  year: number;
  villageLeaders: number;
  villageLeadersLowerSecondary: number;
  villageLeadersManagementPolitical: number;
  keyCadres: number;
  keyCadresLowerSecondary: number;
  keyCadresUpperSecondary: number;
  keyCadresCollege: number;
  cadresInEthnicAreas: number;
  cadresKnowingLanguage: number;
  civilServantsAssessed: number;
  civilServantsMeetingStandard: number;
  /** Postings counted, and how many of them the synthetic generator wrote (source SYNTHETIC…): the counts' provenance. */
  postings: number;
  syntheticPostings: number;
}

export interface PersonFilter {
  unitCodes?: string[];
  position?: string;
  /** Posted on this date (inclusive bounds). */
  postedOn?: string;
}

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const yearEndOf = (y: number) => `${y}-12-31`;

/** The only place workforce speaks SQL. */
export class WorkforceStore {
  constructor(private readonly db: DataSource) {}

  /**
   * Every indicator count of a batch of (unit, year) pairs in ONE statement: the postings held on 31 December of
   * each year, counting a qualification threshold when the person's milestone for it is on or before that day.
   */
  async countsByUnitYear(years: number[], unitCodes: string[]): Promise<UnitYearCounts[]> {
    if (years.length === 0 || unitCodes.length === 0) return [];
    const yearsSql = years.map(() => 'SELECT ? AS yr, ? AS as_of').join(' UNION ALL ');
    const yearParams = years.flatMap((y) => [y, yearEndOf(y)]);
    const units = unitCodes.map(() => '?').join(', ');
    const vl = list(VILLAGE_LEADER_POSITIONS);
    const cs = list(CIVIL_SERVANT_POSITIONS);
    const reached = (col: string) => `p.${col} <= y.as_of`;
    // A position standard's minimum rank picks the milestone column of that rank; rank 0 = nothing required.
    const meets = (prefix: 'education' | 'professional' | 'political', min: string, ranks: number) =>
      `(s.${min} = 0 OR (CASE s.${min} ${Array.from({ length: ranks }, (_, i) => `WHEN ${i + 1} THEN p.${rankColumn(prefix, i + 1)}`).join(' ')} END) <= y.as_of)`;
    const sql = `
WITH y AS (${yearsSql})
SELECT po.unit_code AS unit_code, y.yr AS yr,
  SUM(CASE WHEN po.position IN (${vl}) THEN 1 ELSE 0 END) AS village_leaders,
  SUM(CASE WHEN po.position IN (${vl}) AND ${reached(rankColumn('education', RANK.LOWER_SECONDARY))} THEN 1 ELSE 0 END) AS vl_lower_secondary,
  SUM(CASE WHEN po.position IN (${vl}) AND ${reached('management_on')} AND ${reached(rankColumn('political', RANK.POLITICAL_ELEMENTARY))} THEN 1 ELSE 0 END) AS vl_mgmt_political,
  SUM(CASE WHEN po.position = 'COMMUNE_KEY_CADRE' THEN 1 ELSE 0 END) AS key_cadres,
  SUM(CASE WHEN po.position = 'COMMUNE_KEY_CADRE' AND ${reached(rankColumn('education', RANK.LOWER_SECONDARY))} THEN 1 ELSE 0 END) AS kc_lower_secondary,
  SUM(CASE WHEN po.position = 'COMMUNE_KEY_CADRE' AND ${reached(rankColumn('education', RANK.UPPER_SECONDARY))} THEN 1 ELSE 0 END) AS kc_upper_secondary,
  SUM(CASE WHEN po.position = 'COMMUNE_KEY_CADRE' AND ${reached(rankColumn('professional', RANK.COLLEGE))} THEN 1 ELSE 0 END) AS kc_college,
  SUM(CASE WHEN po.area_ethnic_language IS NOT NULL THEN 1 ELSE 0 END) AS in_ethnic_areas,
  SUM(CASE WHEN po.area_ethnic_language IS NOT NULL AND po.ethnic_language_on <= y.as_of THEN 1 ELSE 0 END) AS knowing_language,
  SUM(CASE WHEN po.position IN (${cs}) AND s.position IS NOT NULL THEN 1 ELSE 0 END) AS cs_assessed,
  SUM(CASE WHEN po.position IN (${cs}) AND s.position IS NOT NULL
    AND ${meets('education', 'min_general_education', 3)}
    AND ${meets('professional', 'min_professional', 5)}
    AND ${meets('political', 'min_political_theory', 3)}
    AND (s.requires_management = 0 OR ${reached('management_on')})
    AND (s.requires_it = 0 OR ${reached('it_on')})
    AND (s.requires_foreign_language = 0 OR ${reached('foreign_language_on')}) THEN 1 ELSE 0 END) AS cs_meeting,
  COUNT(*) AS postings,
  SUM(CASE WHEN po.source LIKE 'SYNTHETIC%' THEN 1 ELSE 0 END) AS synthetic_postings
FROM posting po
JOIN person p ON p.person_code = po.person_code
JOIN y ON po.posted_from <= y.as_of AND (po.posted_to IS NULL OR po.posted_to >= y.as_of)
LEFT JOIN position_standard s ON s.position = po.position
WHERE po.unit_code IN (${units})
GROUP BY po.unit_code, y.yr`;
    const raw: Array<Record<string, unknown>> = await this.db.query(sql, [...yearParams, ...unitCodes]);
    const n = (v: unknown) => Number(v ?? 0);
    return raw.map((r) => ({
      communeCode: String(r.unit_code),
      year: n(r.yr),
      villageLeaders: n(r.village_leaders),
      villageLeadersLowerSecondary: n(r.vl_lower_secondary),
      villageLeadersManagementPolitical: n(r.vl_mgmt_political),
      keyCadres: n(r.key_cadres),
      keyCadresLowerSecondary: n(r.kc_lower_secondary),
      keyCadresUpperSecondary: n(r.kc_upper_secondary),
      keyCadresCollege: n(r.kc_college),
      cadresInEthnicAreas: n(r.in_ethnic_areas),
      cadresKnowingLanguage: n(r.knowing_language),
      civilServantsAssessed: n(r.cs_assessed),
      civilServantsMeetingStandard: n(r.cs_meeting),
      postings: n(r.postings),
      syntheticPostings: n(r.synthetic_postings),
    }));
  }

  /** Postings in the given units overlapping [from, to], with their people: one statement for a whole batch. */
  async postingsIn(unitCodes: string[], from: string, to: string): Promise<Array<PostingRow & { person: PersonRow }>> {
    if (unitCodes.length === 0) return [];
    const raw: Array<Record<string, unknown>> = await this.db.query(
      `SELECT po.person_code, po.posted_from, po.position, po.unit_code, po.posted_to, po.area_ethnic_language, po.source AS posting_source,
        p.full_name, p.date_of_birth, p.birth_year, p.sex, p.ethnic_group, p.source
      FROM posting po JOIN person p ON p.person_code = po.person_code
      WHERE po.unit_code IN (${unitCodes.map(() => '?').join(', ')}) AND po.posted_from <= ? AND (po.posted_to IS NULL OR po.posted_to >= ?)
      ORDER BY po.person_code, po.posted_from`,
      [...unitCodes, to, from],
    );
    return raw.map((r) => ({
      personCode: String(r.person_code), postedFrom: String(r.posted_from), position: String(r.position), unitCode: String(r.unit_code),
      postedTo: (r.posted_to as string | null) ?? null, areaEthnicLanguage: (r.area_ethnic_language as string | null) ?? null, source: String(r.posting_source),
      person: {
        personCode: String(r.person_code), fullName: String(r.full_name), dateOfBirth: (r.date_of_birth as string | null) ?? null, birthYear: Number(r.birth_year),
        sex: String(r.sex), ethnicGroup: String(r.ethnic_group), source: String(r.source),
      },
    }));
  }

  postingsOf(personCodes: string[]): Promise<PostingRow[]> {
    return this.db.getRepository(PostingEntity).find({ where: { personCode: In(personCodes) }, order: { personCode: 'ASC', postedFrom: 'ASC' } });
  }

  qualificationsOf(personCodes: string[]): Promise<QualificationRow[]> {
    return this.db.getRepository(QualificationEntity).find({ where: { personCode: In(personCodes) }, order: { obtainedOn: 'ASC', id: 'ASC' } });
  }

  trainingsOf(personCodes: string[]): Promise<TrainingRecordRow[]> {
    return this.db.getRepository(TrainingRecordEntity).find({ where: { personCode: In(personCodes) }, order: { startedOn: 'ASC', id: 'ASC' } });
  }

  peopleByCodes(personCodes: string[]): Promise<PersonRow[]> {
    return this.db.getRepository(PersonEntity).find({ where: { personCode: In(personCodes) } });
  }

  /** Keyset page of people ordered by person code, with a posting matching the filter, plus the total. */
  async listPeople(filter: PersonFilter, first: number, after?: string): Promise<{ rows: PersonRow[]; total: number }> {
    const qb = this.db.getRepository(PersonEntity).createQueryBuilder('p');
    if (filter.unitCodes || filter.position || filter.postedOn) {
      const conditions = ['po.person_code = p.person_code'];
      if (filter.unitCodes) conditions.push(filter.unitCodes.length ? 'po.unit_code IN (:...units)' : '1 = 0');
      if (filter.position) conditions.push('po.position = :position');
      if (filter.postedOn) conditions.push('po.posted_from <= :on', '(po.posted_to IS NULL OR po.posted_to >= :on)');
      qb.andWhere(`EXISTS (SELECT 1 FROM posting po WHERE ${conditions.join(' AND ')})`, { units: filter.unitCodes, position: filter.position, on: filter.postedOn });
    }
    const total = await qb.clone().getCount();
    if (after) qb.andWhere('p.person_code > :after', { after });
    const rows = await qb.orderBy('p.person_code', 'ASC').take(first).getMany();
    return { rows, total };
  }

  /** Code and birth year of those of these people who are on the roster (chunked, for imports of any size). */
  async peopleByCodesChunked(personCodes: string[]): Promise<Array<Pick<PersonRow, 'personCode' | 'birthYear'>>> {
    const found: Array<Pick<PersonRow, 'personCode' | 'birthYear'>> = [];
    const unique = [...new Set(personCodes)];
    for (let i = 0; i < unique.length; i += 1000) {
      const rows = await this.db.getRepository(PersonEntity).find({ select: { personCode: true, birthYear: true }, where: { personCode: In(unique.slice(i, i + 1000)) } });
      found.push(...rows);
    }
    return found;
  }

  async existingPersonCodes(personCodes: string[]): Promise<Set<string>> {
    return new Set((await this.peopleByCodesChunked(personCodes)).map((p) => p.personCode));
  }

  positionStandards(): Promise<PositionStandardRow[]> {
    return this.db.getRepository(PositionStandardEntity).find({ order: { position: 'ASC' } });
  }

  countPeople(): Promise<number> {
    return this.db.getRepository(PersonEntity).count();
  }

  /** Bulk insert in one transaction: multi-row INSERT statements sized well under SQLite's parameter limit. */
  async insertAll(data: { people: PersonRow[]; postings: PostingRow[]; qualifications: QualificationRow[]; trainings: TrainingRecordRow[]; standards: PositionStandardRow[] }): Promise<void> {
    await this.db.transaction(async (m) => {
      await bulkInsert(m, PositionStandardEntity, data.standards);
      await bulkInsert(m, PersonEntity, data.people);
      await bulkInsert(m, PostingEntity, data.postings);
      await bulkInsert(m, QualificationEntity, data.qualifications);
      await bulkInsert(m, TrainingRecordEntity, data.trainings);
      await recomputeMilestones(m);
    });
  }
}

/**
 * Plain multi-row INSERTs built from the entity's column metadata (no per-row entity processing), for seeds and
 * benchmarks of tens of thousands of rows. Booleans are bound as 1/0 (better-sqlite3 binds no booleans).
 */
export async function bulkInsert<T extends object>(m: EntityManager, entity: EntitySchema<T>, rows: T[], maxParams = 30000): Promise<void> {
  if (rows.length === 0) return;
  const meta = m.connection.getMetadata(entity);
  const columns = meta.columns.filter((c) => !c.isGenerated);
  const esc = (n: string) => m.connection.driver.escape(n);
  const perRow = `(${columns.map(() => '?').join(', ')})`;
  const size = Math.max(1, Math.min(2000, Math.floor(maxParams / columns.length)));
  const head = `INSERT INTO ${esc(meta.tableName)} (${columns.map((c) => esc(c.databaseName)).join(', ')}) VALUES `;
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    const params: unknown[] = [];
    for (const row of chunk) {
      for (const c of columns) {
        const v = (row as Record<string, unknown>)[c.propertyName];
        params.push(typeof v === 'boolean' ? (v ? 1 : 0) : v === undefined ? null : v);
      }
    }
    await m.query(head + chunk.map(() => perRow).join(', '), params);
  }
}
