import {
  NATIONAL_CODE, indicatorsOf, rollUpRatio, syntheticAreaClasses, yearEnd,
  type AdminUnits, type IndicatorValue, type Provenance, type Territory, type UnitYearFacts,
} from '@lsp/shared';
import type { UnitYearCounts } from '../store/posting';

/**
 * The workforce indicators of a year entity (QĐ 354/QĐ-UBND, II.2.2), counted on 31 December of the year:
 * a person counts where posted on that day, with the qualifications obtained by then. Roll-ups are ratios
 * of sums over the units (communes, and district/provincial offices for civil servants) that have data.
 */
export interface WorkforceScope {
  year: number;
  /** Reporting communes of the year entity. */
  communeCodes: string[];
  /** District and provincial offices whose civil servants belong to the entity (none for a commune). */
  officeCodes: string[];
}

export function scopeOf(units: AdminUnits, t: Territory, ref: { districtCode?: string; provinceCode?: string }): WorkforceScope {
  const officeCodes: string[] = [];
  if (ref.districtCode && units.district(ref.districtCode)) officeCodes.push(ref.districtCode);
  if (ref.provinceCode) {
    // The province's office and its districts' of that year; for the national root "VN", every loaded province's.
    if (ref.provinceCode === NATIONAL_CODE) for (const p of units.reportingProvinces(t.year)) officeCodes.push(p.code);
    else officeCodes.push(ref.provinceCode);
    for (const d of units.reportingDistricts(t.year, ref.provinceCode)) officeCodes.push(d.code);
  }
  return { year: t.year, communeCodes: t.communeCodes, officeCodes };
}

/**
 * Highland, border or extremely difficult (vùng cao, biên giới, ĐBKK): the communes whose party cell secretaries
 * and village heads the seed's first II.2.2 targets cover. Area classes are the platform's SYNTHETIC ones
 * (shared syntheticAreaClasses, the same geography publishes), as no public per-commune list was at hand.
 */
export function isHardArea(units: AdminUnits, communeCode: string, year: number): boolean {
  const unit = units.commune(communeCode, yearEnd(year));
  if (!unit) return false;
  const a = syntheticAreaClasses(unit.code, unit.type);
  return a.highland || a.border || a.extremelyDifficult;
}

/** Provenance of a unit's counts: SYNTHETIC when every posting counted came from the generator, IMPORTED when none did. */
export function countsProvenance(c: UnitYearCounts): Provenance {
  if (c.syntheticPostings === 0) return 'IMPORTED';
  return c.syntheticPostings === c.postings ? 'SYNTHETIC' : 'MIXED';
}

export type WorkforceIndicatorCode =
  | 'WF_VILLAGE_LEADERS_LOWER_SECONDARY'
  | 'WF_VILLAGE_LEADERS_MANAGEMENT_POLITICAL'
  | 'WF_KEY_CADRES_LOWER_SECONDARY'
  | 'WF_KEY_CADRES_UPPER_SECONDARY'
  | 'WF_KEY_CADRES_COLLEGE'
  | 'WF_CADRES_ETHNIC_LANGUAGE'
  | 'WF_CIVIL_SERVANTS_STANDARD';

export type WorkforceIndicatorValues = Record<WorkforceIndicatorCode, IndicatorValue>;

/** Numerator and denominator of each indicator in one unit's counts (the facts the department keeps per unit and year). */
export const PARTS: Record<WorkforceIndicatorCode, (c: UnitYearCounts) => [number, number]> = {
  WF_VILLAGE_LEADERS_LOWER_SECONDARY: (c) => [c.villageLeadersLowerSecondary, c.villageLeaders],
  WF_VILLAGE_LEADERS_MANAGEMENT_POLITICAL: (c) => [c.villageLeadersManagementPolitical, c.villageLeaders],
  WF_KEY_CADRES_LOWER_SECONDARY: (c) => [c.keyCadresLowerSecondary, c.keyCadres],
  WF_KEY_CADRES_UPPER_SECONDARY: (c) => [c.keyCadresUpperSecondary, c.keyCadres],
  WF_KEY_CADRES_COLLEGE: (c) => [c.keyCadresCollege, c.keyCadres],
  WF_CADRES_ETHNIC_LANGUAGE: (c) => [c.cadresKnowingLanguage, c.cadresInEthnicAreas],
  WF_CIVIL_SERVANTS_STANDARD: (c) => [c.civilServantsMeetingStandard, c.civilServantsAssessed],
};

/** One unit's counts as its facts: a part per indicator with a denominator (none = no data for it). */
export function countsAsFacts(c: UnitYearCounts | null | undefined): UnitYearFacts | null {
  if (!c) return null;
  const out: UnitYearFacts = new Map();
  for (const [code, f] of Object.entries(PARTS)) {
    const [numerator, denominator] = f(c);
    if (denominator > 0) out.set(code, { numerator, denominator, provenance: countsProvenance(c) });
  }
  return out;
}

/**
 * Computes every workforce indicator of a scope from the facts of its units (null = the unit has no data):
 * commune indicators over its communes (village leaders: the hard-area ones), civil servants over its offices.
 */
export function workforceIndicators(
  units: AdminUnits,
  scope: WorkforceScope,
  factsOf: (unitCode: string) => UnitYearFacts | null,
): WorkforceIndicatorValues {
  const hard = scope.communeCodes.filter((c) => isHardArea(units, c, scope.year));
  const communes = scope.communeCodes.map(factsOf);
  const hardFacts = hard.map(factsOf);
  const offices = scope.officeCodes.map(factsOf);
  const roll = (code: WorkforceIndicatorCode, rows: Array<UnitYearFacts | null>) => rollUpRatio(code, rows.map((f) => f?.get(code) ?? null), rows.length);
  return {
    WF_VILLAGE_LEADERS_LOWER_SECONDARY: roll('WF_VILLAGE_LEADERS_LOWER_SECONDARY', hardFacts),
    WF_VILLAGE_LEADERS_MANAGEMENT_POLITICAL: roll('WF_VILLAGE_LEADERS_MANAGEMENT_POLITICAL', hardFacts),
    WF_KEY_CADRES_LOWER_SECONDARY: roll('WF_KEY_CADRES_LOWER_SECONDARY', communes),
    WF_KEY_CADRES_UPPER_SECONDARY: roll('WF_KEY_CADRES_UPPER_SECONDARY', communes),
    WF_KEY_CADRES_COLLEGE: roll('WF_KEY_CADRES_COLLEGE', communes),
    WF_CADRES_ETHNIC_LANGUAGE: roll('WF_CADRES_ETHNIC_LANGUAGE', communes),
    WF_CIVIL_SERVANTS_STANDARD: roll('WF_CIVIL_SERVANTS_STANDARD', offices),
  };
}

/** The uniform list, in catalogue order: every workforce indicator of shared INDICATORS. */
export function indicatorList(values: WorkforceIndicatorValues): IndicatorValue[] {
  return indicatorsOf('workforce').map((d) => values[d.code as WorkforceIndicatorCode] ?? rollUpRatio(d.code, [], 0));
}
