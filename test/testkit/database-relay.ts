import { createConnection, createServer, type Socket } from 'node:net';

/**
 * A TCP relay of the test's own in front of MariaDB, which the test then shuts (its connections cut, new ones
 * refused): the database stops answering for one subgraph without touching the shared server.
 */
export async function relayTo(target: URL): Promise<{ port: number; cut: () => void }> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = createConnection(Number(target.port || 3306), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => s.destroy());
      s.on('close', () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    cut: () => {
      server.close();
      for (const s of sockets) s.destroy();
    },
  };
}
