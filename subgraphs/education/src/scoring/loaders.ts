import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { TargetStore, type ProgrammeTargetRow } from '../store';
import { loadScoringModels } from './store';
import type { ScoringModelSpec } from './engine';

/** Per-request loaders of the scoring reference data: a constant number of statements per request. */
export function createScoringLoaders(db: DataSource) {
  const targets = new TargetStore(db);
  return {
    scoringModels: new DataLoader<'all', ScoringModelSpec[]>(async (keys) => {
      const models = await loadScoringModels(db);
      return keys.map(() => models);
    }),
    programmeTargets: new DataLoader<'all', ProgrammeTargetRow[]>(async (keys) => {
      const rows = await targets.list();
      return keys.map(() => rows);
    }),
  };
}
export type ScoringLoaders = ReturnType<typeof createScoringLoaders>;
