import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getIntrospectionQuery, Kind, parse, specifiedRules, validate, ValidationContext, TypeInfo, type GraphQLError, type OperationDefinitionNode } from 'graphql';
import { createLogger, issueToken } from '@lsp/shared';
import { SUPERGRAPH_FILE } from '../subgraphs';
import { DEFAULT_LIMITS, startGateway } from '../server';
import { introspectionDepth, queryLimits } from './limits';

/**
 * The query-shape limits against documents built to make a naive walker exponential: every one is refused
 * (or measured) by bounded rules. Offline against the published schema, then through a real gateway whose
 * /health must keep answering while the hostile request is in flight. No subgraph runs: every request here
 * is answered (or refused) by the gateway itself.
 */
const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'published-api.graphql'), 'utf8'));
const limits = { ...DEFAULT_LIMITS, production: false };

/** `fragment F<i> on Query { ...F<i-1> ×width }`, the operation spreading the last one. */
export function fragmentDoubling(levels: number, width = 2, leaf = '__typename'): string {
  const frags = [`fragment F0 on Query { ${leaf} }`];
  for (let i = 1; i <= levels; i += 1) frags.push(`fragment F${i} on Query { ${Array.from({ length: width }, () => `...F${i - 1}`).join(' ')} }`);
  return `query Doubling { ...F${levels} } ${frags.join(' ')}`;
}

/** `__schema { types { fields { type { ofType { … } } } } }`, `levels` fields deep in all. */
function deepIntrospection(levels: number): string {
  let inner = 'name';
  for (let i = 0; i < levels - 5; i += 1) inner = `ofType { ${inner} }`;
  return `{ __schema { types { fields { type { ${inner} } } } } }`;
}

/** The introspection query the explorer sends: GraphiQL's bundled getIntrospectionQuery, with the explorer's (default) options. */
function explorerIntrospectionQuery(): string {
  const bundle = readFileSync(require.resolve('graphiql/graphiql.min.js', { paths: [join(__dirname, '..', '..')] }), 'utf8');
  const start = bundle.indexOf('function getIntrospectionQuery(options) {');
  const end = bundle.indexOf('\n}\n', start);
  expect(start).toBeGreaterThan(0);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const make = new Function(`${bundle.slice(start, end + 2)}; return getIntrospectionQuery;`)() as (o: object) => string;
  // explorer.js gives GraphiQL no inputValueDeprecation nor schemaDescription (useIntrospectionQuery's options).
  return make({ inputValueDeprecation: undefined, schemaDescription: undefined });
}

function refusals(query: string): Array<{ message: string; code: unknown; limit: unknown }> {
  const shape = queryLimits(limits);
  const errors: readonly GraphQLError[] = validate(schema, parse(query), [...specifiedRules, ...shape.validationRules]);
  return errors.map((e) => ({ message: e.message, code: e.extensions.code, limit: e.extensions.limit }));
}

describe('query-shape limits, offline', () => {
  it.each([
    ['doubling, 10 levels', fragmentDoubling(10)],
    ['doubling, 20 levels', fragmentDoubling(20)],
    ['doubling, 30 levels', fragmentDoubling(30)],
    ['doubling, 40 levels, a list under each', fragmentDoubling(40, 2, 'province(code: "14") { districts { communes { code } } }')],
    ['fan-out 30 wide, 10 levels', fragmentDoubling(10, 30)],
    ['fan-out 300 wide, 3 levels', fragmentDoubling(3, 300)],
  ])('refuses %s, coded, naming the limit', (_name, query) => {
    const found = refusals(query);
    expect(found.length).toBeGreaterThan(0);
    for (const r of found) expect(r).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: expect.stringMatching(/^(depth|cost)$/) });
  });

  it('refuses a fragment cycle (GraphQL\'s own rule) without the estimate looping', () => {
    const found = validate(schema, parse('query { ...A } fragment A on Query { ...B __typename } fragment B on Query { ...A ...A }'), [...specifiedRules, ...queryLimits(limits).validationRules]);
    expect(found.map((e) => e.message).join('\n')).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it('costs a fragment spread several times at its full weight: 8 spreads of a 30,650-field fragment pass the limit', () => {
    // P: 50 aliases × (1 + 12 districts × (1 + 25 communes × (1 + 1 field))) = 30,650: one spread passes, eight do not.
    const p = `fragment P on Query { ${Array.from({ length: 25 }, (_, i) => `a${i}: province(code: "14") { districts { communes { code } } } b${i}: province(code: "14") { districts { communes { name } } }`).join(' ')} }`;
    const limitsWide = { ...limits, maxAliases: 1_000 };
    const errorsOf = (spreads: number) => validate(schema, parse(`query { ${Array.from({ length: spreads }, () => '... on Query { ...P }').join(' ')} } ${p}`),
      [...specifiedRules, ...queryLimits(limitsWide).validationRules]).map((e) => e.extensions.limit);
    expect(errorsOf(1)).toEqual([]);
    expect(errorsOf(8)).toEqual(['cost']);
  });

  it('measures introspection depth through fragments: the explorer\'s query is within the limit, 20 levels are not', () => {
    const depthOf = (query: string) => {
      const document = parse(query);
      const context = new ValidationContext(schema, document, new TypeInfo(schema), () => undefined);
      const op = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      return introspectionDepth(context, op.selectionSet);
    };
    const explorer = depthOf(explorerIntrospectionQuery());
    expect(explorer).toBe(15);
    // graphql-js's own query with every option (other tools) is as deep.
    expect(depthOf(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true }))).toBe(explorer);
    expect(explorer).toBeLessThanOrEqual(limits.maxIntrospectionDepth);
    expect(depthOf(deepIntrospection(20))).toBe(20);
    expect(depthOf('{ __typename province(code: "14") { name } }')).toBe(0);
    expect(refusals(deepIntrospection(20))).toEqual([expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit: 'introspectionDepth' })]);
    expect(refusals(explorerIntrospectionQuery())).toEqual([]);
  });
});

describe('query-shape limits, through the gateway', () => {
  const secret = 'limits-test-secret-0123456789abcdef';
  const issuer = 'limits-test';
  let gw: Awaited<ReturnType<typeof startGateway>>;
  let base: string;
  let token: string;

  beforeAll(async () => {
    const identityPrivateKey = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    // No subgraph listens at these addresses: nothing in this suite may reach one.
    const subgraphUrls = Object.fromEntries(['geography', 'education', 'vocational', 'workforce', 'awards'].map((n) => [n, 'http://127.0.0.1:9/graphql']));
    gw = await startGateway({
      port: 0, host: '127.0.0.1', supergraphPath: SUPERGRAPH_FILE, subgraphUrls, identityPrivateKey, log: createLogger('limits-test', 'silent'),
      auth: { production: false, allowAnonymousRead: false, local: { secret, issuer } },
      limits: { ratePoints: 100_000 },
    });
    base = gw.url.replace(/\/graphql$/, '');
    token = await issueToken('limits-test', ['analyst'], { secret, issuer });
  });
  afterAll(() => gw?.stop());

  const post = (query: string) => fetch(gw.url, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }),
  }).then(async (r) => ({ status: r.status, body: await r.json() as { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } }));

  it('refuses 30 levels of fragment doubling (and wider fan-outs) while /health keeps answering', async () => {
    const hostile = [fragmentDoubling(30), fragmentDoubling(30), fragmentDoubling(40, 2, 'province(code: "14") { districts { name } }'), fragmentDoubling(10, 30)];
    let inFlight = true;
    const answers = Promise.all(hostile.map(post)).finally(() => { inFlight = false; });
    // /health polled from the moment the hostile requests are sent: each poll sent while they are in flight.
    const polls: Array<{ sentInFlight: boolean; status: number; answeredInFlight: boolean }> = [];
    const polling = (async () => {
      do {
        const sentInFlight = inFlight;
        const r = await fetch(`${base}/health`);
        polls.push({ sentInFlight, status: r.status, answeredInFlight: inFlight });
        await r.arrayBuffer();
      } while (inFlight);
    })();
    const refused = await answers;
    await polling;
    for (const r of refused) {
      expect(r.status).toBe(400);
      expect(r.body.data).toBeUndefined();
      expect(r.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    }
    // The first poll went out with the hostile requests and was answered; before the fix it waited ~30 min.
    expect(polls[0]).toMatchObject({ sentInFlight: true, status: 200 });
    expect(polls.every((p) => p.status === 200)).toBe(true);
  }, 60_000);

  it('names the limit Apollo\'s recursive-selection pass refused on', async () => {
    const r = await post(fragmentDoubling(30));
    expect(r.body.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit: 'selections' })]);
  });

  it('answers the explorer\'s introspection query and refuses a 20-level one', async () => {
    const explorer = await post(explorerIntrospectionQuery());
    expect(explorer.body.errors).toBeUndefined();
    expect(explorer.body.data.__schema.queryType.name).toBe('Query');
    const deep = await post(deepIntrospection(20));
    expect(deep.status).toBe(400);
    expect(deep.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'introspectionDepth', depth: 20, max: 15 });
  });
});
