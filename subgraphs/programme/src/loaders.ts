import type { DataSource } from 'typeorm';
import { communeYearRowLoader, periodLocksByYearLoader } from '@lsp/shared';
import { ProgrammeFigureStore, type ProgrammeFigureRow } from './store';

/** Per-request loaders, named after their key: each is one SQL statement per batch, whatever the number of communes. */
export function createLoaders(db: DataSource) {
  const figures = new ProgrammeFigureStore(db);
  return {
    figureByCommuneYear: communeYearRowLoader<ProgrammeFigureRow>((years, codes) => figures.byYearsAndCommunes(years, codes)),
    periodLocksByYear: periodLocksByYearLoader(db, 'programme'),
  };
}
export type ProgrammeLoaders = ReturnType<typeof createLoaders>;
