import type { DataSource } from 'typeorm';
import { between, clamp, difficulty, intBetween, rng, type AdminUnits, type Logger } from '@lsp/shared';
import { CultureStore, type BookCabinetRow, type CultureCommuneRow } from '.';

export const SEED_FIRST_YEAR = 2012;
export const SEED_LAST_YEAR = 2024;

/**
 * SYNTHETIC demo data, deterministic (seeded by commune and year): for every reporting commune of 2012–2024, its
 * households and people, libraries and cultural houses, and the book cabinets of households (a share rising from
 * about a fifth, lower in difficult communes), of agencies and units, and of its community learning centre.
 */
export function syntheticCulture(units: AdminUnits, firstYear = SEED_FIRST_YEAR, lastYear = SEED_LAST_YEAR) {
  const cabinets: BookCabinetRow[] = [];
  const communes: CultureCommuneRow[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (const unit of units.reportingCommunes(year)) {
      const d = difficulty(unit.code, unit.type);
      const base = rng(`cu:size:${unit.code}`);
      const t = year - SEED_FIRST_YEAR;
      const households = Math.round((unit.type === 'Phường' ? intBetween(base, 1800, 3600) : intBetween(base, 600, 1900)) * (1 + 0.012 * t));
      const population = Math.round(households * between(base, 4.1, 4.9));
      const r = rng(`cu:${unit.code}:${year}`);
      const share = clamp(0.18 + 0.03 * t - 0.1 * d + between(r, -0.04, 0.04), 0.02, 0.8);
      const withCabinet = Math.round(households * share);
      const culturalHouses = intBetween(rng(`cu:houses:${unit.code}`), 4, 18);
      communes.push({
        communeCode: unit.code, year, households, population, libraries: intBetween(r, unit.type === 'Phường' ? 1 : 0, 2),
        libraryBooks: intBetween(r, 300, 4000), culturalHouses, culturalHousesForLearning: Math.min(culturalHouses, Math.round(culturalHouses * clamp(0.3 + 0.04 * t, 0, 1))), synthetic: true,
      });
      cabinets.push(
        { communeCode: unit.code, year, holderKind: 'HOUSEHOLD', cabinets: withCabinet, books: withCabinet * intBetween(r, 15, 40), readers: Math.round(withCabinet * between(r, 2, 3.5)), synthetic: true },
        { communeCode: unit.code, year, holderKind: 'AGENCY', cabinets: intBetween(r, 2, 9), books: intBetween(r, 200, 1500), readers: intBetween(r, 40, 400), synthetic: true },
        { communeCode: unit.code, year, holderKind: 'CLC', cabinets: 1, books: intBetween(r, 150, 900), readers: intBetween(r, 60, 600), synthetic: true },
      );
    }
  }
  return { cabinets, communes };
}

/** Seeds an empty database only (idempotent), in one transaction with batched inserts. */
export async function seedCulture(db: DataSource, log: Logger, units: AdminUnits): Promise<void> {
  const store = new CultureStore(db);
  if ((await store.count()) > 0) return;
  const data = syntheticCulture(units);
  log.info({ cabinets: data.cabinets.length, communes: data.communes.length }, 'seeding SYNTHETIC culture data');
  await db.transaction((m) => store.insert(m, data.cabinets, data.communes));
}
