import type { DataSource } from 'typeorm';
import { intBetween, rng, type AdminUnits, type Logger } from '@lsp/shared';
import { CultureFigureStore, type CultureFigureRow } from '.';

export const SEED_FIRST_YEAR = 2012;
export const SEED_LAST_YEAR = 2024;

/** SYNTHETIC demo data, deterministic (seeded by commune and year): one figure per reporting commune and year. */
export function syntheticCulture(units: AdminUnits, firstYear = SEED_FIRST_YEAR, lastYear = SEED_LAST_YEAR): CultureFigureRow[] {
  const rows: CultureFigureRow[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (const unit of units.reportingCommunes(year)) {
      rows.push({ communeCode: unit.code, year, value: intBetween(rng(`culture:${unit.code}:${year}`), 0, 100), note: 'SYNTHETIC demo figure', synthetic: true });
    }
  }
  return rows;
}

/** Seeds an empty database only (idempotent), in one transaction with batched inserts. */
export async function seedCulture(db: DataSource, log: Logger, units: AdminUnits): Promise<void> {
  const store = new CultureFigureStore(db);
  if ((await store.count()) > 0) return;
  const rows = syntheticCulture(units);
  log.info({ rows: rows.length }, 'seeding SYNTHETIC culture data');
  await db.transaction((m) => store.insertMany(m, rows));
}
