import type { FloorScenario } from './floor';

/**
 * The benchmark's queries, one place. Year 2015 (a target year of QĐ 354/QĐ-UBND). The dashboard asks every
 * commune's learning-society score with its components; "totals" is the ranking (total, grade, coverage of
 * every commune); the district page is one district's communes with components; target progress is the
 * province and its districts.
 */
export interface Scenario {
  id: 'dashboard' | 'totals' | 'district' | 'progress';
  title: string;
  query: string;
  floor?: FloorScenario;
}

export const BENCH_YEAR = 2015;
const COMPONENTS = 'components { indicator value numerator denominator target points weight source status }';

export const scenariosFor = (provinceCode: string, districtCode: string, year = BENCH_YEAR): Scenario[] => [
  {
    id: 'dashboard',
    title: `dashboard: every commune, score + components, ${year}`,
    query: `{ province(code: "${provinceCode}") { districts { code communes { code inYear(year: ${year}) { learningSociety { total grade coverage ${COMPONENTS} } } } } } }`,
    floor: { kind: 'dashboard', year, provinceCode },
  },
  {
    id: 'totals',
    title: `ranking: every commune, total/grade/coverage, ${year}`,
    query: `{ province(code: "${provinceCode}") { districts { code communes { code inYear(year: ${year}) { learningSociety { total grade coverage } } } } } }`,
    floor: { kind: 'dashboard', year, provinceCode },
  },
  {
    id: 'district',
    title: `district page: one district's communes with components, ${year}`,
    query: `{ district(code: "${districtCode}") { code communes { code inYear(year: ${year}) { learningSociety { total grade coverage ${COMPONENTS} } } } } }`,
    floor: { kind: 'dashboard', year, provinceCode, districtCode },
  },
  {
    id: 'progress',
    title: `target progress: province + districts, ${year}`,
    query: `{ province(code: "${provinceCode}") { inYear(year: ${year}) { targetProgress { targetId actual met gap change } } districts { code inYear(year: ${year}) { targetProgress { targetId actual met gap change } } } } }`,
    floor: { kind: 'progress', year, provinceCode },
  },
];
