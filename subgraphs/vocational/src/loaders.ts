import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { communeYearRowLoader, periodLocksByYearLoader, type UnitYearKey } from '@lsp/shared';
import { vocationalStore, type CourseRow, type EnrolmentRow, type ProviderRow, type TrainingGroupRow } from './store';

const unitYearKey = (k: UnitYearKey) => `${k.year}|${k.communeCode}`;
const providerYearKey = (k: { providerCode: string; year: number }) => `${k.year}|${k.providerCode}`;

function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return out;
}

/** Per-request loaders, named after their key; each batch is one SQL statement. */
export function createLoaders(db: DataSource) {
  const store = vocationalStore(db);
  return {
    labourForceByCommuneYear: communeYearRowLoader((years, codes) => store.labourForce.ofCommuneYears(years, codes)),
    trainingGroupsByCommuneYear: new DataLoader<UnitYearKey, TrainingGroupRow[], string>(
      async (keys) => {
        const rows = await store.courses.trainingGroups([...new Set(keys.map((k) => k.year))], [...new Set(keys.map((k) => k.communeCode))]);
        const byKey = groupBy(rows, unitYearKey);
        return keys.map((k) => byKey.get(unitYearKey(k)) ?? []);
      },
      { cacheKeyFn: unitYearKey, maxBatchSize: 20000 },
    ),
    yearHasCourses: new DataLoader<number, boolean>(async (years) => {
      const present = new Set(await store.courses.yearsWithCourses([...years]));
      return years.map((y) => present.has(y));
    }),
    providerByCode: new DataLoader<string, ProviderRow | null>(async (codes) => {
      const byCode = new Map((await store.providers.byCodes([...codes])).map((p) => [p.code, p]));
      return codes.map((c) => byCode.get(c) ?? null);
    }),
    coursesByProviderYear: new DataLoader<{ providerCode: string; year: number }, CourseRow[], string>(
      async (keys) => {
        const rows = await store.courses.ofProviders([...new Set(keys.map((k) => k.providerCode))], [...new Set(keys.map((k) => k.year))]);
        const byKey = groupBy(rows, providerYearKey);
        return keys.map((k) => byKey.get(providerYearKey(k)) ?? []);
      },
      { cacheKeyFn: providerYearKey },
    ),
    enrolmentsByCourse: new DataLoader<string, EnrolmentRow[]>(async (codes) => {
      const byCourse = groupBy(await store.courses.enrolmentsOf([...codes]), (e) => e.courseCode);
      return codes.map((c) => byCourse.get(c) ?? []);
    }),
    periodLocksByYear: periodLocksByYearLoader(db, 'vocational'),
  };
}
export type VocationalLoaders = ReturnType<typeof createLoaders>;
