import type { DataSource } from 'typeorm';
import { FIRST_DATA_YEAR, difficulty, intBetween, rng, type AdminUnits, type Logger } from '@lsp/shared';
import { PopulationStore, type PopulationRow } from './population';

export const SEED_FIRST_YEAR = 2012;
export const SEED_LAST_YEAR = 2025;

/**
 * SYNTHETIC population and households for every reporting commune of every year: a base size by type and
 * difficulty, growing about 1–2% a year. When units merge, the new unit's figure is the sum of its
 * predecessors' last figures, grown on from there.
 */
export function syntheticPopulation(units: AdminUnits, firstYear = SEED_FIRST_YEAR, lastYear = SEED_LAST_YEAR): PopulationRow[] {
  const rows: PopulationRow[] = [];
  const last = new Map<string, number>();
  for (let year = Math.max(firstYear, FIRST_DATA_YEAR); year <= lastYear; year++) {
    const current = new Map<string, number>();
    for (const unit of units.reportingCommunes(year)) {
      const r = rng(`pop:${unit.code}:${unit.validFrom ?? ''}`);
      const growth = 1.01 + 0.01 * r();
      let population: number;
      const previous = last.get(`${unit.code}|${unit.validFrom ?? ''}`);
      if (previous !== undefined) population = Math.round(previous * growth);
      else {
        const preds = units.predecessors(unit).map((p) => last.get(`${p.code}|${p.validFrom ?? ''}`) ?? 0);
        const fromPreds = preds.reduce((a, b) => a + b, 0);
        const base = unit.type === 'Phường' ? intBetween(r, 8000, 16000) : unit.type === 'Thị trấn' ? intBetween(r, 6000, 12000) : intBetween(r, 3000, 9000);
        population = fromPreds > 0 ? Math.round(fromPreds * growth) : Math.round(base * (1 - 0.3 * difficulty(unit.code, unit.type)));
      }
      current.set(`${unit.code}|${unit.validFrom ?? ''}`, population);
      const perHousehold = unit.type === 'Phường' ? 3.8 : 4.6 + 0.6 * difficulty(unit.code, unit.type);
      rows.push({ communeCode: unit.code, year, population, households: Math.round(population / perHousehold), synthetic: true });
    }
    for (const [k, v] of current) last.set(k, v);
  }
  return rows;
}

export async function seedGeography(db: DataSource, log: Logger, units: AdminUnits): Promise<void> {
  const store = new PopulationStore(db);
  if ((await store.count()) > 0) return;
  const rows = syntheticPopulation(units);
  log.info({ rows: rows.length }, 'seeding SYNTHETIC population and households');
  await store.insertMany(rows);
}
