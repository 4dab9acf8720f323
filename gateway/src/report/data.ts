import { findOperation, type PersistedOperation } from '../operations';

/**
 * What the annual report shows, gathered through the persisted operations of gateway/operations/ (the same
 * queries an analyst opens in the explorer), run either inside the gateway or over HTTP by `npm run report`.
 */
export interface GraphQLResult {
  data?: any;
  errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
}
/** Runs one GraphQL document with variables as some identity; the caller decides how (in-process or HTTP). */
export type RunGraphQL = (document: string, variables: Record<string, unknown>) => Promise<GraphQLResult>;

export interface Target {
  id: string;
  clause: string;
  indicatorCode: string | null;
  kind: 'RATE' | 'DEADLINE';
  targetYear: number | null;
  deadline: string | null;
  comparator: 'GTE' | 'GT' | 'LTE' | 'LT';
  value: number | null;
  unit: string;
  department: string;
  responsibleVi: string;
  wordingVi: string;
  labelEn: string;
  subShareOf: { id: string } | null;
}

export interface Progress {
  targetId: string;
  clause: string;
  indicator: string | null;
  source: string;
  targetYear: number | null;
  target: number | null;
  actual: number | null;
  numerator: number | null;
  denominator: number | null;
  met: boolean | null;
  gap: number | null;
  previous: number | null;
  change: number | null;
  due: boolean;
  status: 'MET' | 'NOT_MET' | 'MISSING' | 'SOURCE_UNAVAILABLE' | 'NOT_MEASURED' | 'NOT_APPLICABLE';
  provenance?: string | null;
}

export interface Component {
  indicator: string;
  source: string;
  value: number | null;
  target: number | null;
  points: number | null;
  weight: number;
  status: 'SCORED' | 'MISSING' | 'SOURCE_UNAVAILABLE';
}

export interface CommuneScore {
  communeCode: string;
  name: string;
  districtCode: string;
  districtName: string;
  total: number | null;
  grade: string | null;
  coverage: number | null;
  components: Component[];
}

export interface ScoringModel {
  id: string;
  name: string;
  description: string;
  minCoverageForGrade: number;
  bands: Array<{ grade: string; minTotal: number; label: string }>;
  components: Array<{ indicatorCode: string; source: string; clause: string; targetId: string | null; targetValue: number; comparator: string; weight: number }>;
}

/** One dataset of a department for one reporting unit: completeness, workflow state, timeliness (DatasetReporting). */
export interface ReportingRate {
  department: string;
  dataset: string;
  kebabName: string;
  unitCode: string;
  unitName: string;
  unitsExpected: number;
  unitsReporting: number;
  completeness: number;
  state: 'OPEN' | 'SUBMITTED' | 'RETURNED' | 'APPROVED';
  dueDate: string;
  submittedAt: string | null;
  timeliness: 'ON_TIME' | 'LATE' | 'PENDING';
}

export interface QualitySide {
  label: string; value: number | null; year: number; department: string; dataset: string; row: string; provenance: string | null;
}
export interface QualityFinding {
  kind: 'RULE' | 'RANGE' | 'OUTLIER'; ruleCode: string; importance: 'ERROR' | 'WARNING'; department: string; unitCode: string; unitName: string;
  message: string; messageVi: string; min: number | null; max: number | null; score: number | null;
  left: QualitySide; right: QualitySide | null;
}
export interface Outlook {
  targetId: string;
  shortfall: number | null;
  shortfallUnit: string | null;
  shortfallOfUnits: number | null;
  forecast: { status: string; method: string; projectedValue: number | null; requiredAnnualChange: number | null; actualAnnualChange: number | null; progressRatio: number | null; yearsUsed: number } | null;
}

/** One unit below the report's scope (a district of the province, or a commune of a district), for the bar charts. */
export interface ChildUnit {
  code: string;
  name: string;
  /** Actual value per target id; null where the unit has no value. */
  actual: Record<string, number | null>;
}

export interface ReportData {
  year: number;
  scope: { level: 'province' | 'district'; code: string; name: string };
  province: { code: string; name: string };
  targets: Target[];
  /** Progress of the scope unit (province or district) in the year, one entry per catalogue target. */
  progress: Progress[];
  children: ChildUnit[];
  /** Progress of the scope unit in every year of TREND_YEARS. */
  trend: Array<{ year: number; progress: Progress[] }>;
  communes: CommuneScore[];
  score: { total: number | null; grade: string | null; coverage: number | null; unavailableSources: string[] } | null;
  model: ScoringModel | null;
  population: number | null;
  populationSource: string;
  /** True when any figure shown is SYNTHETIC demo data (provenance, or the sources' own notes). */
  synthetic: boolean;
  /** Errors of a partial answer (a department that did not answer), shown in the report. */
  problems: string[];
  /** Departments (subgraph names) that did not answer while the report was gathered. */
  unavailable: string[];
  /** The persisted operations the report ran. */
  operations: string[];
  /**
   * Reporting rates of the year (operation reporting-rates): every department's datasets for the reporting units
   * of the scope (all of the province's, or the district's own); empty when a department did not answer (the
   * lists are non-null, so one missing department empties the answer; its error is in `problems`).
   */
  reporting?: ReportingRate[];
  /** Data-quality findings of the scope's communes (persisted operation data-quality / province-data-quality). */
  quality?: QualityFinding[];
  /** The scope's target progress with its shortfall in people and forecast (target-gaps, target-forecasts). */
  outlook?: Outlook[];
  /** The programme office's section (issue 25): tasks of section V by lead agency, money by source; absent when not gathered. */
  programme?: ProgrammeSection;
  /** The culture department's section: households with a book cabinet in the province and each district. */
  culture?: CultureSection;
  /** Choropleth maps (SVG, gateway/src/maps), added by buildReport; absent when rendering data gathered without them. */
  maps?: Array<{ caption: string; svg: string; synthetic: boolean }>;
}

export interface ProgrammeSection {
  /** Per lead agency of section V, in the decision's order: its tasks, those DONE that year, those overdue at its end. */
  agencies: Array<{ code: string; clause: string; nameVi: string; tasks: number; done: number; overdue: string[] }>;
  funding: Array<{ source: string; planned: number | null; allocated: number | null; spent: number | null; provenance: string | null }>;
}

export interface CultureSection {
  province: { value: number | null; numerator: number | null; denominator: number | null; provenance: string | null } | null;
  districts: Array<{ code: string; name: string; value: number | null }>;
  /** The choropleth of the indicator (gateway/src/maps), added by buildReport. */
  map?: { caption: string; svg: string; synthetic: boolean };
}

/** The programme and culture sections from one persisted operation's answer (null parts: that department did not answer). */
export function programmeAndCulture(answer: any): { programme?: ProgrammeSection; culture?: CultureSection } {
  const y = answer?.province?.inYear;
  if (!y) return {};
  const out: { programme?: ProgrammeSection; culture?: CultureSection } = {};
  if (Array.isArray(y.programmeTasks)) {
    const agencies = new Map<string, ProgrammeSection['agencies'][number]>();
    for (const s of y.programmeTasks) {
      const a: ProgrammeSection["agencies"][number] = agencies.get(s.task.agency.code) ?? { code: s.task.agency.code, clause: s.task.clause, nameVi: s.task.agency.nameVi, tasks: 0, done: 0, overdue: [] as string[] };
      a.tasks += 1;
      if (s.status === 'DONE') a.done += 1;
      if (s.overdue) a.overdue.push(s.task.id);
      agencies.set(a.code, a);
    }
    out.programme = { agencies: [...agencies.values()], funding: y.programmeFunding ?? [] };
  }
  if (y.householdBookCabinets !== undefined) {
    out.culture = {
      province: y.householdBookCabinets ?? null,
      districts: (y.districts ?? []).map((d: any) => ({ code: d.districtCode, name: d.name, value: d.householdBookCabinets?.value ?? null })),
    };
  }
  return out;
}

export const TREND_YEARS = Array.from({ length: 12 }, (_, i) => 2013 + i);

export class ReportInputError extends Error {
  readonly code = 'BAD_USER_INPUT';
}

function operation(name: string): PersistedOperation {
  const op = findOperation(name);
  if (!op) throw new Error(`persisted operation ${name} is missing from gateway/operations`);
  return op;
}

async function runPersisted(run: RunGraphQL, name: string, variables: Record<string, unknown>, problems: string[], unavailable: string[]): Promise<any> {
  const op = operation(name);
  const result = await run(op.document, variables);
  for (const e of result.errors ?? []) {
    if (!problems.includes(e.message)) problems.push(e.message);
    const subgraph = e.extensions?.subgraph;
    if (typeof subgraph === 'string' && !unavailable.includes(subgraph)) unavailable.push(subgraph);
  }
  if (!result.data) throw new Error(`${op.operationName}: ${(result.errors ?? []).map((e) => e.message).join('; ') || 'no data'}`);
  return result.data;
}

const toCommune = (districtCode: string, districtName: string) => (c: any): CommuneScore => ({
  communeCode: c.communeCode,
  name: c.name,
  districtCode,
  districtName,
  total: c.learningSociety?.total ?? null,
  grade: c.learningSociety?.grade ?? null,
  coverage: c.learningSociety?.coverage ?? null,
  components: c.learningSociety?.components ?? [],
});

export async function collectReportData(run: RunGraphQL, opts: { year: number; district?: string; province?: string }): Promise<ReportData> {
  const { year } = opts;
  const province = opts.province ?? '14';
  if (!Number.isInteger(year) || year < TREND_YEARS[0] || year > TREND_YEARS[TREND_YEARS.length - 1]) {
    throw new ReportInputError(`year must be a data year of the programme, ${TREND_YEARS[0]}–${TREND_YEARS[TREND_YEARS.length - 1]}; got ${opts.year}`);
  }
  if (opts.district !== undefined && !/^\d{3}$/.test(opts.district)) throw new ReportInputError(`district must be a three-digit GSO code, e.g. 116; got "${opts.district}"`);
  const problems: string[] = [];
  const unavailable: string[] = [];
  const operations = ['programme-targets', 'province-year-summary'];
  const [targetsData, ...summaries] = await Promise.all([
    runPersisted(run, 'programme-targets', {}, problems, unavailable),
    ...TREND_YEARS.map((y) => runPersisted(run, 'province-year-summary', { province, year: y }, problems, unavailable)),
  ]);
  const targets: Target[] = targetsData.targets;
  const summary = summaries[TREND_YEARS.indexOf(year)].province;
  if (!summary) throw new ReportInputError(`no province with code ${province}`);
  const ls = summary.inYear.learningSociety;
  const base = {
    year,
    province: { code: summary.code, name: summary.name },
    targets,
    score: ls ? { total: ls.total, grade: ls.grade, coverage: ls.coverage, unavailableSources: ls.unavailableSources } : null,
    model: ls?.model ?? null,
    population: summary.inYear.population,
    populationSource: summary.inYear.populationSource,
    problems,
    unavailable,
    operations,
  };

  let data: Omit<ReportData, 'synthetic'>;
  if (opts.district === undefined) {
    operations.push('target-progress', 'learning-society-dashboard');
    const [tp, dash] = await Promise.all([
      runPersisted(run, 'target-progress', { province, year }, problems, unavailable),
      runPersisted(run, 'learning-society-dashboard', { province, year }, problems, unavailable),
    ]);
    data = {
      ...base,
      scope: { level: 'province', code: summary.code, name: summary.name },
      progress: tp.province.inYear.targetProgress ?? [],
      children: tp.province.inYear.districts.map((d: any) => ({
        code: d.districtCode, name: d.name,
        actual: Object.fromEntries((d.targetProgress ?? []).map((p: Progress) => [p.targetId, p.actual])),
      })),
      trend: TREND_YEARS.map((y, i) => ({ year: y, progress: summaries[i].province?.inYear.targetProgress ?? [] })),
      communes: dash.province.inYear.districts.flatMap((d: any) => d.communes.map(toCommune(d.districtCode, d.name))),
    };
  } else {
    operations.push('district-drilldown');
    const drill = await Promise.all(TREND_YEARS.map((y) => runPersisted(run, 'district-drilldown', { district: opts.district, year: y }, problems, unavailable)));
    const now = drill[TREND_YEARS.indexOf(year)].district?.inYear;
    if (!now) throw new ReportInputError(`no district with code ${opts.district} in ${year}`);
    // A commune's bar is its score component for the target's indicator (the same ratio, at commune level).
    const targetOfIndicator = new Map((ls?.model?.components ?? []).map((c: ScoringModel['components'][number]) => [c.indicatorCode, c.targetId]));
    const communes: CommuneScore[] = now.communes.map(toCommune(now.districtCode, now.name));
    data = {
      ...base,
      scope: { level: 'district', code: now.districtCode, name: now.name },
      progress: now.targetProgress ?? [],
      children: communes.map((c) => ({
        code: c.communeCode, name: c.name,
        actual: Object.fromEntries(c.components.filter((x) => targetOfIndicator.get(x.indicator)).map((x) => [targetOfIndicator.get(x.indicator)!, x.value])),
      })),
      trend: TREND_YEARS.map((y, i) => ({ year: y, progress: drill[i].district?.inYear?.targetProgress ?? [] })),
      communes,
    };
  }
  operations.push('reporting-rates');
  const rates = await runPersisted(run, 'reporting-rates', { province, year }, problems, unavailable).catch(() => null);
  const inYear = rates?.province?.inYear ?? {};
  const reporting = (['education', 'vocational', 'workforce', 'awards'] as const)
    .flatMap((d) => (inYear[`${d}Reporting`] ?? []) as ReportingRate[])
    .filter((r) => opts.district === undefined || r.unitCode === opts.district);
  data = { ...data, reporting };
  // Data quality, gaps in people and forecasts (issue 24): the scope's own rows of the same persisted operations the explorer and /export offer.
  operations.push(opts.district === undefined ? 'province-data-quality' : 'data-quality', 'target-gaps', 'target-forecasts');
  const [dq, gaps, forecasts] = await Promise.all([
    opts.district === undefined
      ? runPersisted(run, 'province-data-quality', { province, year }, problems, unavailable)
      : runPersisted(run, 'data-quality', { district: opts.district, year }, problems, unavailable),
    runPersisted(run, 'target-gaps', { province, year }, problems, unavailable),
    runPersisted(run, 'target-forecasts', { province, year }, problems, unavailable),
  ]);
  data.quality = (opts.district === undefined ? dq.province?.inYear?.dataQuality : dq.district?.inYear?.dataQuality) ?? [];
  const scopeRows = (answer: any): any[] => (opts.district === undefined
    ? answer.province?.inYear?.targetProgress
    : answer.province?.inYear?.districts?.find((d: any) => d.districtCode === opts.district)?.targetProgress) ?? [];
  const forecastOf = new Map(scopeRows(forecasts).map((r: any) => [r.targetId, r.forecast]));
  data.outlook = scopeRows(gaps).map((r: any): Outlook => ({
    targetId: r.targetId, shortfall: r.shortfall, shortfallUnit: r.shortfallUnit, shortfallOfUnits: r.shortfallOfUnits, forecast: forecastOf.get(r.targetId) ?? null,
  }));

  // The programme office's and culture's sections: the province's year, whatever the scope (section V tasks and money are the province's).
  operations.push('programme-and-culture');
  Object.assign(data, programmeAndCulture(await runPersisted(run, 'programme-and-culture', { province, year }, problems, unavailable)));
  const provenances = data.progress.map((p) => p.provenance).filter((p): p is string => !!p);
  const synthetic = provenances.length
    ? provenances.some((p) => p === 'SYNTHETIC' || p === 'MIXED')
    : /SYNTHETIC/i.test(data.populationSource);
  return { ...data, synthetic };
}
