/**
 * npm run bench: the platform's figures, printed as a table and written to bench/results/latest.md.
 * Starts every composed subgraph and the gateway as their own processes on fresh embedded databases, at
 * Sơn La scale (real units) and at national scale (SYNTHETIC ~10,600 communes), then measures:
 * p50/p95 latency, requests per second at a fixed concurrency, SQL statements per request, gateway memory,
 * and the "floor": the same answer computed by one process reading the five databases directly.
 * Figures only; nothing here is a pass/fail test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueToken, syntheticNationalUnitData } from '@lsp/shared';
import { computeFloor, type FloorScenario } from './floor';

const root = join(__dirname, '..', '..');
const JWT_SECRET = 'bench-jwt-secret-0123456789abcdef';
const JWT_ISSUER = 'son-la-learning-society-platform';
const IDENTITY_SECRET = 'bench-identity-secret-0123456789';

interface SubgraphEntry { name: string; port: number; composed: boolean }
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SUBGRAPHS } = require(join(root, 'gateway', 'dist', 'subgraphs.js')) as { SUBGRAPHS: SubgraphEntry[] };

interface Scale {
  name: string;
  unitsFile?: string;
  provinceCode: string;
  sequential: number;
  concurrent: number;
  concurrency: number;
}

interface Scenario extends FloorScenario {
  title: string;
  query: string;
}

const scenarios = (provinceCode: string): Scenario[] => [
  {
    title: 'province dashboard: every commune, score + components, 2020',
    kind: 'dashboard', year: 2020, provinceCode,
    query: `{ province(code: "${provinceCode}") { districts { code communes { code inYear(year: 2020) { learningSociety { total grade coverage components { indicator value numerator denominator target points weight source status } } } } } } }`,
  },
  {
    title: 'target progress: province + districts, 2015',
    kind: 'progress', year: 2015, provinceCode,
    query: `{ province(code: "${provinceCode}") { inYear(year: 2015) { targetProgress { targetId actual met gap change } } districts { code inYear(year: 2015) { targetProgress { targetId actual met gap change } } } } }`,
  },
  {
    title: 'target progress: province + districts, 2020',
    kind: 'progress', year: 2020, provinceCode,
    query: `{ province(code: "${provinceCode}") { inYear(year: 2020) { targetProgress { targetId actual met gap change } } districts { code inYear(year: 2020) { targetProgress { targetId actual met gap change } } } } }`,
  },
];

const children: ChildProcess[] = [];
function launch(script: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [join(root, script)], { cwd: root, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  return child;
}
// Last resort on any exit (errors included): no benchmark process outlives the run.
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));

async function waitReady(url: string, timeoutMs = 900_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`not ready: ${url}`);
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

async function ask(url: string, token: string, query: string, retried = false): Promise<{ ms: number; sql: number; errors: number; data: unknown }> {
  const t0 = performance.now();
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
  } catch (err) {
    // A pooled connection closed by the server while idle: retry once on a fresh one, not timed.
    if (retried) throw err;
    return ask(url, token, query, true);
  }
  const body = (await res.json()) as { errors?: unknown[]; data?: unknown };
  const ms = performance.now() - t0;
  return { ms, sql: Number(res.headers.get('x-sql-statements') ?? NaN), errors: body.errors?.length ?? 0, data: body.data };
}

async function runScale(scale: Scale, basePort: number) {
  const dataDir = mkdtempSync(join(tmpdir(), `lsp-bench-${scale.name}-`));
  const composed = SUBGRAPHS.filter((s) => s.composed);
  const common = { IDENTITY_SIGNING_SECRET: IDENTITY_SECRET, DATA_DIR: dataDir, HOST: '127.0.0.1', ...(scale.unitsFile ? { ADMIN_UNITS_FILE: scale.unitsFile } : {}) };
  const urls: Record<string, string> = {};
  const t0 = performance.now();
  composed.forEach((s, i) => {
    const port = basePort + 1 + i;
    urls[`${s.name.toUpperCase()}_URL`] = `http://127.0.0.1:${port}/graphql`;
    launch(join('subgraphs', s.name, 'dist', 'main.js'), { ...common, PORT: String(port) });
  });
  await Promise.all(Object.values(urls).map((u) => waitReady(u.replace(/graphql$/, 'ready'))));
  const seedSeconds = (performance.now() - t0) / 1000;
  const gw = launch(join('gateway', 'dist', 'main.js'), { ...common, PORT: String(basePort), JWT_SECRET, JWT_ISSUER, ...urls });
  const gatewayUrl = `http://127.0.0.1:${basePort}/graphql`;
  await waitReady(`http://127.0.0.1:${basePort}/health`);
  const token = await issueToken('bench', ['analyst'], { secret: JWT_SECRET, issuer: JWT_ISSUER });

  const rows: string[][] = [];
  for (const sc of scenarios(scale.provinceCode)) {
    const warm = await ask(gatewayUrl, token, sc.query);
    const lat: number[] = [];
    for (let i = 0; i < scale.sequential; i++) lat.push((await ask(gatewayUrl, token, sc.query)).ms);
    let done = 0;
    const c0 = performance.now();
    await Promise.all(Array.from({ length: scale.concurrency }, async () => {
      while (done < scale.concurrent) {
        done += 1;
        await ask(gatewayUrl, token, sc.query);
      }
    }));
    const rps = scale.concurrent / ((performance.now() - c0) / 1000);
    const floor = await computeFloor(root, dataDir, scale.unitsFile, sc);
    const p50 = percentile(lat, 50);
    rows.push([
      scale.name, sc.title, p50.toFixed(0), percentile(lat, 95).toFixed(0), rps.toFixed(2), String(scale.concurrency), String(warm.sql),
      String(warm.errors), String(rssMiB(gw.pid!)), floor.ms.toFixed(0), (p50 / Math.max(floor.ms, 0.001)).toFixed(1), String(floor.entities),
    ]);
    console.log(`  ${scale.name} | ${sc.title}: p50 ${p50.toFixed(0)} ms, ${warm.sql} SQL statements, floor ${floor.ms.toFixed(0)} ms`);
  }
  children.splice(0).forEach((c) => c.kill('SIGTERM'));
  await new Promise((r) => setTimeout(r, 1000));
  return { rows, seedSeconds };
}

async function main() {
  const onlySonLa = process.argv.includes('--son-la-only');
  const nationalFile = join(mkdtempSync(join(tmpdir(), 'lsp-units-')), 'national.json');
  writeFileSync(nationalFile, JSON.stringify(syntheticNationalUnitData()));
  const scales: Scale[] = [
    { name: 'Sơn La (204 communes)', provinceCode: '14', sequential: 20, concurrent: 40, concurrency: 4 },
    ...(onlySonLa ? [] : [{ name: 'national SYNTHETIC (10,600 communes)', unitsFile: nationalFile, provinceCode: '00', sequential: 5, concurrent: 8, concurrency: 4 }]),
  ];
  const header = ['scale', 'scenario', 'p50 ms', 'p95 ms', 'req/s', 'concurrency', 'SQL stmts/req', 'errors', 'gateway RSS MiB', 'floor ms', 'p50/floor', 'entities'];
  const all: string[][] = [];
  const seeds: string[] = [];
  let port = 14000;
  for (const scale of scales) {
    console.log(`Starting the platform at ${scale.name} (first start seeds the databases)...`);
    const { rows, seedSeconds } = await runScale(scale, port);
    seeds.push(`${scale.name}: start + migrate + seed ${seedSeconds.toFixed(1)} s`);
    all.push(...rows);
    port += 100;
  }
  const table = [header, header.map(() => '---'), ...all].map((r) => `| ${r.join(' | ')} |`).join('\n');
  const text = `# Benchmark ${new Date().toISOString()}\n\nMachine: ${process.platform} ${process.arch}, Node ${process.version}, ${require('node:os').cpus().length} cores.\nEmbedded SQLite databases; all processes on this machine (loopback).\n\n${table}\n\n${seeds.join('\n')}\n\nfloor = the same answer computed by one process reading the five databases directly (no HTTP, no GraphQL).\n`;
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results', 'latest.md'), text);
  console.log(`\n${table}\n\n${seeds.join('\n')}\n\nwritten to bench/results/latest.md`);
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
