import { TableColumn, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { column } from '@lsp/shared';
import { LEVELS } from '../datasets/reference-lists';

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

/**
 * The milestone columns on person, filled for rows written before. The columns follow the catalogue's levels
 * (PERSON_MILESTONES): a level added to the catalogue later needs its own migration adding its column.
 */
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
