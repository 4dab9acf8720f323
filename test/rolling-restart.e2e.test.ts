import type { Server } from 'node:http';
import { createSubgraphApp, drainAndClose, listen, openDatabase } from '@lsp/shared';
import { MYSQL_URL, quietLog, TEST_IDENTITY_PUBLIC_KEY } from './testkit';
import { loadSubgraphModule, startPlatform, type RunningPlatform } from './testkit/platform';

/**
 * A rolling restart of each subgraph in turn, under read load through the gateway, loses no request. Each
 * restart is what an orchestrator does to one instance: the new instance is made ready (database opened,
 * schema built), the old one stops accepting connections and finishes what it has in flight, the new one
 * takes its address. Requests that meet the gap (connection refused) or a keep-alive socket of the old
 * instance (connection reset) are reads, which the gateway retries (gateway/src/plugins/retry.ts).
 */
const QUERY = `query CommuneScore { commune(code: "03751") { name inYear(year: 2015) {
  learningSociety { total coverage components { indicator source value status } } } } }`;

let platform: RunningPlatform;
/** The read load runs while true; cleared by the test and, should the test time out, by afterAll. */
let loading = true;
let token: string;
const replacements: Array<{ server: Server; stop: () => Promise<void> }> = [];

beforeAll(async () => {
  // On MariaDB when MYSQL_URL is set (connections of a pool then cross the restart), else SQLite.
  platform = await startPlatform({ kind: MYSQL_URL ? 'mysql' : 'sqlite' });
  token = await platform.token(['analyst']);
}, 180_000);

afterAll(async () => {
  loading = false;
  for (const r of replacements) await r.stop();
  await platform?.stop();
});

async function read(): Promise<{ ok: boolean; body: string }> {
  try {
    const res = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: QUERY }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
    return { ok: res.status === 200 && !body.errors, body: JSON.stringify(body) };
  } catch (err) {
    return { ok: false, body: (err as Error).message };
  }
}

/** Restarts one subgraph in place on the same port and database, as one step of a rolling restart. */
async function restart(name: string, listening: Map<string, Server>): Promise<void> {
  const old = listening.get(name) ?? platform.subgraphs[name].server;
  const port = Number(new URL(platform.subgraphs[name].url).port);
  const mod = loadSubgraphModule(name);
  const db = await openDatabase({ service: name, url: platform.subgraphs[name].databaseUrl, entities: mod.entities, migrations: mod.migrations, log: quietLog });
  const { app, apollo } = await createSubgraphApp(mod.definition, { db, log: quietLog, identityPublicKey: TEST_IDENTITY_PUBLIC_KEY });
  // Stop taking connections, let in-flight requests finish, as runSubgraph does on SIGTERM.
  await drainAndClose(old);
  const server = await listen(app, port, '127.0.0.1');
  listening.set(name, server);
  replacements.push({
    server,
    stop: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      await apollo.stop();
      await db.destroy();
    },
  });
}

test('each subgraph restarted in turn under read load: every read answers, with the same data', async () => {
  const expected = await read();
  expect(expected.ok).toBe(true);

  const results: Array<{ ok: boolean; body: string }> = [];
  const client = async () => {
    while (loading) results.push(await read());
  };
  const clients = [client(), client(), client(), client()];

  const listening = new Map<string, Server>();
  const restarted: string[] = [];
  try {
    for (const name of Object.keys(platform.subgraphs)) {
      const before = results.length;
      await restart(name, listening);
      restarted.push(name);
      // Keep the load on until reads have gone through the new instance.
      while (results.length < before + 8) await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    loading = false;
    await Promise.all(clients);
  }

  expect(restarted).toEqual(Object.keys(platform.subgraphs));
  expect(results.length).toBeGreaterThanOrEqual(40);
  const failed = results.filter((r) => !r.ok || r.body !== expected.body);
  expect(failed.map((f) => f.body.slice(0, 300))).toEqual([]);
}, 300_000);
