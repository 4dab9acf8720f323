import { combineProvenance, indicatorsOf, rollUpRatio, rowProvenance, type IndicatorValue, type RatioPart, type UnitYearFacts } from '@lsp/shared';
import type { ContinuingEducationCentreRow, EducationStatisticsRow, SteeringCommitteeLevel, SteeringCommitteeRow } from '../store';

/**
 * Education indicators from stored counts. Each unit's part of an indicator (numerator, denominator, provenance)
 * is defined here from its row and kept as an indicator fact (facts.ts); every figure is a ratio of sums of the
 * facts of the units it covers (shared rollUpRatio); a unit without a row is missing, never zero.
 */
type Ratio = (r: EducationStatisticsRow) => Omit<RatioPart, 'provenance'>;

export const STATISTICS_INDICATORS: Record<string, Ratio> = {
  EDU_NURSERY_UNDER3: (r) => ({ numerator: r.under3InNursery, denominator: r.childrenUnder3 }),
  EDU_NURSERY_NONPUBLIC: (r) => ({ numerator: r.under3InNurseryNonPublic, denominator: r.under3InNursery }),
  EDU_KINDERGARTEN_3_5: (r) => ({ numerator: r.age3To5InKindergarten, denominator: r.children3To5 }),
  // "từ 3 đến dưới 5 tuổi" (the 2020 target): the 3–5 counts less the five-year-olds, who are counted on their own.
  EDU_KINDERGARTEN_3_4: (r) => ({ numerator: r.age3To5InKindergarten - r.age5InKindergarten, denominator: r.children3To5 - r.childrenAge5 }),
  EDU_KINDERGARTEN_NONPUBLIC: (r) => ({ numerator: r.age3To5InKindergartenNonPublic, denominator: r.age3To5InKindergarten }),
  EDU_KINDERGARTEN_AGE5: (r) => ({ numerator: r.age5InKindergarten, denominator: r.childrenAge5 }),
  EDU_GRADE1_AGE6: (r) => ({ numerator: r.age6EnteringGrade1, denominator: r.childrenAge6 }),
  EDU_FLEXIBLE_6_10: (r) => ({ numerator: r.outOfSchool6To10InFlexible, denominator: r.outOfSchool6To10 }),
  EDU_FLEXIBLE_11_14: (r) => ({ numerator: r.outOfSchool11To14InFlexible, denominator: r.outOfSchool11To14 }),
  EDU_LITERACY_15_35: (r) => ({ numerator: r.literate15To35Male + r.literate15To35Female, denominator: r.population15To35Male + r.population15To35Female }),
  EDU_ILLITERACY_WORKING_AGE: (r) => ({ numerator: r.illiterateWorkingAgeMale + r.illiterateWorkingAgeFemale, denominator: r.workingAgeMale + r.workingAgeFemale }),
};

/** Rates by sex: not in the platform catalogue (no target of their own), published as typed fields only. */
export const BY_SEX_RATES: Record<string, Ratio> = {
  literate15To35Male: (r) => ({ numerator: r.literate15To35Male, denominator: r.population15To35Male }),
  literate15To35Female: (r) => ({ numerator: r.literate15To35Female, denominator: r.population15To35Female }),
  illiterateWorkingAgeMale: (r) => ({ numerator: r.illiterateWorkingAgeMale, denominator: r.workingAgeMale }),
  illiterateWorkingAgeFemale: (r) => ({ numerator: r.illiterateWorkingAgeFemale, denominator: r.workingAgeFemale }),
};

/** A typed education rate: an indicator value, with its catalogue code when it has one. */
export interface EducationRate extends IndicatorValue {
  indicatorCode: string | null;
}

// Object literals, not spreads: a spread copy is a dictionary-mode object, and a national ranking makes these for
// every indicator of every commune (asRate and uniformList were a fifth of education's own time there).
const asRate = (v: IndicatorValue, catalogued = true): EducationRate => ({
  code: v.code, numerator: v.numerator, denominator: v.denominator, value: v.value, unit: v.unit,
  unitsReporting: v.unitsReporting, unitsExpected: v.unitsExpected, provenance: v.provenance, indicatorCode: catalogued ? v.code : null,
});

/** A commune's part of each statistics indicator (a zero whole is kept: the commune reported, its value is null). */
export function statisticsParts(r: EducationStatisticsRow): Array<[string, RatioPart]> {
  return Object.entries(STATISTICS_INDICATORS).map(([code, ratio]) => [code, { ...ratio(r), provenance: rowProvenance(r.synthetic) }]);
}

/**
 * An indicator over the units an entity expects (communes for statistics and commune committees, districts for
 * centres and district committees), from their facts (null = no fact of the unit that year). No units expected
 * (a district figure on a commune): value null, 0 expected.
 */
export function factRate(code: string, facts: Array<UnitYearFacts | null>): EducationRate {
  return asRate(rollUpRatio(code, facts.map((f) => f?.get(code) ?? null), facts.length));
}

/** A percentage of sums for a figure outside the catalogue (same arithmetic as rollUpRatio). */
export function bySexRate(name: keyof typeof BY_SEX_RATES, rows: Array<EducationStatisticsRow | null>): EducationRate {
  const ratio = BY_SEX_RATES[name];
  const withData = rows.filter((r): r is EducationStatisticsRow => !!r);
  const present = withData.map(ratio);
  const base = {
    code: name, unit: 'percent' as const, unitsReporting: present.length, unitsExpected: rows.length, indicatorCode: null,
    provenance: combineProvenance(withData.map((r) => rowProvenance(r.synthetic))),
  };
  if (present.length === 0) return { ...base, numerator: null, denominator: null, value: null };
  const numerator = present.reduce((s, p) => s + p.numerator, 0);
  const denominator = present.reduce((s, p) => s + p.denominator, 0);
  return { ...base, numerator, denominator, value: denominator > 0 ? Math.round((numerator / denominator) * 10000) / 100 : null };
}

/** A district centre's part of EDU_CEC_ALSO_VOCATIONAL (the figure is over the district centres of an entity; none for a commune). */
export const centrePart = (c: ContinuingEducationCentreRow): RatioPart => ({ numerator: c.alsoVocational ? 1 : 0, denominator: 1, provenance: rowProvenance(c.synthetic) });

/**
 * V.11 deadlines: district committees before 5/2013, commune committees before 7/2013 (QĐ 354/QĐ-UBND,
 * "trước tháng 5/2013", "trước tháng 7/2013"), i.e. established on or before the last day of the month
 * before. Two targets, so two indicators, each over the units that existed on its deadline (Vân Hồ, formed on
 * 10/06/2013, is not among the districts due by 30/04/2013). The province committee has no deadline in the seed.
 */
export const STEERING_COMMITTEE_DEADLINES: Partial<Record<SteeringCommitteeLevel, string>> = { DISTRICT: '2013-04-30', COMMUNE: '2013-06-30' };

export const establishedOnTime = (c: SteeringCommitteeRow): boolean => {
  const deadline = STEERING_COMMITTEE_DEADLINES[c.level];
  return !!deadline && c.establishedOn !== null && c.establishedOn <= deadline;
};

export const COMMITTEE_INDICATORS = { DISTRICT: 'EDU_DISTRICT_COMMITTEE_ON_TIME', COMMUNE: 'EDU_COMMUNE_COMMITTEE_ON_TIME' } as const;

/**
 * A committee's part of its level's V.11 indicator: the share of the units due at a level's deadline whose
 * committee was established by it (a unit without a row is missing). It does not depend on the year.
 */
export const committeePart = (c: SteeringCommitteeRow): RatioPart => ({ numerator: establishedOnTime(c) ? 1 : 0, denominator: 1, provenance: rowProvenance(c.synthetic) });

/** The department's uniform list, in catalogue order: what the learning-society score will read. */
export function uniformList(rates: Record<string, EducationRate>): IndicatorValue[] {
  return indicatorsOf('education').map((def) => {
    const r = rates[def.code];
    if (!r) throw new Error(`education indicator ${def.code} has no computation`);
    const value: IndicatorValue = {
      code: r.code, numerator: r.numerator, denominator: r.denominator, value: r.value, unit: r.unit,
      unitsReporting: r.unitsReporting, unitsExpected: r.unitsExpected, provenance: r.provenance,
    };
    if (r.previousValue !== undefined) value.previousValue = r.previousValue;
    return value;
  });
}
