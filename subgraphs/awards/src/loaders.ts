import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { factsLoader, periodLocksByYearLoader, rowsOfTerritory, type Territory, type UnitYearKey } from '@lsp/shared';
import { awardsFacts } from './indicators/facts';
import { AssessmentStore, CommendationStore, RecognitionCountStore, type AssessmentRow, type CommendationRow, type RecognitionCountRow } from './store';

const unitYearKey = (k: UnitYearKey) => `${k.year}|${k.communeCode}`;

/**
 * A per-request loader of every row of one (reporting commune, year): like shared communeYearRowLoader, but a
 * commune has several rows per year here (one per title, unit or commendation). `fetch` is one SQL statement
 * for the whole batch. (Candidate for shared/src/year-entities.ts.)
 */
export function communeYearRowsLoader<Row extends UnitYearKey>(
  fetch: (years: number[], communeCodes: string[]) => Promise<Row[]>,
): DataLoader<UnitYearKey, Row[], string> {
  return new DataLoader<UnitYearKey, Row[], string>(
    async (keys) => {
      const years = [...new Set(keys.map((k) => k.year))];
      const codes = [...new Set(keys.map((k) => k.communeCode))];
      const byKey = new Map<string, Row[]>();
      for (const row of await fetch(years, codes)) {
        const k = unitYearKey(row);
        const list = byKey.get(k);
        if (list) list.push(row);
        else byKey.set(k, [row]);
      }
      return keys.map((k) => byKey.get(unitYearKey(k)) ?? []);
    },
    { cacheKeyFn: unitYearKey, maxBatchSize: 20000 },
  );
}

/** Per-request loaders, named after their key. */
export function createLoaders(db: DataSource) {
  const counts = new RecognitionCountStore(db);
  const assessments = new AssessmentStore(db);
  const commendations = new CommendationStore(db);
  return {
    /** Indicator facts of a reporting commune in a year (the uniform list and the shares): one indexed statement per batch. */
    factsByUnitYear: factsLoader(db, awardsFacts),
    /** Rows, for the fields that need row detail (the counts and assessments lists, grades, titles outside the list). */
    recognitionCountsByCommuneYear: communeYearRowsLoader<RecognitionCountRow>((y, c) => counts.byYearsAndCommunes(y, c)),
    assessmentsByCommuneYear: communeYearRowsLoader<AssessmentRow>((y, c) => assessments.byYearsAndCommunes(y, c)),
    commendationsByCommuneYear: communeYearRowsLoader<CommendationRow & { communeCode: string }>(
      (y, c) => commendations.byYearsAndCommunes(y, c) as Promise<Array<CommendationRow & { communeCode: string }>>,
    ),
    periodLocksByYear: periodLocksByYearLoader(db, 'awards'),
  };
}
export type AwardsLoaders = ReturnType<typeof createLoaders>;

/** Every row of every reporting commune of a year entity, one list per commune (batched across entities). */
export async function listsOfTerritory<Row>(loader: DataLoader<UnitYearKey, Row[], string>, t: Territory): Promise<Row[][]> {
  return (await rowsOfTerritory(loader, t)).map((rows) => rows ?? []);
}
