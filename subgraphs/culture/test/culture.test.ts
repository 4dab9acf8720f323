import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INDICATOR_VALUE_SDL, KIT_SDL, WRITE_SDL, indicatorsOf, intakeSdl, sonLaUnits, type Role } from '@lsp/shared';
import { analyst, dbKinds, gql, startSubgraph, type RunningSubgraph } from '../../../test/testkit';
import { culture } from '../src/server';

const editor: Role[] = ['editor:culture'];
const units = sonLaUnits();
const [C1, C2, C3] = units.districtTerritory('116', 2015);
const CABINETS = `mutation($csv: String!) { importBookCabinetsCsv(csv: $csv) { ok inserted code problems { row field code } } }`;
const COMMUNES = `mutation($csv: String!) { importCultureCommunesCsv(csv: $csv) { ok inserted code problems { row field code } } }`;
const IV = '{ code numerator denominator value unit unitsReporting unitsExpected provenance }';
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on CommuneYear { cultureIndicators ${IV} householdBookCabinets ${IV} booksPerPerson ${IV} bookCabinets { holderKind cabinets books readers unitsReporting dataLabel } readingFacilities { libraries culturalHousesForLearning unitsReporting unitsExpected dataLabel } cultureLocked }
  ... on DistrictYear { cultureIndicators ${IV} householdBookCabinets ${IV} booksPerPerson ${IV} cultureLocked } } }`;
const cy = (communeCode: string, year = 2015) => ({ __typename: 'CommuneYear', communeCode, year, boundaries: 'REPORTED' });

describe.each(dbKinds)('culture subgraph on %s', (kind) => {
  let sg: RunningSubgraph;
  beforeAll(async () => {
    sg = await startSubgraph(culture, { kind, seed: false });
  });
  afterAll(() => sg?.stop());

  it('declares the indicator, kit, write and intake SDL verbatim', () => {
    const file = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');
    for (const part of [INDICATOR_VALUE_SDL, KIT_SDL, WRITE_SDL, intakeSdl('culture')]) expect(file).toContain(part);
  });

  it('computes households with a book cabinet per 100 households and books per person as ratios of sums; a missing commune is not zero', async () => {
    const communes = `communeCode,year,households,population,libraries,libraryBooks,culturalHouses,culturalHousesForLearning
${C1},2015,1000,4000,1,1000,10,4
${C2},2015,500,2500,0,0,6,6
${C3},2015,800,3000,1,500,8,2`;
    expect((await gql(sg.url, COMMUNES, { csv: communes }, { as: editor })).data.importCultureCommunesCsv).toMatchObject({ ok: true, inserted: 3 });
    // C3 reported its facilities but no cabinets: it counts in neither indicator.
    const cabinets = `communeCode,year,holderKind,cabinets,books,readers
${C1},2015,HOUSEHOLD,300,6000,700
${C1},2015,AGENCY,4,1000,90
${C1},2015,CLC,1,500,120
${C2},2015,HOUSEHOLD,100,1500,200`;
    expect((await gql(sg.url, CABINETS, { csv: cabinets }, { as: editor })).data.importBookCabinetsCsv).toMatchObject({ ok: true, inserted: 4 });

    const r = await gql(sg.url, ENTITIES, { r: [cy(C1), cy(C3), { __typename: 'DistrictYear', districtCode: '116', year: 2015 }] }, { as: analyst });
    expect(r.errors).toBeUndefined();
    const [c1, c3, d] = r.data._entities;
    expect(c1.cultureIndicators.map((i: any) => i.code)).toEqual(indicatorsOf('culture').map((i) => i.code));
    expect(c1.householdBookCabinets).toMatchObject({ code: 'CU_HOUSEHOLD_BOOK_CABINETS', numerator: 300, denominator: 1000, value: 30, unit: 'percent', provenance: 'IMPORTED' });
    // (6000 + 1000 + 500 + library 1000) / 4000 people
    expect(c1.booksPerPerson).toMatchObject({ numerator: 8500, denominator: 4000, value: 2.13, unit: 'count' });
    expect(c1.bookCabinets).toEqual([
      { holderKind: 'HOUSEHOLD', cabinets: 300, books: 6000, readers: 700, unitsReporting: 1, dataLabel: expect.stringMatching(/^IMPORTED/) },
      { holderKind: 'AGENCY', cabinets: 4, books: 1000, readers: 90, unitsReporting: 1, dataLabel: expect.stringMatching(/^IMPORTED/) },
      { holderKind: 'CLC', cabinets: 1, books: 500, readers: 120, unitsReporting: 1, dataLabel: expect.stringMatching(/^IMPORTED/) },
    ]);
    expect(c1.readingFacilities).toMatchObject({ libraries: 1, culturalHousesForLearning: 4, unitsReporting: 1, unitsExpected: 1 });
    expect(c3.householdBookCabinets).toMatchObject({ numerator: null, value: null, unitsReporting: 0 });
    // District: (300 + 100) / (1000 + 500) — C3 has no cabinet row; books (8500 + 1500 + 0) / (4000 + 2500).
    const expected = units.districtTerritory('116', 2015).length;
    expect(d.householdBookCabinets).toMatchObject({ numerator: 400, denominator: 1500, value: 26.67, unitsReporting: 2, unitsExpected: expected });
    expect(d.booksPerPerson).toMatchObject({ numerator: 10000, denominator: 6500, value: 1.54, unitsReporting: 2 });
  });

  it('refuses bad rows naming row and field, writes nothing, and only the culture editor writes', async () => {
    const bad = `communeCode,year,holderKind,cabinets,books,readers\n${C1},2016,SCHOOL,1,1,1\n99999,2016,AGENCY,1,1,1`;
    const r = await gql(sg.url, CABINETS, { csv: bad }, { as: editor });
    expect(r.data.importBookCabinetsCsv.ok).toBe(false);
    expect(r.data.importBookCabinetsCsv.problems).toEqual(expect.arrayContaining([{ row: 1, field: 'holderKind', code: 'NOT_ALLOWED' }]));
    const houses = `communeCode,year,households,population,libraries,libraryBooks,culturalHouses,culturalHousesForLearning\n${C1},2016,10,40,0,0,3,4`;
    expect((await gql(sg.url, COMMUNES, { csv: houses }, { as: editor })).data.importCultureCommunesCsv.problems).toEqual([{ row: 1, field: 'culturalHousesForLearning', code: 'PART_EXCEEDS_WHOLE' }]);
    const page = await gql(sg.url, '{ bookCabinets(year: 2016) { totalCount } }', {}, { as: analyst });
    expect(page.data.bookCabinets.totalCount).toBe(0);
    const denied = await gql(sg.url, CABINETS, { csv: `communeCode,year,holderKind,cabinets,books,readers\n${C1},2016,CLC,1,1,1` }, { as: ['editor:awards'] });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
