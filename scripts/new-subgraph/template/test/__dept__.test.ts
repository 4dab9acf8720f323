import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KIT_SDL, WRITE_SDL, intakeSdl, sonLaUnits, type Role } from '@lsp/shared';
import { analyst, dbKinds, gql, startSubgraph, type RunningSubgraph } from '../../../test/testkit';
import { __dept__ } from '../src/server';

const editor: Role[] = ['editor:__dept__'];
const units = sonLaUnits();
const [C1, C2, C3] = units.districtTerritory('116', 2015);
const IMPORT = `mutation($csv: String!) { import__Dept__FiguresCsv(csv: $csv) { ok inserted updated unchanged code problems { row field code message } } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on CommuneYear { __dept__Figure { value unitsReporting unitsExpected dataLabel } __dept__Locked }
  ... on DistrictYear { __dept__Figure { value unitsReporting unitsExpected dataLabel } __dept__Locked } } }`;

describe.each(dbKinds)('__dept__ subgraph on %s', (kind) => {
  let sg: RunningSubgraph;
  beforeAll(async () => {
    sg = await startSubgraph(__dept__, { kind, seed: false });
  });
  afterAll(() => sg?.stop());

  it('declares the kit, write and intake SDL verbatim', () => {
    const file = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');
    for (const part of [KIT_SDL, WRITE_SDL, intakeSdl('__dept__')]) expect(file).toContain(part);
  });

  it('sums imported figures over a district; a commune without a row is missing, not zero; a lock refuses writes', async () => {
    const csv = `communeCode,year,value,note\n${C1},2015,7,a\n${C2},2015,5,b`;
    const imp = await gql(sg.url, IMPORT, { csv }, { as: editor });
    expect(imp.data.import__Dept__FiguresCsv).toMatchObject({ ok: true, inserted: 2, problems: [] });
    const r = await gql(sg.url, ENTITIES, { r: [
      { __typename: 'CommuneYear', communeCode: C1, year: 2015, boundaries: 'REPORTED' },
      { __typename: 'CommuneYear', communeCode: C3, year: 2015, boundaries: 'REPORTED' },
      { __typename: 'DistrictYear', districtCode: '116', year: 2015 },
    ] }, { as: analyst });
    expect(r.errors).toBeUndefined();
    const [c1, c3, d] = r.data._entities;
    expect(c1.__dept__Figure).toMatchObject({ value: 7, unitsReporting: 1, unitsExpected: 1 });
    expect(c1.__dept__Figure.dataLabel).toMatch(/IMPORTED/);
    expect(c3.__dept__Figure).toMatchObject({ value: null, unitsReporting: 0 });
    expect(d.__dept__Figure).toMatchObject({ value: 12, unitsReporting: 2, unitsExpected: units.districtTerritory('116', 2015).length });

    const bad = await gql(sg.url, IMPORT, { csv: `communeCode,year,value\n99999,2015,1\n${C3},2015,-1` }, { as: editor });
    expect(bad.data.import__Dept__FiguresCsv.ok).toBe(false);
    expect(bad.data.import__Dept__FiguresCsv.problems.map((p: any) => [p.row, p.field, p.code]).sort()).toEqual([[1, 'communeCode', 'UNKNOWN_COMMUNE'], [2, 'value', 'NEGATIVE']]);
    const denied = await gql(sg.url, IMPORT, { csv }, { as: analyst });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const lock = await gql(sg.url, 'mutation { lock__Dept__Period(year: 2015, districtCode: "116", note: "t") { year kind } }', {}, { as: editor });
    expect(lock.errors).toBeUndefined();
    const locked = await gql(sg.url, IMPORT, { csv: `communeCode,year,value\n${C1},2015,9` }, { as: editor });
    expect(locked.data.import__Dept__FiguresCsv).toMatchObject({ ok: false, code: 'PERIOD_LOCKED' });
    const after = await gql(sg.url, ENTITIES, { r: [{ __typename: 'DistrictYear', districtCode: '116', year: 2015 }] }, { as: analyst });
    expect(after.data._entities[0]).toMatchObject({ __dept__Figure: { value: 12 }, __dept__Locked: true });
  });

  it('pages the flat table and lists deletions since an instant', async () => {
    const since = new Date().toISOString();
    const del = await gql(sg.url, `mutation { delete__Dept__Figure(communeCode: "${C2}", year: 2014) { ok problems { code } } }`, {}, { as: editor });
    expect(del.data.delete__Dept__Figure.ok).toBe(false);
    await gql(sg.url, IMPORT, { csv: `communeCode,year,value\n${C1},2014,1\n${C2},2014,2\n${C3},2014,3` }, { as: editor });
    const page1 = await gql(sg.url, '{ __dept__Figures(year: 2014, first: 2) { totalCount nodes { communeCode value dataLabel } pageInfo { endCursor hasNextPage } } }', {}, { as: analyst });
    expect(page1.data.__dept__Figures).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const page2 = await gql(sg.url, `{ __dept__Figures(year: 2014, first: 2, after: "${page1.data.__dept__Figures.pageInfo.endCursor}") { nodes { communeCode } pageInfo { hasNextPage } } }`, {}, { as: analyst });
    expect([...page1.data.__dept__Figures.nodes, ...page2.data.__dept__Figures.nodes].map((n: any) => n.communeCode)).toEqual([C1, C2, C3].sort());
    expect((await gql(sg.url, `mutation { delete__Dept__Figure(communeCode: "${C2}", year: 2014) { ok } }`, {}, { as: editor })).data.delete__Dept__Figure.ok).toBe(true);
    const changed = await gql(sg.url, `{ __dept__Figures(year: 2014, updatedSince: "${since}") { totalCount deleted { key } } }`, {}, { as: analyst });
    expect(changed.data.__dept__Figures).toMatchObject({ totalCount: 2, deleted: [{ key: `${C2}|2014` }] });
  });
});
