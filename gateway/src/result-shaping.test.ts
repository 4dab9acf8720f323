import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { buildSchema, operationFromDocument, Supergraph, type Schema } from '@apollo/federation-internals';
import { computeResponse as apolloComputeResponse } from '@apollo/gateway/dist/resultShaping';
import { preparedResultShaping, useResultShaping } from './result-shaping';

/** Apollo's shaping, counted: the prepared shaping must not call it for answers without errors. */
function counted() {
  const calls: unknown[] = [];
  const apollo: typeof apolloComputeResponse = (args) => { calls.push(args.input); return apolloComputeResponse(args); };
  return { calls, shape: preparedResultShaping(apollo as any) };
}

function both(schema: Schema, query: string, input: any, variables?: Record<string, unknown>) {
  const op = () => operationFromDocument(schema, parse(query), { validate: false });
  const introspectionHandling = () => ({ introspected: true });
  // Apollo's walk throws on some malformed values (its asserts; executeQueryPlan turns them into an error): the throw
  // is then the answer to compare.
  const run = (shape: typeof apolloComputeResponse) => {
    try { return shape({ operation: op(), variables, input, introspectionHandling }); } catch (e) { return { data: undefined, errors: [], thrown: (e as Error).message }; }
  };
  const expected: ReturnType<typeof run> & { thrown?: string } = run(apolloComputeResponse);
  const { calls, shape } = counted();
  const got: ReturnType<typeof run> & { thrown?: string } = run(shape as typeof apolloComputeResponse);
  return { expected, got, fellBack: calls.length > 0 };
}

/** Equal as answers are written: the same JSON text (so the same key order) and the same errors. */
function sameAnswer(r: ReturnType<typeof both>) {
  expect(r.got.thrown).toBe(r.expected.thrown);
  expect(JSON.stringify(r.got.data)).toBe(JSON.stringify(r.expected.data));
  expect(r.got.errors.map((e) => [e.message, e.path])).toEqual(r.expected.errors.map((e) => [e.message, e.path]));
}

const SDL = `
  scalar JSON
  enum Grade { A B C }
  interface Unit { code: ID! name: String }
  type Commune implements Unit { code: ID! name: String population: Int score: Score grades: [Grade!] }
  type District implements Unit { code: ID! name: String communes: [Commune!]! }
  union Found = Commune | District
  type Score { total: Float! grade: Grade complete: Boolean! detail: JSON parts: [[Float]] }
  type Query { units: [Unit!]! found: [Found] commune(code: ID!): Commune district: District! }
`;
const schema = buildSchema(SDL);

const commune = (code: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'Commune', code, name: `Xã ${code}`, population: 1200, grades: ['A', 'B'],
  score: { total: 71.5, grade: 'B', complete: true, detail: { any: ['thing', 1] }, parts: [[1, 2.5], [null]] }, ...extra,
});

describe('prepared result shaping: the same answers as @apollo/gateway computeResponse', () => {
  it('shapes an answer with aliases, repeated fields, fragments on an interface and a union, and __typename', () => {
    const query = `{
      units { __typename code ... on Commune { name score { total grade } } ... on District { n: name communes { code } } }
      found { ... on Commune { code score { complete } } ... on Commune { score { total parts } } t: __typename }
      district { code communes { code grades score { detail } } communes { name } }
    }`;
    const input = {
      units: [commune('1'), { __typename: 'District', code: 'd', name: 'Huyện', communes: [commune('2')] }],
      found: [commune('3'), null, { __typename: 'District', code: 'd2' }],
      district: { __typename: 'District', code: 'd', name: 'x', communes: [commune('4'), commune('5')] },
    };
    const r = both(schema, query, input);
    expect(r.expected.errors).toEqual([]);
    sameAnswer(r);
    expect(r.fellBack).toBe(false);
    // The fields the operation did not ask are gone, aliases named, repeated selections merged.
    expect((r.got.data as any).found[0]).toEqual({ code: '3', score: { complete: true, total: 71.5, parts: [[1, 2.5], [null]] }, t: 'Commune' });
  });

  it('decides @skip and @include from the variables and their defaults', () => {
    const query = `query Q($a: Boolean!, $b: Boolean = false) {
      commune(code: "1") { code name @skip(if: $a) population @include(if: $b) score @include(if: true) { total grade @skip(if: $b) } }
    }`;
    for (const variables of [{ a: true }, { a: false, b: true }, { a: false }]) {
      const r = both(schema, query, { commune: commune('1') }, variables);
      sameAnswer(r);
      expect(r.fellBack).toBe(false);
    }
  });

  it('leaves every answer with a value error to Apollo, with its errors and nulls', () => {
    const cases: any[] = [
      { district: { __typename: 'District', code: 'd', communes: [commune('1'), null] } }, // null in [Commune!]!
      { district: { __typename: 'District', code: 'd', communes: [commune('1', { population: 1.5 })] } }, // Int
      { district: { __typename: 'District', code: 'd', communes: [commune('1', { population: 2 ** 80 })] } }, // Int as 1.2e24
      { district: { __typename: 'District', code: 'd', communes: [commune('1', { grades: ['A', 'Z'] })] } }, // enum
      { district: { __typename: 'District', code: 'd', communes: [commune('1', { name: 7 })] } }, // String
      { district: { __typename: 'District', code: 'd', communes: [commune('1', { score: { total: null, complete: true } })] } },
      { district: { __typename: 'Nowhere', code: 'd', communes: [] } }, // unknown __typename
      { district: { __typename: 'District', code: true, communes: [] } }, // ID
      { district: null }, // a non-null root field
    ];
    const query = '{ district { code communes { code name population grades score { total complete } } } }';
    for (const input of cases) {
      const r = both(schema, query, input);
      expect(r.expected.errors.length).toBeGreaterThan(0);
      sameAnswer(r);
      expect(r.fellBack).toBe(true);
    }
  });

  it('takes values Apollo accepts: integers as IDs, strings for custom scalars, empty lists, nulls where allowed', () => {
    const query = '{ district { code communes { code name population score { total grade detail } } } found { ... on District { code } } }';
    const input = {
      district: { __typename: 'District', code: 12, communes: [commune('1', { name: null, population: -0, score: { total: 0, grade: null, complete: false, detail: 'text' } })] },
      found: [],
    };
    const r = both(schema, query, input);
    expect(r.expected.errors).toEqual([]);
    sameAnswer(r);
    expect(r.fellBack).toBe(false);
  });

  it('gives introspection fields and response names that Object.prototype also has to Apollo', () => {
    for (const query of ['{ commune(code: "1") { code } __schema { queryType { name } } }', '{ commune(code: "1") { toString: code constructor: name } }']) {
      const r = both(schema, query, { commune: commune('1') });
      sameAnswer(r);
      expect(r.fellBack).toBe(true);
    }
  });

  it('agrees with Apollo on random answers, with and without errors', () => {
    const query = `{ units { __typename code ... on Commune { name population grades score { total grade complete parts } } ... on District { communes { code population } } }
                    found { ... on Commune { a: code score { total } } ... on District { name } } }`;
    let seed = 7; // mulberry32: the same answers at every run
    const rnd = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
    const odd = () => pick<unknown>([null, 1, 1.5, 'A', 'Z', true, [], {}]);
    const maybe = <T>(v: T) => (rnd() < 0.02 ? odd() : v);
    const aCommune = (i: number) => ({
      __typename: maybe('Commune'), code: maybe(String(i)), name: maybe(`Xã ${i}`), population: maybe(Math.floor(rnd() * 5000)),
      grades: maybe([maybe('A'), maybe('C')]), score: maybe({ total: maybe(rnd() * 100), grade: maybe(pick(['A', 'B', 'C'])), complete: maybe(rnd() < 0.5), parts: maybe([[maybe(rnd())]]) }),
    });
    let withErrors = 0;
    let fast = 0;
    for (let n = 0; n < 300; n++) {
      const input = {
        units: Array.from({ length: 3 }, (_, i) => (rnd() < 0.7 ? aCommune(i) : { __typename: 'District', code: `d${i}`, communes: [aCommune(i)] })),
        found: [{ ...aCommune(9), a: maybe('9') } /* the data is keyed by response name */, rnd() < 0.5 ? null : { __typename: 'District', name: maybe('H') }],
      };
      const r = both(schema, query, input);
      sameAnswer(r);
      if (r.expected.errors.length || r.expected.thrown) withErrors++;
      if (!r.fellBack) fast++;
    }
    // The random answers cover both kinds.
    expect(withErrors).toBeGreaterThan(20);
    expect(fast).toBeGreaterThan(20);
  });

  it('shapes the dashboard operation on the real supergraph without falling back', () => {
    const root = join(__dirname, '..');
    const api = Supergraph.build(readFileSync(join(root, 'supergraph.graphql'), 'utf8')).apiSchema();
    const query = readFileSync(join(root, 'operations', 'learning-society-dashboard.graphql'), 'utf8');
    // One commune's answer, as the platform gave it (two of its components).
    const component = (i: number) => ({
      indicator: `EDU_NURSERY_${i}`, source: 'education', clause: 'II.2.1', value: 18.68, numerator: 139, denominator: 744,
      target: 20, points: 4.0608, weight: 4.3478, status: i % 2 ? 'SCORED' : 'MISSING', provenance: 'SYNTHETIC',
    });
    const input = {
      province: {
        code: '14', name: 'Sơn La', __typename: 'Province',
        inYear: { __typename: 'ProvinceYear', year: 2015, districts: [{ districtCode: '116', name: 'TP Sơn La', communes: Array.from({ length: 4 }, (_, i) => ({
          __typename: 'Commune', communeCode: String(3000 + i), name: `Phường ${i}`,
          learningSociety: { total: 98, grade: 'A', coverage: 0.94, complete: true, provenance: 'SYNTHETIC', components: [component(1), component(2)] },
        })) }] },
      },
    };
    const r = both(api, query, input, { province: '14', year: 2015 });
    sameAnswer(r);
    // If the SDL's names change (an enum value, a type), this input needs the same change; a fallback here means it did.
    expect(r.expected.errors).toEqual([]);
    expect(r.fellBack).toBe(false);
  });

  it('is put in place of Apollo\'s for this version of @apollo/gateway, and Apollo\'s back', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('@apollo/gateway/dist/resultShaping');
    const before = mod.computeResponse;
    try {
      expect(useResultShaping('prepared')).toBe('prepared');
      expect(mod.computeResponse).not.toBe(before);
      expect(useResultShaping('apollo')).toBe('apollo');
      expect(mod.computeResponse).toBe(before);
    } finally {
      mod.computeResponse = before;
    }
  });
});
