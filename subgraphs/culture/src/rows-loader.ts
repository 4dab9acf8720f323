import DataLoader from 'dataloader';
import type { UnitYearKey } from '@lsp/shared';

const unitYearKey = (k: UnitYearKey) => `${k.year}|${k.communeCode}`;

/**
 * Every row of one (reporting commune, year), when a commune has several (one per kind of holder): like shared
 * communeYearRowLoader, one SQL statement for the whole batch (as awards' loader of the same name).
 */
export function communeYearRowsLoader<Row extends UnitYearKey>(fetch: (years: number[], communeCodes: string[]) => Promise<Row[]>): DataLoader<UnitYearKey, Row[], string> {
  return new DataLoader<UnitYearKey, Row[], string>(async (keys) => {
    const years = [...new Set(keys.map((k) => k.year))];
    const codes = [...new Set(keys.map((k) => k.communeCode))];
    const byKey = new Map<string, Row[]>();
    for (const row of await fetch(years, codes)) {
      const k = unitYearKey(row);
      const list = byKey.get(k);
      if (list) list.push(row);
      else byKey.set(k, [row]);
    }
    return keys.map((k) => byKey.get(unitYearKey(k)) ?? []);
  }, { cacheKeyFn: unitYearKey, maxBatchSize: 20000 });
}
