import { sonLaUnits } from '@lsp/shared';
import { dbKinds, gql } from '../../../test/testkit';
import { startPlatform, type RunningPlatform } from '../../../test/testkit/platform';

describe.each(dbKinds)('culture through the gateway on %s', (kind) => {
  let p: RunningPlatform;
  beforeAll(async () => {
    p = await startPlatform({ kind, only: ['geography', 'culture'] });
  });
  afterAll(() => p?.stop());

  it('answers, for 2015, households with a book cabinet of every commune of a district next to its name, and the district as the ratio of their sums', async () => {
    const q = `{ district(code: "116") { name communes(validOn: "2015-12-31") { code inYear(year: 2015) { name householdBookCabinets { numerator denominator value provenance } } }
      inYear(year: 2015) { householdBookCabinets { numerator denominator value unitsReporting } } } }`;
    const r = await gql(p.gatewayUrl, q, {}, { bearer: await p.token(['analyst']) });
    expect(r.errors).toBeUndefined();
    const d = r.data.district;
    expect(d.communes.map((c: any) => c.code).sort()).toEqual([...sonLaUnits().districtTerritory('116', 2015)].sort());
    let num = 0;
    let den = 0;
    for (const c of d.communes) {
      expect(c.inYear.name).toMatch(/^(Phường|Xã|Thị trấn) /);
      const s = c.inYear.householdBookCabinets;
      expect(s.provenance).toBe('SYNTHETIC');
      expect(s.value).toBeCloseTo((100 * s.numerator) / s.denominator, 1);
      num += s.numerator;
      den += s.denominator;
    }
    expect(d.inYear.householdBookCabinets).toMatchObject({ numerator: num, denominator: den, unitsReporting: d.communes.length });
  });
});
