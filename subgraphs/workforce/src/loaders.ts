import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { factsLoader, periodLocksByYearLoader, yearEnd } from '@lsp/shared';
import { workforceFacts } from './indicators/facts';
import type { WorkforceIndicatorValues } from './indicators';
import { workforceStore, type PersonRow, type PostingRow, type QualificationRow, type TrainingRecordRow } from './store';

export interface UnitYear {
  unitCode: string;
  year: number;
}
const unitYearKey = (k: UnitYear) => `${k.year}|${k.unitCode}`;
const heldOn = (p: PostingRow, date: string) => p.postedFrom <= date && (p.postedTo === null || p.postedTo >= date);
export type PostingWithPerson = PostingRow & { person: PersonRow };

function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

/** Per-request loaders, named after their key; each is one SQL statement per batch. */
export function createLoaders(db: DataSource) {
  const store = workforceStore(db);
  return {
    /** Indicator values already computed in this request, by year entity (typed fields and the list share them). */
    indicatorsByEntity: new Map<string, Promise<WorkforceIndicatorValues>>(),
    /** Indicator facts of a posting unit (commune or office) on 31 December of a year: one indexed statement per batch. */
    factsByUnitYear: factsLoader(db, workforceFacts),
    /** Postings held in a unit on 31 December of a year, with their people, ordered by person code. */
    postingsByUnitYear: new DataLoader<UnitYear, PostingWithPerson[], string>(
      async (keys) => {
        const years = keys.map((k) => k.year);
        const codes = [...new Set(keys.map((k) => k.unitCode))];
        const rows = await store.postings.postingsIn(codes, yearEnd(Math.min(...years)), yearEnd(Math.max(...years)));
        const byUnit = groupBy(rows, (p) => p.unitCode);
        return keys.map((k) => (byUnit.get(k.unitCode) ?? []).filter((p) => heldOn(p, yearEnd(k.year))));
      },
      { cacheKeyFn: unitYearKey, maxBatchSize: 5000 },
    ),
    postingsByPerson: new DataLoader<string, PostingRow[]>(
      async (codes) => {
        const byPerson = groupBy(await store.postings.ofPeople([...codes]), (p) => p.personCode);
        return codes.map((c) => byPerson.get(c) ?? []);
      },
      { maxBatchSize: 5000 },
    ),
    qualificationsByPerson: new DataLoader<string, QualificationRow[]>(
      async (codes) => {
        const byPerson = groupBy(await store.qualifications.ofPeople([...codes]), (q) => q.personCode);
        return codes.map((c) => byPerson.get(c) ?? []);
      },
      { maxBatchSize: 5000 },
    ),
    trainingsByPerson: new DataLoader<string, TrainingRecordRow[]>(
      async (codes) => {
        const byPerson = groupBy(await store.trainings.ofPeople([...codes]), (t) => t.personCode);
        return codes.map((c) => byPerson.get(c) ?? []);
      },
      { maxBatchSize: 5000 },
    ),
    periodLocksByYear: periodLocksByYearLoader(db, 'workforce'),
  };
}
export type WorkforceLoaders = ReturnType<typeof createLoaders>;
