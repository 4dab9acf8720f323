import { sonLaUnits } from '@lsp/shared';
import { dbKinds, gql } from '../../../test/testkit';
import { startPlatform, type RunningPlatform } from '../../../test/testkit/platform';

const RATIO = 'code numerator denominator value target';

describe.each(dbKinds)('vocational through the gateway on %s', (kind) => {
  let p: RunningPlatform;
  beforeAll(async () => {
    p = await startPlatform({ kind, only: ['geography', 'vocational'] });
  });
  afterAll(() => p?.stop());

  it('returns every district of 2015 with its name and three labour indicators in one request', async () => {
    const q = `{ province(code: "14") { name inYear(year: 2015) { population labourIndicators { vocationallyTrained { ${RATIO} } } }
      districts { code name inYear(year: 2015) { communeCount labourIndicators {
        agriculturalTrainingAccess { ${RATIO} } vocationallyTrained { ${RATIO} } technologyTransfer { ${RATIO} } } } } } }`;
    const r = await gql(p.gatewayUrl, q, {}, { bearer: await p.token(['analyst']) });
    expect(r.errors).toBeUndefined();
    const districts = r.data.province.districts;
    expect(districts).toHaveLength(12);
    let num = 0;
    let den = 0;
    for (const d of districts) {
      expect(d.name).toMatch(/^(Huyện|Thành phố|Thị xã) /);
      const li = d.inYear.labourIndicators;
      expect(li.agriculturalTrainingAccess).toMatchObject({ code: 'VOC_AGRI_TRAINING_ACCESS', target: 85 });
      expect(li.vocationallyTrained).toMatchObject({ code: 'VOC_WORKERS_TRAINED', target: 40 });
      expect(li.technologyTransfer).toMatchObject({ code: 'VOC_TECH_TRANSFER', target: 70 });
      for (const ratio of Object.values(li) as any[]) {
        expect(ratio.denominator).toBeGreaterThan(0);
        expect(ratio.value).toBeCloseTo((100 * ratio.numerator) / ratio.denominator, 1);
      }
      num += li.vocationallyTrained.numerator;
      den += li.vocationallyTrained.denominator;
    }
    // The province is the ratio of the districts' sums, not a mean of their rates.
    const province = r.data.province.inYear.labourIndicators.vocationallyTrained;
    expect([province.numerator, province.denominator]).toEqual([num, den]);
    expect(districts.reduce((s: number, d: any) => s + d.inYear.communeCount, 0)).toBe(sonLaUnits().reportingCommunes(2015).length);
  });

  it('reads the communes of today in 2020 through their predecessors, next to geography', async () => {
    const q = `{ commune(code: "04048") { name predecessors { code inYear(year: 2020) { vocationalIndicators { code numerator denominator } } }
      inYear(year: 2020, boundaries: CURRENT) { reportingUnits vocationalIndicators { code numerator denominator value } } } }`;
    const r = await gql(p.gatewayUrl, q, {}, { bearer: await p.token(['analyst']) });
    expect(r.errors).toBeUndefined();
    const c = r.data.commune;
    expect(c.inYear.reportingUnits).toHaveLength(4);
    c.inYear.vocationalIndicators.forEach((ind: any, i: number) => {
      const parts = c.predecessors.map((pr: any) => pr.inYear.vocationalIndicators[i]);
      expect(ind.numerator).toBe(parts.reduce((s: number, x: any) => s + x.numerator, 0));
      expect(ind.denominator).toBe(parts.reduce((s: number, x: any) => s + x.denominator, 0));
    });
  });

  it('keeps the SQL statements flat from one district to every commune of the province', async () => {
    const token = await p.token(['analyst']);
    const q = (scope: string) => `{ ${scope} { communes${scope.startsWith('province') ? '(validOn: "2015-12-31")' : ''} { code inYear(year: 2015) { labourIndicators { technologyTransfer { value } } vocationalIndicators { value } } } } }`;
    const small = await gql(p.gatewayUrl, q('district(code: "127")'), {}, { bearer: token });
    const large = await gql(p.gatewayUrl, q('province(code: "14")'), {}, { bearer: token });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data.province.communes.length).toBeGreaterThan(200);
    expect(small.sqlStatements).toBeGreaterThan(0);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });

  it('lets an editor import through the gateway and refuses an analyst', async () => {
    const m = 'mutation($csv: String!) { importTrainingProvidersCsv(csv: $csv) { ok inserted problems { code } } }';
    const csv = 'provider_code,name,kind,district_code\nPG-1,Hợp tác xã thử,COOPERATIVE,127';
    const refused = await gql(p.gatewayUrl, m, { csv }, { bearer: await p.token(['analyst']) });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const ok = await gql(p.gatewayUrl, m, { csv }, { bearer: await p.token(['editor:vocational']) });
    expect(ok.data.importTrainingProvidersCsv).toEqual({ ok: true, inserted: 1, problems: [] });
  });
});
