/**
 * `npm start`: builds (done by the npm script), then launches every composed subgraph and the gateway as
 * their own processes, each a real HTTP server on its own port. On first start each subgraph creates,
 * migrates and seeds its embedded database (progress shown). Waits until all are ready, then prints the
 * gateway URL, example queries and one development token per role. Ctrl-C stops them all.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { issueToken, ROLES, type Role } from '@lsp/shared';
import { SUBGRAPHS } from './subgraphs';

const root = join(__dirname, '..', '..');
const env = process.env;
const jwtSecret = env.JWT_SECRET ?? 'dev-jwt-secret (development default: set a real secret in production)';
const jwtIssuer = env.JWT_ISSUER ?? 'son-la-learning-society-platform';
const host = env.HOST ?? '127.0.0.1';
const gatewayPort = Number(env.GATEWAY_PORT ?? 4000);
const children: ChildProcess[] = [];

function launch(name: string, script: string, extraEnv: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [script], { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
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
    if (!stopping) {
      console.error(`[${name}] exited (${signal ?? code}); stopping the platform`);
      void stopAll(1);
    }
  });
  children.push(child);
  return child;
}

async function waitReady(name: string, url: string, timeoutMs = 180_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${name} did not become ready at ${url} within ${timeoutMs / 1000}s`);
}

let stopping = false;
async function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

async function main() {
  const composed = SUBGRAPHS.filter((s) => s.composed);
  console.log(`Starting ${composed.length} subgraphs (${composed.map((s) => s.name).join(', ')}) and the gateway...`);
  const urls: Record<string, string> = {};
  for (const s of composed) {
    const port = Number(env[`${s.name.toUpperCase()}_PORT`] ?? s.port);
    urls[`${s.name.toUpperCase()}_URL`] = `http://${host}:${port}/graphql`;
    launch(s.name, join('subgraphs', s.name, 'dist', 'main.js'), {
      PORT: String(port),
      HOST: host,
      ...(env[`${s.name.toUpperCase()}_DATABASE_URL`] ? { DATABASE_URL: env[`${s.name.toUpperCase()}_DATABASE_URL`]! } : {}),
    });
  }
  await Promise.all(composed.map((s) => waitReady(s.name, urls[`${s.name.toUpperCase()}_URL`].replace(/graphql$/, 'ready'))));
  launch('gateway', join('gateway', 'dist', 'main.js'), { PORT: String(gatewayPort), HOST: host, JWT_SECRET: jwtSecret, JWT_ISSUER: jwtIssuer, ...urls });
  await waitReady('gateway', `http://${host}:${gatewayPort}/health`);

  const tokens = await Promise.all(
    (ROLES as Role[]).map(async (role) => [role, await issueToken(`dev-${role.replace(':', '-')}`, role === 'workforce:pii' ? ['analyst', role] : [role], { secret: jwtSecret, issuer: jwtIssuer, expiresIn: '30d' })]),
  );
  console.log(`
The platform is ready.
  Gateway (GraphQL): http://${host}:${gatewayPort}/graphql
  Subgraphs: ${composed.map((s) => `${s.name} ${urls[`${s.name.toUpperCase()}_URL`]}`).join(', ')}

Development tokens (send as "Authorization: Bearer <token>"; valid 30 days, development secret only):
${tokens.map(([role, t]) => `  ${role.padEnd(20)} ${t}`).join('\n')}

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
