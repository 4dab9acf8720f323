import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { communeYearRowLoader, factsLoader, periodLocksByYearLoader } from '@lsp/shared';
import { educationFacts } from './indicators/facts';
import { createScoringLoaders } from './scoring/loaders';
import { educationStore, type ContinuingEducationCentreRow, type ProgrammeTargetRow, type SteeringCommitteeLevel, type SteeringCommitteeRow } from './store';

export interface DistrictYearKey {
  districtCode: string;
  year: number;
}
export interface CommitteeKey {
  level: SteeringCommitteeLevel;
  unitCode: string;
}

/**
 * Per-request loaders, named after their key: one SQL statement per entity type per batch. The indicators read
 * the facts (factsByUnitYear); the row loaders serve the fields that show rows or counts (centres, committees,
 * counts, learning centres, the literacy rates by sex).
 */
export function createLoaders(db: DataSource) {
  const store = educationStore(db);
  return {
    ...createScoringLoaders(db),
    targetById: new DataLoader<string, ProgrammeTargetRow | null>(async (ids) => {
      const rows = await store.targets.byIds(ids);
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    /** Indicator facts of a commune or district in a year (indicators/facts.ts): one indexed statement per batch. */
    factsByUnitYear: factsLoader(db, educationFacts),
    statisticsByCommuneYear: communeYearRowLoader((years, codes) => store.statistics.ofCommuneYears(years, codes)),
    learningCentreByCommuneYear: communeYearRowLoader((years, codes) => store.learningCentres.ofCommuneYears(years, codes)),
    continuingEducationCentreByDistrictYear: new DataLoader<DistrictYearKey, ContinuingEducationCentreRow | null, string>(
      async (keys) => {
        const rows = await store.continuingEducationCentres.ofDistrictYears([...new Set(keys.map((k) => k.year))], [...new Set(keys.map((k) => k.districtCode))]);
        const byKey = new Map(rows.map((r) => [`${r.year}|${r.districtCode}`, r]));
        return keys.map((k) => byKey.get(`${k.year}|${k.districtCode}`) ?? null);
      },
      { cacheKeyFn: (k) => `${k.year}|${k.districtCode}` },
    ),
    steeringCommitteeByUnit: new DataLoader<CommitteeKey, SteeringCommitteeRow | null, string>(
      async (keys) => {
        const rows = await store.steeringCommittees.ofUnits([...new Set(keys.map((k) => k.unitCode))]);
        const byKey = new Map(rows.map((r) => [`${r.level}|${r.unitCode}`, r]));
        return keys.map((k) => byKey.get(`${k.level}|${k.unitCode}`) ?? null);
      },
      { cacheKeyFn: (k) => `${k.level}|${k.unitCode}`, maxBatchSize: 20000 },
    ),
    periodLocksByYear: periodLocksByYearLoader(db, 'education'),
  };
}
export type EducationLoaders = ReturnType<typeof createLoaders>;
