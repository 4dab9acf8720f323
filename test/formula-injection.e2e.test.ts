import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { gql } from './testkit';
import { startPlatform, type RunningPlatform } from './testkit/platform';

/**
 * CSV injection (issue 21): a roster name that a spreadsheet would evaluate is stored and served by GraphQL
 * exactly as written, and neutralised (a leading apostrophe) only in the CSV and XLSX exports.
 */
const NAME = '=HYPERLINK("http://x","y")';
const PERSON_FIELDS = 'personCode fullName birthYear dateOfBirth ethnicGroup sex postings { position unitCode postedFrom postedTo areaEthnicLanguage }';

describe('formula injection in exports', () => {
  let p: RunningPlatform;
  let token: string;
  let personCode: string;
  beforeAll(async () => {
    p = await startPlatform({ only: ['geography', 'workforce'] });
    token = await p.token(['admin', 'workforce:pii']);
    const first = await gql(p.gatewayUrl, `{ people(first: 20) { nodes { ${PERSON_FIELDS} } } }`, {}, { bearer: token });
    expect(first.errors).toBeUndefined();
    // One posting: upsertPerson writes the person with that posting.
    const { postings, ...person } = first.data.people.nodes.find((n: { postings: unknown[] }) => n.postings.length === 1) ?? first.data.people.nodes[0];
    personCode = person.personCode;
    const saved = await gql(p.gatewayUrl, 'mutation($i: PersonInput!) { upsertPerson(input: $i) { ok updated problems { code field } } }',
      { i: { ...person, ...postings[postings.length - 1], fullName: NAME } }, { bearer: token });
    expect(saved.data.upsertPerson).toMatchObject({ ok: true, problems: [] });
  }, 180_000);
  afterAll(() => p?.stop());

  const query = () => `{ person(personCode: "${personCode}") { personCode fullName birthYear } }`;
  const exportOf = (format: string) => fetch(p.gatewayUrl.replace(/graphql$/, `export?format=${format}`), {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: query() }),
  });

  it('GraphQL returns the name as stored', async () => {
    const r = await gql(p.gatewayUrl, query(), {}, { bearer: token });
    expect(r.data.person.fullName).toBe(NAME);
  });

  it('the CSV export neutralises it; the number stays a number', async () => {
    const res = await exportOf('csv');
    expect(res.status).toBe(200);
    const rows = parseCsv(await res.text(), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows).toEqual([{ 'person.personCode': personCode, 'person.fullName': `'${NAME}`, 'person.birthYear': expect.stringMatching(/^\d{4}$/) }]);
  });

  it('the XLSX export neutralises it, read back with exceljs', async () => {
    const res = await exportOf('xlsx');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const sheet = wb.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, 'person.personCode', 'person.fullName', 'person.birthYear']);
    expect(sheet.getCell('B2').value).toBe(`'${NAME}`);
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect(typeof sheet.getCell('C2').value).toBe('number');
  });
});
