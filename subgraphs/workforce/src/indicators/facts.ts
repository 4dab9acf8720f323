import { unitsOfChanges, type AuditChange, type ComputedFact, type FactSource } from '@lsp/shared';
import type { EntityManager } from 'typeorm';
import { CIVIL_SERVANT_POSITIONS } from '../datasets/reference-lists';
import { PostingRepository } from '../store/posting';
import { countsAsFacts } from '.';

/**
 * The workforce facts (shared kit facts.ts): per posting unit (commune, district or provincial office) and year,
 * each indicator's numerator and denominator from the counts statement of store/posting.ts, with the
 * provenance of the postings counted.
 */
export const workforceFacts: FactSource = {
  async compute(m, unitCodes, years) {
    const counts = await new PostingRepository(m.connection).countsByUnitYear(years, unitCodes, m);
    const out: ComputedFact[] = [];
    for (const c of counts) {
      for (const [indicatorCode, p] of countsAsFacts(c) ?? []) {
        out.push({ year: c.year, unitCode: c.communeCode, indicatorCode, numerator: p.numerator, denominator: p.denominator, provenance: p.provenance });
      }
    }
    return out;
  },
  async units(m) {
    return ((await m.query('SELECT DISTINCT unit_code AS u FROM posting')) as Array<{ u: string }>).map((r) => String(r.u));
  },
};

const inList = (xs: string[]) => xs.map(() => '?').join(', ');
/** People per unit lookup (bound parameters stay under SQLite's 32,766). */
const PEOPLE_CHUNK = 10000;

/**
 * The units whose facts a write changes: the units of the postings written or deleted, every unit of the people
 * whose person fields, qualifications or milestones changed, and every office holding civil servants when a
 * position standard changed. Training records change no indicator.
 */
export async function unitsTouched(m: EntityManager, changes: AuditChange[]): Promise<string[]> {
  const units = unitsOfChanges(changes, { Posting: 'unitCode' });
  const people = unitsOfChanges(changes, { Person: 'personCode', Posting: 'personCode', Qualification: 'personCode' });
  const standards = changes.some((c) => c.entity === 'PositionStandard');
  const codes = [...people];
  for (let i = 0; i < codes.length; i += PEOPLE_CHUNK) {
    const part = codes.slice(i, i + PEOPLE_CHUNK);
    const rows = (await m.query(`SELECT DISTINCT unit_code AS u FROM posting WHERE person_code IN (${inList(part)})`, part)) as Array<{ u: string }>;
    rows.forEach((r) => units.add(String(r.u)));
  }
  if (standards) {
    const cs = [...CIVIL_SERVANT_POSITIONS];
    const rows = (await m.query(`SELECT DISTINCT unit_code AS u FROM posting WHERE position IN (${inList(cs)})`, cs)) as Array<{ u: string }>;
    rows.forEach((r) => units.add(String(r.u)));
  }
  return [...units];
}
