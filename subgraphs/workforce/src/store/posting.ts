import { EntitySchema, In, Table, TableColumn, TableIndex, type DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { column, connection, type ConnectionArgs } from '@lsp/shared';
import { CIVIL_SERVANT_POSITIONS, RANK, VILLAGE_LEADER_POSITIONS } from '../datasets/reference-lists';
import type { Position } from '../datasets/reference-lists';
import type { PersonRow } from './person';
import { rankColumn } from './milestones';

/**
 * One post held by a person from postedFrom to postedTo (inclusive ISO dates; null = still posted). The table also
 * holds ethnic_language_on (milestones.ts), a derived column this entity does not map.
 */
export interface PostingRow {
  personCode: string;
  postedFrom: string;
  position: Position;
  /** Commune code for commune-level posts, district code for district civil servants, the province code for provincial ones. */
  unitCode: string;
  postedTo: string | null;
  /** The local ethnic language of the area where posted; null = not an ethnic-minority area. */
  areaEthnicLanguage: string | null;
  source: string;
  updatedAt: string;
}

export const PostingEntity = new EntitySchema<PostingRow>({
  name: 'Posting',
  tableName: 'posting',
  columns: {
    personCode: { name: 'person_code', type: 'varchar', length: 40, primary: true },
    postedFrom: { name: 'posted_from', type: 'varchar', length: 10, primary: true },
    position: { type: 'varchar', length: 32 },
    unitCode: { name: 'unit_code', type: 'varchar', length: 10 },
    postedTo: { name: 'posted_to', type: 'varchar', length: 10, nullable: true },
    areaEthnicLanguage: { name: 'area_ethnic_language', type: 'varchar', length: 40, nullable: true },
    source: { type: 'varchar', length: 200 },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 24 },
  },
});

/**
 * Postings move to their own table: a person keeps one identity (and one set of qualifications) across moves,
 * several posts and the 2025 merges. Existing rows become one posting each.
 */
export class MovePostingsToTheirOwnTable1764000000420 implements MigrationInterface {
  name = 'MovePostingsToTheirOwnTable1764000000420';
  private readonly moved = ['position', 'unit_code', 'posted_from', 'posted_to', 'area_ethnic_language', 'ethnic_language_on'];
  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'posting',
        columns: [
          { ...column.code('person_code', 40), isPrimary: true },
          { ...column.date('posted_from', false), isPrimary: true },
          column.code('position', 32),
          column.code('unit_code', 10),
          column.date('posted_to'),
          column.code('area_ethnic_language', 40, true),
          column.date('ethnic_language_on'),
          column.code('source', 200),
        ],
        indices: [{ name: 'ix_posting_unit', columnNames: ['unit_code', 'posted_from'] }],
      }),
    );
    const cols = [...this.moved, 'person_code', 'source'].join(', ');
    await qr.query(`INSERT INTO posting (${cols}) SELECT ${cols} FROM person`);
    await qr.dropIndex('person', 'ix_person_unit');
    await qr.dropColumns('person', this.moved);
  }
  async down(qr: QueryRunner): Promise<void> {
    // Back to one posting per person: the latest one is kept.
    await qr.addColumns('person', [
      new TableColumn(column.code('position', 32, true)), new TableColumn(column.code('unit_code', 10, true)), new TableColumn(column.date('posted_from')),
      new TableColumn(column.date('posted_to')), new TableColumn(column.code('area_ethnic_language', 40, true)), new TableColumn(column.date('ethnic_language_on')),
    ]);
    const latest = (c: string) => `${c} = (SELECT po.${c} FROM posting po WHERE po.person_code = person.person_code ORDER BY po.posted_from DESC LIMIT 1)`;
    await qr.query(`UPDATE person SET ${this.moved.map(latest).join(', ')}`);
    await qr.createIndex('person', new TableIndex({ name: 'ix_person_unit', columnNames: ['unit_code', 'posted_from'] }));
    await qr.dropTable('posting');
  }
}

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

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const yearEndOf = (y: number) => `${y}-12-31`;

/** The only SQL on posting (with its person, for the indicator counts and the people of a commune-year). */
export class PostingRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Every indicator count of a batch of (unit, year) pairs in ONE statement: the postings held on 31 December of
   * each year, counting a qualification threshold when the person's milestone for it is on or before that day.
   */
  async countsByUnitYear(years: number[], unitCodes: string[], q: Pick<EntityManager, 'query'> = this.db): Promise<UnitYearCounts[]> {
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
    const raw: Array<Record<string, unknown>> = await q.query(sql, [...yearParams, ...unitCodes]);
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
      `SELECT po.person_code, po.posted_from, po.position, po.unit_code, po.posted_to, po.area_ethnic_language, po.source AS posting_source, po.updated_at AS posting_updated_at,
        p.full_name, p.date_of_birth, p.birth_year, p.sex, p.ethnic_group, p.source, p.updated_at
      FROM posting po JOIN person p ON p.person_code = po.person_code
      WHERE po.unit_code IN (${unitCodes.map(() => '?').join(', ')}) AND po.posted_from <= ? AND (po.posted_to IS NULL OR po.posted_to >= ?)
      ORDER BY po.person_code, po.posted_from`,
      [...unitCodes, to, from],
    );
    return raw.map((r) => ({
      personCode: String(r.person_code), postedFrom: String(r.posted_from), position: String(r.position) as Position, unitCode: String(r.unit_code),
      postedTo: (r.posted_to as string | null) ?? null, areaEthnicLanguage: (r.area_ethnic_language as string | null) ?? null, source: String(r.posting_source), updatedAt: String(r.posting_updated_at),
      person: {
        personCode: String(r.person_code), fullName: String(r.full_name), dateOfBirth: (r.date_of_birth as string | null) ?? null, birthYear: Number(r.birth_year),
        sex: String(r.sex), ethnicGroup: String(r.ethnic_group), source: String(r.source), updatedAt: String(r.updated_at),
      },
    }));
  }

  ofPeople(personCodes: string[]): Promise<PostingRow[]> {
    return this.db.getRepository(PostingEntity).find({ where: { personCode: In(personCodes) }, order: { personCode: 'ASC', postedFrom: 'ASC' } });
  }

  page(filter: { unitCodes?: string[]; position?: string | null }, args: ConnectionArgs) {
    const qb = this.db.getRepository(PostingEntity).createQueryBuilder('po');
    if (filter.unitCodes) qb.andWhere(filter.unitCodes.length ? 'po.unit_code IN (:...units)' : '1 = 0', { units: filter.unitCodes });
    if (filter.position) qb.andWhere('po.position = :position', { position: filter.position });
    return connection(this.db, qb, args, { keyProps: ['personCode', 'postedFrom'], tombstones: { entity: 'Posting', units: filter.unitCodes } });
  }
}
