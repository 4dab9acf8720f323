import { sonLaUnits } from '@lsp/shared';
import { dbKinds, gql } from '../../../test/testkit';
import { startPlatform, type RunningPlatform } from '../../../test/testkit/platform';

describe.each(dbKinds)('awards through the gateway on %s', (kind) => {
  let p: RunningPlatform;
  beforeAll(async () => {
    p = await startPlatform({ kind, only: ['geography', 'awards'] });
  });
  afterAll(() => p?.stop());

  it('returns, for 2015, the studious-family share of every commune of a district next to its name, with the criteria set that applied', async () => {
    const q = `{ district(code: "116") { name communes(validOn: "2015-12-31") { code name inYear(year: 2015) { name households
      studiousFamilies { numerator denominator value criteriaSet { code decision { number issuer } validFromYear validToYear confirmed } targets { year value } } } }
      inYear(year: 2015) { studiousFamilies { numerator denominator value } } } }`;
    const r = await gql(p.gatewayUrl, q, {}, { bearer: await p.token(['analyst']) });
    expect(r.errors).toBeUndefined();
    const d = r.data.district;
    const expected = sonLaUnits().districtTerritory('116', 2015);
    expect(d.communes.map((c: any) => c.code).sort()).toEqual([...expected].sort());
    let num = 0;
    let den = 0;
    for (const c of d.communes) {
      expect(c.inYear.name).toMatch(/^(Phường|Xã|Thị trấn) /);
      const s = c.inYear.studiousFamilies;
      expect(s.value).toBeCloseTo((100 * s.numerator) / s.denominator, 1);
      expect(s.criteriaSet).toMatchObject({ code: 'SL_GIA_DINH_HIEU_HOC_2013', validFromYear: 2012, validToYear: 2015, confirmed: false });
      expect(s.targets).toContainEqual({ year: 2015, value: 70 });
      num += s.numerator;
      den += s.denominator;
    }
    expect(d.inYear.studiousFamilies).toMatchObject({ numerator: num, denominator: den });
  });
});
