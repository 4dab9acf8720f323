import { STATISTICS_COUNTS, type StatisticsCountField } from '../src/store';

export type Counts = Record<StatisticsCountField, number>;

/** A plausible, internally consistent commune-year of counts; `over` replaces single fields. */
export function counts(over: Partial<Counts> = {}): Counts {
  return {
    childrenUnder3: 200, under3InNursery: 50, under3InNurseryNonPublic: 5,
    children3To5: 210, age3To5InKindergarten: 190, age3To5InKindergartenNonPublic: 4,
    childrenAge5: 70, age5InKindergarten: 69,
    childrenAge6: 72, age6EnteringGrade1: 71,
    outOfSchool6To10: 10, outOfSchool6To10InFlexible: 7, outOfSchool11To14: 12, outOfSchool11To14InFlexible: 9,
    population15To35Male: 900, population15To35Female: 880, literate15To35Male: 890, literate15To35Female: 850,
    workingAgeMale: 1500, workingAgeFemale: 1480, illiterateWorkingAgeMale: 30, illiterateWorkingAgeFemale: 50,
    ...over,
  };
}

export const STATISTICS_HEADER = ['communeCode', 'year', ...STATISTICS_COUNTS.map(([f]) => f)];

/** A statistics CSV (header = input field names) from rows. */
export function statisticsCsv(rows: Array<{ communeCode: string; year: number | string } & Partial<Record<StatisticsCountField, number | string>>>): string {
  return [STATISTICS_HEADER.join(','), ...rows.map((r) => STATISTICS_HEADER.map((h) => String((r as Record<string, unknown>)[h] ?? '')).join(','))].join('\n');
}

export const RATE = 'numerator denominator value unitsReporting unitsExpected indicatorCode';
