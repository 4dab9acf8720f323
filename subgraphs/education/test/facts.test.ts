import { factsDrift, sonLaUnits, sqlStatementsSoFar, withSqlCounting } from '@lsp/shared';
import { dbKinds, gql, startSubgraph, type RunningSubgraph } from '../../../test/testkit';
import { factsSteps } from '../../../test/testkit/facts';
import { educationFacts } from '../src/indicators/facts';
import { createLoaders } from '../src/loaders';
import { education } from '../src/server';
import { counts, statisticsCsv } from './helpers';

/**
 * The indicator facts (shared kit facts.ts) are maintained in every write's transaction, by every path: after
 * each write the stored facts equal a fresh computation from the department's tables, and the figures read
 * show the change (a commune's statistics, a district's centre, a unit's steering committee).
 */
const units = sonLaUnits();
const DISTRICT = '116';
const [C1, C2] = units.districtTerritory(DISTRICT, 2015);
const EDITOR = { as: { sub: 'editor-1', roles: ['editor:education' as const] } };
const RESULT = 'ok problems { row field code }';
const IMPORT = `mutation($csv: String!, $dry: Boolean) { importEducationStatisticsCsv(csv: $csv, dryRun: $dry) { ${RESULT} } }`;
const V = 'code numerator denominator unitsReporting unitsExpected provenance';
const ENTITY = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on CommuneYear { educationIndicators { ${V} } } ... on DistrictYear { educationIndicators { ${V} } } } }`;
const commune = (communeCode: string, year = 2015) => ({ __typename: 'CommuneYear', communeCode, year, boundaries: 'REPORTED' });
const district = (year = 2015) => ({ __typename: 'DistrictYear', districtCode: DISTRICT, year });

describe.each(dbKinds)('education indicator facts on %s', (kind) => {
  let sg: RunningSubgraph;
  beforeAll(async () => {
    sg = await startSubgraph(education, { kind, seed: false });
  });
  afterAll(() => sg?.stop());

  const { factCount, write } = factsSteps(() => sg, educationFacts, EDITOR);
  /** One indicator of an entity as "numerator/denominator of reporting/expected provenance". */
  const figure = async (code: string, ref: Record<string, unknown> = commune(C1)) => {
    const r = await gql(sg.url, ENTITY, { r: [ref] }, { as: ['analyst'] });
    expect(r.errors).toBeUndefined();
    const v = r.data._entities[0].educationIndicators.find((i: { code: string }) => i.code === code);
    return `${v.numerator}/${v.denominator} of ${v.unitsReporting}/${v.unitsExpected} ${v.provenance}`;
  };

  it('a CSV import fills the facts, a zero whole included (the commune reports, its value is null); a dry run and a refused import change none', async () => {
    expect(await factCount()).toBe(0);
    await write(IMPORT, { csv: statisticsCsv([
      { communeCode: C1, year: 2015, ...counts({ outOfSchool6To10: 0, outOfSchool6To10InFlexible: 0 }) },
      { communeCode: C2, year: 2015, ...counts({ under3InNursery: 30, under3InNurseryNonPublic: 3 }) },
    ]) });
    // 11 statistics indicators for each of the two communes.
    expect(await factCount()).toBe(22);
    expect(await figure('EDU_FLEXIBLE_6_10')).toBe('0/0 of 1/1 IMPORTED');
    expect(await figure('EDU_FLEXIBLE_6_10', district())).toBe(`7/10 of 2/${units.districtTerritory(DISTRICT, 2015).length} IMPORTED`);
    expect(await figure('EDU_NURSERY_UNDER3', district())).toMatch(/^80\/400 of 2\//);
    const dry = await gql(sg.url, IMPORT, { csv: statisticsCsv([{ communeCode: C1, year: 2015, ...counts({ under3InNursery: 10, under3InNurseryNonPublic: 1 }) }]), dry: true }, EDITOR);
    expect(dry.data.importEducationStatisticsCsv.ok).toBe(true);
    const refused = await gql(sg.url, IMPORT, { csv: statisticsCsv([
      { communeCode: C1, year: 2015, ...counts({ under3InNursery: 10, under3InNurseryNonPublic: 1 }) },
      { communeCode: '99999', year: 2015, ...counts() },
    ]) }, EDITOR);
    expect(refused.data.importEducationStatisticsCsv.ok).toBe(false);
    expect(await figure('EDU_NURSERY_UNDER3')).toBe('50/200 of 1/1 IMPORTED');
    expect(await factCount()).toBe(22);
    expect(await factsDrift(sg.db, educationFacts)).toEqual([]);
  });

  it('statistics by mutation and their deletion are in the facts at once', async () => {
    await write(`mutation($i: EducationStatisticsInput!) { recordEducationStatistics(input: $i) { ${RESULT} } }`,
      { i: { communeCode: C1, year: 2015, ...counts({ under3InNursery: 10, under3InNurseryNonPublic: 1 }) } });
    expect(await figure('EDU_NURSERY_UNDER3')).toBe('10/200 of 1/1 IMPORTED');
    expect(await figure('EDU_NURSERY_UNDER3', district())).toMatch(/^40\/400 of 2\//);
    await write(`mutation { deleteEducationStatistics(communeCode: "${C1}", year: 2015) { ${RESULT} } }`);
    expect(await figure('EDU_NURSERY_UNDER3')).toBe('null/null of 0/1 null');
    expect(await figure('EDU_NURSERY_UNDER3', district())).toMatch(/^30\/200 of 1\//);
  });

  it('a district centre is a district fact: the district figure changes, a commune still expects no centre', async () => {
    await write(`mutation { recordContinuingEducationCentre(input: { districtCode: "${DISTRICT}", year: 2016, name: "TT GDTX", alsoVocational: true }) { ${RESULT} } }`);
    expect(await figure('EDU_CEC_ALSO_VOCATIONAL', district(2016))).toBe('1/1 of 1/1 IMPORTED');
    expect(await figure('EDU_CEC_ALSO_VOCATIONAL', commune(C1, 2016))).toBe('null/null of 0/0 null');
    await write(`mutation { recordContinuingEducationCentre(input: { districtCode: "${DISTRICT}", year: 2016, name: "TT GDTX", alsoVocational: false }) { ${RESULT} } }`);
    expect(await figure('EDU_CEC_ALSO_VOCATIONAL', district(2016))).toBe('0/1 of 1/1 IMPORTED');
    await write(`mutation { deleteContinuingEducationCentre(districtCode: "${DISTRICT}", year: 2016) { ${RESULT} } }`);
    expect(await figure('EDU_CEC_ALSO_VOCATIONAL', district(2016))).toBe('null/null of 0/1 null');
  });

  it('a steering committee is a fact of its unit in every year; by CSV, by mutation and deleted', async () => {
    await write(`mutation($csv: String!) { importSteeringCommitteesCsv(csv: $csv) { ${RESULT} } }`,
      { csv: `level,unitCode,establishedOn,decisionRef\nDISTRICT,${DISTRICT},2013-04-02,QĐ 1\nCOMMUNE,${C1},2013-08-01,QĐ 2\nPROVINCE,14,2013-03-01,QĐ 3` });
    expect(await figure('EDU_DISTRICT_COMMITTEE_ON_TIME', district(2019))).toBe('1/1 of 1/1 IMPORTED');
    expect(await figure('EDU_DISTRICT_COMMITTEE_ON_TIME', commune(C1))).toBe('null/null of 0/0 null');
    expect(await figure('EDU_COMMUNE_COMMITTEE_ON_TIME', commune(C1, 2013))).toBe('0/1 of 1/1 IMPORTED');
    await write(`mutation { recordSteeringCommittee(input: { level: COMMUNE, unitCode: "${C1}", establishedOn: "2013-06-01" }) { ${RESULT} } }`);
    expect(await figure('EDU_COMMUNE_COMMITTEE_ON_TIME', commune(C1, 2020))).toBe('1/1 of 1/1 IMPORTED');
    await write(`mutation { deleteSteeringCommittee(level: COMMUNE, unitCode: "${C1}") { ${RESULT} } }`);
    expect(await figure('EDU_COMMUNE_COMMITTEE_ON_TIME', commune(C1, 2020))).toBe('null/null of 0/1 null');
    // The province committee has no indicator, hence no fact.
    expect(Number((await sg.db.query(`SELECT COUNT(*) AS n FROM indicator_fact WHERE unit_code = '14'`))[0].n)).toBe(0);
  });

  it('factsByUnitYear: one statement for communes and districts of several years; a year outside the stored window is computed', async () => {
    const loaders = createLoaders(sg.db);
    const { value, statements } = await withSqlCounting(async () => {
      const v = await Promise.all([C1, C2, DISTRICT].flatMap((unitCode) => [2014, 2015].map((year) => loaders.factsByUnitYear.load({ unitCode, year }))));
      return { value: v, statements: sqlStatementsSoFar() };
    });
    expect(statements).toBe(1);
    const [c1in2014, c1in2015, c2in2014, c2in2015, d2014, d2015] = value;
    expect([c1in2014, c1in2015, c2in2014]).toEqual([null, null, null]);
    expect(c2in2015?.get('EDU_NURSERY_UNDER3')).toEqual({ numerator: 30, denominator: 200, provenance: 'IMPORTED' });
    expect(d2014?.get('EDU_DISTRICT_COMMITTEE_ON_TIME')).toEqual({ numerator: 1, denominator: 1, provenance: 'IMPORTED' });
    expect(d2015?.get('EDU_CEC_ALSO_VOCATIONAL')).toBeUndefined();
    // The committee of a district holds in 2031 too, outside the stored years: computed from the tables (three statements, one per table).
    const live = await withSqlCounting(async () => ({ v: await loaders.factsByUnitYear.load({ unitCode: DISTRICT, year: 2031 }), n: sqlStatementsSoFar() }));
    expect(live.v?.get('EDU_DISTRICT_COMMITTEE_ON_TIME')).toEqual({ numerator: 1, denominator: 1, provenance: 'IMPORTED' });
    expect(live.n).toBe(3);
  });
});
