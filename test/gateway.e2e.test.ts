import { readFileSync } from 'node:fs';
import { composeSupergraph } from '../gateway/src/compose';
import { INDICATOR_VALUE_SDL, WRITE_SDL, indicatorsOf, type Department } from '@lsp/shared';
import { SUBGRAPHS, SUPERGRAPH_FILE, schemaFileOf } from '../gateway/src/subgraphs';
import { gql } from './testkit';
import { startPlatform, type RunningPlatform } from './testkit/platform';

describe('composition', () => {
  it('composes every composed subgraph, and the committed supergraph is up to date', () => {
    const { supergraphSdl, errors } = composeSupergraph();
    expect(errors).toEqual([]);
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(supergraphSdl);
  });
});

describe('subgraph contracts', () => {
  const departments = SUBGRAPHS.filter((s) => s.name !== 'geography');
  it.each(departments.map((s) => s.name))('%s declares the shared value types verbatim and the year-entity keys', (name) => {
    const sdl = readFileSync(schemaFileOf(name), 'utf8');
    expect(sdl).toContain(WRITE_SDL);
    // Every year entity it extends, with the one key; the district and the province at least.
    for (const [type, key] of [['CommuneYear', 'communeCode year boundaries'], ['DistrictYear', 'districtCode year'], ['ProvinceYear', 'provinceCode year']]) {
      if (type !== 'CommuneYear' || /\btype CommuneYear\b/.test(sdl)) expect(sdl).toContain(`type ${type} @key(fields: "${key}")`);
    }
    // A department with indicators in the catalogue publishes them as the uniform list (what the score-parts feed
    // answers); one without (programme) publishes none, and no model can name it.
    if (indicatorsOf(name as Department).length) {
      expect(sdl).toContain(INDICATOR_VALUE_SDL);
      expect(sdl).toContain('type CommuneYear @key(fields: "communeCode year boundaries")');
      expect(sdl).toMatch(new RegExp(`${name}Indicators: \\[IndicatorValue!\\]\\n`));
    } else expect(sdl).not.toMatch(new RegExp(`${name}Indicators:`));
  });
});

describe('platform through the gateway', () => {
  let p: RunningPlatform;
  beforeAll(async () => {
    p = await startPlatform();
  });
  afterAll(() => p?.stop());

  it('returns the province tree in one request: 12 districts, 200 communes', async () => {
    const token = await p.token(['analyst']);
    const r = await gql(p.gatewayUrl, '{ province(code: "14") { name districts { code name communes { code name type } } } }', {}, { bearer: token });
    expect(r.errors).toBeUndefined();
    expect(r.data.province.districts).toHaveLength(12);
    expect(r.data.province.districts.flatMap((d: any) => d.communes)).toHaveLength(200);
    expect(r.headers.get('x-request-id')).toBeTruthy();
  });

  it('answers a commune removed before 2025 with its validity and successor', async () => {
    const r = await gql(p.gatewayUrl, '{ commune(code: "03751") { name validTo successor { code name } } }', {}, { bearer: await p.token(['analyst']) });
    expect(r.data.commune).toMatchObject({ name: 'Xã Chiềng Ly', validTo: '2024-12-31', successor: { code: '03748', name: 'Xã Phổng Ly' } });
  });

  it('refuses a request without a token, with a bad token, or an expired one', async () => {
    const none = await gql(p.gatewayUrl, '{ province(code: "14") { name } }');
    expect(none.status).toBe(401);
    expect(none.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await gql(p.gatewayUrl, '{ province(code: "14") { name } }', {}, { bearer: 'abc.def.ghi' });
    expect(bad.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const { issueToken } = await import('@lsp/shared');
    const { TEST_JWT_SECRET, TEST_JWT_ISSUER } = await import('./testkit');
    const expired = await issueToken('x', ['analyst'], { secret: TEST_JWT_SECRET, issuer: TEST_JWT_ISSUER, expiresIn: Math.floor(Date.now() / 1000) - 10 });
    const exp = await gql(p.gatewayUrl, '{ province(code: "14") { name } }', {}, { bearer: expired });
    expect(exp.errors?.[0].message).toBe('Token expired');
  });

  it('a subgraph called directly, unsigned or with a forged signature, refuses', async () => {
    const url = p.subgraphs.geography.url;
    const unsigned = await gql(url, '{ province(code: "14") { name } }');
    expect(unsigned.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await gql(url, '{ province(code: "14") { name } }', {}, { headers: { 'x-lsp-identity': Buffer.from('{"sub":"x","roles":["admin"],"iat":1}').toString('base64url'), 'x-lsp-identity-signature': 'ab'.repeat(32) } });
    expect(forged.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reports the SQL statements a request caused, independent of the number of communes', async () => {
    const token = await p.token(['analyst']);
    const q = (district: string) => `{ district(code: "${district}") { communes { code inYear(year: 2015) { population } } } }`;
    const small = await gql(p.gatewayUrl, q('127'), {}, { bearer: token }); // Sốp Cộp: 8 communes
    const large = await gql(p.gatewayUrl, '{ province(code: "14") { districts { communes { code inYear(year: 2015) { population } } } } }', {}, { bearer: token });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(Number(small.headers.get('x-sql-statements'))).toBeGreaterThan(0);
    expect(large.headers.get('x-sql-statements')).toBe(small.headers.get('x-sql-statements'));
  });
});

describe('anonymous reads when allowed by config', () => {
  let p: RunningPlatform;
  beforeAll(async () => {
    p = await startPlatform({ allowAnonymousRead: true, only: ['geography'] });
  });
  afterAll(() => p?.stop());
  it('answers aggregates without a token', async () => {
    const r = await gql(p.gatewayUrl, '{ province(code: "14") { inYear(year: 2015) { population } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data.province.inYear.population).toBeGreaterThan(0);
  });
});
