import { dbKinds, gql } from '../../../test/testkit';
import { startPlatform, type RunningPlatform } from '../../../test/testkit/platform';

describe.each(dbKinds)('programme through the gateway on %s', (kind) => {
  let p: RunningPlatform;
  beforeAll(async () => {
    p = await startPlatform({ kind, only: ['geography', 'programme'] });
  });
  afterAll(() => p?.stop());

  it('answers, for 2015, every district by name with its CLC support spent, and the overdue tasks of section V', async () => {
    const q = `{ province(code: "14") { inYear(year: 2015) { clcSupportSpent overdueProgrammeTasks { task { id clause agency { nameVi } } status overdue report { dataLabel } }
      districts { districtCode name clcSupportSpent programmeFunding { source spent dataLabel } } } } }`;
    const r = await gql(p.gatewayUrl, q, {}, { bearer: await p.token(['analyst']) });
    expect(r.errors).toBeUndefined();
    const y = r.data.province.inYear;
    expect(y.districts.length).toBe(12);
    for (const d of y.districts) {
      expect(d.name).toMatch(/^(Huyện|Thành phố) /);
      expect(d.clcSupportSpent).toBe(d.programmeFunding.find((f: any) => f.source === 'TT96_CLC_SUPPORT').spent);
      expect(d.programmeFunding.find((f: any) => f.source === 'TT96_CLC_SUPPORT').dataLabel).toMatch(/^SYNTHETIC/);
    }
    expect(y.clcSupportSpent).toBe(y.districts.reduce((s: number, d: any) => s + d.clcSupportSpent, 0));
    expect(y.overdueProgrammeTasks.length).toBeGreaterThan(0);
    for (const s of y.overdueProgrammeTasks) expect(s.overdue).toBe(true);
  });
});
