import { loadTargetCatalogue, sonLaUnits } from '@lsp/shared';
import { dbKinds, gql } from '../../../test/testkit';
import { startPlatform, type RunningPlatform } from '../../../test/testkit/platform';

const RATE = 'indicatorCode numerator denominator value';

describe.each(dbKinds)('education through the gateway on %s', (kind) => {
  let p: RunningPlatform;
  beforeAll(async () => {
    p = await startPlatform({ kind, only: ['geography', 'education'] });
  });
  afterAll(() => p?.stop());

  it("returns each district's preschool, grade-1 and literacy indicators for 2015 in one request, and the target catalogue", async () => {
    const q = `{ province(code: "14") { inYear(year: 2015) { preschool { under3InNursery { ${RATE} } } }
      districts { code name inYear(year: 2015) { communeCount
        preschool { under3InNursery { ${RATE} } age3To5InKindergarten { ${RATE} } age5InKindergarten { ${RATE} } }
        grade1Entry { ${RATE} } literacy { literate15To35 { ${RATE} } illiterateWorkingAge { ${RATE} } } } } }
      targets { id clause value targetYear } }`;
    const r = await gql(p.gatewayUrl, q, {}, { bearer: await p.token(['analyst']) });
    expect(r.errors).toBeUndefined();
    const districts = r.data.province.districts;
    expect(districts).toHaveLength(12);
    let num = 0;
    let den = 0;
    for (const d of districts) {
      const y = d.inYear;
      for (const rate of [y.preschool.under3InNursery, y.preschool.age3To5InKindergarten, y.preschool.age5InKindergarten, y.grade1Entry, y.literacy.literate15To35, y.literacy.illiterateWorkingAge]) {
        expect(rate.denominator).toBeGreaterThan(0);
        expect(rate.value).toBeCloseTo((100 * rate.numerator) / rate.denominator, 1);
      }
      expect(y.grade1Entry.indicatorCode).toBe('EDU_GRADE1_AGE6');
      num += y.preschool.under3InNursery.numerator;
      den += y.preschool.under3InNursery.denominator;
    }
    // The province is the ratio of the districts' sums, not a mean of their rates.
    expect(r.data.province.inYear.preschool.under3InNursery).toMatchObject({ numerator: num, denominator: den });
    expect(districts.reduce((s: number, d: any) => s + d.inYear.communeCount, 0)).toBe(sonLaUnits().reportingCommunes(2015).length);
    expect(r.data.targets.map((t: any) => t.id)).toEqual(loadTargetCatalogue().map((t) => t.id));
  });

  it('keeps the SQL statements flat from one district to every commune of the province', async () => {
    const token = await p.token(['analyst']);
    const q = (scope: string) => `{ ${scope} { communes${scope.startsWith('province') ? '(validOn: "2015-12-31")' : ''} { code inYear(year: 2015) { educationIndicators { code value } preschool { under3InNursery { value } } } } } }`;
    const small = await gql(p.gatewayUrl, q('district(code: "127")'), {}, { bearer: token });
    const large = await gql(p.gatewayUrl, q('province(code: "14")'), {}, { bearer: token });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data.province.communes.length).toBeGreaterThan(200);
    expect(small.sqlStatements).toBeGreaterThan(0);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });

  it('lets editor:education import through the gateway and refuses an analyst', async () => {
    const m = 'mutation($csv: String!) { importSteeringCommitteesCsv(csv: $csv) { ok inserted updated problems { code } } }';
    const csv = 'level,unitCode,establishedOn,decisionRef\nDISTRICT,116,2013-04-02,QĐ thử';
    const refused = await gql(p.gatewayUrl, m, { csv }, { bearer: await p.token(['analyst']) });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const ok = await gql(p.gatewayUrl, m, { csv }, { bearer: await p.token(['editor:education']) });
    expect(ok.data.importSteeringCommitteesCsv).toEqual({ ok: true, inserted: 0, updated: 1, problems: [] });
  });
});
