import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { drainAndClose } from './graceful';

/**
 * drainAndClose: a request in flight finishes (its answer says Connection: close); a client that holds its request
 * open keeps the server from closing, unless `forceAfterMs` is given, after which its connection is cut.
 */
async function serve(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; port: number }> {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, port: (server.address() as AddressInfo).port };
}

/** A request whose outcome is recorded: the answer's status and connection header, or the socket's error. */
function ask(port: number) {
  return new Promise<{ status?: number; connection?: string; error?: string }>((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/', agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, connection: String(res.headers.connection) }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    req.end();
  });
}

const pending = Symbol('pending');
const settledWithin = <T>(p: Promise<T>, ms: number) => Promise.race([p.then(() => 'settled' as const), new Promise<typeof pending>((r) => setTimeout(() => r(pending), ms).unref())]);

test('a request in flight finishes with Connection: close before the server closes', async () => {
  let release!: () => void;
  const started = new Promise<void>((r) => { release = r; });
  const { server, port } = await serve((_req, res) => {
    release();
    setTimeout(() => res.end('done'), 200);
  });
  const answer = ask(port);
  await started;
  await drainAndClose(server);
  expect(await answer).toEqual({ status: 200, connection: 'close' });
  expect(server.listening).toBe(false);
});

test('a held request keeps the server open without forceAfterMs, and is cut with it', async () => {
  let onRequest: (() => void) | undefined;
  const { server, port } = await serve(() => onRequest?.()); // never answers
  let got = new Promise<void>((r) => { onRequest = r; });
  const first = ask(port);
  await got;
  const unforced = drainAndClose(server);
  expect(await settledWithin(unforced, 500)).toBe(pending);
  server.closeAllConnections(); // clean up: what forceAfterMs does by itself
  await unforced;
  expect((await first).error).toBe('ECONNRESET');

  const again = await serve(() => onRequest?.());
  got = new Promise<void>((r) => { onRequest = r; });
  const second = ask(again.port);
  await got;
  expect(await settledWithin(drainAndClose(again.server, { forceAfterMs: 100 }), 5000)).toBe('settled');
  expect((await second).error).toBe('ECONNRESET');
  expect(again.server.listening).toBe(false);
});
