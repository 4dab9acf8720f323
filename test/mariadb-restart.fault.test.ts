import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gql } from './testkit';
import { startPlatform, type RunningPlatform } from './testkit/platform';

/**
 * A MariaDB restart under the platform: education runs on this test's OWN mariadbd (own datadir, port and
 * socket, made with mariadb-install-db), never the shared server. While it is down the gateway still answers
 * (the other departments' data, education named as unavailable or failing with a code, never a server crash);
 * when it is back, education answers again without restarting anything.
 */
const MARIADBD = '/usr/sbin/mariadbd';
const INSTALL = '/usr/bin/mariadb-install-db';
const available = existsSync(MARIADBD) && existsSync(INSTALL);
const port = 33000 + (process.pid % 1000);
const dir = mkdtempSync(join(tmpdir(), 'lsp-mariadb-fault-'));
const datadir = join(dir, 'data');
let server: ChildProcess | undefined;

function startMariadb(): Promise<void> {
  server = spawn(MARIADBD, [
    '--no-defaults', `--datadir=${datadir}`, `--port=${port}`, `--socket=${join(dir, 'mysqld.sock')}`, '--bind-address=127.0.0.1',
    '--skip-grant-tables', '--skip-networking=0', '--user=root', `--pid-file=${join(dir, 'mysqld.pid')}`, '--innodb-buffer-pool-size=32M',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let log = '';
    server!.stderr!.on('data', (d: Buffer) => {
      log += d.toString();
      if (log.includes('ready for connections')) resolve();
    });
    server!.once('exit', (code) => reject(new Error(`mariadbd exited (${code}): ${log.slice(-500)}`)));
  });
}

async function stopMariadb(): Promise<void> {
  const s = server;
  if (!s || s.exitCode !== null) return;
  s.removeAllListeners('exit');
  await new Promise<void>((r) => {
    s.once('exit', () => r());
    s.kill('SIGTERM');
  });
}

const until = async (check: () => Promise<boolean>, ms: number) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
};

(available ? describe : describe.skip)('MariaDB restart (own mariadbd)', () => {
  let p: RunningPlatform;
  let token: string;
  const Q = '{ province(code: "14") { name inYear(year: 2015) { learningSociety { total unavailableSources } } } }';
  beforeAll(async () => {
    execFileSync(INSTALL, ['--no-defaults', `--datadir=${datadir}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
    await startMariadb();
    p = await startPlatform({
      databaseUrlOf: (name) => (name === 'education' ? `mysql://root@127.0.0.1:${port}/lsp_fault_education` : undefined),
    });
    token = await p.token(['analyst']);
  }, 240_000);
  afterAll(async () => {
    await p?.stop().catch(() => undefined);
    await stopMariadb();
    rmSync(dir, { recursive: true, force: true });
  });

  it('while MariaDB is down the gateway answers with coded errors; after its restart education answers again', async () => {
    const before = await gql(p.gatewayUrl, Q, {}, { bearer: token });
    expect(before.errors).toBeUndefined();
    await stopMariadb();
    const ready = await fetch(p.subgraphs.education.url.replace(/graphql$/, 'ready'));
    expect(ready.status).toBe(503);
    const during = await gql(p.gatewayUrl, Q, {}, { bearer: token });
    expect(during.status).toBe(200);
    expect(during.data.province.name).toBe('Tỉnh Sơn La');
    expect(during.errors?.length).toBeGreaterThan(0);
    for (const e of during.errors ?? []) expect(e.extensions?.code).toBeTruthy();
    await startMariadb();
    const back = await until(async () => (await gql(p.gatewayUrl, Q, {}, { bearer: token })).errors === undefined, 60_000);
    expect(back).toBe(true);
  }, 120_000);
});
