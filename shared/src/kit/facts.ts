import DataLoader from 'dataloader';
import { EntitySchema, Table, type DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { column, nowIso } from '../db/columns';
import type { AuditChange } from '../audit';
import type { Logger } from '../logger';
import type { Provenance, RatioPart } from '../indicators';
import { bulkWrite } from './tables';
import { writeTransaction } from './transaction';
import { registeredDataVersion } from '../data-version';

/**
 * Indicator facts: a department's indicators per unit and year (numerator, denominator, provenance, updatedAt),
 * kept in its own database beside the rows they come from, so that reading the indicators of every commune is
 * one indexed statement per batch instead of the computation over the department's tables. Roll-ups stay ratios
 * of sums: a district or the province sums its units' facts.
 *
 * The facts are maintained in the same transaction as every write (the kit's `afterWrite`, deletions included)
 * and by the seed; a service whose table is empty while it holds data (a database from before the facts) fills
 * it at start. A lock changes no number, so it changes no fact: lock states are read from period_lock. Years
 * outside FACT_YEARS are computed from the department's tables on read, by the same `compute`, so an answer is
 * the same whichever way it was read; `factsDrift` (used by the tests) checks that stored facts equal a fresh
 * computation.
 *
 * A unit without data for an indicator has no fact (its part is null, never zero). A fact's denominator is
 * positive, unless its source says `zeroDenominatorIsData`: then a unit that reported zero (0/0) has a fact and
 * counts as reporting, as it did when the indicator was computed from the rows.
 */
export const FACT_YEARS = { first: 2010, last: 2030 } as const;
export const factYears = (): number[] => Array.from({ length: FACT_YEARS.last - FACT_YEARS.first + 1 }, (_, i) => FACT_YEARS.first + i);
export const isFactYear = (year: number) => year >= FACT_YEARS.first && year <= FACT_YEARS.last;

export interface IndicatorFactRow {
  year: number;
  unitCode: string;
  indicatorCode: string;
  numerator: number;
  denominator: number;
  provenance: Provenance;
  updatedAt: string;
}
export type ComputedFact = Omit<IndicatorFactRow, 'updatedAt'>;

export const IndicatorFactEntity = new EntitySchema<IndicatorFactRow>({
  name: 'IndicatorFact',
  tableName: 'indicator_fact',
  columns: {
    year: { type: 'int', primary: true },
    unitCode: { name: 'unit_code', type: 'varchar', length: 10, primary: true },
    indicatorCode: { name: 'indicator_code', type: 'varchar', length: 60, primary: true },
    numerator: { type: 'double' },
    denominator: { type: 'double' },
    provenance: { type: 'varchar', length: 12 },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 24 },
  },
});

export class CreateIndicatorFacts1766000000000 implements MigrationInterface {
  name = 'CreateIndicatorFacts1766000000000';
  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'indicator_fact',
        columns: [
          { ...column.int('year', false), isPrimary: true },
          { ...column.code('unit_code', 10), isPrimary: true },
          { ...column.code('indicator_code', 60), isPrimary: true },
          column.real('numerator', false),
          column.real('denominator', false),
          column.code('provenance', 12),
          column.timestamp('updated_at'),
        ],
        indices: [{ name: 'ix_indicator_fact_unit', columnNames: ['unit_code', 'year'] }],
      }),
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('indicator_fact');
  }
}

/** How a department computes its facts from its own tables (one statement, or a few, for any number of units). */
export interface FactSource {
  /** The facts of these units in these years, read through `m` (inside the write's transaction when writing). */
  compute(m: EntityManager, unitCodes: string[], years: number[]): Promise<ComputedFact[]>;
  /** Every unit the department holds data for (a full rebuild computes these). */
  units(m: EntityManager): Promise<string[]>;
  /**
   * A part with denominator 0 is data (the unit reported zero: it counts in unitsReporting), kept as a fact.
   * Default false: only positive denominators are facts.
   */
  zeroDenominatorIsData?: boolean;
}

/** Whether a computed or stored fact is kept: a positive denominator, or 0 when the source counts 0/0 as data. */
const kept = (source: Pick<FactSource, 'zeroDenominatorIsData'>, denominator: unknown) =>
  Number(denominator) > 0 || (!!source.zeroDenominatorIsData && Number(denominator) === 0);

/**
 * The units a write's audited changes name, before and after (a row moved to another unit, or deleted, touches
 * its old unit too): for each audit entity that feeds an indicator, the property holding its unit code. Entities
 * not listed feed none. A department's `unitsTouched` starts from this.
 */
export function unitsOfChanges(changes: AuditChange[], unitProperty: Record<string, string>): Set<string> {
  const units = new Set<string>();
  for (const c of changes) {
    const prop = unitProperty[c.entity];
    if (!prop) continue;
    for (const r of [c.before, c.after] as Array<Record<string, unknown> | null>) {
      if (r && typeof r === 'object' && typeof r[prop] === 'string') units.add(r[prop] as string);
    }
  }
  return units;
}

/** Facts of one unit and year, by indicator code (absent = no data). */
export type UnitYearFacts = Map<string, RatioPart>;

const UNIT_CHUNK = 500;
const chunks = <T>(xs: T[], n: number): T[][] => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, (i + 1) * n));

/**
 * Recomputes the facts of these units over FACT_YEARS inside `m` (the caller's transaction): their old facts go,
 * the fresh ones come in. Called by a department's afterWrite with the units its write touched.
 */
export async function refreshFacts(m: EntityManager, source: FactSource, unitCodes: Iterable<string>): Promise<number> {
  const units = [...new Set(unitCodes)].filter(Boolean).sort();
  const at = nowIso();
  let written = 0;
  for (const part of chunks(units, UNIT_CHUNK)) {
    await m.query(`DELETE FROM indicator_fact WHERE unit_code IN (${part.map(() => '?').join(', ')})`, part);
    const rows: IndicatorFactRow[] = [];
    for (const f of await source.compute(m, part, factYears())) {
      if (!isFactYear(f.year) || !kept(source, f.denominator)) continue;
      rows.push({ year: f.year, unitCode: f.unitCode, indicatorCode: f.indicatorCode, numerator: f.numerator, denominator: f.denominator, provenance: f.provenance, updatedAt: at });
    }
    await bulkWrite(m, IndicatorFactEntity, rows);
    written += rows.length;
  }
  return written;
}

/** Every fact recomputed from the department's tables, in one transaction (the seed, and a database without facts). */
export async function rebuildFacts(db: DataSource, source: FactSource): Promise<number> {
  return writeTransaction(db, async (m) => {
    await m.query('DELETE FROM indicator_fact');
    return refreshFacts(m, source, await source.units(m));
  });
}

/** At start: fills an empty facts table when the department holds data (a database from before the facts). */
export async function ensureFacts(db: DataSource, source: FactSource, log?: Logger): Promise<void> {
  const [{ n }] = (await db.query('SELECT COUNT(*) AS n FROM indicator_fact')) as Array<{ n: number | string }>;
  if (Number(n) > 0) return;
  const units = await source.units(db.manager);
  if (units.length === 0) return;
  const written = await rebuildFacts(db, source);
  log?.info({ units: units.length, facts: written }, 'indicator facts built from the department tables');
}

const keyOf = (k: { unitCode: string; year: number }) => `${k.year}|${k.unitCode}`;

function group(rows: ComputedFact[], source: Pick<FactSource, 'zeroDenominatorIsData'>): Map<string, UnitYearFacts> {
  const out = new Map<string, UnitYearFacts>();
  for (const r of rows) {
    if (!kept(source, r.denominator)) continue;
    const k = keyOf({ unitCode: String(r.unitCode), year: Number(r.year) });
    let m = out.get(k);
    if (!m) out.set(k, (m = new Map()));
    m.set(String(r.indicatorCode), { numerator: Number(r.numerator), denominator: Number(r.denominator), provenance: r.provenance as Provenance });
  }
  return out;
}

const readYears = (db: DataSource, years: number[]) =>
  db.query(
    `SELECT year AS year, unit_code AS unitCode, indicator_code AS indicatorCode, numerator, denominator, provenance FROM indicator_fact WHERE year IN (${years.map(() => '?').join(', ')})`,
    years,
  ) as Promise<ComputedFact[]>;

/**
 * Whole years of facts, per database, data version and year: a national ranking reads every commune's facts of the
 * year, 122,000 rows for education, and made them into objects on every request (a fifth of education's time and
 * most of its garbage). Kept until the version moves (every write of facts records its audit row in the same
 * transaction, so a stored year is never older than its key), at most WHOLE_YEARS_KEPT years per database. The
 * maps handed out are shared: readers only read them.
 */
const WHOLE_YEARS_KEPT = 6;
const wholeYears = new WeakMap<DataSource, Map<string, Promise<Map<string, UnitYearFacts>>>>();
function wholeYear(db: DataSource, source: Pick<FactSource, 'zeroDenominatorIsData'>, version: string, year: number): Promise<Map<string, UnitYearFacts>> {
  let held = wholeYears.get(db);
  if (!held) wholeYears.set(db, (held = new Map()));
  const key = `${version}|${year}`;
  let p = held.get(key);
  if (p) {
    held.delete(key);
    held.set(key, p); // most recently used last
    return p;
  }
  p = readYears(db, [year]).then((rows) => group(rows, source));
  p.catch(() => held.delete(key)); // a failed read is not kept
  held.set(key, p);
  for (const k of held.keys()) {
    if (held.size <= WHOLE_YEARS_KEPT) break;
    if (!k.startsWith(`${version}|`)) held.delete(k);
  }
  while (held.size > WHOLE_YEARS_KEPT) held.delete(held.keys().next().value!);
  return p;
}

/**
 * Per-request loader of the facts of (unit, year): one statement per batch, whatever the number of units (a
 * batch of many units reads its years whole and keeps what was asked). Years outside FACT_YEARS are computed.
 */
export function factsLoader(db: DataSource, source: FactSource): DataLoader<{ unitCode: string; year: number }, UnitYearFacts | null, string> {
  return new DataLoader(
    async (keys) => {
      const stored = keys.filter((k) => isFactYear(k.year));
      const live = keys.filter((k) => !isFactYear(k.year));
      const found = new Map<string, UnitYearFacts>();
      if (stored.length) {
        const years = [...new Set(stored.map((k) => k.year))];
        const units = [...new Set(stored.map((k) => k.unitCode))];
        const yearsIn = years.map(() => '?').join(', ');
        const version = units.length > UNIT_CHUNK ? registeredDataVersion(db) : undefined;
        if (version) {
          // Whole years, read once per data version (the version moves with every write of facts: same transaction as its audit row).
          const v = await version();
          for (const y of await Promise.all(years.map((year) => wholeYear(db, source, v, year)))) for (const [k, f] of y) found.set(k, f);
        } else if (units.length > UNIT_CHUNK) {
          for (const [k, v] of group(await readYears(db, years), source)) found.set(k, v);
        } else {
          const rows = (await db.query(
            `SELECT year AS year, unit_code AS unitCode, indicator_code AS indicatorCode, numerator, denominator, provenance FROM indicator_fact WHERE year IN (${yearsIn}) AND unit_code IN (${units.map(() => '?').join(', ')})`,
            [...years, ...units],
          )) as ComputedFact[];
          for (const [k, v] of group(rows, source)) found.set(k, v);
        }
      }
      if (live.length) {
        const rows = await source.compute(db.manager, [...new Set(live.map((k) => k.unitCode))], [...new Set(live.map((k) => k.year))]);
        for (const [k, v] of group(rows, source)) found.set(k, v);
      }
      return keys.map((k) => found.get(keyOf(k)) ?? null);
    },
    { cacheKeyFn: keyOf, maxBatchSize: 50000 },
  );
}

/**
 * Differences between the stored facts of these units (default: every unit with data) and a fresh computation:
 * empty when the facts are true. For tests and operations; it reads everything, so it is not for requests.
 */
export async function factsDrift(db: DataSource, source: FactSource, unitCodes?: string[]): Promise<string[]> {
  const units = unitCodes ?? [...new Set([...(await source.units(db.manager)), ...((await db.query('SELECT DISTINCT unit_code AS u FROM indicator_fact')) as Array<{ u: string }>).map((r) => r.u)])];
  const out: string[] = [];
  const show = (f?: RatioPart) => (f ? `${f.numerator}/${f.denominator} ${f.provenance}` : 'none');
  for (const part of chunks(units, UNIT_CHUNK)) {
    const fresh = group((await source.compute(db.manager, part, factYears())).filter((f) => isFactYear(f.year)), source);
    const stored = group(await db.query(
      `SELECT year AS year, unit_code AS unitCode, indicator_code AS indicatorCode, numerator, denominator, provenance FROM indicator_fact WHERE unit_code IN (${part.map(() => '?').join(', ')})`,
      part,
    ) as ComputedFact[], source);
    for (const k of new Set([...fresh.keys(), ...stored.keys()])) {
      const a = fresh.get(k) ?? new Map<string, RatioPart>();
      const b = stored.get(k) ?? new Map<string, RatioPart>();
      for (const code of new Set([...a.keys(), ...b.keys()])) {
        if (show(a.get(code)) !== show(b.get(code))) out.push(`${k} ${code}: stored ${show(b.get(code))}, computed ${show(a.get(code))}`);
      }
    }
  }
  return out;
}
