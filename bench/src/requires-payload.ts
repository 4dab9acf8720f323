import { DELEGATION_HEADER, SCORE_PARTS_PATH, signDelegation, signingKeyFromPem } from '@lsp/shared';
import { BENCH_DEPARTMENTS } from './departments';
import { identitySigner } from './peers/sign';

/**
 * What the @requires hop of the learning-society score carries: the gateway fetches every commune's indicator
 * lists from vocational, workforce and awards, then sends them to education inside the entity representations.
 * This asks the three departments exactly that _entities fetch, once with the field set the score used to
 * require (every field of IndicatorValue, previousValue included, which also made each department compute the
 * previous year) and once with the field set it requires now, and reports bytes and time of each.
 */
export const REQUIRES_BEFORE = 'code numerator denominator value unit unitsReporting unitsExpected previousValue provenance';
export const REQUIRES_NOW = 'code numerator denominator value unitsExpected provenance';

export async function requiresPayload(subgraphUrls: Record<string, string>, identityPrivateKey: string, communes: string[], year: number) {
  const sign = identitySigner(identityPrivateKey, subgraphUrls);
  const representations = communes.map((communeCode) => ({ __typename: 'CommuneYear', communeCode, year, boundaries: 'REPORTED' }));
  const out: Array<{ fields: string; bytes: number; ms: number }> = [];
  for (const [label, fields] of [['before (all fields, previous year)', REQUIRES_BEFORE], ['now (what the score reads)', REQUIRES_NOW]] as const) {
    let bytes = 0;
    const t0 = performance.now();
    await Promise.all(BENCH_DEPARTMENTS.filter((d) => d !== 'education').map(async (dept) => {
      const query = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on CommuneYear { ${dept}Indicators { ${fields} } } } }`;
      const body = JSON.stringify({ query, variables: { representations } });
      const res = await fetch(subgraphUrls[dept], {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await sign({ sub: 'bench', roles: ['analyst'] }, dept, body)) },
        body,
      });
      const text = await res.text();
      if (!res.ok || text.includes('"errors"')) throw new Error(`${dept} _entities failed: ${text.slice(0, 300)}`);
      bytes += text.length;
    }));
    out.push({ fields: label, bytes, ms: performance.now() - t0 });
  }
  // What education reads instead since issue 23: each department's score-parts feed for the same communes, columnar.
  const key = signingKeyFromPem(identityPrivateKey);
  let bytes = 0;
  const t0 = performance.now();
  await Promise.all(BENCH_DEPARTMENTS.filter((d) => d !== 'education').map(async (dept) => {
    const delegation = await signDelegation({ sub: 'bench', roles: ['analyst'] }, { key, to: 'education', urls: subgraphUrls, body: '' });
    const res = await fetch(subgraphUrls[dept].replace(/\/graphql$/, SCORE_PARTS_PATH), {
      method: 'POST', headers: { 'content-type': 'application/json', [DELEGATION_HEADER]: delegation },
      body: JSON.stringify({ kind: 'commune', boundaries: 'REPORTED', years: [year], codes: communes }),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${dept} score-parts failed: ${text.slice(0, 300)}`);
    bytes += text.length;
  }));
  out.push({ fields: 'score-parts feed (columnar; what education reads now)', bytes, ms: performance.now() - t0 });
  return out;
}
