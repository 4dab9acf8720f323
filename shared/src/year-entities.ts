import DataLoader from 'dataloader';
import type { AdminUnits, Boundaries } from './admin-units';
import { badInput } from './errors';

/**
 * The year-scoped entities every department extends (ARCHITECTURE.md, "Entities and keys"):
 * CommuneYear @key(fields: "communeCode year boundaries"), DistrictYear @key(fields: "districtCode year"),
 * ProvinceYear @key(fields: "provinceCode year"). A department resolves one by finding its reporting units
 * (the communes whose rows make it up) and rolling their rows up as a ratio of sums.
 */
export interface CommuneYearRef {
  communeCode: string;
  year: number;
  boundaries: Boundaries;
}
export interface DistrictYearRef {
  districtCode: string;
  year: number;
}
export interface ProvinceYearRef {
  provinceCode: string;
  year: number;
}
export type YearRef = CommuneYearRef | DistrictYearRef | ProvinceYearRef;

export interface Territory {
  year: number;
  /** Codes of the reporting communes of that year whose rows make up the entity. */
  communeCodes: string[];
  /** False when part of the area cannot be attributed (a predecessor whose successor is not known). */
  complete: boolean;
}

export function territoryOf(units: AdminUnits, ref: YearRef): Territory {
  if ('communeCode' in ref) {
    const t = units.communeTerritory(ref.communeCode, ref.year, ref.boundaries ?? 'REPORTED');
    return { year: ref.year, communeCodes: t.units, complete: t.complete };
  }
  if ('districtCode' in ref) return { year: ref.year, communeCodes: units.districtTerritory(ref.districtCode, ref.year), complete: true };
  return { year: ref.year, communeCodes: units.provinceTerritory(ref.year, ref.provinceCode), complete: true };
}

export interface UnitYearKey {
  communeCode: string;
  year: number;
}
const unitYearKey = (k: UnitYearKey) => `${k.year}|${k.communeCode}`;

/**
 * A per-request loader of one row per (reporting commune, year). `fetch` must be one SQL statement for the
 * whole batch (typically `WHERE year IN (...) AND commune_code IN (...)`); rows it returns that were not
 * asked for are dropped.
 */
export function communeYearRowLoader<Row extends UnitYearKey>(
  fetch: (years: number[], communeCodes: string[]) => Promise<Row[]>,
): DataLoader<UnitYearKey, Row | null, string> {
  return new DataLoader<UnitYearKey, Row | null, string>(
    async (keys) => {
      const years = [...new Set(keys.map((k) => k.year))];
      const codes = [...new Set(keys.map((k) => k.communeCode))];
      const rows = await fetch(years, codes);
      const byKey = new Map(rows.map((r) => [unitYearKey(r), r]));
      return keys.map((k) => byKey.get(unitYearKey(k)) ?? null);
    },
    { cacheKeyFn: unitYearKey, maxBatchSize: 20000 },
  );
}

/** Loads the rows of every reporting commune of a year entity through the loader (batched across entities). */
export function rowsOfTerritory<Row>(loader: DataLoader<UnitYearKey, Row | null, string>, t: Territory): Promise<Array<Row | null>> {
  // load() per key, not loadMany(): loadMany hands a failed batch back as values, and mysql2 can reject with a
  // plain object that no `instanceof Error` check catches, so a database that stopped answering read as "no rows".
  return Promise.all(t.communeCodes.map((communeCode) => loader.load({ communeCode, year: t.year })));
}

export function assertYear(year: number, min = 2000, max = 2100): void {
  if (!Number.isInteger(year) || year < min || year > max) throw badInput(`year ${year} is out of range ${min}–${max}`, { field: 'year' });
}
