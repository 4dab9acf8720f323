import { SCORED_DEPARTMENTS } from '@lsp/shared';
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
    await Promise.all(SCORED_DEPARTMENTS.filter((d) => d !== 'education').map(async (dept) => {
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
  return out;
}
