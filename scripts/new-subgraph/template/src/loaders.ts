import type { DataSource } from 'typeorm';
import { communeYearRowLoader, periodLocksByYearLoader } from '@lsp/shared';
import { __Dept__FigureStore, type __Dept__FigureRow } from './store';

/** Per-request loaders, named after their key: each is one SQL statement per batch, whatever the number of communes. */
export function createLoaders(db: DataSource) {
  const figures = new __Dept__FigureStore(db);
  return {
    figureByCommuneYear: communeYearRowLoader<__Dept__FigureRow>((years, codes) => figures.byYearsAndCommunes(years, codes)),
    periodLocksByYear: periodLocksByYearLoader(db, '__dept__'),
  };
}
export type __Dept__Loaders = ReturnType<typeof createLoaders>;
