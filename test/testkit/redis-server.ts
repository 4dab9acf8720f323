import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';

/**
 * A redis-server of the test's own on its own port (no persistence), started and stopped by the test: stopping it
 * is a real Redis outage for the gateways using it, and no one else's Redis is touched.
 */
export interface TestRedis {
  url: string;
  port: number;
  /** Stops it (SIGTERM to this child only) and waits for its exit. */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
}

const answersPing = (port: number) => new Promise<boolean>((resolve) => {
  const socket = createConnection({ host: '127.0.0.1', port });
  socket.setTimeout(500);
  socket.once('connect', () => socket.write('PING\r\n'));
  socket.once('data', (d) => {
    socket.destroy();
    resolve(d.toString().startsWith('+PONG'));
  });
  socket.once('error', () => resolve(false));
  socket.once('timeout', () => {
    socket.destroy();
    resolve(false);
  });
});

export async function startTestRedis(port: number): Promise<TestRedis> {
  if (await answersPing(port)) throw new Error(`a Redis already answers on ${port}: not this test's, left alone`);
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      if (await answersPing(port)) return;
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`redis-server did not answer on ${port}`);
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    async stop() {
      const c = child;
      if (!c || c.exitCode !== null) return;
      const exited = new Promise((r) => c.once('exit', r));
      c.kill('SIGTERM');
      await exited;
    },
  };
}
