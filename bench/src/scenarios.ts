import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FloorScenario } from './floor';

/**
 * The benchmark's queries, in one place, on the year-scoped tree (the units that reported in that year).
 * The dashboard and target progress are the platform's persisted operations (gateway/operations), so the
 * benchmark measures what the README and the BI exports ask; "ranking" is every commune's total, grade and
 * coverage; the district page is one district's communes with their components.
 */
export interface Scenario {
  id: 'dashboard' | 'totals' | 'current' | 'district' | 'progress';
  title: string;
  query: string;
  variables?: Record<string, unknown>;
  floor?: FloorScenario;
}

export const BENCH_YEAR = 2015;
/** The last year of the demo data, read on today's boundaries by the `current` scenario. */
export const CURRENT_YEAR = 2024;
const operation = (file: string) => readFileSync(join(__dirname, '..', '..', 'gateway', 'operations', file), 'utf8');
const COMPONENTS = 'components { indicator source clause value numerator denominator target points weight status provenance }';

export const scenariosFor = (provinceCode: string, districtCode: string, year = BENCH_YEAR): Scenario[] => [
  {
    id: 'dashboard',
    title: `dashboard: every commune, score + components, ${year}`,
    query: operation('learning-society-dashboard.graphql'),
    variables: { province: provinceCode, year },
    floor: { kind: 'dashboard', year, provinceCode },
  },
  {
    id: 'totals',
    title: `ranking: every commune, total/grade/coverage, ${year}`,
    query: `{ province(code: "${provinceCode}") { inYear(year: ${year}) { districts { districtCode communes { communeCode learningSociety { total grade coverage } } } } } }`,
    floor: { kind: 'dashboard', year, provinceCode },
  },
  {
    // Today's communes (valid on 01/07/2025) read in 2024 on today's boundaries: each from its predecessors' facts.
    id: 'current',
    title: `ranking: today's communes on today's boundaries, total/grade/coverage, ${CURRENT_YEAR}`,
    query: `{ province(code: "${provinceCode}") { communes(validOn: "2025-07-01") { code inYear(year: ${CURRENT_YEAR}, boundaries: CURRENT) { communeCode learningSociety { total grade coverage } } } } }`,
  },
  {
    id: 'district',
    title: `district page: one district's communes with components, ${year}`,
    query: `{ district(code: "${districtCode}") { inYear(year: ${year}) { districtCode communes { communeCode learningSociety { total grade coverage ${COMPONENTS} } } } } }`,
    floor: { kind: 'dashboard', year, provinceCode, districtCode },
  },
  {
    id: 'progress',
    title: `target progress: province + districts, ${year}`,
    query: operation('target-progress.graphql'),
    variables: { province: provinceCode, year },
    floor: { kind: 'progress', year, provinceCode },
  },
];
