/**
 * npm run bench:intake: how long the department teams' door takes with a full workbook (a figure, never a test).
 * Starts every subgraph (embedded SQLite, seeded SYNTHETIC data) and the project's gateway on ports 4460–4466,
 * downloads the workforce roster template (the one intake dataset whose rows are not bounded by a district's
 * communes), fills it with exceljs with 10,000 SYNTHETIC postings, then times through `POST /intake/roster`:
 *   1. validating and previewing it (dryRun=true: the workbook read cell by cell, the department's dry run, the
 *      report and the changes), and
 *   2. committing it by the preview's digest (a fresh dry run to check the digest, then the kit's one write
 *      path: all-or-nothing in one transaction, one audit record per row);
 *   3. submitting district 118's 2016 workforce year (POST /intake/submit/workforce: the data-quality findings of
 *      its communes read through the graph, then the submit or its refusal), and
 *   4. the approver's first page of its roster changes since the last approval (GET /intake/changes/roster,
 *      100 rows, out of the 10,000 postings just audited).
 * Prints the figures and writes them to bench/results/intake.md.
 *   npm run bench:intake [-- --rows 10000]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { issueToken, sonLaUnits } from '@lsp/shared';

const root = join(__dirname, '..', '..');
const BASE_PORT = 4460;
const JWT_SECRET = 'bench-jwt-secret-0123456789abcdef';
const JWT_ISSUER = 'son-la-learning-society-platform';
const KEYS = generateKeyPairSync('ed25519');
const IDENTITY_PRIVATE_KEY = KEYS.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const IDENTITY_PUBLIC_KEY = KEYS.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const POSITIONS = ['PARTY_CELL_SECRETARY', 'VILLAGE_HEAD', 'COMMUNE_KEY_CADRE', 'COMMUNE_CIVIL_SERVANT'];

interface SubgraphEntry { name: string; port: number }
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SUBGRAPHS } = require(join(root, 'gateway', 'dist', 'subgraphs.js')) as { SUBGRAPHS: SubgraphEntry[] };

const children: ChildProcess[] = [];
function launch(script: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [join(root, script)], { cwd: root, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  return child;
}
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));

async function waitReady(url: string, init?: RequestInit, timeoutMs = 600_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(url, init)).ok) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`not ready: ${url}`);
}

async function timed<T>(f: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const t0 = performance.now();
  const value = await f();
  return { value, seconds: (performance.now() - t0) / 1000 };
}

async function main() {
  const argv = process.argv.slice(2);
  const rowsAt = argv.indexOf('--rows');
  const rows = rowsAt >= 0 ? Number(argv[rowsAt + 1]) : 10_000;
  const dataDir = mkdtempSync(join(tmpdir(), 'lsp-bench-intake-'));
  let supergraph = readFileSync(join(root, 'gateway', 'supergraph.graphql'), 'utf8');
  SUBGRAPHS.forEach((s, i) => {
    const port = BASE_PORT + 1 + i;
    supergraph = supergraph.replace(`url: "http://127.0.0.1:${s.port}/graphql"`, `url: "http://127.0.0.1:${port}/graphql"`);
    launch(join('subgraphs', s.name, 'dist', 'main.js'), {
      DATA_DIR: dataDir, HOST: '127.0.0.1', NODE_ENV: 'production', IDENTITY_PUBLIC_KEY, DATABASE_URL: `sqlite:${join(dataDir, `${s.name}.sqlite`)}`, PORT: String(port),
    });
  });
  const supergraphPath = join(dataDir, 'supergraph.graphql');
  writeFileSync(supergraphPath, supergraph);
  await Promise.all(SUBGRAPHS.map((_s, i) => waitReady(`http://127.0.0.1:${BASE_PORT + 1 + i}/ready`)));
  launch(join('gateway', 'dist', 'main.js'), {
    DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: String(BASE_PORT), SUPERGRAPH_PATH: supergraphPath, JWT_SECRET, JWT_ISSUER, IDENTITY_PRIVATE_KEY,
    DATABASE_URL: `sqlite:${join(dataDir, 'gateway.sqlite')}`, RATE_LIMIT_POINTS: '1000000',
  });
  const base = `http://127.0.0.1:${BASE_PORT}`;
  const token = await issueToken('bench-intake', ['editor:workforce'], { secret: JWT_SECRET, issuer: JWT_ISSUER });
  const auth = { authorization: `Bearer ${token}` };
  await waitReady(`${base}/graphql`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });

  // The template as a person downloads it, filled with SYNTHETIC postings in Sơn La's communes of 2016.
  const template = await fetch(`${base}/intake/templates/roster.xlsx?year=2016&unitCode=118`, { headers: auth });
  if (template.status !== 200) throw new Error(`template: ${template.status} ${await template.text()}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await template.arrayBuffer()) as never);
  const ws = wb.getWorksheet('So lieu')!;
  const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const communes = sonLaUnits().reportingCommunes(2016);
  for (let i = 0; i < rows; i++) {
    const c = communes[i % communes.length];
    const birthYear = 1960 + (i % 33);
    const v: Record<string, string | number> = {
      personCode: `INTAKE-${String(i + 1).padStart(6, '0')}`, fullName: `SYNTHETIC Person ${i + 1}`, dateOfBirth: '', birthYear,
      sex: i % 3 === 0 ? 'F' : 'M', ethnicGroup: i % 4 === 0 ? 'Kinh' : 'Thái', position: POSITIONS[i % POSITIONS.length], unitCode: c.code,
      postedFrom: '2016-01-01', postedTo: c.validTo ?? '', areaEthnicLanguage: c.type === 'Phường' ? '' : 'Thái', source: 'bench (SYNTHETIC)',
    };
    ws.getRow(3 + i).values = header.map((h) => (v[h] === '' ? null : v[h]));
  }
  const file = Buffer.from(await wb.xlsx.writeBuffer());
  const send = async (query: string) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file)]), 'roster.xlsx');
    const res = await fetch(`${base}/intake/roster?year=2016&unitCode=118&${query}`, { method: 'POST', body: form, headers: auth });
    return { status: res.status, body: await res.json() as any };
  };

  const preview = await timed(() => send('dryRun=true'));
  if (preview.value.status !== 200 || preview.value.body.problems.length) throw new Error(`preview: ${preview.value.status} ${JSON.stringify(preview.value.body.problems.slice(0, 3))}`);
  const commit = await timed(() => send(`commit=${preview.value.body.digest}`));
  if (commit.value.status !== 200 || !commit.value.body.committed) throw new Error(`commit: ${commit.value.status} ${JSON.stringify(commit.value.body.problems?.slice(0, 3))}`);

  const submit = await timed(async () => {
    const res = await fetch(`${base}/intake/submit/workforce?year=2016&unitCode=118`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{}' });
    return { status: res.status, body: await res.json() as any };
  });
  if (!submit.value.body.findings) throw new Error(`submit: ${submit.value.status} ${JSON.stringify(submit.value.body.problems?.slice(0, 3))}`);
  const findings = submit.value.body.findings as Array<{ importance: string }>;
  const changes = await timed(async () => {
    const res = await fetch(`${base}/intake/changes/roster?year=2016&unitCode=118&first=100`, { headers: auth });
    return { status: res.status, body: await res.json() as any };
  });
  if (changes.value.status !== 200) throw new Error(`changes: ${changes.value.status} ${JSON.stringify(changes.value.body.problems?.slice(0, 3))}`);

  const lines = [
    '# Intake benchmark (npm run bench:intake)',
    '',
    `${new Date().toISOString()}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, SQLite, every subgraph and the gateway on this machine.`,
    `A ${rows.toLocaleString('en')}-row workforce roster workbook (${(file.length / 1e6).toFixed(1)} MB XLSX, SYNTHETIC people) uploaded to POST /intake/roster:`,
    '',
    '| step | seconds | rows |',
    '|---|---|---|',
    `| validate and preview (dryRun=true: read the workbook, the department's dry run, the report) | ${preview.seconds.toFixed(2)} | ${preview.value.body.changes.rows} rows; ${preview.value.body.changes.inserted} records to insert (a person and a posting per row) |`,
    `| commit by digest (a fresh dry run, then the kit's write: one transaction, audited) | ${commit.seconds.toFixed(2)} | ${commit.value.body.changes.inserted} records inserted |`,
    `| submit workforce 2016 of district 118 (the data-quality check through the graph, then the submit) | ${submit.seconds.toFixed(2)} | HTTP ${submit.value.status} ${submit.value.body.code ?? 'submitted'}: ${findings.filter((f) => f.importance === 'ERROR').length} errors, ${findings.filter((f) => f.importance !== 'ERROR').length} warnings involving workforce |`,
    `| the approver's roster changes of 118 in 2016 since the last approval (first page) | ${changes.seconds.toFixed(2)} | ${changes.value.body.nodes.length} of ${changes.value.body.totalCount} changed postings${changes.value.body.truncated ? ' (audit scan truncated at 5,000)' : ''} |`,
    '',
  ];
  console.log(lines.join('\n'));
  writeFileSync(join(root, 'bench', 'results', 'intake.md'), `${lines.join('\n')}\n`);
}

main()
  .then(() => process.exit(0))
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
