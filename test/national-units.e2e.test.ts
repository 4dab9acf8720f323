import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unitsOf } from '@lsp/shared';
import { dbKinds, gql } from './testkit';
import { startPlatform, type RunningPlatform } from './testkit/platform';

/**
 * The platform on another province's real units (ADMIN_UNITS_PROVINCES=20, Lạng Sơn: 194 communes before
 * 01/07/2025, 65 from it, three of them formed from `partial` links), every subgraph seeded with SYNTHETIC figures
 * for them: the score through the gateway, asked across provinces through the national root.
 */
const units = unitsOf(['20']);
const from: { provinces: Array<[string, string, string[], Array<[string, string, Array<[string, 'full' | 'partial']>]>]> } =
  JSON.parse(readFileSync(join(__dirname, '..', 'shared', 'data', 'vn-units-2025-07-01.json'), 'utf8'));
const langSon = from.provinces.find((p) => p[0] === '20')![3];
const partial = langSon.find(([, , links]) => links.some(([, s]) => s === 'partial'))!;
const whole = langSon.find(([, , links]) => links.length > 1 && links.every(([, s]) => s === 'full'))!;

describe.each(dbKinds)('learning-society score on Lạng Sơn\'s real units (SYNTHETIC figures) on %s', (kind) => {
  let p: RunningPlatform;
  let token: string;
  beforeAll(async () => {
    p = await startPlatform({ kind, units });
    token = await p.token(['analyst']);
  }, 240_000);
  afterAll(() => p?.stop());

  it('ranks every commune of 2015 through the national root, each scored', async () => {
    const r = await gql(p.gatewayUrl, `{ country { inYear(year: 2015) { communeCount communes { communeCode provinceCode learningSociety { total provenance } } } } }`, {}, { bearer: token });
    expect(r.errors).toBeUndefined();
    const y = r.data.country.inYear;
    expect(y.communeCount).toBe(194);
    expect(y.communes).toHaveLength(194);
    for (const c of y.communes) {
      expect(c.provinceCode).toBe('20');
      expect(c.learningSociety.total).toEqual(expect.any(Number));
      expect(c.learningSociety.provenance).toBe('SYNTHETIC');
    }
  });

  it('gives no grade before 2025 to a commune of today formed from partial links; sums one formed from whole communes', async () => {
    const q = (code: string) => `c${code}: commune(code: "${code}") { inYear(year: 2020, boundaries: CURRENT) { complete reportingUnits
      learningSociety { total grade complete unplacedUnits } } }`;
    const r = await gql(p.gatewayUrl, `{ ${q(partial[0])} ${q(whole[0])} }`, {}, { bearer: token });
    expect(r.errors).toBeUndefined();
    const part = r.data[`c${partial[0]}`].inYear;
    expect(part.complete).toBe(false);
    expect(part.learningSociety).toMatchObject({ grade: null, complete: false });
    const shared = partial[2].filter(([, s]) => s === 'partial').map(([c]) => c);
    expect(part.learningSociety.unplacedUnits).toEqual(expect.arrayContaining(shared));
    const sum = r.data[`c${whole[0]}`].inYear;
    expect(sum.complete).toBe(true);
    expect([...sum.reportingUnits].sort()).toEqual(whole[2].map(([c]) => c).sort());
    expect(sum.learningSociety).toMatchObject({ complete: true, total: expect.any(Number), unplacedUnits: [] });
  });
});
