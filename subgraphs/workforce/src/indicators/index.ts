import {
  indicatorsOf, rollUpRatio, syntheticAreaClasses, yearEnd,
  type AdminUnits, type IndicatorValue, type Provenance, type RatioPart, type Territory,
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
    officeCodes.push(ref.provinceCode);
    for (const d of units.allDistricts()) if (units.isValidOn(d, yearEnd(t.year))) officeCodes.push(d.code);
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

/** Computes every workforce indicator of a scope from the per-unit counts (null count = the unit has no data). */
export function workforceIndicators(
  units: AdminUnits,
  scope: WorkforceScope,
  countsOf: (unitCode: string) => UnitYearCounts | null,
): WorkforceIndicatorValues {
  const hard = scope.communeCodes.filter((c) => isHardArea(units, c, scope.year));
  const communes = scope.communeCodes.map(countsOf);
  const hardCounts = hard.map(countsOf);
  const offices = scope.officeCodes.map(countsOf);
  const roll = (code: WorkforceIndicatorCode, rows: Array<UnitYearCounts | null>, f: (c: UnitYearCounts) => RatioPart | null) =>
    rollUpRatio(code, rows.map((c) => (c ? f(c) : null)), rows.length);
  const part = (numerator: number, denominator: number, c: UnitYearCounts): RatioPart | null =>
    (denominator > 0 ? { numerator, denominator, provenance: countsProvenance(c) } : null);
  return {
    WF_VILLAGE_LEADERS_LOWER_SECONDARY: roll('WF_VILLAGE_LEADERS_LOWER_SECONDARY', hardCounts, (c) => part(c.villageLeadersLowerSecondary, c.villageLeaders, c)),
    WF_VILLAGE_LEADERS_MANAGEMENT_POLITICAL: roll('WF_VILLAGE_LEADERS_MANAGEMENT_POLITICAL', hardCounts, (c) => part(c.villageLeadersManagementPolitical, c.villageLeaders, c)),
    WF_KEY_CADRES_LOWER_SECONDARY: roll('WF_KEY_CADRES_LOWER_SECONDARY', communes, (c) => part(c.keyCadresLowerSecondary, c.keyCadres, c)),
    WF_KEY_CADRES_UPPER_SECONDARY: roll('WF_KEY_CADRES_UPPER_SECONDARY', communes, (c) => part(c.keyCadresUpperSecondary, c.keyCadres, c)),
    WF_KEY_CADRES_COLLEGE: roll('WF_KEY_CADRES_COLLEGE', communes, (c) => part(c.keyCadresCollege, c.keyCadres, c)),
    WF_CADRES_ETHNIC_LANGUAGE: roll('WF_CADRES_ETHNIC_LANGUAGE', communes, (c) => part(c.cadresKnowingLanguage, c.cadresInEthnicAreas, c)),
    WF_CIVIL_SERVANTS_STANDARD: roll('WF_CIVIL_SERVANTS_STANDARD', offices, (c) => part(c.civilServantsMeetingStandard, c.civilServantsAssessed, c)),
  };
}

/** The uniform list, in catalogue order: every workforce indicator of shared INDICATORS. */
export function indicatorList(values: WorkforceIndicatorValues): IndicatorValue[] {
  return indicatorsOf('workforce').map((d) => values[d.code as WorkforceIndicatorCode] ?? rollUpRatio(d.code, [], 0));
}
