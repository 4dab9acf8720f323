import { qualityRules, territoryOf, yearEnd, type YearRef } from '@lsp/shared';
import { educationIndicatorList } from '../indicators/year-figures';
import { otherDepartments } from '../scoring/parts';
import type { EducationContext as Ctx } from '../resolvers/context';
import { outlierFindings, ruleFindings, type CommuneSeries, type Finding, type FindingKind } from './evaluate';

/**
 * `dataQuality` on DistrictYear and ProvinceYear (issue 24). Owned by education, which already reads every
 * department's per-commune figures through the score-parts feeds for the score: the rules and outliers need
 * exactly those (numerators, denominators and values of each commune, this year and the year before), so they add
 * no field to any other subgraph and no @requires. One per-request memo per year holds every commune of the
 * province (the outliers' statistics are over the province), so a district and the province in one request read
 * the same data: education's loaders once per table, each other department's feed once (both years, every commune).
 */
const OTHERS = ['vocational', 'workforce', 'awards'] as const;

const memos = new WeakMap<object, Map<number, Promise<CommuneSeries[]>>>();

/** The province's reporting communes of `year`, each with its data of that year and the years the rules reach back. */
function provinceData(ctx: Ctx, year: number): Promise<CommuneSeries[]> {
  let m = memos.get(ctx);
  if (!m) memos.set(ctx, (m = new Map()));
  let p = m.get(year);
  if (!p) m.set(year, (p = load(ctx, year)));
  return p;
}

async function load(ctx: Ctx, year: number): Promise<CommuneSeries[]> {
  const { rules, ranges } = qualityRules();
  const back = Math.min(-1, ...rules.flatMap((r) => [r.left.yearOffset ?? 0, r.right.yearOffset ?? 0]), ...ranges.map((r) => r.operand.yearOffset ?? 0));
  const years: number[] = [];
  for (let y = year + back; y <= year; y += 1) years.push(y);
  const communes = ctx.units.reportingCommunes(year);
  return Promise.all(communes.map(async (unit): Promise<CommuneSeries> => {
    const perYear = await Promise.all(years.map(async (y) => {
      const ref: YearRef = { communeCode: unit.code, year: y, boundaries: 'REPORTED' };
      const [own, rest, centre] = await Promise.all([
        educationIndicatorList(ctx.units, ctx.loaders, ref, false), otherDepartments(ctx, ref, [...OTHERS], false),
        ctx.loaders.learningCentreByCommuneYear.load({ communeCode: unit.code, year: y }),
      ]);
      return [y, { lists: { ...rest.lists, education: own }, learningCentre: centre }] as const;
    }));
    return { code: unit.code, name: ctx.units.nameOn(unit, yearEnd(year)), years: new Map(perYear) };
  }));
}

const ORDER: Record<string, number> = { ERROR: 0, WARNING: 1 };

export async function dataQuality(ref: YearRef, args: { kinds?: FindingKind[] | null }, ctx: Ctx): Promise<Finding[]> {
  if ('communeCode' in ref) return [];
  const population = await provinceData(ctx, ref.year);
  const scope = new Set(territoryOf(ctx.units, ref).communeCodes);
  const inScope = population.filter((u) => scope.has(u.code));
  const kinds = new Set(args.kinds?.length ? args.kinds : ['RULE', 'RANGE', 'OUTLIER']);
  const findings = [
    ...(kinds.has('RULE') || kinds.has('RANGE') ? ruleFindings(qualityRules(), inScope, ref.year) : []),
    ...(kinds.has('OUTLIER') ? outlierFindings(population, scope, ref.year) : []),
  ].filter((f) => kinds.has(f.kind));
  return findings.sort((a, b) => ORDER[a.importance]! - ORDER[b.importance]! || a.unitCode.localeCompare(b.unitCode) || a.ruleCode.localeCompare(b.ruleCode));
}

export function dataQualityRules() {
  const { rules, ranges } = qualityRules();
  return {
    rules: rules.map((r) => ({ ...r, left: JSON.stringify(r.left), right: JSON.stringify(r.right), min: r.min ?? null, max: r.max ?? null })),
    ranges: ranges.map((r) => ({ ...r, operand: JSON.stringify(r.operand) })),
  };
}
