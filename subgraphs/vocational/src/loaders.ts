import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { communeYearRowLoader, factsLoader, periodLocksByYearLoader, type UnitYearKey } from '@lsp/shared';
import { vocationalFacts } from './indicators/facts';
import { vocationalStore, type CourseRow, type EnrolmentRow, type ProviderRow, type TrainingGroupRow } from './store';

const unitYearKey = (k: UnitYearKey) => `${k.year}|${k.communeCode}`;
const providerYearKey = (k: { providerCode: string; year: number }) => `${k.year}|${k.providerCode}`;

function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(key(r));
    if (list) list.push(r);
    else out.set(key(r), [r]);
  }
  return out;
}

/** Per-request loaders, named after their key; each batch is one SQL statement. */
export function createLoaders(db: DataSource) {
  const store = vocationalStore(db);
  return {
    /** Indicator facts of a reporting commune and year (the VOC_* indicators read these): one indexed statement per batch. */
    factsByUnitYear: factsLoader(db, vocationalFacts),
    /** Labour-force rows and training groups: the labourForce and vocationalTraining figures (row detail). */
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
