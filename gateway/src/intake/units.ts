import type { ApolloServer } from '@apollo/server';
import type { GatewayContext } from '../context';
import type { IntakeDataset } from './datasets';

/** Runs one GraphQL operation inside the gateway as the caller (the same plan, loaders and access rules as /graphql). */
export type RunGraphQL = (query: string, variables: Record<string, unknown>) => Promise<{ data?: Record<string, any> | null; errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> }>;

/** Runs operations inside the gateway as the caller of `context` (a fresh statement count per operation). */
export function runner(apollo: ApolloServer<GatewayContext>, context: GatewayContext): RunGraphQL {
  return async (query, variables) => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: { ...context, sqlStatements: 0, subgraphCalls: 0 } });
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    return response.body.singleResult as Awaited<ReturnType<RunGraphQL>>;
  };
}

export class IntakeRefusal extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** One row a unit's template holds: the unit (commune or district) as of that year. */
export interface UnitRow {
  code: string;
  name: string;
}

/** The reporting unit of a year and the units its rows are about (its communes, or itself). */
export interface ReportingUnit {
  code: string;
  name: string;
  level: 'district' | 'commune';
  /** District of the unit that year (a commune before 2025); null from 2025. */
  districtCode: string | null;
  /** Province of the unit that year (a commune's; a district's is not asked): whose findings hold a commune's from 2025. */
  provinceCode: string | null;
  communes: UnitRow[];
}

const DISTRICT_YEAR = `query IntakeDistrictYear($code: String!, $year: Int!) {
  district(code: $code) { code inYear(year: $year) { districtCode name communes { communeCode name } } }
}`;
const COMMUNE_YEAR = `query IntakeCommuneYear($code: String!, $year: Int!) {
  commune(code: $code) { code inYear(year: $year) { communeCode name districtCode provinceCode } }
}`;

/**
 * The reporting unit `code` in `year`, through the supergraph: a district (three digits) with its communes of
 * that year, each named as then; a commune (five digits) with itself. A unit that did not exist that year is
 * refused (Vân Hồ, 128, before 2013; every district from 2025).
 */
export async function reportingUnit(run: RunGraphQL, code: string, year: number): Promise<ReportingUnit> {
  if (/^\d{3}$/.test(code)) {
    const r = await run(DISTRICT_YEAR, { code, year });
    if (!r.data?.district) throw notFound(r, `there is no district ${code}`);
    const y = r.data.district.inYear;
    if (!y) throw new IntakeRefusal(400, 'UNIT_NOT_IN_YEAR', `district ${code} did not exist in ${year} (as of 31 December)`);
    return { code, name: y.name, level: 'district', districtCode: code, provinceCode: null, communes: y.communes.map((c: any) => ({ code: c.communeCode, name: c.name })) };
  }
  if (/^\d{5}$/.test(code)) {
    const r = await run(COMMUNE_YEAR, { code, year });
    if (!r.data?.commune) throw notFound(r, `there is no commune ${code}`);
    const y = r.data.commune.inYear;
    if (!y) throw new IntakeRefusal(400, 'UNIT_NOT_IN_YEAR', `commune ${code} did not exist in ${year} (as of 31 December)`);
    return { code, name: y.name, level: 'commune', districtCode: y.districtCode ?? null, provinceCode: y.provinceCode ?? null, communes: [{ code, name: y.name }] };
  }
  throw new IntakeRefusal(400, 'UNKNOWN_UNIT', 'unitCode is a district (3 digits) or a commune (5 digits) GSO code');
}

function notFound(r: Awaited<ReturnType<RunGraphQL>>, message: string): IntakeRefusal {
  const code = String(r.errors?.[0]?.extensions?.code ?? '');
  if (code === 'UNAUTHENTICATED') return new IntakeRefusal(401, code, r.errors![0].message);
  if (code === 'FORBIDDEN') return new IntakeRefusal(403, code, r.errors![0].message);
  if (r.errors?.length && code !== 'NOT_FOUND' && code !== 'BAD_USER_INPUT') return new IntakeRefusal(502, code || 'SUBGRAPH_UNAVAILABLE', r.errors[0].message);
  return new IntakeRefusal(400, 'UNKNOWN_UNIT', message);
}

/** The template's rows of a unit: its communes, or the district itself (datasets keyed by districtCode). */
export function unitRows(ds: IntakeDataset, unit: ReportingUnit): UnitRow[] {
  if (ds.unitKey === 'communeCode') return unit.communes;
  if (ds.unitKey === 'districtCode' && unit.level === 'district') return [{ code: unit.code, name: unit.name }];
  return [];
}

/**
 * The values stored for the unit's rows of a year (unit key → column → value), read back through the
 * dataset's list query, every page. Statements per request do not grow with the communes: one query per page.
 */
export async function storedRows(run: RunGraphQL, ds: IntakeDataset, unit: ReportingUnit, year: number): Promise<Map<string, Record<string, unknown>>> {
  const out = new Map<string, Record<string, unknown>>();
  if (!ds.stored || !ds.unitKey) return out;
  const groups = new Map<string, string[]>();
  for (const path of Object.values(ds.stored.paths)) {
    const head = path.length === 1 ? '' : path[0];
    groups.set(head, [...(groups.get(head) ?? []), path[path.length - 1]]);
  }
  const selection = [...groups].map(([head, cols]) => (head ? `${head} { ${cols.join(' ')} }` : cols.join(' '))).join(' ');
  const query = `query IntakeStored($year: Int!, $districtCode: String, $after: String) {
    rows: ${ds.stored.field}(year: $year, districtCode: $districtCode, first: 1000, after: $after) { nodes { ${selection} } pageInfo { endCursor hasNextPage } }
  }`;
  const wanted = new Set(unitRows(ds, unit).map((u) => u.code));
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const r = await run(query, { year, districtCode: unit.districtCode, after });
    if (!r.data?.rows) {
      const code = String(r.errors?.[0]?.extensions?.code ?? 'SUBGRAPH_UNAVAILABLE');
      throw new IntakeRefusal(code === 'FORBIDDEN' ? 403 : code === 'UNAUTHENTICATED' ? 401 : 502, code, r.errors?.[0]?.message ?? 'the stored rows could not be read');
    }
    for (const node of r.data.rows.nodes) {
      const flat: Record<string, unknown> = {};
      for (const [col, path] of Object.entries(ds.stored.paths)) flat[col] = path.reduce<any>((v, p) => (v == null ? v : v[p]), node);
      const key = String(flat[ds.unitKey]);
      if (wanted.has(key)) out.set(key, flat);
    }
    if (!r.data.rows.pageInfo.hasNextPage) break;
    after = r.data.rows.pageInfo.endCursor;
  }
  return out;
}
