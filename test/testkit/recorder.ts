import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';

/** One request the gateway sent to a subgraph, as it went over the wire. */
export interface RecordedCall {
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * A pass-through HTTP proxy in front of a subgraph that records the GraphQL calls it receives: lets tests capture
 * a real forwarded identity (to replay it elsewhere) and measure the bodies of real subgraph calls.
 */
export async function startRecorder(target: string): Promise<{ url: string; calls: RecordedCall[]; stop(): Promise<void> }> {
  const calls: RecordedCall[] = [];
  const to = new URL(target);
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      // Only GraphQL calls are recorded; the subgraph's other routes (/score-parts, /data-version, which
      // departments call on each other through the gateway's routing table) pass through to the same path.
      const path = req.url ?? to.pathname;
      if (path === to.pathname) calls.push({ headers: req.headers, body });
      const out = httpRequest({ host: to.hostname, port: to.port, path, method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      out.on('error', () => res.destroy());
      out.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    calls,
    stop: () => new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}

/** A TCP listener that accepts connections and never answers: a hung department. */
export async function startBlackHole(): Promise<{ url: string; stop(): Promise<void> }> {
  const server = createServer(() => undefined);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: () => new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}
