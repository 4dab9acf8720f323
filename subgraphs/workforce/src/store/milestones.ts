import { TableColumn, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { column } from '@lsp/shared';
import { LEVELS } from '../domain/catalogue';

/**
 * Milestones: for each person, the date each qualification threshold was first reached (general education rank
 * 1–3, professional 1–5, political theory 1–3, management training, IT and foreign-language certificates, the
 * posting area's ethnic language). Derived from the qualification table inside the same transaction as every
 * write, so indicator counts are one scan of `person` ("reached by 31 December" = milestone <= that date),
 * however many qualifications there are.
 */
export interface Milestone {
  column: string;
  kind: string;
  minRank: number;
  /** Only a qualification in the language of the person's posting area counts. */
  areaLanguage?: boolean;
}

const ranked = (prefix: string, kind: keyof typeof LEVELS): Milestone[] =>
  LEVELS[kind].map((_, i) => ({ column: `${prefix}_r${i + 1}_on`, kind, minRank: i + 1 }));

export const MILESTONES: Milestone[] = [
  ...ranked('education', 'GENERAL_EDUCATION'),
  ...ranked('professional', 'PROFESSIONAL'),
  ...ranked('political', 'POLITICAL_THEORY'),
  { column: 'management_on', kind: 'MANAGEMENT_TRAINING', minRank: 1 },
  { column: 'it_on', kind: 'IT_CERTIFICATE', minRank: 1 },
  { column: 'foreign_language_on', kind: 'FOREIGN_LANGUAGE', minRank: 1 },
  { column: 'ethnic_language_on', kind: 'ETHNIC_LANGUAGE', minRank: 1, areaLanguage: true },
];

/** The milestone column of a rank threshold, e.g. ('education', 2) -> education_r2_on. */
export const rankColumn = (prefix: 'education' | 'professional' | 'political', rank: number) => `${prefix}_r${rank}_on`;

export class AddPersonMilestones1764000000410 implements MigrationInterface {
  name = 'AddPersonMilestones1764000000410';
  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumns('person', MILESTONES.map((m) => new TableColumn(column.date(m.column))));
    // Rows written before this migration get their milestones now.
    await qr.query(recomputeSql(qr.connection.driver.escape.bind(qr.connection.driver)));
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropColumns('person', MILESTONES.map((m) => m.column));
  }
}

function recomputeSql(escape: (n: string) => string, where = ''): string {
  const sets = MILESTONES.map((m) => `${escape(m.column)} = (SELECT MIN(q.obtained_on) FROM qualification q WHERE q.person_code = person.person_code`
    + ` AND q.kind = '${m.kind}' AND q.level_rank >= ${m.minRank}${m.areaLanguage ? ' AND q.language = person.area_ethnic_language' : ''})`);
  return `UPDATE person SET ${sets.join(', ')}${where}`;
}

/** Recomputes the milestones of these people (all people when omitted), inside the caller's transaction. */
export async function recomputeMilestones(m: EntityManager, personCodes?: string[]): Promise<void> {
  const escape = m.connection.driver.escape.bind(m.connection.driver);
  if (!personCodes) {
    await m.query(recomputeSql(escape));
    return;
  }
  const unique = [...new Set(personCodes)];
  for (let i = 0; i < unique.length; i += 1000) {
    const chunk = unique.slice(i, i + 1000);
    await m.query(recomputeSql(escape, ` WHERE person_code IN (${chunk.map(() => '?').join(', ')})`), chunk);
  }
}
