import {
  SYNTHETIC_LABEL, withPreviousYear, rowsOfTerritory, territoryOf, yearEnd,
  type AdminUnits, type IndicatorValue, type Territory, type UnitYearFacts, type YearRef,
} from '@lsp/shared';
import type { CommitteeKey, EducationLoaders } from '../loaders';
import { STATISTICS_COUNTS, type EducationStatisticsRow, type LearningCentreRow, type StatisticsCountField } from '../store';
import { COMMITTEE_INDICATORS, STATISTICS_INDICATORS, STEERING_COMMITTEE_DEADLINES, bySexRate, factRate, uniformList, type EducationRate } from '.';

/**
 * What a year entity (CommuneYear, DistrictYear, ProvinceYear) is made of for education, and its figures.
 * Every read goes through the per-request loaders, so a batch of entities costs one statement per table; the
 * indicators (and the typed rates that are the same ratios) read the indicator facts of the units concerned.
 */
export const SOURCE_RECORDED = 'Recorded by Sở Giáo dục và Đào tạo (mutation or CSV import)';

/** District continuing-education centres that belong to the entity: none for a commune. */
export function centreDistrictsOf(units: AdminUnits, ref: YearRef): string[] {
  if ('communeCode' in ref) return [];
  if ('districtCode' in ref) {
    const d = units.district(ref.districtCode);
    return d && units.isValidOn(d, yearEnd(ref.year)) ? [d.code] : [];
  }
  // The province's districts of that year (every loaded province's for the national root "VN").
  return units.reportingDistricts(ref.year, ref.provinceCode).map((d) => d.code);
}

/**
 * Steering committees a V.11 deadline applies to: the entity's districts (none for a commune) and its reporting
 * communes, each only if the unit existed on that level's deadline (a unit formed later was never due).
 */
export function committeeKeysOf(units: AdminUnits, ref: YearRef, t: Territory): { DISTRICT: CommitteeKey[]; COMMUNE: CommitteeKey[] } {
  const due = (level: 'DISTRICT' | 'COMMUNE') => STEERING_COMMITTEE_DEADLINES[level]!;
  const districts = centreDistrictsOf(units, ref).filter((code) => {
    const d = units.district(code);
    return !!d && units.isValidOn(d, due('DISTRICT'));
  });
  const communes = t.communeCodes.filter((code) => !!units.commune(code, due('COMMUNE')));
  return {
    DISTRICT: districts.map((unitCode): CommitteeKey => ({ level: 'DISTRICT', unitCode })),
    COMMUNE: communes.map((unitCode): CommitteeKey => ({ level: 'COMMUNE', unitCode })),
  };
}

export async function statisticsRows(units: AdminUnits, loaders: EducationLoaders, ref: YearRef): Promise<Array<EducationStatisticsRow | null>> {
  return rowsOfTerritory(loaders.statisticsByCommuneYear, territoryOf(units, ref));
}

export async function learningCentreRows(units: AdminUnits, loaders: EducationLoaders, ref: YearRef): Promise<Array<LearningCentreRow | null>> {
  return rowsOfTerritory(loaders.learningCentreByCommuneYear, territoryOf(units, ref));
}

export async function continuingEducationCentres(units: AdminUnits, loaders: EducationLoaders, ref: YearRef) {
  const keys = centreDistrictsOf(units, ref).map((districtCode) => ({ districtCode, year: ref.year }));
  return Promise.all(keys.map((k) => loaders.continuingEducationCentreByDistrictYear.load(k)));
}

/** The committees due at each V.11 deadline for the entity (null = a unit due but without a recorded committee). */
export async function steeringCommittees(units: AdminUnits, loaders: EducationLoaders, ref: YearRef) {
  const keys = committeeKeysOf(units, ref, territoryOf(units, ref));
  const [district, commune] = await Promise.all([
    Promise.all(keys.DISTRICT.map((k) => loaders.steeringCommitteeByUnit.load(k))), Promise.all(keys.COMMUNE.map((k) => loaders.steeringCommitteeByUnit.load(k))),
  ]);
  // load() per key rather than loadMany(), which returns a failed batch as values (see shared rowsOfTerritory).
  return { DISTRICT: district, COMMUNE: commune };
}

/** The facts of these units in a year (load() per key: a failed batch fails the answer, see shared rowsOfTerritory). */
const factsOf = (loaders: EducationLoaders, unitCodes: string[], year: number): Promise<Array<UnitYearFacts | null>> =>
  Promise.all(unitCodes.map((unitCode) => loaders.factsByUnitYear.load({ unitCode, year })));

type Need = { statistics?: boolean; centres?: boolean; committees?: boolean };
const EVERY: Need = { statistics: true, centres: true, committees: true };

/** The facts an entity's education indicators are computed from (null = that group was not asked). */
export interface EducationFacts {
  stats: Array<UnitYearFacts | null> | null;
  centres: Array<UnitYearFacts | null> | null;
  districtCommittees: Array<UnitYearFacts | null> | null;
  communeCommittees: Array<UnitYearFacts | null> | null;
}

/**
 * The facts of the units each education indicator expects: statistics over the entity's reporting communes, centres
 * over its districts (none for a commune), committees over the units due at each V.11 deadline. Every load is
 * asked in the same tick: one statement per batch. The facts are the loaders' (shared), not copies.
 */
export async function educationFacts(units: AdminUnits, loaders: EducationLoaders, ref: YearRef, need: Need = EVERY): Promise<EducationFacts> {
  const t = territoryOf(units, ref);
  const keys = need.committees ? committeeKeysOf(units, ref, t) : null;
  const code = (k: { unitCode: string }) => k.unitCode;
  const [stats, centres, districtCommittees, communeCommittees] = await Promise.all([
    need.statistics ? factsOf(loaders, t.communeCodes, ref.year) : null,
    need.centres ? factsOf(loaders, centreDistrictsOf(units, ref), ref.year) : null,
    keys ? factsOf(loaders, keys.DISTRICT.map(code), ref.year) : null,
    keys ? factsOf(loaders, keys.COMMUNE.map(code), ref.year) : null,
  ]);
  return { stats, centres, districtCommittees, communeCommittees };
}

/** Every education indicator asked of `educationFacts`, keyed by code (no I/O). */
export function ratesOf(f: EducationFacts): Record<string, EducationRate> {
  const rates: Record<string, EducationRate> = {};
  if (f.stats) for (const c of Object.keys(STATISTICS_INDICATORS)) rates[c] = factRate(c, f.stats);
  if (f.centres) rates.EDU_CEC_ALSO_VOCATIONAL = factRate('EDU_CEC_ALSO_VOCATIONAL', f.centres);
  if (f.districtCommittees) rates.EDU_DISTRICT_COMMITTEE_ON_TIME = factRate(COMMITTEE_INDICATORS.DISTRICT, f.districtCommittees);
  if (f.communeCommittees) rates.EDU_COMMUNE_COMMITTEE_ON_TIME = factRate(COMMITTEE_INDICATORS.COMMUNE, f.communeCommittees);
  return rates;
}

/** Every education indicator of the catalogue (or of the groups in `need`), keyed by code. */
export async function educationRates(units: AdminUnits, loaders: EducationLoaders, ref: YearRef, need: Need = EVERY) {
  return ratesOf(await educationFacts(units, loaders, ref, need));
}

/** The uniform list with each value's previous year (same territory), both years fetched in one statement per table. */
export async function educationIndicatorList(units: AdminUnits, loaders: EducationLoaders, ref: YearRef, previousYear = true): Promise<IndicatorValue[]> {
  const compute = async (r: YearRef) => uniformList(await educationRates(units, loaders, r));
  return previousYear ? withPreviousYear(ref, compute) : compute(ref);
}

export async function preschool(units: AdminUnits, loaders: EducationLoaders, ref: YearRef) {
  const rates = await educationRates(units, loaders, ref, { statistics: true });
  return {
    under3InNursery: rates.EDU_NURSERY_UNDER3,
    nurseryNonPublic: rates.EDU_NURSERY_NONPUBLIC,
    age3To5InKindergarten: rates.EDU_KINDERGARTEN_3_5,
    age3To4InKindergarten: rates.EDU_KINDERGARTEN_3_4,
    kindergartenNonPublic: rates.EDU_KINDERGARTEN_NONPUBLIC,
    age5InKindergarten: rates.EDU_KINDERGARTEN_AGE5,
  };
}

export async function flexibleLearning(units: AdminUnits, loaders: EducationLoaders, ref: YearRef) {
  const rates = await educationRates(units, loaders, ref, { statistics: true });
  return { age6To10: rates.EDU_FLEXIBLE_6_10, age11To14: rates.EDU_FLEXIBLE_11_14 };
}

export async function literacy(units: AdminUnits, loaders: EducationLoaders, ref: YearRef) {
  // The rates by sex are not indicators (no facts): they read the rows, in the same tick as the facts.
  const [rates, rows] = await Promise.all([educationRates(units, loaders, ref, { statistics: true }), statisticsRows(units, loaders, ref)]);
  return {
    literate15To35: rates.EDU_LITERACY_15_35,
    literate15To35Male: bySexRate('literate15To35Male', rows),
    literate15To35Female: bySexRate('literate15To35Female', rows),
    illiterateWorkingAge: rates.EDU_ILLITERACY_WORKING_AGE,
    illiterateWorkingAgeMale: bySexRate('illiterateWorkingAgeMale', rows),
    illiterateWorkingAgeFemale: bySexRate('illiterateWorkingAgeFemale', rows),
  };
}

/** The stored counts summed over the entity's reporting units; null unless every unit has a row. */
export async function educationCounts(units: AdminUnits, loaders: EducationLoaders, ref: YearRef) {
  const rows = await statisticsRows(units, loaders, ref);
  const present = rows.filter((r): r is EducationStatisticsRow => !!r);
  if (present.length === 0 || present.length < rows.length) return null;
  const sums = Object.fromEntries(STATISTICS_COUNTS.map(([prop]) => [prop, present.reduce((s, r) => s + r[prop], 0)])) as Record<StatisticsCountField, number>;
  return { ...sums, reportingUnits: present.length, source: present.some((r) => r.synthetic) ? SYNTHETIC_LABEL : SOURCE_RECORDED };
}

/** Community learning centres of the entity's communes. */
export async function learningCentreSummary(units: AdminUnits, loaders: EducationLoaders, ref: YearRef) {
  const rows = await learningCentreRows(units, loaders, ref);
  const present = rows.filter((r): r is LearningCentreRow => !!r);
  const ratings = (rating: LearningCentreRow['rating']) => present.filter((r) => r.rating === rating).length;
  return {
    communes: rows.length,
    communesReporting: present.length,
    established: present.filter((r) => r.established).length,
    ratedGood: ratings('GOOD'),
    ratedFair: ratings('FAIR'),
    ratedAverage: ratings('AVERAGE'),
    ratedWeak: ratings('WEAK'),
    learners: present.length ? present.reduce((s, r) => s + r.learners, 0) : null,
    activities: present.length ? present.reduce((s, r) => s + r.activities, 0) : null,
    centres: present,
  };
}
