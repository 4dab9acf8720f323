import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { buildSchema, print } from 'graphql';
import { parse as parseCsv } from 'csv-parse/sync';
import { ExportError } from './errors';
import { flatten, type Cell } from './flatten';
import { pages } from './index';
import { neutralise, writeTable } from './formats';
import { planExport, type Column } from './plan';
import { variablesFromParams } from './variables';

const schema = buildSchema(`
  type Query { province(code: String!): Province, rows(year: Int!, district: String, kinds: [Kind!], since: Stamp): [Row!]!
    facts(updatedSince: String, first: Int, after: String): FactConnection!, people(first: Int, after: String): PersonPage! }
  type FactConnection { nodes: [Row!]! totalCount: Int! pageInfo: PageInfo! deleted: [Deleted!]! }
  type PageInfo { endCursor: String hasNextPage: Boolean! }
  type Deleted { key: String! deletedAt: String! }
  type PersonPage { nodes: [Row!]! endCursor: String hasNextPage: Boolean! }
  scalar Stamp
  enum Kind { A B }
  type Province { code: String! name: String! inYear(year: Int!): ProvinceYear }
  type ProvinceYear { year: Int! targetProgress: [Progress!]! districts: [DistrictYear!]! }
  type DistrictYear { districtCode: String! name: String! communes: [CommuneYear!]! }
  type CommuneYear { communeCode: String! name: String! tags: [String!]! score: Score }
  type Score { total: Float components: [Component!]! }
  type Component { indicator: String! value: Float numerator: Float denominator: Float points: Float }
  type Progress { targetId: String! actual: Float numerator: Float denominator: Float gap: Float met: Boolean }
  type Row { communeCode: String! year: Int! count: Int }
`);

const columnNames = (cols: Column[]) => cols.map((c) => c.name);

describe('export plan: columns by path, one row per element of the deepest list', () => {
  const query = `query Q($year: Int!) { province(code: "14") { code inYear(year: $year) { year
    districts { districtCode name communes { communeCode tags score { total components { indicator value points } } } } } } }`;

  it('names columns by their path and adds numerator and denominator right after a rate', () => {
    const plan = planExport(schema, query);
    expect(columnNames(plan.columns)).toEqual([
      'province.code', 'province.inYear.year', 'province.inYear.districts.districtCode', 'province.inYear.districts.name',
      'province.inYear.districts.communes.communeCode', 'province.inYear.districts.communes.tags', 'province.inYear.districts.communes.score.total',
      'province.inYear.districts.communes.score.components.indicator', 'province.inYear.districts.communes.score.components.value',
      'province.inYear.districts.communes.score.components.numerator', 'province.inYear.districts.communes.score.components.denominator',
      'province.inYear.districts.communes.score.components.points',
    ]);
    expect(print(plan.document)).toMatch(/indicator\s+value\s+numerator\s+denominator\s+points/);
    expect(plan.listColumn).toBe(-1);
  });

  it('repeats the parents\u2019 scalars on every row and keeps an element whose lists are empty', () => {
    const plan = planExport(schema, query);
    const data = { province: { code: '14', inYear: { year: 2015, districts: [
      { districtCode: '116', name: 'Thành phố Sơn La', communes: [
        { communeCode: '03646', tags: ['a', 'b'], score: { total: 80, components: [
          { indicator: 'X', value: 50, numerator: 1, denominator: 2, points: 3 },
          { indicator: 'Y', value: null, numerator: null, denominator: 0, points: null }] } },
        { communeCode: '03649', tags: [], score: null },
      ] },
      { districtCode: '118', name: 'Quỳnh Nhai', communes: [] },
    ] } } };
    const rows = [...flatten(plan, data)];
    expect(rows).toEqual([
      ['14', 2015, '116', 'Thành phố Sơn La', '03646', ['a', 'b'], 80, 'X', 50, 1, 2, 3],
      ['14', 2015, '116', 'Thành phố Sơn La', '03646', ['a', 'b'], 80, 'Y', null, null, 0, null],
      ['14', 2015, '116', 'Thành phố Sơn La', '03649', [], null, null, null, null, null, null],
      ['14', 2015, '118', 'Quỳnh Nhai', null, null, null, null, null, null, null, null],
    ]);
  });

  it('stacks sibling lists (never a cross product) and names each row\u2019s list in _list', () => {
    const plan = planExport(schema, `{ province(code: "14") { code inYear(year: 2015) {
      targetProgress { targetId actual gap } districts { districtCode communes { communeCode } } } } }`);
    expect(columnNames(plan.columns)).toEqual([
      'province.code', 'province.inYear.targetProgress.targetId', 'province.inYear.targetProgress.actual',
      'province.inYear.targetProgress.numerator', 'province.inYear.targetProgress.denominator', 'province.inYear.targetProgress.gap',
      'province.inYear.districts.districtCode', 'province.inYear.districts.communes.communeCode', '_list',
    ]);
    const data = { province: { code: '14', inYear: {
      targetProgress: [{ targetId: 't1', actual: 1, numerator: 1, denominator: 1, gap: -2 }, { targetId: 't2', actual: 2, numerator: 2, denominator: 1, gap: 0 }],
      districts: [{ districtCode: '116', communes: [{ communeCode: '03646' }, { communeCode: '03649' }] }, { districtCode: '118', communes: [{ communeCode: '03700' }] }],
    } } };
    const rows = [...flatten(plan, data)];
    expect(rows).toHaveLength(2 + 3);
    expect(rows[0]).toEqual(['14', 't1', 1, 1, 1, -2, null, null, 'province.inYear.targetProgress']);
    expect(rows[2]).toEqual(['14', null, null, null, null, null, '116', '03646', 'province.inYear.districts.communes']);
    expect(rows[4]).toEqual(['14', null, null, null, null, null, '118', '03700', 'province.inYear.districts.communes']);
  });

  it('merges fragments and aliases into columns; refuses documents it cannot run with a code', () => {
    const plan = planExport(schema, `query { p: province(code: "14") { ...P } } fragment P on Province { code label: name }`);
    expect(columnNames(plan.columns)).toEqual(['p.code', 'p.label']);
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (err) {
        return (err as ExportError).code;
      }
      return undefined;
    };
    expect(codeOf(() => planExport(schema, '{ province(code: "14") { nope } }'))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(codeOf(() => planExport(schema, '{ province('))).toBe('GRAPHQL_PARSE_FAILED');
    expect(codeOf(() => planExport(schema, 'query A { province(code: "1") { code } } query B { province(code: "2") { code } }'))).toBe('BAD_USER_INPUT');
  });
});

describe('paged operations are followed to their last page', () => {
  const collect = async (it: AsyncIterable<Cell[]>) => {
    const out: Cell[][] = [];
    for await (const r of it) out.push(r);
    return out;
  };

  it('asks for pageInfo, keeps it out of the columns, streams every page, and the deleted keys once', async () => {
    const plan = planExport(schema, 'query F($since: String, $after: String) { facts(updatedSince: $since, first: 2, after: $after) { nodes { communeCode count } deleted { key } } }');
    expect(plan.paging).toEqual({ keys: ['facts'], variable: 'after', style: 'pageInfo' });
    expect(print(plan.document)).toMatch(/pageInfo \{\s+endCursor\s+hasNextPage\s+\}/);
    expect(columnNames(plan.columns)).toEqual(['facts.nodes.communeCode', 'facts.nodes.count', 'facts.deleted.key', '_list']);
    const page = (codes: string[], cursor: string | null, more: boolean) => ({ facts: {
      nodes: codes.map((c) => ({ communeCode: c, count: 1 })), deleted: [{ key: '03700|2015' }], pageInfo: { endCursor: cursor, hasNextPage: more } } });
    const asked: unknown[] = [];
    const rest = [page(['03649', '03652'], 'c2', true), page(['03655'], 'c3', false)];
    const rows = await collect(pages(plan, page(['03646', '03647'], 'c1', true), { since: '2026-01-01' }, async (v) => {
      asked.push(v);
      return rest.shift();
    }));
    expect(asked).toEqual([{ since: '2026-01-01', after: 'c1' }, { since: '2026-01-01', after: 'c2' }]);
    expect(rows.map((r) => r[0] ?? r[2])).toEqual(['03646', '03647', '03700|2015', '03649', '03652', '03655']);
    expect(rows[2][3]).toBe('facts.deleted');
  });

  it('also follows pages that carry endCursor and hasNextPage themselves; an empty answer is an empty table; no $after, no paging', async () => {
    const plan = planExport(schema, 'query P($after: String) { people(first: 1, after: $after) { nodes { communeCode } } }');
    expect(plan.paging).toEqual({ keys: ['people'], variable: 'after', style: 'page' });
    expect(columnNames(plan.columns)).toEqual(['people.nodes.communeCode']);
    const rows = await collect(pages(plan, { people: { nodes: [{ communeCode: 'a' }], endCursor: 'x', hasNextPage: true } }, {},
      async () => ({ people: { nodes: [{ communeCode: 'b' }], endCursor: 'y', hasNextPage: false } })));
    expect(rows).toEqual([['a'], ['b']]);
    expect([...flatten(plan, { people: { nodes: [], endCursor: null, hasNextPage: false } })]).toEqual([]);
    const single = planExport(schema, '{ province(code: "14") { code name } }');
    expect([...flatten(single, { province: { code: '14', name: 'Sơn La' } })]).toEqual([['14', 'Sơn La']]);
    expect(planExport(schema, '{ people(first: 1) { nodes { communeCode } endCursor } }').paging).toBeUndefined();
  });
});

describe('named dataset variables from query parameters', () => {
  const op = planExport(schema, 'query R($year: Int!, $district: String, $kinds: [Kind!], $since: Stamp) { rows(year: $year, district: $district, kinds: $kinds, since: $since) { communeCode year count } }').operation;
  const refusal = (params: Record<string, unknown>) => {
    try {
      variablesFromParams(schema, op, params);
    } catch (err) {
      const e = err as ExportError;
      return { status: e.status, code: e.code, ...e.extra };
    }
    return undefined;
  };

  it('types each parameter by its variable definition', () => {
    expect(variablesFromParams(schema, op, { year: '2015', district: '0116', kinds: 'A,B', since: '2026-01-01T00:00:00Z' }))
      .toEqual({ year: 2015, district: '0116', kinds: ['A', 'B'], since: '2026-01-01T00:00:00Z' });
    expect(variablesFromParams(schema, op, { kinds: ['A', 'B'] }, { year: 2020 })).toEqual({ year: 2020, kinds: ['A', 'B'] });
  });

  it('refuses a bad value, a missing required variable and an unknown parameter with a coded 400 naming it', () => {
    expect(refusal({ year: 'abc' })).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', parameter: 'year' });
    expect(refusal({ year: '2015.5' })).toMatchObject({ code: 'BAD_USER_INPUT', parameter: 'year' });
    expect(refusal({ year: '2015', kinds: 'C' })).toMatchObject({ code: 'BAD_USER_INPUT', parameter: 'kinds' });
    expect(refusal({})).toMatchObject({ code: 'BAD_USER_INPUT', parameter: 'year' });
    expect(refusal({ year: '2015', yaer: '2015' })).toMatchObject({ code: 'BAD_USER_INPUT', parameter: 'yaer' });
    expect(refusal({ year: ['2015', '2016'] })).toMatchObject({ code: 'BAD_USER_INPUT', parameter: 'year' });
  });
});

/** A sink that keeps what it is sent, and can hold its callback to play a client that stopped reading. */
class Sink extends Writable {
  chunks: Buffer[] = [];
  bytes = 0;
  held: Array<() => void> = [];
  hold = false;
  constructor() {
    super({ highWaterMark: 16 * 1024 });
  }
  _write(chunk: Buffer, _enc: string, cb: (err?: Error) => void) {
    this.chunks.push(chunk);
    this.bytes += chunk.length;
    if (this.hold) this.held.push(() => cb());
    else cb();
  }
  release() {
    this.hold = false;
    for (const cb of this.held.splice(0)) cb();
  }
  get buffer() {
    return Buffer.concat(this.chunks);
  }
}

const cols = (...names: string[]): Column[] => names.map((name) => ({ name, type: 'String', scalar: 'String' }));

describe('table formats', () => {
  it('CSV: RFC 4180 with a BOM and CRLF, quotes where needed, formulas neutralised, numbers left as numbers', async () => {
    const sink = new Sink();
    await writeTable('csv', cols('code', 'text', 'gap', 'met', 'list'), [
      ['03646', 'a, "quoted"\nline', -2.5, true, ['x', 'y']],
      ['=HYPERLINK("http://x")', '+1', -1, false, []],
      ['@SUM(A1)', '-cmd', null, null, null],
    ], sink);
    const text = sink.buffer.toString('utf8');
    expect(text.startsWith('\uFEFFcode,text,gap,met,list\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows[0]).toEqual({ code: '03646', text: 'a, "quoted"\nline', gap: '-2.5', met: 'true', list: 'x; y' });
    expect(rows[1]).toEqual({ code: '\'=HYPERLINK("http://x")', text: "'+1", gap: '-1', met: 'false', list: '' });
    expect(rows[2]).toMatchObject({ code: "'@SUM(A1)", text: "'-cmd", gap: '' });
    expect(neutralise('\tx')).toBe("'\tx");
    expect(neutralise('\rx')).toBe("'\rx");
    expect(neutralise('   =1+1')).toBe("'   =1+1");
    expect(neutralise('  -2')).toBe("'  -2");
    expect(neutralise('Lò Văn A')).toBe('Lò Văn A');
    expect(neutralise(' a=b')).toBe(' a=b');
  });

  it('NDJSON: one object per line, keys = columns, JSON types kept', async () => {
    const sink = new Sink();
    await writeTable('ndjson', cols('code', 'n', 'list'), [['03646', 1.5, ['a']], ['03649', null, []]], sink);
    const lines = sink.buffer.toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([{ code: '03646', n: 1.5, list: ['a'] }, { code: '03649', n: null, list: [] }]);
  });

  it('XLSX: codes are text cells and keep their leading zeros; numbers stay numbers', async () => {
    const sink = new Sink();
    await writeTable('xlsx', cols('code', 'n', 'ok'), [['03646', 42.5, true], ['04048', -1, null]], sink);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sink.buffer as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, 'code', 'n', 'ok']);
    expect(sheet.getCell('A2').value).toBe('03646');
    expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('B2').value).toBe(42.5);
    expect(sheet.getCell('C2').value).toBe(true);
    expect(sheet.getCell('A3').value).toBe('04048');
  });

  it('XLSX: text that a spreadsheet would take for a formula is neutralised, numbers (negative too) are not', async () => {
    const sink = new Sink();
    await writeTable('xlsx', cols('name', 'gap'), [['=HYPERLINK("http://x","y")', -3], [' @SUM(A1)', 0], ['\tx', 1.5], ['Lò Văn A', null]], sink);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sink.buffer as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.getCell('A2').value).toBe('\'=HYPERLINK("http://x","y")');
    expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('B2').value).toBe(-3);
    expect(sheet.getCell('A3').value).toBe("' @SUM(A1)");
    expect(sheet.getCell('A4').value).toBe("'\tx");
    expect(sheet.getCell('A5').value).toBe('Lò Văn A');
  });

  /**
   * Memory stays flat because rows are pulled only as fast as the client reads: with a client that stops
   * reading, the writer stops pulling rows after a bounded number (far below 200,000), and finishes once the
   * client reads again.
   */
  it.each(['csv', 'ndjson', 'xlsx'] as const)('%s streams 200,000 rows with backpressure: a stalled client stalls the rows', async (format) => {
    const total = 200_000;
    let produced = 0;
    function* synthetic(): Generator<Cell[]> {
      for (let i = 0; i < total; i++) {
        produced++;
        yield [String(i).padStart(5, '0'), `commune ${i}`, i * 0.5];
      }
    }
    const sink = new Sink();
    sink.hold = true;
    const done = writeTable(format, cols('code', 'name', 'value'), synthetic(), sink);
    // Let the writer run until it stops pulling rows (the sink holds every callback, so it must stop).
    let last = -1;
    let still = 0;
    while (still < 20) {
      await new Promise((r) => setImmediate(r));
      if (produced === last) still++;
      else (still = 0), (last = produced);
    }
    expect(produced).toBeLessThan(total / 20);
    expect(produced).toBeGreaterThan(0);
    sink.release();
    // From now on the sink takes everything as it comes.
    await done;
    expect(produced).toBe(total);
    if (format === 'xlsx') {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(sink.buffer as unknown as ArrayBuffer);
      expect(wb.worksheets[0].rowCount).toBe(total + 1);
      expect(wb.worksheets[0].getCell('A2').value).toBe('00000');
    } else {
      const text = sink.buffer.toString('utf8');
      expect(text.split('\n').filter(Boolean)).toHaveLength(format === 'csv' ? total + 1 : total);
    }
  });
});
