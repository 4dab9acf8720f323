import { dbKinds, gql } from '../../../test/testkit';
import { startPlatform, type RunningPlatform } from '../../../test/testkit/platform';

const RATIO = 'numerator denominator value target targetYear';
const YEAR = `workforce { asOf keyCadresLowerSecondary { ${RATIO} } keyCadresUpperSecondary { ${RATIO} } keyCadresCollegeOrMore { ${RATIO} } }
  workforcePeople(position: COMMUNE_KEY_CADRE, first: 3) { totalCount nodes { personCode postings { position } NAMES } }`;
const query = (names: boolean) => `{ district(code: "116") { name communes { code name
  y2015: inYear(year: 2015) { ${YEAR.replace('NAMES', names ? 'fullName' : '')} }
  y2020: inYear(year: 2020) { ${YEAR.replace('NAMES', names ? 'fullName' : '')} } } } }`;

describe.each(dbKinds)('workforce through the gateway on %s', (kind) => {
  let p: RunningPlatform;
  beforeAll(async () => {
    p = await startPlatform({ kind, only: ['geography', 'workforce'] });
  });
  afterAll(() => p?.stop());

  it('returns every commune of a district with its key-cadre indicators for 2015 and 2020 in one request', async () => {
    const r = await gql(p.gatewayUrl, query(false), {}, { bearer: await p.token(['analyst']) });
    expect(r.errors).toBeUndefined();
    const communes = r.data.district.communes;
    expect(communes).toHaveLength(12);
    for (const c of communes) {
      for (const [y, year] of [[c.y2015, 2015], [c.y2020, 2020]] as const) {
        expect(y.workforce.asOf).toBe(`${year}-12-31`);
        const kc = y.workforce.keyCadresUpperSecondary;
        expect(kc.denominator).toBeGreaterThan(0);
        expect(kc.value).toBeCloseTo((100 * kc.numerator) / kc.denominator, 1);
        expect(y.workforce.keyCadresCollegeOrMore).toMatchObject({ target: 50, targetYear: 2020 });
        expect(y.workforcePeople.nodes.length).toBeGreaterThan(0);
      }
    }
  });

  it('refuses names to an analyst on the names field only, and answers the rest', async () => {
    const r = await gql(p.gatewayUrl, query(true), {}, { bearer: await p.token(['analyst']) });
    const communes = r.data.district.communes;
    expect(communes).toHaveLength(12);
    const nodes = communes.flatMap((c: any) => [...c.y2015.workforcePeople.nodes, ...c.y2020.workforcePeople.nodes]);
    expect(nodes.length).toBeGreaterThan(24);
    expect(nodes.every((n: any) => n.fullName === null && /^SL-/.test(n.personCode))).toBe(true);
    expect(communes.every((c: any) => c.y2015.workforce.keyCadresLowerSecondary.denominator > 0)).toBe(true);
    expect(r.errors!.length).toBe(nodes.length);
    for (const e of r.errors!) {
      expect(e.extensions?.code).toBe('FORBIDDEN');
      expect(e.path![e.path!.length - 1]).toBe('fullName');
    }

    const withPii = await gql(p.gatewayUrl, query(true), {}, { bearer: await p.token(['analyst', 'workforce:pii']) });
    expect(withPii.errors).toBeUndefined();
    expect(withPii.data.district.communes[0].y2015.workforcePeople.nodes[0].fullName).toMatch(/\S+ \S+ \S+/);
  });

  it('lets anonymous callers read aggregates but not the roster', async () => {
    const anon = await startPlatform({ kind, only: ['geography', 'workforce'], allowAnonymousRead: true });
    try {
      const agg = await gql(anon.gatewayUrl, '{ district(code: "116") { inYear(year: 2015) { workforceIndicators { code value } } } }');
      expect(agg.errors).toBeUndefined();
      expect(agg.data.district.inYear.workforceIndicators.length).toBeGreaterThan(0);
      const roster = await gql(anon.gatewayUrl, '{ people(first: 1) { nodes { personCode } } }');
      expect(roster.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    } finally {
      await anon.stop();
    }
  });
});
