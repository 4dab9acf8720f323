import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { isRead, operationText, withReadRetries } from './retry';

/** The retry rule on a data source whose transport fails as a restarting subgraph does. */
function source(outcomes: Array<'refused' | 'reset' | 503 | 200 | 'bad'>) {
  const s = new RemoteGraphQLDataSource({ url: 'http://subgraph/graphql' });
  const calls: string[] = [];
  s.fetcher = (async (_url: string, init?: { body?: unknown }) => {
    calls.push(String(init?.body));
    const next = outcomes.shift() ?? 200;
    if (next === 'refused') throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    if (next === 'reset') throw Object.assign(new Error('socket hang up'), {});
    if (next === 'bad') throw new Error('invalid json response body');
    return { ok: next === 200, status: next } as never;
  }) as never;
  const reasons: string[] = [];
  withReadRetries(s, (r) => reasons.push(r), [1, 1, 1]);
  return { s, calls, reasons };
}
const query = JSON.stringify({ query: 'query Q__education__0 { a }' });
const mutation = JSON.stringify({ query: 'mutation M { a }' });

test('a read is retried after a refused or reset connection and a 503, then answers', async () => {
  const { s, calls, reasons } = source(['refused', 'reset', 503, 200]);
  const res = await s.fetcher('http://subgraph/graphql', { body: query });
  expect(res.status).toBe(200);
  expect(calls).toHaveLength(4);
  expect(reasons).toEqual(['ECONNREFUSED', 'ECONNRESET', 'HTTP 503']);
});

test('a mutation is never retried', async () => {
  const { s, calls } = source(['reset', 200]);
  await expect(s.fetcher('http://subgraph/graphql', { body: mutation })).rejects.toThrow('socket hang up');
  expect(calls).toHaveLength(1);
});

test('other errors are not retried', async () => {
  const { s, calls } = source(['bad', 200]);
  await expect(s.fetcher('http://subgraph/graphql', { body: query })).rejects.toThrow('invalid json');
  expect(calls).toHaveLength(1);
});

test('a subgraph that stays down fails fast after one exhausted read, until it answers again', async () => {
  const { s, calls } = source(['refused', 'refused', 'refused', 'refused', 'refused', 200, 200]);
  await expect(s.fetcher('http://subgraph/graphql', { body: query })).rejects.toThrow('ECONNREFUSED');
  expect(calls).toHaveLength(4);
  await expect(s.fetcher('http://subgraph/graphql', { body: query })).rejects.toThrow('ECONNREFUSED');
  expect(calls).toHaveLength(5);
  expect((await s.fetcher('http://subgraph/graphql', { body: query })).status).toBe(200);
  expect(calls).toHaveLength(6);
});

describe('isRead reads only the operation of a body written query-first', () => {
  const body = (query: string, variables: unknown = { representations: [{ __typename: 'CommuneYear', note: 'mutation "x" \\ y' }] }) => JSON.stringify({ query, variables });
  it('tells queries from mutations and subscriptions, with escapes and comments in the text', () => {
    expect(isRead(body('query Q { a(s: "mutation \\"m\\"") }'))).toBe(true);
    expect(isRead(body('# a comment\nmutation M { a }'))).toBe(false);
    expect(isRead(body('  subscription S { a }'))).toBe(false);
    expect(operationText(body('query "Q" { a }'))).toBe('query "Q" { a }');
  });
  it('parses a body that does not start with the query whole, and refuses to call anything else a read', () => {
    expect(isRead(JSON.stringify({ variables: { query: 'query X { a }' }, query: 'mutation M { a }' }))).toBe(false);
    expect(isRead(JSON.stringify({ operationName: 'Q', query: 'query Q { a }' }))).toBe(true);
    expect(isRead('{"query":"query Q { a }')).toBe(false); // truncated: not JSON
    expect(isRead(undefined)).toBe(false);
  });
});
