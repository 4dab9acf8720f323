import { refreshFacts, unitsOfChanges, type AuditChange, type ComputedFact, type FactSource } from '@lsp/shared';
import { In, type EntityManager } from 'typeorm';
import { ContinuingEducationCentreEntity, EducationStatisticsEntity, SteeringCommitteeEntity } from '../store';
import { COMMITTEE_INDICATORS, centrePart, committeePart, statisticsParts } from '.';

/**
 * The education facts (shared kit facts.ts), per unit and year:
 * - a commune's statistics indicators, from its commune_education_year row (a zero whole is kept: the commune
 *   reported, so it counts as reporting with a null value, as it did when read from the rows);
 * - a district's EDU_CEC_ALSO_VOCATIONAL, from its continuing-education centre of the year (1 or 0 over 1);
 * - EDU_DISTRICT_COMMITTEE_ON_TIME of a district and EDU_COMMUNE_COMMITTEE_ON_TIME of a commune, from its steering
 *   committee (1 or 0 over 1), the same in every year (a committee has no year). The province committee has
 *   no indicator.
 * Which units an entity expects (its communes, its districts, those due at a V.11 deadline) stays with the read
 * (year-figures.ts), so a district figure on a commune still expects 0 units.
 */
const COMMITTEE_LEVELS = Object.keys(COMMITTEE_INDICATORS) as Array<keyof typeof COMMITTEE_INDICATORS>;

export const educationFacts: FactSource = {
  zeroDenominatorIsData: true,
  async compute(m, unitCodes, years) {
    if (unitCodes.length === 0 || years.length === 0) return [];
    // Three statements, one per table, one after the other (a transaction's connection runs one at a time).
    const statistics = await m.getRepository(EducationStatisticsEntity).find({ where: { year: In(years), communeCode: In(unitCodes) } });
    const centres = await m.getRepository(ContinuingEducationCentreEntity).find({ where: { year: In(years), districtCode: In(unitCodes) } });
    const committees = await m.getRepository(SteeringCommitteeEntity).find({ where: { unitCode: In(unitCodes), level: In(COMMITTEE_LEVELS) } });
    const out: ComputedFact[] = [];
    for (const r of statistics) {
      for (const [indicatorCode, p] of statisticsParts(r)) out.push({ year: r.year, unitCode: r.communeCode, indicatorCode, ...p });
    }
    for (const c of centres) out.push({ year: c.year, unitCode: c.districtCode, indicatorCode: 'EDU_CEC_ALSO_VOCATIONAL', ...centrePart(c) });
    for (const c of committees) {
      const indicatorCode = COMMITTEE_INDICATORS[c.level as keyof typeof COMMITTEE_INDICATORS];
      for (const year of years) out.push({ year, unitCode: c.unitCode, indicatorCode, ...committeePart(c) });
    }
    return out;
  },
  async units(m) {
    const rows = (await m.query(
      `SELECT commune_code AS u FROM commune_education_year UNION SELECT district_code AS u FROM continuing_education_centre_year
       UNION SELECT unit_code AS u FROM steering_committee WHERE level IN (${COMMITTEE_LEVELS.map(() => '?').join(', ')})`,
      COMMITTEE_LEVELS,
    )) as Array<{ u: string }>;
    return rows.map((r) => String(r.u));
  },
};

/**
 * The units whose facts a write changes: the commune of a statistics row, the district of a centre, the unit of
 * a steering committee (before and after: a deletion too). Community learning centres feed no indicator.
 */
export function unitsTouched(changes: AuditChange[]): string[] {
  return [...unitsOfChanges(changes, { EducationStatistics: 'communeCode', ContinuingEducationCentre: 'districtCode', SteeringCommittee: 'unitCode' })];
}

/** The afterWrite of every dataset feeding an indicator: the facts of the units it touched, in the write's transaction. */
export async function refreshTouchedFacts(m: EntityManager, changes: AuditChange[]): Promise<[]> {
  await refreshFacts(m, educationFacts, unitsTouched(changes));
  return [];
}
