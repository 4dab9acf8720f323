import type { Server } from 'node:http';

/**
 * Stops a server the way a rolling restart needs: no new connections; idle keep-alive sockets closed now;
 * requests already in flight finish, and their responses (and any request still arriving on a busy
 * keep-alive socket) carry `Connection: close`, so a client under steady load cannot hold the server open
 * by reusing its sockets. Resolves when the last connection is gone, or, with `forceAfterMs`, when that much
 * time has passed and the connections still open (a client that never reads its answer) have been cut.
 */
export function drainAndClose(server: Server, opts: { forceAfterMs?: number } = {}): Promise<void> {
  if (!server.listening) return Promise.resolve();
  server.on('request', (_req, res) => {
    if (!res.headersSent) res.setHeader('connection', 'close');
  });
  return new Promise<void>((resolve) => {
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    const force = opts.forceAfterMs === undefined ? undefined : setTimeout(() => server.closeAllConnections(), opts.forceAfterMs);
    server.close(() => {
      clearInterval(sweep);
      if (force) clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}
