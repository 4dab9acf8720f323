import { In, type DataSource } from 'typeorm';
import { CIVIL_SERVANT_POSITIONS, RANK, VILLAGE_LEADER_POSITIONS } from '../domain/catalogue';
import {
  PersonEntity, PositionStandardEntity, QualificationEntity, TrainingRecordEntity,
  type PersonRow, type PositionStandardRow, type QualificationRow, type TrainingRecordRow,
} from './entities';

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
   * Every indicator count of a batch of (unit, year) pairs in ONE statement: people posted on 31 December,
   * joined with the highest rank of each qualification kind they had obtained by then, grouped by unit and year.
   */
  async countsByUnitYear(years: number[], unitCodes: string[]): Promise<UnitYearCounts[]> {
    if (years.length === 0 || unitCodes.length === 0) return [];
    const yearsSql = years.map(() => 'SELECT ? AS yr, ? AS as_of').join(' UNION ALL ');
    const yearParams = years.flatMap((y) => [y, yearEndOf(y)]);
    const units = unitCodes.map(() => '?').join(', ');
    const vl = list(VILLAGE_LEADER_POSITIONS);
    const cs = list(CIVIL_SERVANT_POSITIONS);
    const sql = `
WITH y AS (${yearsSql}),
pp AS (
  SELECT p.person_code, p.unit_code, p.position, p.area_ethnic_language AS lang, y.yr, y.as_of
  FROM person p JOIN y ON p.posted_from <= y.as_of AND (p.posted_to IS NULL OR p.posted_to >= y.as_of)
  WHERE p.unit_code IN (${units})
),
pq AS (
  SELECT pp.person_code, pp.yr,
    MAX(CASE WHEN q.kind = 'GENERAL_EDUCATION' THEN q.level_rank ELSE 0 END) AS edu,
    MAX(CASE WHEN q.kind = 'PROFESSIONAL' THEN q.level_rank ELSE 0 END) AS prof,
    MAX(CASE WHEN q.kind = 'POLITICAL_THEORY' THEN q.level_rank ELSE 0 END) AS pol,
    MAX(CASE WHEN q.kind = 'MANAGEMENT_TRAINING' THEN 1 ELSE 0 END) AS mgmt,
    MAX(CASE WHEN q.kind = 'IT_CERTIFICATE' THEN 1 ELSE 0 END) AS it,
    MAX(CASE WHEN q.kind = 'FOREIGN_LANGUAGE' THEN 1 ELSE 0 END) AS fl,
    MAX(CASE WHEN q.kind = 'ETHNIC_LANGUAGE' AND q.language = pp.lang THEN 1 ELSE 0 END) AS eth
  FROM pp JOIN qualification q ON q.person_code = pp.person_code AND q.obtained_on <= pp.as_of
  GROUP BY pp.person_code, pp.yr
)
SELECT pp.unit_code AS unit_code, pp.yr AS yr,
  SUM(CASE WHEN pp.position IN (${vl}) THEN 1 ELSE 0 END) AS village_leaders,
  SUM(CASE WHEN pp.position IN (${vl}) AND COALESCE(pq.edu, 0) >= ${RANK.LOWER_SECONDARY} THEN 1 ELSE 0 END) AS vl_lower_secondary,
  SUM(CASE WHEN pp.position IN (${vl}) AND COALESCE(pq.mgmt, 0) = 1 AND COALESCE(pq.pol, 0) >= ${RANK.POLITICAL_ELEMENTARY} THEN 1 ELSE 0 END) AS vl_mgmt_political,
  SUM(CASE WHEN pp.position = 'COMMUNE_KEY_CADRE' THEN 1 ELSE 0 END) AS key_cadres,
  SUM(CASE WHEN pp.position = 'COMMUNE_KEY_CADRE' AND COALESCE(pq.edu, 0) >= ${RANK.LOWER_SECONDARY} THEN 1 ELSE 0 END) AS kc_lower_secondary,
  SUM(CASE WHEN pp.position = 'COMMUNE_KEY_CADRE' AND COALESCE(pq.edu, 0) >= ${RANK.UPPER_SECONDARY} THEN 1 ELSE 0 END) AS kc_upper_secondary,
  SUM(CASE WHEN pp.position = 'COMMUNE_KEY_CADRE' AND COALESCE(pq.prof, 0) >= ${RANK.COLLEGE} THEN 1 ELSE 0 END) AS kc_college,
  SUM(CASE WHEN pp.lang IS NOT NULL THEN 1 ELSE 0 END) AS in_ethnic_areas,
  SUM(CASE WHEN pp.lang IS NOT NULL AND COALESCE(pq.eth, 0) = 1 THEN 1 ELSE 0 END) AS knowing_language,
  SUM(CASE WHEN pp.position IN (${cs}) AND s.position IS NOT NULL THEN 1 ELSE 0 END) AS cs_assessed,
  SUM(CASE WHEN pp.position IN (${cs}) AND s.position IS NOT NULL
    AND COALESCE(pq.edu, 0) >= s.min_general_education AND COALESCE(pq.prof, 0) >= s.min_professional
    AND COALESCE(pq.pol, 0) >= s.min_political_theory
    AND (s.requires_management = 0 OR COALESCE(pq.mgmt, 0) = 1)
    AND (s.requires_it = 0 OR COALESCE(pq.it, 0) = 1)
    AND (s.requires_foreign_language = 0 OR COALESCE(pq.fl, 0) = 1) THEN 1 ELSE 0 END) AS cs_meeting
FROM pp
LEFT JOIN pq ON pq.person_code = pp.person_code AND pq.yr = pp.yr
LEFT JOIN position_standard s ON s.position = pp.position
GROUP BY pp.unit_code, pp.yr`;
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
    }));
  }

  /** People of the given units whose posting overlaps [from, to]: one statement for a whole batch. */
  peoplePostedIn(unitCodes: string[], from: string, to: string): Promise<PersonRow[]> {
    if (unitCodes.length === 0) return Promise.resolve([]);
    return this.db
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .where('p.unit_code IN (:...units)', { units: unitCodes })
      .andWhere('p.posted_from <= :to', { to })
      .andWhere('(p.posted_to IS NULL OR p.posted_to >= :from)', { from })
      .orderBy('p.person_code')
      .getMany();
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

  /** Keyset page of people ordered by person code, plus the total. */
  async listPeople(filter: PersonFilter, first: number, after?: string): Promise<{ rows: PersonRow[]; total: number }> {
    const qb = this.db.getRepository(PersonEntity).createQueryBuilder('p');
    if (filter.unitCodes) qb.andWhere(filter.unitCodes.length ? 'p.unit_code IN (:...units)' : '1 = 0', { units: filter.unitCodes });
    if (filter.position) qb.andWhere('p.position = :position', { position: filter.position });
    if (filter.postedOn) {
      qb.andWhere('p.posted_from <= :on', { on: filter.postedOn }).andWhere('(p.posted_to IS NULL OR p.posted_to >= :on)', { on: filter.postedOn });
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

  /** Bulk insert in one transaction, in batches sized for SQLite's parameter limit. */
  async insertAll(data: { people: PersonRow[]; qualifications: QualificationRow[]; trainings: TrainingRecordRow[]; standards: PositionStandardRow[] }): Promise<void> {
    await this.db.transaction(async (m) => {
      const batches = async <T>(entity: Parameters<typeof m.getRepository>[0], rows: T[], size: number) => {
        for (let i = 0; i < rows.length; i += size) await m.getRepository(entity).insert(rows.slice(i, i + size) as never);
      };
      await batches(PositionStandardEntity, data.standards, 100);
      await batches(PersonEntity, data.people, 1000);
      await batches(QualificationEntity, data.qualifications, 1000);
      await batches(TrainingRecordEntity, data.trainings, 1000);
    });
  }
}
