import type { DataSource } from 'typeorm';
import { communeYearRowLoader, periodLocksByYearLoader } from '@lsp/shared';
import { CultureFigureStore, type CultureFigureRow } from './store';

/** Per-request loaders, named after their key: each is one SQL statement per batch, whatever the number of communes. */
export function createLoaders(db: DataSource) {
  const figures = new CultureFigureStore(db);
  return {
    figureByCommuneYear: communeYearRowLoader<CultureFigureRow>((years, codes) => figures.byYearsAndCommunes(years, codes)),
    periodLocksByYear: periodLocksByYearLoader(db, 'culture'),
  };
}
export type CultureLoaders = ReturnType<typeof createLoaders>;
