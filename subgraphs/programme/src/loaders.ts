import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { periodLocksByYearLoader } from '@lsp/shared';
import { ActivityStore, ProgrammeStore, type Activities, type FundingRow, type TaskReportRow } from './store';

const unitYear = (k: { unitCode: string; year: number }) => `${k.year}|${k.unitCode}`;

/** Per-request loaders, named after their key: each is one SQL statement per batch, whatever the number of units. */
export function createLoaders(db: DataSource) {
  const store = new ProgrammeStore(db);
  return {
    /** Every report up to the year asked (overdue needs the earlier years), by year asked. */
    reportsUpTo: new DataLoader<number, TaskReportRow[]>(async (years) => {
      const rows = await store.reportsUpTo([...years]);
      return years.map((y) => rows.filter((r) => r.year <= y));
    }),
    /** Funding rows of one unit (province "14" or a district) and year. */
    fundingByUnitYear: new DataLoader<{ unitCode: string; year: number }, FundingRow[], string>(async (keys) => {
      const rows = await store.funding([...new Set(keys.map((k) => k.year))], [...new Set(keys.map((k) => k.unitCode))]);
      return keys.map((k) => rows.filter((r) => r.year === k.year && r.unitCode === k.unitCode));
    }, { cacheKeyFn: unitYear }),
    /** The Lifelong Learning Week, survey and training rows of one district and year: three statements per batch. */
    activitiesByDistrictYear: new DataLoader<{ unitCode: string; year: number }, Activities, string>(async (keys) => {
      const all = await new ActivityStore(db).of([...new Set(keys.map((k) => k.year))], [...new Set(keys.map((k) => k.unitCode))]);
      const mine = <R extends { year: number; districtCode: string }>(rows: R[], k: { unitCode: string; year: number }) => rows.filter((r) => r.year === k.year && r.districtCode === k.unitCode);
      return keys.map((k) => ({ weeks: mine(all.weeks, k), needs: mine(all.needs, k), trainings: mine(all.trainings, k) }));
    }, { cacheKeyFn: unitYear }),
    periodLocksByYear: periodLocksByYearLoader(db, 'programme'),
  };
}
export type ProgrammeLoaders = ReturnType<typeof createLoaders>;
