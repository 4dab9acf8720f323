import { Table, TableColumn, TableIndex, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { column } from '@lsp/shared';
import { LEVELS } from '../domain/catalogue';

/**
 * Milestones: for each person, the date each qualification threshold was first reached (general education rank
 * 1–3, professional 1–5, political theory 1–3, management training, IT and foreign-language certificates), and
 * for each posting the date the person first knew the posting area's ethnic language. Derived from the
 * qualification table inside the same transaction as every write, so indicator counts are one scan of postings
 * ("reached by 31 December" = milestone <= that date), however many qualifications there are.
 */
export interface Milestone {
  column: string;
  kind: string;
  minRank: number;
}

const ranked = (prefix: string, kind: keyof typeof LEVELS): Milestone[] =>
  LEVELS[kind].map((_, i) => ({ column: `${prefix}_r${i + 1}_on`, kind, minRank: i + 1 }));

export const PERSON_MILESTONES: Milestone[] = [
  ...ranked('education', 'GENERAL_EDUCATION'),
  ...ranked('professional', 'PROFESSIONAL'),
  ...ranked('political', 'POLITICAL_THEORY'),
  { column: 'management_on', kind: 'MANAGEMENT_TRAINING', minRank: 1 },
  { column: 'it_on', kind: 'IT_CERTIFICATE', minRank: 1 },
  { column: 'foreign_language_on', kind: 'FOREIGN_LANGUAGE', minRank: 1 },
];

/** The milestone column of a rank threshold, e.g. ('education', 2) -> education_r2_on. */
export const rankColumn = (prefix: 'education' | 'professional' | 'political', rank: number) => `${prefix}_r${rank}_on`;

const firstReached = (table: string, m: Milestone, extra = '') =>
  `(SELECT MIN(q.obtained_on) FROM qualification q WHERE q.person_code = ${table}.person_code AND q.kind = '${m.kind}' AND q.level_rank >= ${m.minRank}${extra})`;
const personSql = (escape: (n: string) => string, where: string) =>
  `UPDATE person SET ${PERSON_MILESTONES.map((m) => `${escape(m.column)} = ${firstReached('person', m)}`).join(', ')}${where}`;
const postingSql = (where: string) =>
  `UPDATE posting SET ethnic_language_on = (SELECT MIN(q.obtained_on) FROM qualification q WHERE q.person_code = posting.person_code`
  + ` AND q.kind = 'ETHNIC_LANGUAGE' AND q.language = posting.area_ethnic_language)${where}`;

/** Recomputes the milestones of these people and their postings (all when omitted), inside the caller's transaction. */
export async function recomputeMilestones(m: EntityManager, personCodes?: string[]): Promise<void> {
  const escape = m.connection.driver.escape.bind(m.connection.driver);
  if (!personCodes) {
    await m.query(personSql(escape, ''));
    await m.query(postingSql(''));
    return;
  }
  const unique = [...new Set(personCodes)];
  for (let i = 0; i < unique.length; i += 1000) {
    const chunk = unique.slice(i, i + 1000);
    const where = ` WHERE person_code IN (${chunk.map(() => '?').join(', ')})`;
    await m.query(personSql(escape, where), chunk);
    await m.query(postingSql(where), chunk);
  }
}

/** Frozen as applied: the milestone columns on person, filled for rows written before. */
export class AddPersonMilestones1764000000410 implements MigrationInterface {
  name = 'AddPersonMilestones1764000000410';
  private readonly columns: Milestone[] = [...PERSON_MILESTONES, { column: 'ethnic_language_on', kind: 'ETHNIC_LANGUAGE', minRank: 1 }];
  async up(qr: QueryRunner): Promise<void> {
    const escape = qr.connection.driver.escape.bind(qr.connection.driver);
    await qr.addColumns('person', this.columns.map((m) => new TableColumn(column.date(m.column))));
    const sets = this.columns.map((m) => `${escape(m.column)} = ${firstReached('person', m, m.kind === 'ETHNIC_LANGUAGE' ? ' AND q.language = person.area_ethnic_language' : '')}`);
    await qr.query(`UPDATE person SET ${sets.join(', ')}`);
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropColumns('person', this.columns.map((m) => m.column));
  }
}

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
