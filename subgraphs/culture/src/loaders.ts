import type { DataSource } from 'typeorm';
import { communeYearRowLoader, periodLocksByYearLoader } from '@lsp/shared';
import { communeYearRowsLoader } from './rows-loader';
import { CultureStore, type BookCabinetRow, type CultureCommuneRow } from './store';

/** Per-request loaders, named after their key: each is one SQL statement per batch, whatever the number of communes. */
export function createLoaders(db: DataSource) {
  const store = new CultureStore(db);
  return {
    cabinetsByCommuneYear: communeYearRowsLoader<BookCabinetRow>((years, codes) => store.cabinets(years, codes)),
    communeByCommuneYear: communeYearRowLoader<CultureCommuneRow>((years, codes) => store.communes(years, codes)),
    periodLocksByYear: periodLocksByYearLoader(db, 'culture'),
  };
}
export type CultureLoaders = ReturnType<typeof createLoaders>;
