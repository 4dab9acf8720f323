/**
 * npm run bench: the platform's figures, printed as a table and written to bench/results/.
 * Starts every composed subgraph as its own process on fresh databases (embedded SQLite, or MariaDB with
 * --mariadb), at Sơn La scale (real units) and at national scale (the real units of every province,
 * ADMIN_UNITS_PROVINCES=all; the figures outside Sơn La are SYNTHETIC seed data), then starts
 * three gateways on the same subgraphs and the same supergraph file: the project's gateway (its response cache
 * off: RESPONSE_CACHE_MAX_MB=0, so every request is computed), an untuned @apollo/gateway and Hive Gateway
 * (bench/src/peers/); at both scales a fourth, 'project-cached', the project's gateway with its response cache on, whose
 * first answer is computed (and compared) and the rest are cache hits. For each scenario it checks that the three give the
 * same answer, then measures p50/p95 one request at a time (the gateways in turn), requests per second at
 * 4 connections, SQL statements per request and gateway memory; beside them two floors: the departments'
 * own code called directly (floor.ts) and direct SQL aggregates (sql-floor.ts).
 * Figures only; nothing here is a pass/fail test.
 *
 * Flags: --son-la-only, --national-only, --mariadb, --both-databases (Sơn La on MariaDB too, project gateway, same run), --national-peers (peers at national scale too: slow),
 *        --national-dashboard (the full dashboard at national scale too), --seconds=N (length of each
 *        4-connection run, default 8), --sequential=N (requests one at a time per gateway, default 15),
 *        --national-sequential=N (the same at national scale, default 20: a p95 of 3 samples, as before, was the
 *        dearest of the three requests right after the cold first answer),
 *        --only=dashboard,progress (scenario ids), --hive-no-dedupe (a fourth gateway: Hive Gateway without
 *        its in-flight request sharing), --out=name (results file stem; default latest, latest-mariadb with
 *        --mariadb, latest-national with --national-only).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { NATIONAL_CODE, issueToken, sonLaUnits, unitsOf } from '@lsp/shared';
import { computeFloor } from './floor';
import { computeSqlFloor, scoresInAnswer } from './sql-floor';
import { requiresPayload } from './requires-payload';
import { scenariosFor, type Scenario } from './scenarios';
import { canonical, firstDifference } from './compare';
import type { PeerOptions } from './peers/options';

const root = join(__dirname, '..', '..');
const JWT_SECRET = 'bench-jwt-secret-0123456789abcdef';
const JWT_ISSUER = 'son-la-learning-society-platform';
// A fresh Ed25519 pair per run: the gateways sign forwarded identities with the private key, subgraphs verify.
const IDENTITY_KEYS = generateKeyPairSync('ed25519');
const IDENTITY_PRIVATE_KEY = IDENTITY_KEYS.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const IDENTITY_PUBLIC_KEY = IDENTITY_KEYS.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const MYSQL_BASE = 'mysql://root@127.0.0.1:3306';
/**
 * The project's gateway limits each identity to RATE_LIMIT_POINTS requests per window (default 100 per 10 s); the
 * benchmark's one token asks more than that when answers are fast, and the peers have no such limit: capacity is
 * measured with the limit raised (answers refused anyway are counted as errors, not as requests).
 */
const BENCH_RATE_LIMIT = { RATE_LIMIT_POINTS: '1000000' };

interface SubgraphEntry { name: string; port: number }
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SUBGRAPHS } = require(join(root, 'gateway', 'dist', 'subgraphs.js')) as { SUBGRAPHS: SubgraphEntry[] };
/**
 * Ports of a scale, from its base port: the project's gateway at +0, the subgraphs at +1 … +SUBGRAPHS.length, then
 * the peers and the cached gateway (placed after every subgraph: with the culture and programme departments the
 * subgraphs reached +7, where the peers used to listen, and the peers' start failed with EADDRINUSE).
 */
const at = { apollo: SUBGRAPHS.length + 1, hive: SUBGRAPHS.length + 2, hiveNoDedupe: SUBGRAPHS.length + 3, cached: SUBGRAPHS.length + 4 };
const PORTS_PER_SCALE = SUBGRAPHS.length + 5;
// The project's gateway runs with the V8 flags it is deployed with (gateway/src/runtime-flags.ts); the peers with Node's defaults.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { GATEWAY_NODE_FLAGS } = require(join(root, 'gateway', 'dist', 'runtime-flags.js')) as { GATEWAY_NODE_FLAGS: readonly string[] };

interface Scale {
  name: string;
  /** ADMIN_UNITS_PROVINCES of the subgraphs at this scale (default: Sơn La alone). */
  provinces?: string;
  provinceCode: string;
  /** The district of the district-page scenario. */
  districtCode: string;
  sequential: number;
  seconds: number;
  peers: boolean;
  /** The project's gateway a second time, with its response cache on ('project-cached'). */
  cached: boolean;
  /** Scenarios to leave out at this scale (the dashboard is minutes per request nationally). */
  skip?: string[];
  /** This scale on MariaDB whatever --mariadb says (--both-databases: the same scale on both, in one run). */
  mariadb?: boolean;
}

interface Gateway { name: string; url: string; proc: ChildProcess }

const children: ChildProcess[] = [];
function launch(script: string, env: Record<string, string>, args: string[] = [], nodeFlags: readonly string[] = []): ChildProcess {
  const child = spawn(process.execPath, [...nodeFlags, join(root, script), ...args], { cwd: root, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  return child;
}
// Last resort on any exit (errors included): no benchmark process outlives the run.
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

/** SIGTERM, then SIGKILL for any process still there a second later (a gateway may wait on its own shutdown). */
async function stopAll() {
  const stopping = children.splice(0);
  stopping.forEach((c) => c.kill('SIGTERM'));
  await new Promise((r) => setTimeout(r, 1000));
  stopping.forEach((c) => c.exitCode === null && c.signalCode === null && c.kill('SIGKILL'));
}

async function waitReady(url: string, init?: RequestInit, timeoutMs = 900_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      const res = await fetch(url, init);
      if (res.ok) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`not ready: ${url}`);
}

function rssMiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  } catch {
    return NaN;
  }
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

interface Answer { ms: number; status: number; sql: number; errors: unknown[]; data: unknown; bytes: number; cache: string | null }

async function ask(url: string, token: string, sc: { query: string; variables?: Record<string, unknown> }, retried = false): Promise<Answer> {
  const t0 = performance.now();
  let res: Response;
  let text: string;
  try {
    res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: sc.query, variables: sc.variables }) });
    text = await res.text();
  } catch (err) {
    // A pooled connection closed by the server while idle: retry once on a fresh one, not timed.
    if (retried) throw err;
    return ask(url, token, sc, true);
  }
  const ms = performance.now() - t0;
  const body = JSON.parse(text) as { errors?: unknown[]; data?: unknown };
  return { ms, status: res.status, sql: Number(res.headers.get('x-sql-statements') ?? NaN), errors: body.errors ?? [], data: body.data, bytes: text.length, cache: res.headers.get('x-response-cache') };
}

/** Requests per second with `connections` clients asking in a loop for `seconds`. */
async function throughput(url: string, token: string, sc: Scenario, connections: number, seconds: number) {
  const end = performance.now() + seconds * 1000;
  let done = 0;
  let failed = 0;
  const lat: number[] = [];
  const t0 = performance.now();
  await Promise.all(Array.from({ length: connections }, async () => {
    while (performance.now() < end) {
      const a = await ask(url, token, sc);
      // Only complete answers count: a refusal (a 429 of a rate limit, an error) is fast and would inflate req/s.
      if (a.status !== 200 || a.errors.length) failed += 1;
      else {
        lat.push(a.ms);
        done += 1;
      }
    }
  }));
  return { rps: done / ((performance.now() - t0) / 1000), p50: percentile(lat, 50), requests: done, failed };
}

interface Row {
  scale: string; scenario: string; gateway: string; p50: number; p95: number; rps: number; cp50: number;
  sql: number; errors: number; rss: number; bytes: number; agrees: string;
  /** sha256 of the canonical answer (compares the same scenario across databases). */
  answerHash: string;
  /** x-response-cache of the timed requests (hits of all), for the cached gateway. */
  cache: string;
}

async function runScale(scale: Scale, basePort: number, mariadb: boolean, runId: string, only?: string[], hiveNoDedupe = false) {
  const dataDir = mkdtempSync(join(tmpdir(), `lsp-bench-${basePort}-`));
  const dbUrl = (service: string) => (mariadb ? `${MYSQL_BASE}/lsp_bench_${runId}_${basePort}_${service}` : `sqlite:${join(dataDir, `${service}.sqlite`)}`);
  // At national scale the score's @requires hop carries about 20 MB to education (the last table below): the
  // subgraphs' body limit is sized from that measured payload, as a national deployment would set it.
  // Likewise the gateways' read timeout (default 10 s, sized for a province): target progress over 700 districts
  // with the previous year takes longer than that on this machine the first time.
  const common = {
    DATA_DIR: dataDir, HOST: '127.0.0.1',
    ...(scale.provinces ? { ADMIN_UNITS_PROVINCES: scale.provinces, SUBGRAPH_MAX_BODY_BYTES: String(64 * 1024 * 1024), SUBGRAPH_READ_TIMEOUT_MS: '120000' } : {}),
  };
  const urls: Record<string, string> = {};
  let supergraph = readFileSync(join(root, 'gateway', 'supergraph.graphql'), 'utf8');
  const t0 = performance.now();
  SUBGRAPHS.forEach((s, i) => {
    const port = basePort + 1 + i;
    urls[`${s.name.toUpperCase()}_URL`] = `http://127.0.0.1:${port}/graphql`;
    // The one supergraph every gateway reads, with this run's ports: the same file, not three configurations.
    supergraph = supergraph.replace(`url: "http://127.0.0.1:${s.port}/graphql"`, `url: "http://127.0.0.1:${port}/graphql"`);
    // As deployed (infra/docker, infra/k8s): NODE_ENV=production, which also puts graphql-js in its production mode.
    launch(join('subgraphs', s.name, 'dist', 'main.js'), { ...common, NODE_ENV: 'production', IDENTITY_PUBLIC_KEY, DATABASE_URL: dbUrl(s.name), PORT: String(port) });
  });
  const supergraphPath = join(dataDir, 'supergraph.graphql');
  writeFileSync(supergraphPath, supergraph);
  await Promise.all(Object.values(urls).map((u) => waitReady(u.replace(/graphql$/, 'ready'))));
  const seedSeconds = (performance.now() - t0) / 1000;

  const token = await issueToken('bench', ['analyst'], { secret: JWT_SECRET, issuer: JWT_ISSUER });
  const peerOpts = (port: number, dedupe?: boolean): string => JSON.stringify({ port, supergraphPath, jwtSecret: JWT_SECRET, jwtIssuer: JWT_ISSUER, identityPrivateKey: IDENTITY_PRIVATE_KEY, dedupe } satisfies PeerOptions);
  const gateways: Gateway[] = [
    // The response cache off: the project's rows measure computed answers, like the peers' (which cache nothing).
    { name: 'project', url: `http://127.0.0.1:${basePort}/graphql`, proc: launch(join('gateway', 'dist', 'main.js'), { ...common, PORT: String(basePort), SUPERGRAPH_PATH: supergraphPath, JWT_SECRET, JWT_ISSUER, IDENTITY_PRIVATE_KEY, RESPONSE_CACHE_MAX_MB: '0', ...BENCH_RATE_LIMIT }, [], GATEWAY_NODE_FLAGS) },
  ];
  if (scale.cached) {
    // Its own API-key database: two gateways migrating one SQLite file at once would race.
    gateways.push({ name: 'project-cached', url: `http://127.0.0.1:${basePort + at.cached}/graphql`, proc: launch(join('gateway', 'dist', 'main.js'), {
      ...common, PORT: String(basePort + at.cached), SUPERGRAPH_PATH: supergraphPath, JWT_SECRET, JWT_ISSUER, IDENTITY_PRIVATE_KEY, DATABASE_URL: `sqlite:${join(dataDir, 'gateway-cached.sqlite')}`, ...BENCH_RATE_LIMIT,
    }, [], GATEWAY_NODE_FLAGS) });
  }
  if (scale.peers) {
    gateways.push(
      { name: 'apollo-untuned', url: `http://127.0.0.1:${basePort + at.apollo}/graphql`, proc: launch(join('bench', 'dist', 'peers', 'apollo-untuned.js'), {}, [peerOpts(basePort + at.apollo)]) },
      { name: 'hive-gateway', url: `http://127.0.0.1:${basePort + at.hive}/graphql`, proc: launch(join('bench', 'dist', 'peers', 'hive.js'), {}, [peerOpts(basePort + at.hive)]) },
    );
    if (hiveNoDedupe) gateways.push({ name: 'hive-no-dedupe', url: `http://127.0.0.1:${basePort + at.hiveNoDedupe}/graphql`, proc: launch(join('bench', 'dist', 'peers', 'hive.js'), {}, [peerOpts(basePort + at.hiveNoDedupe, false)]) });
  }
  const probe = { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ __typename }' }) };
  await Promise.all(gateways.map((g) => waitReady(g.url, probe)));

  const rows: Row[] = [];
  const floors: string[][] = [];
  const payloads: string[][] = [];
  for (const sc of scenariosFor(scale.provinceCode, scale.districtCode).filter((s) => !scale.skip?.includes(s.id) && (!only || only.includes(s.id)))) {
    // Same answer from every gateway (data compared canonically; errors counted).
    const first = await Promise.all(gateways.map((g) => ask(g.url, token, sc)));
    for (const [i, a] of first.entries()) {
      if (a.errors.length) console.log(`  ${scale.name} | ${sc.title} | ${gateways[i].name}: ${a.errors.length} errors, first: ${JSON.stringify(a.errors[0]).slice(0, 400)}`);
    }
    const reference = canonical(first[0].data);
    const agrees = first.map((a, i) => (i === 0 ? 'reference' : canonical(a.data) === reference ? 'same' : `DIFFERENT (${firstDifference(first[0].data, a.data)})`));
    // One request at a time, the gateways in turn, so each sees the same background load.
    const lat = gateways.map(() => [] as number[]);
    const hits = gateways.map(() => ({ hit: 0, of: 0 }));
    for (let i = 0; i < scale.sequential; i++) {
      for (const [gi, g] of gateways.entries()) {
        const a = await ask(g.url, token, sc);
        lat[gi].push(a.ms);
        hits[gi].of += 1;
        if (a.cache === 'hit') hits[gi].hit += 1;
      }
    }
    for (const [gi, g] of gateways.entries()) {
      const t = await throughput(g.url, token, sc, 4, scale.seconds);
      rows.push({
        scale: scale.name, scenario: sc.title, gateway: g.name, p50: percentile(lat[gi], 50), p95: percentile(lat[gi], 95), rps: t.rps, cp50: t.p50,
        sql: first[gi].sql, errors: first[gi].errors.length + t.failed, rss: rssMiB(g.proc.pid!), bytes: first[gi].bytes, agrees: agrees[gi],
        answerHash: createHash('sha256').update(canonical(first[gi].data)).digest('hex'),
        cache: g.name === 'project-cached' ? `${hits[gi].hit}/${hits[gi].of} hits` : '–',
      });
      console.log(`  ${scale.name} | ${sc.title} | ${g.name}: first answer ${first[gi].ms.toFixed(0)} ms, p50 ${percentile(lat[gi], 50).toFixed(0)} ms, p95 ${percentile(lat[gi], 95).toFixed(0)} ms, ${t.rps.toFixed(2)} req/s at 4, RSS ${rssMiB(g.proc.pid!).toFixed(0)} MiB, ${agrees[gi]}`);
    }
    const floor = sc.floor ? await computeFloor(root, dbUrl, scale.provinces, sc.floor) : undefined;
    const sqlFloor = sc.floor ? await computeSqlFloor(dbUrl, scale.provinces, sc, first[0].data) : undefined;
    floors.push([
      scale.name, sc.title, percentile(lat[0], 50).toFixed(0), floor ? floor.ms.toFixed(0) : '–', sqlFloor ? sqlFloor.ms.toFixed(1) : '–',
      sqlFloor ? (percentile(lat[0], 50) / Math.max(sqlFloor.ms, 0.001)).toFixed(1) : '–', sqlFloor ? sqlFloor.check : '–',
    ]);
    if ((sc.id === 'dashboard' || sc.id === 'totals') && !payloads.some((p) => p[0] === scale.name)) {
      const communes = [...scoresInAnswer(first[0].data).keys()];
      const deptUrls = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, urls[`${s.name.toUpperCase()}_URL`]]));
      for (const p of await requiresPayload(deptUrls, IDENTITY_PRIVATE_KEY, communes, sc.floor!.year)) {
        payloads.push([scale.name, String(communes.length), p.fields, (p.bytes / 1024).toFixed(0), p.ms.toFixed(0)]);
      }
    }
    console.log(`  ${scale.name} | ${sc.title}: floor ${floor?.ms.toFixed(0)} ms, SQL-only floor ${sqlFloor?.ms.toFixed(1)} ms (${sqlFloor?.check})`);
  }
  await stopAll();
  return { rows, floors, payloads, seedSeconds };
}

const fmt = (x: number, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '–');

function tables(rows: Row[], floors: string[][], payloads: string[][]) {
  const head = ['scale', 'scenario', 'gateway', 'p50 ms', 'p95 ms', 'req/s at 4', 'p50 at 4 ms', 'req/s ÷ project', 'SQL stmts/req', 'errors', 'RSS MiB', 'answer KB', 'answer', 'response cache'];
  const body = rows.map((r) => {
    const project = rows.find((x) => x.scale === r.scale && x.scenario === r.scenario && x.gateway === 'project')!;
    return [r.scale, r.scenario, r.gateway, fmt(r.p50), fmt(r.p95), fmt(r.rps, 2), fmt(r.cp50), fmt(r.rps / project.rps, 2), fmt(r.sql), String(r.errors), fmt(r.rss), fmt(r.bytes / 1024), r.agrees, r.cache];
  });
  const fhead = ['scale', 'scenario', 'project p50 ms', 'floor ms (departments\' code, no HTTP)', 'SQL-only floor ms', 'project p50 ÷ SQL floor', 'SQL floor answer'];
  const md = (h: string[], b: string[][]) => [h, h.map(() => '---'), ...b].map((r) => `| ${r.join(' | ')} |`).join('\n');
  const phead = ['scale', 'communes', '@requires field set', 'KB fetched for the score hop (3 departments)', 'ms'];
  // MariaDB ÷ SQLite, scenario by scenario, when the run measured the project's gateway on both (--both-databases).
  const dbRows = rows.filter((r) => r.gateway === 'project' && r.scale.endsWith(' on MariaDB')).flatMap((m) => {
    const l = rows.find((r) => r.gateway === 'project' && r.scale === m.scale.replace(' on MariaDB', '') && r.scenario === m.scenario);
    return l ? [[m.scenario, fmt(l.p50), fmt(m.p50), fmt(m.p50 / l.p50, 2), fmt(l.rps, 2), fmt(m.rps, 2), fmt(l.rps / m.rps, 2), l.answerHash === m.answerHash ? 'same' : 'DIFFERENT']] : [];
  });
  const dhead = ['scenario (project gateway, Sơn La)', 'SQLite p50 ms', 'MariaDB p50 ms', 'MariaDB ÷ SQLite p50', 'SQLite req/s at 4', 'MariaDB req/s at 4', 'SQLite ÷ MariaDB req/s', 'answer'];
  return `${md(head, body)}\n\n${md(fhead, floors)}\n\n${md(phead, payloads)}${dbRows.length ? `\n\n${md(dhead, dbRows)}` : ''}`;
}

async function main() {
  const flag = (name: string) => process.argv.includes(`--${name}`);
  const opt = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const mariadb = flag('mariadb');
  const seconds = Number(opt('seconds') ?? 8);
  const runId = Date.now().toString(36);
  // The country on its real units (ADMIN_UNITS_PROVINCES=all); every figure outside Sơn La is SYNTHETIC seed data.
  const national = unitsOf('all');
  const nationalLabel = `national, real units (${national.reportingCommunes(2015).length.toLocaleString('en')} communes in 2015, ` +
    `${national.communesValidOn('2025-07-01').length.toLocaleString('en')} today; figures outside Sơn La SYNTHETIC)`;
  const scales: Scale[] = [
    ...(flag('national-only') ? [] : [
      { name: 'Sơn La (204 communes)', provinceCode: '14', districtCode: sonLaUnits().allDistricts()[0].code, sequential: Number(opt('sequential') ?? 15), seconds, peers: true, cached: true },
    ]),
    // The same Sơn La scale on MariaDB, project gateway only, in the same run: MariaDB ÷ SQLite under one load.
    ...(flag('both-databases') ? [{ name: 'Sơn La (204 communes) on MariaDB', provinceCode: '14', districtCode: sonLaUnits().allDistricts()[0].code, sequential: Number(opt('sequential') ?? 15), seconds, peers: false, cached: false, mariadb: true }] : []),
    ...(flag('son-la-only') ? [] : [{
      name: nationalLabel, provinces: 'all', provinceCode: NATIONAL_CODE, districtCode: national.allDistricts()[0].code, sequential: Number(opt('national-sequential') ?? 20), seconds: Math.max(seconds, 10),
      peers: flag('national-peers'), cached: true, skip: flag('national-dashboard') ? [] : ['dashboard'],
    }]),
  ];
  const load0 = loadavg()[0];
  const rows: Row[] = [];
  const floors: string[][] = [];
  const payloads: string[][] = [];
  const seeds: string[] = [];
  // Each scale takes PORTS_PER_SCALE ports from --port (default 14000): see `at`.
  let port = Number(opt('port') ?? 14000);
  for (const scale of scales) {
    console.log(`Starting the platform at ${scale.name} (first start seeds the databases)...`);
    const r = await runScale(scale, port, scale.mariadb ?? mariadb, runId, opt('only')?.split(','), flag('hive-no-dedupe'));
    seeds.push(`${scale.name}: start + migrate + seed ${r.seedSeconds.toFixed(1)} s`);
    rows.push(...r.rows);
    floors.push(...r.floors);
    payloads.push(...r.payloads);
    port += PORTS_PER_SCALE;
  }
  const text = `# Benchmark ${new Date().toISOString()}\n\n` +
    `Machine: ${process.platform} ${process.arch}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}; ` +
    `load average at start ${load0.toFixed(2)}, at end ${loadavg()[0].toFixed(2)} (a shared machine: compare ratios within this run, not absolute figures).\n` +
    `Databases: ${mariadb ? 'MariaDB (one database per subgraph)' : 'embedded SQLite'}; every process on this machine (loopback).\n` +
    `Command: node bench/dist/run.js ${process.argv.slice(2).join(' ')}\n\n` +
    `${tables(rows, floors, payloads)}\n\n${seeds.join('\n')}\n\n` +
    'Gateways: project = gateway/ (npm start) with its response cache off (RESPONSE_CACHE_MAX_MB=0); project-cached = the same with its response cache on (first answer computed and compared, then hits: SQL stmts/req is the first answer\'s); apollo-untuned = ApolloServer + ApolloGateway with defaults; hive-gateway = @graphql-hive/gateway runtime with defaults. ' +
    'All of them read the same supergraph file and call the same subgraph processes (run as deployed, NODE_ENV=production); each verifies the bearer JWT and signs the identity for the subgraphs. ' +
    'The gateways run in development mode alike: production mode needs an OpenID Connect provider, which the benchmark does not start.\n' +
    'p50/p95: one request at a time, gateways in turn. req/s at 4: four clients asking in a loop, complete answers only (errors: those of the first answer plus answers refused or failed at 4; the project\'s rate limit is raised for the run). floor = the departments\' own indicator code called in one process (no HTTP, no GraphQL); ' +
    'SQL-only floor = the same answer from direct SQL aggregates and the units JSON (no ORM, no HTTP), checked against the gateway\'s answer.\n';
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  // --national-only has its own file (the issue's contract: latest-national.md), so it never overwrites a full run's.
  const out = opt('out') ?? (mariadb ? 'latest-mariadb' : flag('national-only') ? 'latest-national' : 'latest');
  writeFileSync(join(root, 'bench', 'results', `${out}.md`), text);
  console.log(`\n${text}\nwritten to bench/results/${out}.md`);
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
