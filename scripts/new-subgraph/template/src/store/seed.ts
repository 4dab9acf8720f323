import type { DataSource } from 'typeorm';
import { intBetween, rng, type AdminUnits, type Logger } from '@lsp/shared';
import { __Dept__FigureStore, type __Dept__FigureRow } from '.';

export const SEED_FIRST_YEAR = 2012;
export const SEED_LAST_YEAR = 2024;

/** SYNTHETIC demo data, deterministic (seeded by commune and year): one figure per reporting commune and year. */
export function synthetic__Dept__(units: AdminUnits, firstYear = SEED_FIRST_YEAR, lastYear = SEED_LAST_YEAR): __Dept__FigureRow[] {
  const rows: __Dept__FigureRow[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (const unit of units.reportingCommunes(year)) {
      rows.push({ communeCode: unit.code, year, value: intBetween(rng(`__dept__:${unit.code}:${year}`), 0, 100), note: 'SYNTHETIC demo figure', synthetic: true });
    }
  }
  return rows;
}

/** Seeds an empty database only (idempotent), in one transaction with batched inserts. */
export async function seed__Dept__(db: DataSource, log: Logger, units: AdminUnits): Promise<void> {
  const store = new __Dept__FigureStore(db);
  if ((await store.count()) > 0) return;
  const rows = synthetic__Dept__(units);
  log.info({ rows: rows.length }, 'seeding SYNTHETIC __dept__ data');
  await db.transaction((m) => store.insertMany(m, rows));
}
