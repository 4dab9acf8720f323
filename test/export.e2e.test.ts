import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { findOperation } from '../gateway/src/operations';
import { gql } from './testkit';
import { startPlatform, type RunningPlatform } from './testkit/platform';

/**
 * BI exports through the running gateway (five subgraphs, seeded SYNTHETIC data), read back by real clients:
 * csv-parse, exceljs and DuckDB.
 */
const COMMUNE_SCORES = `query CommuneScores($year: Int!) { district(code: "116") { code name communes { code name inYear(year: $year) {
  learningSociety { total grade components { indicator source value points weight status } } } } } }`;

describe('BI export of any operation and of the named datasets', () => {
  let p: RunningPlatform;
  let token: string;
  let exportUrl: string;
  let duck: DuckDBConnection;
  const dir = mkdtempSync(join(tmpdir(), 'lsp-export-'));
  beforeAll(async () => {
    p = await startPlatform();
    token = await p.token(['analyst']);
    exportUrl = p.gatewayUrl.replace(/graphql$/, 'export');
    duck = await (await DuckDBInstance.create(':memory:')).connect();
  });
  afterAll(async () => {
    duck?.closeSync();
    await p?.stop();
  });
  const auth = () => ({ authorization: `Bearer ${token}` });
  const post = (body: unknown, query = '', headers: Record<string, string> = {}) =>
    fetch(`${exportUrl}${query}`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth(), ...headers }, body: JSON.stringify(body) });
  const get = (path: string, headers: Record<string, string> = auth()) => fetch(`${exportUrl}${path}`, { headers });
  /** Saves a response body where DuckDB can read it (DuckDB reads URLs only through its httpfs extension). */
  const save = async (res: Response, name: string) => {
    const file = join(dir, name);
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    return file;
  };
  const rowsOf = async (sql: string) => (await duck.runAndReadAll(sql)).getRowObjectsJson() as Array<Record<string, any>>;

  it('POST /export?format=csv flattens the score of every commune into one row per component, codes intact', async () => {
    const res = await post({ query: COMMUNE_SCORES, variables: { year: 2015 } }, '?format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/CommuneScores\.csv/);
    expect(Number(res.headers.get('x-sql-statements'))).toBeGreaterThan(0);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 BOM Excel needs
    const text = bytes.toString('utf8');
    const rows = parseCsv(text, { bom: true, columns: true }) as Array<Record<string, string>>;
    const header = Object.keys(rows[0]);
    expect(header).toEqual([
      'district.code', 'district.name', 'district.communes.code', 'district.communes.name',
      'district.communes.inYear.learningSociety.total', 'district.communes.inYear.learningSociety.grade',
      'district.communes.inYear.learningSociety.components.indicator', 'district.communes.inYear.learningSociety.components.source',
      'district.communes.inYear.learningSociety.components.value', 'district.communes.inYear.learningSociety.components.numerator',
      'district.communes.inYear.learningSociety.components.denominator', 'district.communes.inYear.learningSociety.components.points',
      'district.communes.inYear.learningSociety.components.weight', 'district.communes.inYear.learningSociety.components.status',
    ]);
    const answer = await gql(p.gatewayUrl, COMMUNE_SCORES, { year: 2015 }, { bearer: token });
    const communes = answer.data.district.communes;
    // One row per component of every scored commune, and one (empty) row for each commune with no 2015 unit.
    const expected = communes.reduce((n: number, c: any) => n + (c.inYear ? c.inYear.learningSociety.components.length : 1), 0);
    expect(rows).toHaveLength(expected);
    const c = communes.find((x: any) => x.code === '03646');
    const mine = rows.filter((r) => r['district.communes.code'] === '03646');
    expect(mine).toHaveLength(c.inYear.learningSociety.components.length);
    for (const [i, comp] of c.inYear.learningSociety.components.entries()) {
      const r = mine[i];
      expect(r['district.communes.inYear.learningSociety.components.indicator']).toBe(comp.indicator);
      expect(r['district.communes.inYear.learningSociety.components.value']).toBe(comp.value === null ? '' : String(comp.value));
      expect(r['district.communes.inYear.learningSociety.total']).toBe(String(c.inYear.learningSociety.total));
    }
  });

  it('GET /export takes the query as parameters and the format from Accept; XLSX keeps "03646" as text', async () => {
    const q = `?query=${encodeURIComponent(COMMUNE_SCORES)}&variables=${encodeURIComponent(JSON.stringify({ year: 2015 }))}`;
    const nd = await get(q, { ...auth(), accept: 'application/x-ndjson' });
    expect(nd.status).toBe(200);
    expect(nd.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const first = JSON.parse((await nd.text()).split('\n')[0]);
    expect(typeof first['district.communes.code']).toBe('string');

    const x = await get(`${q}&format=xlsx`);
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await x.arrayBuffer());
    const sheet = wb.worksheets[0];
    const header = sheet.getRow(1).values as unknown[];
    const codeCol = header.indexOf('district.communes.code');
    let found = 0;
    sheet.eachRow((row, n) => {
      if (n > 1 && row.getCell(codeCol).value === '03646') {
        expect(row.getCell(codeCol).type).toBe(ExcelJS.ValueType.String);
        found++;
      }
    });
    expect(found).toBeGreaterThan(0);
  });

  it('refuses with JSON errors carrying extensions.code', async () => {
    const codeOf = async (res: Response) => ({ status: res.status, code: ((await res.json()) as any).errors[0].extensions.code });
    expect(await codeOf(await get(`?query=${encodeURIComponent('{ targets { id } }')}`, {}))).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await codeOf(await post({ query: '{ province(code: "14") { nope } }' }))).toEqual({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(await codeOf(await post({ query: '{ targets { id }' }))).toEqual({ status: 400, code: 'GRAPHQL_PARSE_FAILED' });
    // Worded exactly as /graphql words it (so production's policy on field suggestions holds for exports too).
    const bad = '{ province(code: "14") { nme } }';
    const viaExport = ((await (await post({ query: bad })).json()) as any).errors.map((e: any) => e.message);
    expect(viaExport).toEqual((await gql(p.gatewayUrl, bad, {}, { bearer: token })).errors!.map((e) => e.message));
    expect(await codeOf(await post({ query: 'mutation { __typename }' }))).toEqual({ status: 400, code: 'EXPORT_QUERY_ONLY' });
    expect(await codeOf(await post({ query: '{ targets { id } }' }, '?format=pdf'))).toEqual({ status: 400, code: 'EXPORT_FORMAT_UNSUPPORTED' });
    expect(await codeOf(await post({ query: 'query($c: String!) { commune(code: $c) { code } }', variables: { c: 5 } }))).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    expect(await codeOf(await get('/nothing.csv?year=2015'))).toEqual({ status: 404, code: 'NOT_FOUND' });
    expect(await codeOf(await get('/labour-force.csv?year=abc'))).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    expect(await codeOf(await get('/labour-force.csv?year=2015&yaer=2015'))).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    expect(await codeOf(await get('/labour-force.csv'))).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    // The gateway's query limits apply to exports as to /graphql.
    const aliases = `{ ${Array.from({ length: 5000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect(await codeOf(await post({ query: aliases }))).toEqual({ status: 400, code: 'QUERY_TOO_COMPLEX' });
    // Checked by the department (the kit's parseInstant), answered as the export's own refusals.
    expect(await codeOf(await get('/labour-force.csv?year=2015&updatedSince=yesterday'))).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    expect(await codeOf(await get('/labour-force.pdf?year=2015'))).toEqual({ status: 400, code: 'EXPORT_FORMAT_UNSUPPORTED' });
    expect(await codeOf(await get('', {}))).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('GET /export lists every persisted operation with its parameters, URLs and columns', async () => {
    const res = await get('');
    expect(res.status).toBe(200);
    const { datasets } = (await res.json()) as { datasets: any[] };
    const labour = datasets.find((d) => d.name === 'labour-force');
    expect(labour.urls).toEqual({ csv: '/export/labour-force.csv', ndjson: '/export/labour-force.ndjson', xlsx: '/export/labour-force.xlsx' });
    expect(labour.parameters).toEqual([
      { name: 'year', type: 'Int!', required: true, example: 2015 },
      { name: 'districtCode', type: 'String', required: false },
      { name: 'updatedSince', type: 'String', required: false },
    ]);
    expect(labour.paged).toBe(true);
    expect(labour.columns.map((c: any) => c.name)).toEqual([
      'labourForceRows.totalCount', 'labourForceRows.nodes.communeCode', 'labourForceRows.nodes.year', 'labourForceRows.nodes.commune.name',
      'labourForceRows.nodes.workingAgePopulation', 'labourForceRows.nodes.agriculturalWorkers', 'labourForceRows.nodes.vocationallyTrainedWorkers',
      'labourForceRows.nodes.agriculturalWorkersTrainingAccess', 'labourForceRows.nodes.source', 'labourForceRows.nodes.updatedAt',
      'labourForceRows.deleted.key', 'labourForceRows.deleted.deletedAt', '_list',
    ]);
    expect(datasets.map((d) => d.name)).toEqual(expect.arrayContaining(['learning-society-dashboard', 'target-progress']));
  });

  it('DuckDB reads the CSV and NDJSON of a fact dataset; its sums and ratio equal the GraphQL answer', async () => {
    const csv = await save(await get('/labour-force.csv?year=2015'), 'labour.csv');
    const ndjson = await save(await get('/labour-force.ndjson?year=2015'), 'labour.ndjson');
    const answer = await gql(p.gatewayUrl, `{ province(code: "14") { inYear(year: 2015) {
      labourForce { workingAgePopulation vocationallyTrainedWorkers } labourIndicators { vocationallyTrained { value } } } } }`, {}, { bearer: token });
    const lf = answer.data.province.inYear.labourForce;
    const ratio = answer.data.province.inYear.labourIndicators.vocationallyTrained.value;
    for (const source of [`read_csv('${csv}', header = true)`, `read_json('${ndjson}', format = 'newline_delimited')`]) {
      const [r] = await rowsOf(`SELECT count(*) AS n, count(DISTINCT "labourForceRows.nodes.communeCode") AS communes,
        sum("labourForceRows.nodes.workingAgePopulation") AS working, sum("labourForceRows.nodes.vocationallyTrainedWorkers") AS trained,
        min(length("labourForceRows.nodes.communeCode")) AS shortest FROM ${source} WHERE "_list" = 'labourForceRows.nodes'`);
      expect(Number(r.n)).toBe(Number(r.communes));
      expect(Number(r.shortest)).toBe(5);
      expect(Number(r.working)).toBe(lf.workingAgePopulation);
      expect(Number(r.trained)).toBe(lf.vocationallyTrainedWorkers);
      expect(Math.round((10000 * Number(r.trained)) / Number(r.working)) / 100).toBeCloseTo(ratio, 1);
    }
  });

  /** Each department's fact datasets: the list of their rows, and the numeric fields to sum. */
  const FACT_DATASETS: Array<[string, string, string[]]> = [
    ['labour-force', 'labourForceRows.nodes', ['workingAgePopulation', 'agriculturalWorkers', 'vocationallyTrainedWorkers']],
    ['course-enrolments', 'courseEnrolmentRows.nodes', ['enrolled', 'graduated']],
    ['vocational-courses', 'vocationalCourses.nodes', ['enrolled', 'graduated']],
    ['training-providers', 'trainingProviders.nodes', []],
    ['education-statistics', 'educationStatistics.nodes', ['counts.childrenUnder3', 'counts.under3InNursery', 'counts.literate15To35Female']],
    ['recognition-counts', 'recognitionCounts.nodes', ['recognised', 'eligible']],
    ['workforce-qualifications', 'people.nodes.qualifications', []],
  ];

  /** The operation's answer over all its pages, asked of /graphql directly. */
  const everyPage = async (document: string, variables: Record<string, unknown>) => {
    const pages: any[] = [];
    for (let after: string | undefined; ;) {
      const r = await gql(p.gatewayUrl, document, { ...variables, after }, { bearer: token });
      expect(r.errors).toBeUndefined();
      pages.push(r.data);
      const page: any = Object.values(r.data)[0];
      const info = page.pageInfo ?? page;
      if (!info.hasNextPage) return pages;
      after = info.endCursor;
    }
  };
  const elements = (value: unknown, path: string[]): any[] => {
    if (Array.isArray(value)) return value.flatMap((v) => elements(v, path));
    if (!path.length) return value === null || value === undefined ? [] : [value];
    return elements((value as any)?.[path[0]], path.slice(1));
  };

  it.each(FACT_DATASETS)('DuckDB reads the fact dataset %s as CSV and as NDJSON: its rows and sums equal the GraphQL answer', async (name, list, sums) => {
    const op = findOperation(name)!;
    const query = new URLSearchParams(Object.entries(op.exampleVariables).map(([k, v]): [string, string] => [k, String(v)])).toString();
    const csv = await save(await get(`/${name}.csv?${query}`), `${name}.csv`);
    const ndjson = await save(await get(`/${name}.ndjson?${query}`), `${name}.ndjson`);
    const items = (await everyPage(op.document, op.exampleVariables)).flatMap((page) => elements(page, list.split('.')));
    expect(items.length).toBeGreaterThan(0);
    const stacked = (await rowsOf(`DESCRIBE SELECT * FROM read_json('${ndjson}', format = 'newline_delimited')`)).some((c) => c.column_name === '_list');
    for (const source of [`read_csv('${csv}', header = true)`, `read_json('${ndjson}', format = 'newline_delimited')`]) {
      const [r] = await rowsOf(`SELECT count(*) AS n${sums.map((f, i) => `, sum("${list}.${f}") AS s${i}`).join('')}
        FROM ${source}${stacked ? ` WHERE "_list" = '${list}'` : ''}`);
      expect(Number(r.n)).toBe(items.length);
      sums.forEach((f, i) => expect(Number(r[`s${i}`])).toBe(items.reduce((t, x) => t + (elements(x, f.split('.'))[0] ?? 0), 0)));
    }
  });

  it('every fact dataset that takes updatedSince answers an empty table for the watermark of an export just made', async () => {
    const { datasets } = (await (await get('')).json()) as { datasets: any[] };
    const incremental = datasets.filter((d) => d.parameters.some((x: any) => x.name === 'updatedSince'));
    expect(incremental.map((d) => d.name)).toEqual(expect.arrayContaining(FACT_DATASETS.map(([n]) => n)));
    for (const d of incremental) {
      const example = Object.fromEntries(d.parameters.filter((x: any) => x.example !== undefined).map((x: any) => [x.name, String(x.example)]));
      const full = await get(`/${d.name}.ndjson?${new URLSearchParams(example)}`);
      expect({ name: d.name, status: full.status }).toEqual({ name: d.name, status: 200 });
      expect((await full.text()).trim().length).toBeGreaterThan(0);
      const since = await get(`/${d.name}.ndjson?${new URLSearchParams({ ...example, updatedSince: full.headers.get('x-export-watermark')! })}`);
      expect({ name: d.name, status: since.status, body: await since.text() }).toEqual({ name: d.name, status: 200, body: '' });
    }
  });

  it('every other persisted operation exports with its example variables, its rows carrying exactly the listed columns', async () => {
    const { datasets } = (await (await get('')).json()) as { datasets: any[] };
    const tested = new Set(['learning-society-dashboard', 'target-progress', ...FACT_DATASETS.map(([n]) => n)]);
    const others = datasets.filter((d) => !tested.has(d.name));
    expect(others.length).toBeGreaterThanOrEqual(2);
    for (const d of others) {
      const example = Object.fromEntries(d.parameters.filter((x: any) => x.example !== undefined).map((x: any) => [x.name, String(x.example)]));
      const res = await get(`/${d.name}.ndjson?${new URLSearchParams(example)}`);
      expect({ name: d.name, status: res.status, errors: res.headers.get('x-export-errors') }).toEqual({ name: d.name, status: 200, errors: null });
      const rows = (await res.text()).trim().split('\n').map((l) => JSON.parse(l));
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(Object.keys(r)).toEqual(d.columns.map((c: any) => c.name));
    }
  });

  it('follows a paged list to its last page and carries the watermark for the next refresh', async () => {
    const before = new Date().toISOString();
    const res = await post({ query: 'query People($after: String) { people(filter: { districtCode: "116", postedOn: "2015-12-31" }, first: 10, after: $after) { totalCount nodes { personCode birthYear } } }' }, '?format=ndjson');
    expect(res.status).toBe(200);
    const watermark = res.headers.get('x-export-watermark')!;
    expect(watermark >= before && watermark <= new Date().toISOString()).toBe(true);
    const rows = (await res.text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(Object.keys(rows[0])).toEqual(['people.totalCount', 'people.nodes.personCode', 'people.nodes.birthYear']);
    const total = rows[0]['people.totalCount'];
    expect(total).toBeGreaterThan(10 * 2);
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => r['people.nodes.personCode'])).size).toBe(total);
  });

  /** The Done-when request: POST /export?format=csv with the 2015 year-scoped dashboard query (asked once, read by two tests). */
  let dashboard: Promise<Buffer> | undefined;
  const dashboardCsv = () => (dashboard ??= (async () => {
    const res = await post({ query: findOperation('learning-society-dashboard')!.document, variables: { province: '14', year: 2015 } }, '?format=csv');
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  })());

  it('the 2015 dashboard dataset: one row per commune and component, 204 communes per component, codes intact; XLSX keeps "03646"', async () => {
    const rows = parseCsv(await dashboardCsv(), { bom: true, columns: true }) as Array<Record<string, string>>;
    const C = 'province.inYear.districts.communes.';
    const perComponent = new Map<string, Set<string>>();
    for (const r of rows) {
      const k = r[`${C}learningSociety.components.indicator`];
      perComponent.set(k, (perComponent.get(k) ?? new Set()).add(r[`${C}communeCode`]));
    }
    expect(perComponent.size).toBeGreaterThan(10);
    for (const communes of perComponent.values()) expect(communes.size).toBe(204);
    // The units that reported in 2015, named and placed as they were then.
    expect(new Set(rows.map((r) => r['province.inYear.districts.districtCode'])).size).toBe(12);
    expect(rows.find((r) => r[`${C}communeCode`] === '03646')![`${C}name`]).toBe('Phường Chiềng Lề');
    expect(rows.find((r) => r['province.inYear.districts.districtCode'] === '123')!['province.inYear.districts.name']).toBe('Huyện Mộc Châu');
    expect(new Set(rows.filter((r) => r[`${C}learningSociety.components.status`] === 'SCORED')
      .map((r) => r[`${C}learningSociety.components.provenance`]))).toEqual(new Set(['SYNTHETIC']));
    expect(rows.every((r) => /^\d{5}$/.test(r[`${C}communeCode`]) && /^\d{3}$/.test(r['province.inYear.districts.districtCode']))).toBe(true);

    const x = await get('/learning-society-dashboard.xlsx?province=14&year=2015');
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await x.arrayBuffer());
    const sheet = wb.worksheets[0];
    const col = (sheet.getRow(1).values as unknown[]).indexOf(`${C}communeCode`);
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1 && row.getCell(col).value === '03646') cells.push(row.getCell(col));
    });
    expect(cells.length).toBe(perComponent.size);
    for (const cell of cells) expect(cell.type).toBe(ExcelJS.ValueType.String);
  });

  it('DuckDB reads the dashboard CSV and NDJSON; its per-district sums and ratios equal the districts\u2019 GraphQL answer', async () => {
    const csv = join(dir, 'dashboard.csv');
    writeFileSync(csv, await dashboardCsv());
    const ndjson = await save(await get('/learning-society-dashboard.ndjson?province=14&year=2015'), 'dashboard.ndjson');
    const answer = await gql(p.gatewayUrl, `{ province(code: "14") { inYear(year: 2015) { districts { districtCode
      learningSociety { components { indicator numerator denominator value } } } } } }`, {}, { bearer: token });
    const expected = new Map<string, any>();
    for (const d of answer.data.province.inYear.districts) {
      for (const c of d.learningSociety.components) expected.set(`${d.districtCode}|${c.indicator}`, c);
    }
    const D = 'province.inYear.districts.districtCode';
    const K = 'province.inYear.districts.communes.learningSociety.components';
    const sources = [
      `read_csv('${csv}', header = true, types = { '${D}': 'VARCHAR', 'province.inYear.districts.communes.communeCode': 'VARCHAR' })`,
      `read_json('${ndjson}', format = 'newline_delimited')`,
    ];
    for (const source of sources) {
      const sums = await rowsOf(`SELECT "${D}" AS district, "${K}.indicator" AS indicator,
        sum("${K}.numerator") AS numerator, sum("${K}.denominator") AS denominator
        FROM ${source} GROUP BY ALL ORDER BY ALL`);
      expect(sums.length).toBe(expected.size);
      let compared = 0;
      for (const s of sums) {
        const e = expected.get(`${s.district}|${s.indicator}`);
        expect(e).toBeDefined();
        // Indicators kept at district level only (continuing-education centres) have no commune rows to sum.
        if (e.denominator === null || s.denominator === null) continue;
        expect(Number(s.numerator)).toBeCloseTo(e.numerator, 6);
        expect(Number(s.denominator)).toBeCloseTo(e.denominator, 6);
        if (e.value !== null) expect((100 * Number(s.numerator)) / Number(s.denominator)).toBeCloseTo(e.value, 1);
        compared++;
      }
      expect(compared).toBeGreaterThan(expected.size / 2);
    }
  }, 240_000);

  it('keeps the first URLs: learning-society.csv and target-progress.csv with only the year', async () => {
    const ls = await get('/learning-society.csv?year=2015');
    expect(ls.status).toBe(200);
    expect(ls.headers.get('content-disposition')).toMatch(/learning-society\.csv/);
    const tp = await get('/target-progress.csv?year=2020');
    expect(tp.status).toBe(200);
    const rows = parseCsv(await tp.text(), { bom: true, columns: true }) as Array<Record<string, string>>;
    const targets = (await gql(p.gatewayUrl, '{ targets { id } }', {}, { bearer: token })).data.targets;
    const own = rows.filter((r) => r._list === 'province.inYear.targetProgress');
    const districts = rows.filter((r) => r._list === 'province.inYear.districts.targetProgress');
    expect(own).toHaveLength(targets.length);
    expect(new Set(districts.map((r) => r['province.inYear.districts.districtCode'])).size).toBe(12);
    expect(districts).toHaveLength(12 * targets.length);
    expect(rows).toHaveLength(13 * targets.length);
    expect(Object.keys(rows[0])).toEqual(expect.arrayContaining(['province.inYear.targetProgress.provenance', 'province.inYear.districts.targetProgress.provenance']));
  });

  it('still exports a partial answer when a department is down, naming it in x-export-errors', async () => {
    await p.stopSubgraph('vocational');
    const res = await post({ query: `{ district(code: "116") { code communes { code inYear(year: 2015) { population
      labourForce { workingAgePopulation } } } } }` }, '?format=ndjson');
    expect(res.status).toBe(200);
    const errors = JSON.parse(decodeURIComponent(res.headers.get('x-export-errors')!));
    expect(Number(res.headers.get('x-export-error-count'))).toBeGreaterThanOrEqual(errors.length);
    expect(errors[0]).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'vocational' });
    const rows = (await res.text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((r) => r['district.communes.inYear.labourForce.workingAgePopulation'] === null)).toBe(true);
    expect(rows.some((r) => r['district.communes.inYear.population'] > 0)).toBe(true);
  });
});
