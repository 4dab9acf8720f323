import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { createUpstream } from './upstream';

/**
 * The upstream fetcher against a real HTTP server that counts what arrives: identical fetches in flight are
 * sent once per caller, never shared between callers or for mutations, and the internal share key never
 * leaves the gateway.
 */
describe('upstream: keep-alive fetcher with in-flight sharing', () => {
  let server: Server;
  let url: string;
  const received: Array<{ body: string; headers: Record<string, unknown> }> = [];
  let release: () => void = () => undefined;
  let gate = Promise.resolve();

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', async () => {
        received.push({ body, headers: req.headers });
        await gate;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data: { echo: received.length } }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  beforeEach(() => {
    received.length = 0;
    gate = new Promise<void>((r) => (release = r));
  });

  const call = (source: RemoteGraphQLDataSource<{ identity?: { sub: string; roles: string[] } }>, query: string, identity: { sub: string; roles: string[] }) =>
    source.process({ kind: 'HEALTH_CHECK' as never, request: { query, variables: { a: 1 } }, context: { identity } } as never);

  it('sends identical in-flight queries of one caller once, and each caller gets its own answer object', async () => {
    const upstream = createUpstream();
    const source = upstream.tune(new RemoteGraphQLDataSource({ url }));
    const alice = { sub: 'alice', roles: ['analyst', 'editor:education'] };
    const pending = [call(source, '{ a }', alice), call(source, '{ a }', { sub: 'alice', roles: ['editor:education', 'analyst'] })];
    await new Promise((r) => setTimeout(r, 50));
    release();
    const [one, two] = await Promise.all(pending);
    expect(received).toHaveLength(1);
    expect(one.data).toEqual({ echo: 1 });
    expect(two.data).toEqual({ echo: 1 });
    expect(one.data).not.toBe(two.data);
    expect(received[0].headers['x-lsp-upstream-share-key']).toBeUndefined();
    expect(upstream.stats()).toEqual({ sent: 1, shared: 1 });
  });

  it('never shares between callers, between different queries, or for mutations', async () => {
    const upstream = createUpstream();
    const source = upstream.tune(new RemoteGraphQLDataSource({ url }));
    const alice = { sub: 'alice', roles: ['analyst'] };
    const pending = [
      call(source, '{ a }', alice),
      call(source, '{ a }', { sub: 'bob', roles: ['analyst'] }),
      call(source, '{ a }', { sub: 'alice', roles: ['admin'] }),
      call(source, '{ b }', alice),
      call(source, 'mutation { m }', alice),
      call(source, 'mutation { m }', alice),
    ];
    await new Promise((r) => setTimeout(r, 50));
    release();
    await Promise.all(pending);
    expect(received).toHaveLength(6);
    expect(upstream.stats().shared).toBe(0);
  });

  it('shares nothing once a fetch has answered (no cache)', async () => {
    const upstream = createUpstream();
    const source = upstream.tune(new RemoteGraphQLDataSource({ url }));
    release();
    const alice = { sub: 'alice', roles: ['analyst'] };
    await call(source, '{ a }', alice);
    await call(source, '{ a }', alice);
    expect(received).toHaveLength(2);
  });
  it('lets one caller give up without failing the others sharing its fetch', async () => {
    const upstream = createUpstream();
    const alice = encodeURIComponent(JSON.stringify(['alice', ['analyst']]));
    const init = (signal: AbortSignal) => ({ method: 'POST', headers: { 'content-type': 'application/json', 'x-lsp-upstream-share-key': alice }, body: '{"query":"{ a }"}', signal });
    const quitter = new AbortController();
    const first = upstream.fetcher(url, init(quitter.signal) as never);
    const second = upstream.fetcher(url, init(new AbortController().signal) as never);
    await new Promise((r) => setTimeout(r, 50));
    quitter.abort(new Error('client gone'));
    await expect(first).rejects.toThrow('client gone');
    release();
    expect(await (await second).json()).toEqual({ data: { echo: 1 } });
    expect(received).toHaveLength(1);
  });
});
