import { generateKeyPairSync } from 'node:crypto';
import {
  DELEGATION_HEADER, SCORE_PARTS_PATH, fromColumns, signDelegation, signForwardedIdentity, signingKeyFromPem,
  type Identity, type ScorePartsAnswer,
} from '@lsp/shared';
import { dbKinds, gql, startSubgraph, TEST_IDENTITY_PRIVATE_KEY, type RunningSubgraph } from './testkit';
import { loadSubgraphModule } from './testkit/platform';

/**
 * A department's score-parts feed (shared/src/kit/score-parts.ts): it answers only a delegation the gateway
 * signed for it and for that scope, and what it answers is exactly what its year-entity fields answer through
 * `_entities` (the gateway's old @requires hop), for communes, districts and the province, in several years.
 */
const key = signingKeyFromPem(TEST_IDENTITY_PRIVATE_KEY);
const ANALYST: Identity = { sub: 'feed-test', roles: ['analyst'] };

describe.each(dbKinds)('score-parts feed of the vocational subgraph (%s)', (kind) => {
  let voc: RunningSubgraph;
  let base: string;
  const urls = () => ({ education: 'http://127.0.0.1:1/graphql', vocational: voc.url });
  const post = (headers: Record<string, string>, body: unknown) =>
    fetch(`${base}${SCORE_PARTS_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const delegation = (opts: Partial<Parameters<typeof signDelegation>[1]> = {}, identity = ANALYST) =>
    signDelegation(identity, { key, to: 'education', urls: urls(), body: '{}', ...opts });
  const REQUEST = { kind: 'commune', boundaries: 'REPORTED', years: [2014, 2015], codes: ['03646', '03649', '04060'] };

  beforeAll(async () => {
    voc = await startSubgraph(loadSubgraphModule('vocational'), { kind });
    base = voc.url.replace(/\/graphql$/, '');
  }, 120_000);
  afterAll(() => voc?.stop());

  it('refuses a call without a delegation', async () => {
    const r = await post({}, REQUEST);
    expect(r.status).toBe(401);
    expect((await r.json()).errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/Missing delegation/) });
  });

  it('refuses a delegation signed with another key (forged)', async () => {
    const other = generateKeyPairSync('ed25519').privateKey;
    const r = await post({ [DELEGATION_HEADER]: await delegation({ key: other }) }, REQUEST);
    expect(r.status).toBe(401);
    expect((await r.json()).errors[0].message).toMatch(/Invalid delegation/);
  });

  it('refuses a delegation of another scope', async () => {
    const r = await post({ [DELEGATION_HEADER]: await delegation({ scope: 'exports' }) }, REQUEST);
    expect(r.status).toBe(403);
    expect((await r.json()).errors[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/scope exports/) });
  });

  it('refuses a delegation addressed to other departments only', async () => {
    const r = await post({ [DELEGATION_HEADER]: await delegation({ urls: { education: 'x', workforce: 'y' } }) }, REQUEST);
    expect(r.status).toBe(401);
    expect((await r.json()).errors[0].message).toMatch(/aud check failed/);
  });

  it('refuses a forwarded identity in place of a delegation (another token type)', async () => {
    const identity = await signForwardedIdentity(ANALYST, { key, audience: 'vocational', body: JSON.stringify(REQUEST) });
    const r = await post({ [DELEGATION_HEADER]: identity }, REQUEST);
    expect(r.status).toBe(401);
  });

  it('refuses a role-less delegated identity and a bad request with the field named', async () => {
    expect((await post({ [DELEGATION_HEADER]: await delegation({}, { sub: 'x', roles: [] }) }, REQUEST)).status).toBe(403);
    const bad = await post({ [DELEGATION_HEADER]: await delegation() }, { ...REQUEST, years: ['2015'] });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'years' } });
  });

  it.each([
    ['commune', 'CommuneYear', 'communeCode', ['03646', '03649', '04060', '99999'], ', boundaries: REPORTED'],
    ['commune', 'CommuneYear', 'communeCode', ['03646', '03700'], ', boundaries: CURRENT'],
    ['district', 'DistrictYear', 'districtCode', ['116', '127'], ''],
    ['province', 'ProvinceYear', 'provinceCode', ['14'], ''],
  ])('answers %s parts of several years exactly as the entity fields do (%s)', async (partsKind, type, keyField, codes, extra) => {
    const boundaries = extra.includes('CURRENT') ? 'CURRENT' : 'REPORTED';
    const r = await post({ [DELEGATION_HEADER]: await delegation() }, { kind: partsKind, boundaries, years: [2014, 2015], codes });
    expect(r.status).toBe(200);
    const answer = (await r.json()) as ScorePartsAnswer;
    expect(answer).toMatchObject({ service: 'vocational', kind: partsKind, boundaries, version: expect.any(String) });
    expect(answer.years.map((y) => y.year)).toEqual([2014, 2015]);
    for (const y of answer.years) {
      const representations = codes.map((code) => ({ __typename: type, [keyField]: code, year: y.year, ...(type === 'CommuneYear' ? { boundaries } : {}) }));
      const e = await gql(voc.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} {
        vocationalIndicators { code numerator denominator value unit unitsReporting unitsExpected provenance } vocationalLocked } } }`, { r: representations }, { as: ANALYST });
      expect(e.errors).toBeUndefined();
      const parts = fromColumns(y);
      codes.forEach((code, i) => {
        expect(parts.get(code)).toEqual({ indicators: e.data._entities[i].vocationalIndicators, locked: e.data._entities[i].vocationalLocked });
      });
    }
  });
});
