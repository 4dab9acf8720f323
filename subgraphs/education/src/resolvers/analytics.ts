import { indicatorByCode, territoryOf, type IndicatorValue, type YearRef } from '@lsp/shared';
import { educationIndicatorList } from '../indicators/year-figures';
import type { SourceDepartment } from '../scoring/engine';
import { FORECAST_FIRST_YEAR, forecast, type Forecast } from '../scoring/forecast';
import { otherDepartments } from '../scoring/parts';
import { targetProgress, type TargetProgress } from '../scoring/progress';
import { yearFigures } from '../service';
import type { EducationContext as Ctx } from './context';

/**
 * Target progress and what is built on it: the shortfall summed over a unit's units (`shortfallOfUnits`) and the
 * on-track forecast. Both are field resolvers of TargetProgress, computed only when asked, each through a
 * per-request memo of the units' progress or series: every unit and year asked in the same tick, so education's
 * loaders read each table once and each other department's score-parts feed is called once (every unit and year
 * in one call), whatever the number of communes.
 */
export type ProgressRow = TargetProgress & { ref: YearRef };

const others = (sources: Iterable<string>) => [...new Set(sources)].filter((d): d is SourceDepartment => d !== 'education');

const memos = new WeakMap<object, Map<string, Promise<unknown>>>();
function memo<T>(ctx: Ctx, key: string, make: () => Promise<T>): Promise<T> {
  let m = memos.get(ctx);
  if (!m) memos.set(ctx, (m = new Map()));
  let p = m.get(key) as Promise<T> | undefined;
  if (!p) m.set(key, (p = make()));
  return p;
}
const refKey = (ref: YearRef) => ('communeCode' in ref ? `c|${ref.communeCode}|${ref.boundaries ?? 'REPORTED'}` : 'districtCode' in ref ? `d|${ref.districtCode}` : `p|${ref.provinceCode}`) + `|${ref.year}`;

/** Every catalogue target's progress for the entity (the previous year's value with it when `previous`). */
export function progressRows(ctx: Ctx, ref: YearRef, previous = true): Promise<ProgressRow[]> {
  return memo(ctx, `progress|${previous}|${refKey(ref)}`, async () => {
    const targets = await ctx.loaders.programmeTargets.load('all');
    const [own, ownLock, rest] = await Promise.all([
      educationIndicatorList(ctx.units, ctx.loaders, ref, previous), yearFigures.locked(ctx, ref),
      otherDepartments(ctx, ref, others(targets.map((t) => t.department)), previous),
    ]);
    const complete = territoryOf(ctx.units, ref).complete;
    return targetProgress(targets, { ...rest.lists, education: own }, ref.year, { ...rest.locks, education: ownLock }, complete).map((r) => ({ ...r, ref }));
  });
}

/** The units below an entity whose shortfalls are summed: its reporting communes, and (the province) its districts. */
function unitsBelow(ctx: Ctx, ref: YearRef): { communes: YearRef[]; districts: YearRef[] } {
  if ('communeCode' in ref) return { communes: [], districts: [] };
  const communes = territoryOf(ctx.units, ref).communeCodes.map((communeCode): YearRef => ({ communeCode, year: ref.year, boundaries: 'REPORTED' }));
  const districts = 'districtCode' in ref ? [] : ctx.units.reportingDistricts(ref.year).map((d): YearRef => ({ districtCode: d.code, year: ref.year }));
  return { communes, districts };
}

const sumShortfalls = (rows: TargetProgress[]): number | null => {
  const present = rows.filter((r) => r.shortfall !== null);
  return present.length ? present.reduce((s, r) => s + r.shortfall!, 0) : null;
};

/**
 * The sum of the shortfalls of the units below (a commune above the target does not fill another's gap, so it is
 * at least the entity's own shortfall): over the reporting communes; for a target no commune reports (district
 * centres, district civil servants, district committees) over the districts for the province, and the district's
 * own for a district. Units without data add nothing; null when none has a shortfall, and on a commune.
 */
async function shortfallOfUnits(row: ProgressRow, _: unknown, ctx: Ctx): Promise<number | null> {
  if ('communeCode' in row.ref) return null;
  const below = unitsBelow(ctx, row.ref);
  const [communes, districts] = await Promise.all([
    Promise.all(below.communes.map((r) => progressRows(ctx, r, false))),
    Promise.all(below.districts.map((r) => progressRows(ctx, r, false))),
  ]);
  const of = (lists: ProgressRow[][]) => lists.map((l) => l.find((t) => t.targetId === row.targetId)).filter((t): t is ProgressRow => !!t);
  const communeRows = of(communes);
  if (communeRows.some((t) => t.status !== 'NOT_APPLICABLE')) return sumShortfalls(communeRows);
  if ('districtCode' in row.ref) return row.shortfall;
  return sumShortfalls(of(districts));
}

/**
 * Each department's indicator list of the entity for every year from FORECAST_FIRST_YEAR to the data year, through
 * the same path as the score (education's loaders, the other departments' feeds: one call for all years).
 */
function series(ctx: Ctx, ref: YearRef): Promise<Map<number, Partial<Record<string, IndicatorValue[] | null>>>> {
  return memo(ctx, `series|${refKey(ref)}`, async () => {
    const targets = await ctx.loaders.programmeTargets.load('all');
    const years: number[] = [];
    for (let y = FORECAST_FIRST_YEAR; y <= ref.year; y += 1) years.push(y);
    const perYear = await Promise.all(years.map(async (year) => {
      const r = { ...ref, year } as YearRef;
      const [own, rest] = await Promise.all([
        educationIndicatorList(ctx.units, ctx.loaders, r, false), otherDepartments(ctx, r, others(targets.map((t) => t.department)), false),
      ]);
      return [year, { ...rest.lists, education: own }] as const;
    }));
    return new Map(perYear);
  });
}

/** The forecast of a target for the entity (scoring/forecast.ts); null for a target that is not measured or does not apply. */
async function forecastOf(row: ProgressRow, _: unknown, ctx: Ctx): Promise<Forecast | null> {
  if (!row.indicator || row.target === null || row.status === 'NOT_MEASURED' || row.status === 'NOT_APPLICABLE') return null;
  const byYear = await series(ctx, row.ref);
  const points = [...byYear.entries()].map(([year, lists]) => ({ year, value: lists[row.source]?.find((i) => i.code === row.indicator)?.value ?? null }));
  const targetYear = row.targetYear ?? (row.deadline ? Number(row.deadline.slice(0, 4)) : null);
  const unit = indicatorByCode(row.indicator)?.unit;
  return forecast(points, { comparator: row.comparator, value: row.target, targetYear }, row.ref.year, unit === 'percent');
}

export const targetProgressFields = { shortfallOfUnits, forecast: forecastOf };
