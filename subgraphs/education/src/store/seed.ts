import type { DataSource } from 'typeorm';
import { between, bulkWrite, clamp, difficulty, intBetween, nowIso, refreshFacts, rng, type AdminUnit, type AdminUnits, type Logger } from '@lsp/shared';
import { educationFacts } from '../indicators/facts';
import { LEARNING_CENTRE_RATINGS, LearningCentreEntity, type LearningCentreRow } from './community-learning-centre';
import { ContinuingEducationCentreEntity, type ContinuingEducationCentreRow as StoredCentre } from './continuing-education-centre';
import { EducationStatisticsEntity, type EducationStatisticsRow as StoredStatistics } from './education-statistics';
import { SteeringCommitteeEntity, type SteeringCommitteeRow as StoredCommittee } from './steering-committee';

/** Generated rows carry no updatedAt: the seed stamps them when it writes. */
type EducationStatisticsRow = Omit<StoredStatistics, 'updatedAt'>;
type ContinuingEducationCentreRow = Omit<StoredCentre, 'updatedAt'>;
type SteeringCommitteeRow = Omit<StoredCommittee, 'updatedAt'>;
type LearningCentre = Omit<LearningCentreRow, 'updatedAt'>;

export const SEED_FIRST_YEAR = 2012;
export const SEED_LAST_YEAR = 2024;

/** Progress of the programme over the seeded years, 0 in 2012 to 1 in 2024. */
const progress = (year: number) => (year - SEED_FIRST_YEAR) / (SEED_LAST_YEAR - SEED_FIRST_YEAR);
const noise = (r: () => number, amplitude: number) => (r() * 2 - 1) * amplitude;
const unitKey = (u: AdminUnit) => `${u.code}:${u.validFrom ?? ''}`;

/**
 * SYNTHETIC education statistics for one reporting commune and year: rates drawn around the programme's
 * targets (QĐ 354/QĐ-UBND II.2.1, II.2.2), improving over the years and lower in more difficult communes
 * (shared difficulty(): urban 0 to extremely difficult border highland ~1), then turned into counts.
 */
export function syntheticStatistics(unit: AdminUnit, year: number): EducationStatisticsRow {
  const d = difficulty(unit.code, unit.type);
  const p = progress(year);
  const size = rng(`edu-size:${unitKey(unit)}`);
  const basePopulation = unit.type === 'Phường' ? intBetween(size, 8000, 16000) : unit.type === 'Thị trấn' ? intBetween(size, 6000, 12000) : intBetween(size, 3000, 9000);
  const population = basePopulation * (1 - 0.3 * d) * Math.pow(1.015, year - SEED_FIRST_YEAR);
  const r = rng(`edu:${unitKey(unit)}:${year}`);
  const count = (whole: number, rate: number) => Math.min(whole, Math.max(0, Math.round(whole * rate)));

  const childrenUnder3 = Math.round(population * between(r, 0.045, 0.06) * (1 + 0.3 * d));
  const under3InNursery = count(childrenUnder3, clamp(0.16 + 0.18 * p - 0.1 * d + noise(r, 0.04), 0.02, 0.6));
  const under3InNurseryNonPublic = count(under3InNursery, clamp(0.02 + 0.25 * (1 - d) ** 2 * (0.5 + p) + noise(r, 0.02), 0, 0.5));
  const children3To5 = Math.round(childrenUnder3 * between(r, 0.95, 1.05));
  const childrenAge5 = Math.round(children3To5 * between(r, 0.31, 0.35));
  const age5InKindergarten = count(childrenAge5, clamp(0.975 + 0.025 * p - 0.02 * d + noise(r, 0.006), 0.9, 1));
  const age3To5InKindergarten = Math.max(age5InKindergarten, count(children3To5, clamp(0.86 + 0.1 * p - 0.06 * d + noise(r, 0.02), 0.6, 1)));
  const age3To5InKindergartenNonPublic = count(age3To5InKindergarten, clamp(0.005 + 0.08 * (1 - d) ** 2 * (0.5 + p) + noise(r, 0.005), 0, 0.3));
  const childrenAge6 = Math.round(childrenAge5 * between(r, 0.95, 1.05));
  const age6EnteringGrade1 = count(childrenAge6, clamp(0.975 + 0.025 * p - 0.015 * d + noise(r, 0.005), 0.9, 1));
  const outOfSchool6To10 = intBetween(r, 0, Math.round(2 + 12 * d));
  const outOfSchool6To10InFlexible = count(outOfSchool6To10, clamp(0.6 + 0.3 * p - 0.1 * d + noise(r, 0.08), 0, 1));
  const outOfSchool11To14 = intBetween(r, 0, Math.round(3 + 15 * d));
  const outOfSchool11To14InFlexible = count(outOfSchool11To14, clamp(0.7 + 0.25 * p - 0.1 * d + noise(r, 0.08), 0, 1));
  const population15To35 = population * between(r, 0.36, 0.4);
  const population15To35Male = Math.round(population15To35 * between(r, 0.49, 0.52));
  const population15To35Female = Math.round(population15To35) - population15To35Male;
  const workingAge = population * between(r, 0.6, 0.66);
  const workingAgeMale = Math.round(workingAge * between(r, 0.49, 0.52));
  const workingAgeFemale = Math.round(workingAge) - workingAgeMale;
  return {
    communeCode: unit.code,
    year,
    childrenUnder3, under3InNursery, under3InNurseryNonPublic,
    children3To5, age3To5InKindergarten, age3To5InKindergartenNonPublic,
    childrenAge5, age5InKindergarten,
    childrenAge6, age6EnteringGrade1,
    outOfSchool6To10, outOfSchool6To10InFlexible, outOfSchool11To14, outOfSchool11To14InFlexible,
    population15To35Male, population15To35Female,
    literate15To35Male: count(population15To35Male, clamp(0.965 + 0.03 * p - 0.03 * d + noise(r, 0.01), 0.85, 1)),
    literate15To35Female: count(population15To35Female, clamp(0.95 + 0.04 * p - 0.06 * d + noise(r, 0.01), 0.8, 1)),
    workingAgeMale, workingAgeFemale,
    illiterateWorkingAgeMale: count(workingAgeMale, clamp(0.02 + 0.06 * d - 0.03 * p + noise(r, 0.008), 0, 0.2)),
    illiterateWorkingAgeFemale: count(workingAgeFemale, clamp(0.03 + 0.1 * d - 0.04 * p + noise(r, 0.01), 0, 0.25)),
    synthetic: true,
  };
}

function shiftDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** SYNTHETIC community learning centre of a commune in a year: most were founded before the programme. */
export function syntheticLearningCentre(unit: AdminUnit, year: number): LearningCentre {
  const d = difficulty(unit.code, unit.type);
  const founded = rng(`clc-founded:${unitKey(unit)}`);
  const foundedYear = intBetween(founded, 2004, d > 0.6 ? 2016 : 2012);
  const establishedOn = `${foundedYear}-${String(intBetween(founded, 1, 12)).padStart(2, '0')}-15`;
  if (foundedYear > year) return { communeCode: unit.code, year, established: false, establishedOn: null, rating: null, learners: 0, activities: 0, synthetic: true };
  const r = rng(`clc:${unitKey(unit)}:${year}`);
  const quality = clamp(0.55 + 0.35 * progress(year) - 0.4 * d + noise(r, 0.2), 0, 0.999);
  const rating = LEARNING_CENTRE_RATINGS[3 - Math.floor(quality * 4)];
  const population = unit.type === 'Phường' ? 12000 : unit.type === 'Thị trấn' ? 9000 : 6000 * (1 - 0.3 * d);
  return {
    communeCode: unit.code, year, established: true, establishedOn, rating,
    learners: Math.round(population * between(r, 0.04, 0.15)), activities: intBetween(r, 4, 24), synthetic: true,
  };
}

/** SYNTHETIC district continuing-education centre: each starts vocational/professional training in a year between 2011 and 2018. */
export function syntheticContinuingEducationCentre(district: AdminUnit, year: number): ContinuingEducationCentreRow {
  const startsVocational = intBetween(rng(`cec:${district.code}`), 2011, 2018);
  return { districtCode: district.code, year, name: `Trung tâm GDTX ${district.name} (SYNTHETIC)`, alsoVocational: year >= startsVocational, synthetic: true };
}

/** SYNTHETIC steering committees: most districts and communes met the V.11 deadlines, some late, a few never recorded a date. */
export function syntheticSteeringCommittees(units: AdminUnits): SteeringCommitteeRow[] {
  // One provincial committee per province code loaded (Sơn La alone by default).
  const rows: SteeringCommitteeRow[] = [...new Set(units.provincesValidOn().map((p) => p.code))]
    .map((unitCode) => ({ level: 'PROVINCE' as const, unitCode, establishedOn: '2013-03-20', decisionRef: 'SYNTHETIC', synthetic: true }));
  const day = (r: () => number) => String(intBetween(r, 1, 28)).padStart(2, '0');
  for (const district of units.allDistricts()) {
    const r = rng(`bcd-district:${district.code}`);
    const month = r() < 0.85 ? intBetween(r, 3, 4) : intBetween(r, 5, 8);
    let establishedOn = `2013-${String(month).padStart(2, '0')}-${day(r)}`;
    // A district formed later (Vân Hồ, 10/06/2013) sets up its committee in its first weeks, never before it existed.
    if (district.validFrom && district.validFrom > establishedOn) establishedOn = shiftDays(district.validFrom, intBetween(r, 5, 40));
    rows.push({ level: 'DISTRICT', unitCode: district.code, establishedOn, decisionRef: 'SYNTHETIC', synthetic: true });
  }
  const communeCodes = new Map<string, AdminUnit>();
  for (let year = SEED_FIRST_YEAR; year <= SEED_LAST_YEAR; year++) for (const u of units.reportingCommunes(year)) if (!communeCodes.has(u.code)) communeCodes.set(u.code, u);
  for (const unit of communeCodes.values()) {
    const r = rng(`bcd-commune:${unit.code}`);
    const d = difficulty(unit.code, unit.type);
    const roll = r();
    let establishedOn: string | null;
    if (roll < 0.02) establishedOn = null;
    else if (roll < 0.1 + 0.15 * d) establishedOn = `2013-${String(intBetween(r, 7, 12)).padStart(2, '0')}-${day(r)}`;
    else establishedOn = `2013-${String(intBetween(r, 4, 6)).padStart(2, '0')}-${day(r)}`;
    // A unit created after 2013 sets up its committee in its first weeks, never before it existed.
    if (establishedOn && unit.validFrom && unit.validFrom > establishedOn) establishedOn = shiftDays(unit.validFrom, intBetween(r, 5, 40));
    rows.push({ level: 'COMMUNE', unitCode: unit.code, establishedOn, decisionRef: establishedOn ? 'SYNTHETIC' : null, synthetic: true });
  }
  return rows;
}

export function syntheticEducationData(units: AdminUnits, firstYear = SEED_FIRST_YEAR, lastYear = SEED_LAST_YEAR) {
  const statistics: EducationStatisticsRow[] = [];
  const learningCentres: LearningCentre[] = [];
  const continuingEducationCentres: ContinuingEducationCentreRow[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (const unit of units.reportingCommunes(year)) {
      statistics.push(syntheticStatistics(unit, year));
      learningCentres.push(syntheticLearningCentre(unit, year));
    }
    for (const district of units.allDistricts()) {
      if (units.isValidOn(district, `${year}-12-31`)) continuingEducationCentres.push(syntheticContinuingEducationCentre(district, year));
    }
  }
  return { statistics, learningCentres, continuingEducationCentres, steeringCommittees: syntheticSteeringCommittees(units) };
}

/**
 * First start: SYNTHETIC statistics, centres and committees into an empty database (the catalogue comes with the
 * migrations), with their indicator facts, in one transaction.
 */
export async function seedEducation(db: DataSource, log: Logger, units: AdminUnits): Promise<void> {
  if ((await db.getRepository(EducationStatisticsEntity).count()) > 0) return;
  const data = syntheticEducationData(units);
  log.info({ statistics: data.statistics.length, learningCentres: data.learningCentres.length }, 'seeding SYNTHETIC education statistics');
  const updatedAt = nowIso();
  const stamp = <T extends object>(rows: T[]) => rows.map((r) => ({ ...r, updatedAt }));
  await db.transaction(async (m) => {
    await bulkWrite(m, EducationStatisticsEntity, stamp(data.statistics));
    await bulkWrite(m, LearningCentreEntity, stamp(data.learningCentres));
    await bulkWrite(m, ContinuingEducationCentreEntity, stamp(data.continuingEducationCentres));
    await bulkWrite(m, SteeringCommitteeEntity, stamp(data.steeringCommittees));
    await refreshFacts(m, educationFacts, await educationFacts.units(m));
  });
}
