import type { DataSource } from 'typeorm';
import { communeYearRowLoader } from '@lsp/shared';
import { PopulationStore } from './store';

/** Per-request loaders, named after their key. */
export function createLoaders(db: DataSource) {
  const store = new PopulationStore(db);
  return {
    populationByCommuneYear: communeYearRowLoader((years, codes) => store.byYearsAndCommunes(years, codes)),
  };
}
export type GeographyLoaders = ReturnType<typeof createLoaders>;
