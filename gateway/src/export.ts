import type { ApolloServer } from '@apollo/server';
import type { GatewayContext } from './server';

/**
 * Flat CSV tables for BI tools (Power BI, Excel, Superset): GET /export/<dataset>.csv with the same bearer
 * token as /graphql. Each runs one GraphQL operation through the gateway (so the same query plan, loaders
 * and access rules apply) and flattens it to one row per unit and component or target.
 */
const DATA_NOTE = 'figures from the departments\u2019 databases; the demo databases hold SYNTHETIC data (the provenance column says which figures are)';

interface Dataset {
  query: string;
  header: string[];
  rows: (data: any, year: number) => Array<Array<string | number | boolean | null>>;
}

/**
 * Both tables walk the year-scoped tree (ProvinceYear.communes / .districts): the units that reported in that
 * year, with the names and districts they had then (204 communes in 2013–2024, 75 without districts from 2025),
 * never today's tree read in an earlier year.
 */
const DATASETS: Record<string, Dataset> = {
  'learning-society': {
    query: `query($year: Int!) { province(code: "14") { inYear(year: $year) { communes { communeCode name district { districtCode name }
      learningSociety { model { id } total grade coverage complete provenance
        components { indicator source clause value numerator denominator target points weight status provenance } } } } } }`,
    header: ['year', 'district_code', 'district_name', 'commune_code', 'commune_name', 'model', 'total', 'grade', 'coverage', 'complete',
      'indicator', 'source', 'clause', 'value', 'numerator', 'denominator', 'target', 'points', 'weight', 'status', 'provenance', 'data_note'],
    rows: (data, year) =>
      data.province.inYear.communes.flatMap((c: any) => {
        const ls = c.learningSociety;
        if (!ls) return [];
        return ls.components.map((x: any) => [year, c.district?.districtCode ?? null, c.district?.name ?? null, c.communeCode, c.name, ls.model.id,
          ls.total, ls.grade, ls.coverage, ls.complete, x.indicator, x.source, x.clause, x.value, x.numerator, x.denominator, x.target, x.points,
          x.weight, x.status, x.provenance, DATA_NOTE]);
      }),
  },
  'target-progress': {
    query: `query($year: Int!) { province(code: "14") { code name inYear(year: $year) {
      targetProgress { targetId clause indicator source targetYear target actual met gap previous change due status provenance }
      districts { districtCode name targetProgress { targetId clause indicator source targetYear target actual met gap previous change due status provenance } } } } }`,
    header: ['year', 'level', 'unit_code', 'unit_name', 'target_id', 'clause', 'indicator', 'source', 'target_year', 'target', 'actual', 'met',
      'gap', 'previous', 'change', 'due', 'status', 'provenance', 'data_note'],
    rows: (data, year) => {
      const p = data.province;
      const units = [
        { level: 'province', code: p.code, name: p.name, progress: p.inYear.targetProgress },
        ...p.inYear.districts.map((d: any) => ({ level: 'district', code: d.districtCode, name: d.name, progress: d.targetProgress })),
      ];
      return units.flatMap((u: any) =>
        (u.progress ?? []).map((t: any) => [year, u.level, u.code, u.name, t.targetId, t.clause, t.indicator, t.source, t.targetYear,
          t.target, t.actual, t.met, t.gap, t.previous, t.change, t.due, t.status, t.provenance, DATA_NOTE]),
      );
    },
  },
};

const cell = (v: string | number | boolean | null | undefined) => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export async function exportCsv(
  apollo: ApolloServer<GatewayContext>,
  context: GatewayContext,
  name: string,
  params: Record<string, string | undefined>,
): Promise<{ status: number; body: string; partial?: string[] }> {
  const dataset = DATASETS[name];
  if (!dataset) return { status: 404, body: `Unknown dataset "${name}"; available: ${Object.keys(DATASETS).join(', ')}\n` };
  const year = Number(params.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return { status: 400, body: 'year must be a whole number, e.g. ?year=2015\n' };
  const response = await apollo.executeOperation({ query: dataset.query, variables: { year } }, { contextValue: context });
  if (response.body.kind !== 'single') return { status: 500, body: 'unexpected incremental response\n' };
  const { data, errors } = response.body.singleResult;
  if (!data) return { status: 502, body: `${(errors ?? []).map((e) => e.message).join('\n')}\n` };
  // A partial answer (a department did not answer) is still exported; the x-export-errors header says what is missing.
  const rows = dataset.rows(data, year);
  const body = `\uFEFF${[dataset.header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
  return { status: 200, body, partial: errors?.map((e) => e.message) };
}
