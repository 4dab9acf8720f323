import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError } from 'graphql';
import gql from 'graphql-tag';
import { jitExecution } from './jit-executor';

const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  enum Status { SCORED MISSING }
  type Component { indicator: String! value: Float status: Status! }
  type Commune @key(fields: "communeCode") { communeCode: String! name: String components(top: Int = 2): [Component!]! broken: Int mustHave: String! count: Int }
  type Query { communes(codes: [String!]!, year: Int!): [Commune!]! failing: Int refused: Int }
`;
const COMMUNES: Record<string, { name: string }> = { '01': { name: 'Xã Một' }, '02': { name: 'Xã Hai' } };
const resolvers = {
  Query: {
    communes: (_: unknown, a: { codes: string[] }) => a.codes.map((communeCode) => ({ communeCode })),
    // An error without extensions, like a driver's: the kit's formatError codes it (DATABASE_UNAVAILABLE, …).
    failing: () => { throw new Error('connect ECONNREFUSED 127.0.0.1:3306'); },
    refused: () => { throw new GraphQLError('Not allowed', { extensions: { code: 'FORBIDDEN' } }); },
  },
  Commune: {
    __resolveReference: (ref: { communeCode: string }) => (COMMUNES[ref.communeCode] ? { communeCode: ref.communeCode } : null),
    name: (c: { communeCode: string }) => COMMUNES[c.communeCode]?.name ?? null,
    components: async (c: { communeCode: string }, a: { top: number }) =>
      [{ indicator: `EDU_${c.communeCode}`, value: 18.68, status: 'SCORED' }, { indicator: 'VOC', value: null, status: 'MISSING' }, { indicator: 'X', value: 1, status: 'SCORED' }].slice(0, a.top),
    broken: () => Promise.reject(new Error('disk I/O error')),
    mustHave: (c: { communeCode: string }) => (c.communeCode === '02' ? null : 'ok'),
    count: () => 1.5, // not an Int: the scalar refuses it
  },
};

async function servers() {
  const schema = buildSubgraphSchema([{ typeDefs, resolvers: resolvers as any }]);
  // The kit's formatError, in short: an error that is not a GraphQLError gets a code naming the department.
  const formatError = (formatted: any, error: unknown) => {
    const original = (error as { originalError?: unknown })?.originalError;
    if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR' && !(original instanceof GraphQLError)) {
      return { message: 'Internal error in the education subgraph', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR', department: 'education', was: (original as Error)?.message } };
    }
    return formatted;
  };
  const graphqlJs = new ApolloServer({ schema, formatError });
  const jit = new ApolloServer({ gateway: jitExecution(schema), formatError });
  await Promise.all([graphqlJs.start(), jit.start()]);
  return { graphqlJs, jit, stop: () => Promise.all([graphqlJs.stop(), jit.stop()]) };
}

const answer = async (server: ApolloServer, query: string, variables?: Record<string, unknown> | null) => {
  const r = await server.executeOperation(variables ? { query, variables } : { query });
  if (r.body.kind !== 'single') throw new Error('incremental');
  return { status: r.http.status, result: r.body.singleResult };
};

describe('graphql-jit as the subgraph executor', () => {
  let s: Awaited<ReturnType<typeof servers>>;
  beforeAll(async () => { s = await servers(); });
  afterAll(async () => { await s.stop(); });

  // Three entries each: jest.each would take a missing third for its `done` callback.
  const cases: Array<[string, string, Record<string, unknown> | null]> = [
    ['lists, aliases, arguments, a default, @skip and @include', `query Q($codes: [String!]!, $y: Int!, $all: Boolean!) {
      communes(codes: $codes, year: $y) { communeCode n: name components(top: 3) { indicator value status } first: components { indicator } name @skip(if: $all) broken @include(if: false) } }`,
      { codes: ['01', '03'], y: 2015, all: true }],
    ['entities, with a missing one', `query E($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Commune { communeCode name components { status } } } }`,
      { r: [{ __typename: 'Commune', communeCode: '01' }, { __typename: 'Commune', communeCode: '09' }] }],
    ['an error without extensions, coded by formatError', '{ failing }', null],
    ['an error the resolver coded', '{ refused }', null],
    ['a rejected field among good ones', '{ communes(codes: ["01"], year: 2015) { communeCode broken } }', null],
    ['a null in a non-null field, propagated to the list item', '{ communes(codes: ["01", "02"], year: 2015) { communeCode mustHave } }', null],
    ['a value its scalar cannot serialise', '{ communes(codes: ["01"], year: 2015) { communeCode count } }', null],
    ['a variable of the wrong type', 'query Q($y: Int!) { communes(codes: ["01"], year: $y) { communeCode } }', { y: 'two thousand' }],
    ['a missing variable', 'query Q($y: Int!) { communes(codes: ["01"], year: $y) { communeCode } }', {}],
    ['the service SDL', '{ _service { sdl } }', null],
  ];
  it.each(cases)('answers as graphql-js does: %s', async (_title, query, variables) => {
    const [viaJs, viaJit] = [await answer(s.graphqlJs, query, variables), await answer(s.jit, query, variables)];
    expect(JSON.stringify(viaJit.result)).toBe(JSON.stringify(viaJs.result));
    expect(viaJit.status).toBe(viaJs.status);
  });

  it('codes a bad variable BAD_USER_INPUT, and an error without extensions through formatError', async () => {
    const bad = await answer(s.jit, 'query Q($y: Int!) { communes(codes: ["01"], year: $y) { communeCode } }', { y: 'x' });
    expect(bad.result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const failing = await answer(s.jit, '{ failing }');
    expect(failing.result.errors?.[0].extensions).toMatchObject({ department: 'education', was: 'connect ECONNREFUSED 127.0.0.1:3306' });
  });

  it('is graphql-jit that answers: its results are plain objects, graphql-js gives objects without a prototype', async () => {
    const query = '{ communes(codes: ["01"], year: 2015) { communeCode } }';
    const [viaJs, viaJit] = [await answer(s.graphqlJs, query), await answer(s.jit, query)];
    expect(Object.getPrototypeOf(viaJs.result.data)).toBeNull();
    expect(Object.getPrototypeOf(viaJit.result.data)).toBe(Object.prototype);
    // The same document again: the compiled operation is reused (and answers the same).
    expect(JSON.stringify((await answer(s.jit, query)).result)).toBe(JSON.stringify(viaJit.result));
  });
});
