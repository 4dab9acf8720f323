import { sonLaUnits } from '@lsp/shared';
import { dbKinds, gql } from '../../../test/testkit';
import { startPlatform, type RunningPlatform } from '../../../test/testkit/platform';

describe.each(dbKinds)('__dept__ through the gateway on %s', (kind) => {
  let p: RunningPlatform;
  beforeAll(async () => {
    p = await startPlatform({ kind, only: ['geography', '__dept__'] });
  });
  afterAll(() => p?.stop());

  it('answers, for 2015, the figure of every commune of a district next to its name, and the district total', async () => {
    const q = `{ district(code: "116") { name communes(validOn: "2015-12-31") { code inYear(year: 2015) { name __dept__Figure { value dataLabel } } }
      inYear(year: 2015) { __dept__Figure { value unitsReporting unitsExpected } } } }`;
    const r = await gql(p.gatewayUrl, q, {}, { bearer: await p.token(['analyst']) });
    expect(r.errors).toBeUndefined();
    const d = r.data.district;
    expect(d.communes.map((c: any) => c.code).sort()).toEqual([...sonLaUnits().districtTerritory('116', 2015)].sort());
    let sum = 0;
    for (const c of d.communes) {
      expect(c.inYear.name).toMatch(/^(Phường|Xã|Thị trấn) /);
      expect(c.inYear.__dept__Figure.dataLabel).toMatch(/^SYNTHETIC/);
      sum += c.inYear.__dept__Figure.value;
    }
    expect(d.inYear.__dept__Figure).toMatchObject({ value: sum, unitsReporting: d.communes.length, unitsExpected: d.communes.length });
  });
});
