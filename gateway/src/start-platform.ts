/**
 * `npm start`: builds (done by the npm script), then launches every composed subgraph and the gateway as
 * their own processes, each a real HTTP server on its own port. On first start each subgraph creates,
 * migrates and seeds its embedded database (progress shown). Waits until all are ready, then prints the
 * gateway URL, example queries and one development token per role. Ctrl-C stops them all.
 *
 * It supervises: a service that exits is logged and restarted with backoff (1 s, 2 s, 4 s … 30 s; back to
 * 1 s after a minute up) while the others keep serving. Before launching anything, the configuration of the
 * gateway and of the subgraphs is checked, so a production start without secrets exits 1 naming each one.
 *
 * As the launcher, this file reads process.env directly (the one exception to "only config.ts reads the
 * environment"): it passes the environment on to the services it starts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import { ConfigError, DEV_JWT_SECRET, DEVELOPMENT_PERSONAS, issueToken, parseConfig, serverConcern, subgraphConfigSchema } from '@lsp/shared';
import { gatewayConfigSchema } from './config';
import { GATEWAY_NODE_FLAGS } from './runtime-flags';
import { SUBGRAPHS } from './subgraphs';

const root = join(__dirname, '..', '..');
const env = { ...process.env };
const production = env.NODE_ENV === 'production';
const jwtSecret = env.JWT_SECRET ?? DEV_JWT_SECRET;
const jwtIssuer = env.JWT_ISSUER ?? 'son-la-learning-society-platform';
const host = env.HOST ?? '127.0.0.1';
const gatewayPort = Number(env.GATEWAY_PORT ?? 4000);
const services = new Map<string, Service>();

interface Service {
  name: string;
  script: string;
  /** V8 flags before the script (the gateway's GATEWAY_NODE_FLAGS). */
  nodeFlags: readonly string[];
  env: Record<string, string>;
  child?: ChildProcess;
  restarts: number;
  startedAt: number;
}

/** Every configuration problem of every service, printed at once; exit 1 if there is any. */
function refuseUnsafeConfiguration(): void {
  const problems = new Set<string>();
  const check = (who: string, schema: Parameters<typeof parseConfig>[0]) => {
    try {
      parseConfig(schema, env);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      for (const p of err.problems) problems.add(`${p} (${who})`);
    }
  };
  check('gateway', gatewayConfigSchema);
  check('subgraphs', subgraphConfigSchema(4001));
  // The launcher's own port variables become each service's PORT: checked like PORT (a number, not a port fetch() refuses).
  for (const name of ['GATEWAY_PORT', ...SUBGRAPHS.map((s) => `${s.name.toUpperCase()}_PORT`)]) {
    if (!env[name]) continue;
    try {
      parseConfig(serverConcern(0), { PORT: env[name] });
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      for (const p of err.problems) problems.add(p.replace(/^PORT:/, `${name}:`));
    }
  }
  if (problems.size) {
    console.error(`Refusing to start: the configuration is unsafe or invalid${production ? ' for production' : ''}:\n${[...problems].map((p) => `  - ${p}`).join('\n')}`);
    console.error('See README.md, "Production checklist".');
    process.exit(1);
  }
}

/**
 * Outside production, a key pair made for this run (so even a development platform does not accept
 * identities signed with the key printed in the source); in production the configured keys are used.
 */
function identityKeys(): Record<string, string> {
  if (production || env.IDENTITY_PRIVATE_KEY || env.IDENTITY_PUBLIC_KEY) return {};
  const pair = generateKeyPairSync('ed25519');
  return {
    IDENTITY_PRIVATE_KEY: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    IDENTITY_PUBLIC_KEY: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

function launch(name: string, script: string, extraEnv: Record<string, string>, nodeFlags: readonly string[] = []): void {
  const service: Service = { name, script, nodeFlags, env: extraEnv, restarts: 0, startedAt: 0 };
  services.set(name, service);
  spawnService(service);
}

function spawnService(service: Service): void {
  const { name } = service;
  service.startedAt = Date.now();
  const child = spawn(process.execPath, [...service.nodeFlags, service.script], { cwd: root, env: { ...env, ...service.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  service.child = child;
  const show = (line: string) => {
    if (!line.trim()) return;
    try {
      const rec = JSON.parse(line) as { level: number; msg: string; [k: string]: unknown };
      if (rec.level < 30) return;
      const extra = ['rows', 'migration', 'url', 'err'].filter((k) => rec[k] !== undefined).map((k) => `${k}=${JSON.stringify(rec[k])}`).join(' ');
      console.log(`[${name}] ${rec.msg}${extra ? ` ${extra}` : ''}`);
    } catch {
      console.log(`[${name}] ${line}`);
    }
  };
  for (const stream of [child.stdout!, child.stderr!]) {
    let buf = '';
    stream.on('data', (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop() ?? '';
      lines.forEach(show);
    });
  }
  child.on('exit', (code, signal) => {
    if (stopping) return;
    // A minute up counts as healthy again: the next failure starts the backoff from 1 s.
    if (Date.now() - service.startedAt > 60_000) service.restarts = 0;
    const delay = Math.min(30_000, 1000 * 2 ** service.restarts);
    service.restarts += 1;
    console.error(`[${name}] exited (${signal ?? code}); restarting in ${delay / 1000} s (restart ${service.restarts}); the other services keep serving`);
    setTimeout(() => {
      if (!stopping) spawnService(service);
    }, delay);
  });
}

/**
 * Polls `url` until it answers 2xx. Errors (not listening yet: connection refused) and non-2xx answers are waited
 * out; the last one is named if it times out, so a check that can never pass (e.g. fetch() refusing the port: the
 * configuration refuses those ports first) says why instead of only that it timed out.
 */
async function waitReady(name: string, url: string, timeoutMs = 180_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
      last = `HTTP ${res.status}`;
      await res.body?.cancel();
    } catch (err) {
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      last = cause?.code ?? cause?.message ?? (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${name} did not become ready at ${url} within ${timeoutMs / 1000}s (last: ${last})`);
}

let stopping = false;
/** Ctrl-C / SIGTERM: stop every service (SIGTERM, then SIGKILL after 5 s), then exit. */
async function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  const running = [...services.values()].map((s) => s.child).filter((c): c is ChildProcess => !!c && c.exitCode === null && c.signalCode === null);
  await Promise.all(running.map((c) => new Promise<void>((resolve) => {
    const kill = setTimeout(() => c.kill('SIGKILL'), 5000);
    c.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    // A stopped (SIGSTOP) service must be continued to receive SIGTERM.
    c.kill('SIGCONT');
    c.kill('SIGTERM');
  })));
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

async function main() {
  refuseUnsafeConfiguration();
  const keys = identityKeys();
  console.log(`Starting ${SUBGRAPHS.length} subgraphs (${SUBGRAPHS.map((s) => s.name).join(', ')}) and the gateway on Node ${process.version} (${process.execPath})...`);
  const urls: Record<string, string> = {};
  for (const s of SUBGRAPHS) {
    const port = Number(env[`${s.name.toUpperCase()}_PORT`] ?? s.port);
    urls[`${s.name.toUpperCase()}_URL`] = `http://${host}:${port}/graphql`;
    launch(s.name, join('subgraphs', s.name, 'dist', 'main.js'), {
      PORT: String(port),
      HOST: host,
      ...(keys.IDENTITY_PUBLIC_KEY ? { IDENTITY_PUBLIC_KEY: keys.IDENTITY_PUBLIC_KEY } : {}),
      ...(env[`${s.name.toUpperCase()}_DATABASE_URL`] ? { DATABASE_URL: env[`${s.name.toUpperCase()}_DATABASE_URL`]! } : {}),
    });
  }
  await Promise.all(SUBGRAPHS.map((s) => waitReady(s.name, urls[`${s.name.toUpperCase()}_URL`].replace(/graphql$/, 'ready'))));
  launch('gateway', join('gateway', 'dist', 'main.js'), {
    PORT: String(gatewayPort), HOST: host, JWT_SECRET: jwtSecret, JWT_ISSUER: jwtIssuer, ...urls,
    ...(keys.IDENTITY_PRIVATE_KEY ? { IDENTITY_PRIVATE_KEY: keys.IDENTITY_PRIVATE_KEY } : {}),
    ...(env.GATEWAY_DATABASE_URL ? { DATABASE_URL: env.GATEWAY_DATABASE_URL } : {}),
  }, GATEWAY_NODE_FLAGS);
  await waitReady('gateway', `http://${host}:${gatewayPort}/health`);

  const tokens = production ? [] : await Promise.all(
    DEVELOPMENT_PERSONAS.map(async (p) => [p.roles[p.roles.length - 1], await issueToken(p.sub, p.roles, { secret: jwtSecret, issuer: jwtIssuer, expiresIn: '30d' })]),
  );
  console.log(`
The platform is ready.
  Explorer (GraphiQL, works offline): http://${host}:${gatewayPort}/
  Gateway (GraphQL): http://${host}:${gatewayPort}/graphql
  Annual report: http://${host}:${gatewayPort}/reports/2015.html (signed in; .pdf too)
  BI exports: http://${host}:${gatewayPort}/export (the datasets and their columns)
  Subgraphs: ${SUBGRAPHS.map((s) => `${s.name} ${urls[`${s.name.toUpperCase()}_URL`]}`).join(', ')}

${production ? 'Production: people sign in through the OpenID Connect provider; BI tools use API keys.' : `Development tokens (send as "Authorization: Bearer <token>"; valid 30 days, development secret only):
${tokens.map(([role, t]) => `  ${role.padEnd(28)} ${t}`).join('\n')}`}

Example queries (see README.md for more). A year's questions walk inYear(year): the units as they stood that year.
  { province(code: "14") { inYear(year: 2015) { districts { name communes { communeCode name learningSociety { total grade provenance } } } } } }
  { district(code: "127") { inYear(year: 2015) { name communes { communeCode name learningSociety { total grade coverage provenance components { indicator source value target points weight status provenance } } } } } }
  { province(code: "14") { inYear(year: 2020) { targetProgress { targetId indicator actual met gap change status provenance } } } }
  { commune(code: "03751") { name validTo successor { code name } successorNote } }
  { communes(filter: { validOn: "2025-07-01" }, first: 5) { totalCount nodes { code name predecessors { code name } } } }
  (demo figures are SYNTHETIC: every figure says so in its provenance)

  curl -s http://${host}:${gatewayPort}/graphql -H 'content-type: application/json' \\
    -H "authorization: Bearer <analyst token>" -d '{"query":"{ province(code: \\"14\\") { name } }"}'

Press Ctrl-C to stop everything.`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  void stopAll(1);
});
