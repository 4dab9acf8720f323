import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { isRead, operationText, TIMEOUT_CODE, withReadRetries, type BreakerOptions, type BreakerStateName } from './retry';

/** The retry rule on a data source whose transport fails as a restarting subgraph (or a hung one) does. */
function source(outcomes: Array<'refused' | 'reset' | 'timeout' | 503 | 200 | 'bad'>, breaker: BreakerOptions = { failures: 5, openMs: 10_000 }) {
  const s = new RemoteGraphQLDataSource({ url: 'http://subgraph/graphql' });
  const calls: string[] = [];
  s.fetcher = (async (_url: string, init?: { body?: unknown }) => {
    calls.push(String(init?.body));
    const next = outcomes.shift() ?? 200;
    if (next === 'refused') throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    if (next === 'reset') throw Object.assign(new Error('socket hang up'), {});
    if (next === 'bad') throw new Error('invalid json response body');
    if (next === 'timeout') throw Object.assign(new Error('no answer within 10 ms'), { code: TIMEOUT_CODE });
    return { ok: next === 200, status: next } as never;
  }) as never;
  const reasons: string[] = [];
  const states: BreakerStateName[] = [];
  const wrapped = withReadRetries(s, { onRetry: (r) => reasons.push(r), onState: (st) => states.push(st), delays: [1, 1, 1], breaker });
  return { s, calls, reasons, states, breaker: wrapped.breaker };
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

test('a subgraph that stays down: the breaker opens after N failures, fails fast, one probe closes it', async () => {
  const { s, calls, states, breaker } = source(['refused', 'refused', 'refused', 'refused', 'refused', 200, 200], { failures: 5, openMs: 200 });
  await expect(s.fetcher('http://subgraph/graphql', { body: query })).rejects.toThrow('ECONNREFUSED');
  expect(calls).toHaveLength(4); // the first attempt and three retries: four failures, still closed
  expect(breaker.state()).toBe('closed');
  await expect(s.fetcher('http://subgraph/graphql', { body: query })).rejects.toThrow('ECONNREFUSED');
  expect(calls).toHaveLength(5); // the fifth failure opened it: no more retries
  expect(breaker.state()).toBe('open');
  await expect(s.fetcher('http://subgraph/graphql', { body: query })).rejects.toThrow(/circuit breaker open after 5/);
  expect(calls).toHaveLength(5); // open: not called at all
  await new Promise((r) => setTimeout(r, 250));
  expect((await s.fetcher('http://subgraph/graphql', { body: query })).status).toBe(200);
  expect(calls).toHaveLength(6); // the probe
  expect(breaker.state()).toBe('closed');
  expect(states).toEqual(['open', 'half-open', 'closed']);
});

test('timeouts open the breaker too (a hung subgraph), writes included; a failed probe opens it again', async () => {
  const { s, calls, breaker } = source(['timeout', 'timeout', 'timeout', 200], { failures: 2, openMs: 100 });
  await expect(s.fetcher('http://subgraph/graphql', { body: query })).rejects.toThrow('no answer');
  expect(calls).toHaveLength(1); // a timeout is not retried
  await expect(s.fetcher('http://subgraph/graphql', { body: mutation })).rejects.toThrow('no answer');
  expect(breaker.state()).toBe('open');
  await expect(s.fetcher('http://subgraph/graphql', { body: mutation })).rejects.toThrow(/circuit breaker open/);
  await new Promise((r) => setTimeout(r, 150));
  await expect(s.fetcher('http://subgraph/graphql', { body: query })).rejects.toThrow('no answer'); // the probe fails
  expect(breaker.state()).toBe('open');
  expect(calls).toHaveLength(3);
  await new Promise((r) => setTimeout(r, 150));
  expect((await s.fetcher('http://subgraph/graphql', { body: query })).status).toBe(200);
  expect(breaker.state()).toBe('closed');
});

test('other errors and any answer do not count; calls during the probe fail at once', async () => {
  const { s, breaker } = source(['timeout', 'bad', 503, 'timeout', 200], { failures: 2, openMs: 100 });
  await expect(s.fetcher('http://subgraph/graphql', { body: mutation })).rejects.toThrow('no answer');
  await expect(s.fetcher('http://subgraph/graphql', { body: mutation })).rejects.toThrow('invalid json');
  expect(breaker.state()).toBe('closed');
  expect((await s.fetcher('http://subgraph/graphql', { body: mutation })).status).toBe(503); // an answer: the count starts again
  await expect(s.fetcher('http://subgraph/graphql', { body: mutation })).rejects.toThrow('no answer');
  expect(breaker.state()).toBe('closed');

  // A probe that hangs: the calls arriving meanwhile do not wait for it.
  const hung = new RemoteGraphQLDataSource({ url: 'http://subgraph/graphql' });
  let release: () => void = () => undefined;
  let n = 0;
  hung.fetcher = (async () => {
    n += 1;
    if (n <= 1) throw Object.assign(new Error('no answer'), { code: TIMEOUT_CODE });
    await new Promise<void>((r) => (release = r));
    return { ok: true, status: 200 } as never;
  }) as never;
  const h = withReadRetries(hung, { breaker: { failures: 1, openMs: 50 }, delays: [1] });
  await expect(hung.fetcher('http://subgraph/graphql', { body: query })).rejects.toThrow('no answer');
  await new Promise((r) => setTimeout(r, 80));
  const probe = hung.fetcher('http://subgraph/graphql', { body: query });
  expect(h.breaker.state()).toBe('half-open');
  await expect(hung.fetcher('http://subgraph/graphql', { body: query })).rejects.toThrow(/circuit breaker open/);
  release();
  expect((await probe).status).toBe(200);
  expect(h.breaker.state()).toBe('closed');
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
