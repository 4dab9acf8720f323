#!/usr/bin/env node
/**
 * `npm run new-subgraph -- <name> [--port <n>] [--root <dir>] [--no-codegen] [--no-lockfile]`
 *
 * Creates a department's subgraph in the kit's layout (shared/src/kit/README.md) from scripts/new-subgraph/template:
 * schema, one dataset, service, resolvers typed by codegen, store with migrations, loaders, server, main, import
 * command, tests, README stub; and joins it to the platform without touching gateway code:
 *   - gateway/subgraphs.json (the list the gateway composes and serves), next free port after the highest;
 *   - root package.json workspaces, tsconfig.build.json references, the lockfile (npm install --package-lock-only);
 *   - shared/src/identity.ts DEPARTMENTS (so `editor:<name>`, `approver:<name>`, `reporter:<name>:<unit>` are roles);
 *   - infra: its Dockerfile (every other Dockerfile copies its package.json), its Compose service and the gateway's
 *     URL and dependency, its database in the MySQL init script and .env.example, its Kubernetes manifest, the
 *     kustomization, the gateway Deployment's URL and the secrets example.
 * Then: `npm run build && npm run compose` and the department is served (`npm start`). Every edit is checked
 * before anything is written: with a problem (name taken, port taken, an anchor not found) nothing changes.
 *
 * Plain Node (no build step): it reads the kit's SDL (KIT_SDL, WRITE_SDL, intakeSdl) from shared/dist, which the
 * npm script builds first.
 */
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const TEMPLATE = path.join(__dirname, 'new-subgraph', 'template');
const INFRA_TEMPLATES = path.join(__dirname, 'new-subgraph', 'infra');

function parseArgs(argv) {
  const out = { name: undefined, port: undefined, root: path.join(__dirname, '..'), codegen: true, lockfile: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--port') out.port = Number(argv[++i]);
    else if (a === '--root') out.root = path.resolve(argv[++i]);
    else if (a === '--no-codegen') out.codegen = false;
    else if (a === '--no-lockfile') out.lockfile = false;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else if (out.name === undefined) out.name = a;
    else throw new Error(`one name only (got "${out.name}" and "${a}")`);
  }
  return out;
}

const pascal = (s) => s[0].toUpperCase() + s.slice(1);

/** Inserts `line` after the last line matching `re`; throws naming the file when there is none. */
function insertAfterLast(text, re, line, file) {
  const lines = text.split('\n');
  let at = -1;
  lines.forEach((l, i) => { if (re.test(l)) at = i; });
  if (at < 0) throw new Error(`${file}: no line matches ${re} (where the new entry goes)`);
  lines.splice(at + 1, 0, line);
  return lines.join('\n');
}
function insertBeforeFirst(text, re, line, file, from = 0) {
  const lines = text.split('\n');
  const at = lines.findIndex((l, i) => i >= from && re.test(l));
  if (at < 0) throw new Error(`${file}: no line matches ${re} (where the new entry goes)`);
  lines.splice(at, 0, line);
  return lines.join('\n');
}

/** Every file of the template, with its placeholders replaced. */
function renderTemplate(dir, vars) {
  const out = [];
  const walk = (d, rel) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const from = path.join(d, e.name);
      const to = path.join(rel, e.name.replace(/__dept__/g, vars.__dept__));
      if (e.isDirectory()) walk(from, to);
      else out.push({ rel: to, text: substitute(fs.readFileSync(from, 'utf8'), vars) });
    }
  };
  walk(dir, '');
  return out;
}
function substitute(text, vars) {
  let t = text;
  for (const [k, v] of Object.entries(vars)) t = t.split(k).join(v);
  return t;
}

/** Plans every file written and edited; nothing touches the disk here. */
function plan(opts) {
  const { root, name } = opts;
  if (!name || !/^[a-z][a-z0-9]*$/.test(name)) throw new Error('the name must be a lower-case identifier (letters and digits, starting with a letter), e.g. culture');
  const read = (rel) => fs.readFileSync(path.join(root, rel), 'utf8');
  const listFile = 'gateway/subgraphs.json';
  const list = JSON.parse(read(listFile));
  if (list.subgraphs.some((s) => s.name === name)) throw new Error(`${listFile}: ${name} is listed already`);
  if (fs.existsSync(path.join(root, 'subgraphs', name))) throw new Error(`subgraphs/${name} exists already`);
  const taken = new Set([4000, ...list.subgraphs.map((s) => s.port)]);
  const port = opts.port ?? Math.max(...taken) + 1;
  if (!Number.isInteger(port) || port < 1024 || port > 65535) throw new Error(`--port ${opts.port}: not a TCP port above 1023`);
  if (taken.has(port)) throw new Error(`port ${port} is taken (${listFile} or the gateway)`);

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const shared = require(path.join(root, 'shared', 'dist', 'index.js'));
  const NAME = name.toUpperCase();
  const vars = {
    __dept__: name, __Dept__: pascal(name), __DEPT__: NAME, __PORT__: String(port),
    // Migration timestamps between the kit's (audit log 1764000000000, kit tables 1765000000000, facts 1766000000000).
    __T1__: String(1764000000000 + port * 100), __T2__: String(1765000000000 + port * 100),
  };
  const files = renderTemplate(TEMPLATE, vars).map((f) => ({ rel: path.join('subgraphs', name, f.rel), text: f.text }));
  const schema = files.find((f) => f.rel.endsWith('schema.graphql'));
  schema.text = schema.text.replace('# @kit:KIT_SDL', shared.KIT_SDL).replace('# @kit:WRITE_SDL', shared.WRITE_SDL).replace('# @kit:INTAKE_SDL', shared.intakeSdl(name));

  const edits = new Map();
  const edit = (rel, fn) => edits.set(rel, fn(edits.has(rel) ? edits.get(rel) : read(rel)));

  edit(listFile, (t) => {
    const j = JSON.parse(t);
    j.subgraphs.push({ name, port });
    return `{\n  "$comment": ${JSON.stringify(j.$comment)},\n  "subgraphs": [\n${j.subgraphs.map((s) => `    { "name": "${s.name}", "port": ${s.port} }`).join(',\n')}\n  ]\n}\n`;
  });
  edit('package.json', (t) => {
    const j = JSON.parse(t);
    const ws = j.workspaces;
    const last = ws.map((w) => w.startsWith('subgraphs/')).lastIndexOf(true);
    ws.splice(last + 1, 0, `subgraphs/${name}`);
    return `${JSON.stringify(j, null, 2)}\n`;
  });
  edit('tsconfig.build.json', (t) => insertAfterLast(t, /\{ "path": "subgraphs\/[a-z0-9]+" \}/, `    { "path": "subgraphs/${name}" },`, 'tsconfig.build.json'));
  edit('shared/src/identity.ts', (t) => {
    const re = /export const DEPARTMENTS = \[([^\]]*)\] as const;/;
    if (!re.test(t)) throw new Error('shared/src/identity.ts: no "export const DEPARTMENTS = [...] as const;"');
    return t.replace(re, (_all, inner) => `export const DEPARTMENTS = [${inner.trimEnd()}, '${name}'] as const;`);
  });

  // infra: Dockerfiles
  const dockerDir = path.join(root, 'infra', 'docker');
  const copyLine = `COPY subgraphs/${name}/package.json subgraphs/${name}/`;
  for (const f of fs.readdirSync(dockerDir).filter((f) => f.endsWith('.Dockerfile'))) {
    edit(`infra/docker/${f}`, (t) => insertAfterLast(t, /^COPY subgraphs\/[a-z0-9]+\/package\.json /, copyLine, `infra/docker/${f}`));
  }
  const anyDockerfile = edits.get(`infra/docker/${fs.readdirSync(dockerDir).find((f) => f.endsWith('.Dockerfile'))}`);
  const workspaceCopies = anyDockerfile.split('\n').filter((l) => /^COPY (shared|gateway|bench|subgraphs\/[a-z0-9]+)\/package\.json /.test(l));
  const dockerfile = substitute(fs.readFileSync(path.join(INFRA_TEMPLATES, 'Dockerfile'), 'utf8'), vars)
    .replace(/(^COPY (shared|gateway|bench|subgraphs\/[a-z0-9_]+)\/package\.json .*\n)+/m, `${workspaceCopies.join('\n')}\n`);
  files.push({ rel: `infra/docker/${name}.Dockerfile`, text: dockerfile });

  // infra: Compose
  edit('infra/compose.yaml', (t) => {
    const block = [
      `  ${name}:`,
      '    build:',
      '      context: ..',
      `      dockerfile: infra/docker/${name}.Dockerfile`,
      `    image: \${IMAGE_REGISTRY:-lsp}/${name}:\${IMAGE_TAG:-latest}`,
      '    environment:',
      '      <<: *subgraph-env',
      `      PORT: "${port}"`,
      `      DATABASE_URL: mysql://lsp_${name}:\${${NAME}_DB_PASSWORD:?set ${NAME}_DB_PASSWORD}@mysql:3306/lsp_${name}`,
      `      OTEL_SERVICE_NAME: ${name}`,
      '    depends_on:',
      '      mysql:',
      '        condition: service_healthy',
      '    expose:',
      `      - "${port}"`,
      '    restart: unless-stopped',
      '',
    ].join('\n');
    let out = insertBeforeFirst(t, /^ {2}gateway:$/, block, 'infra/compose.yaml');
    out = insertAfterLast(out, /^ {6}[A-Z0-9]+_URL: http:\/\/[a-z0-9]+:\d+\/graphql$/, `      ${NAME}_URL: http://${name}:${port}/graphql`, 'infra/compose.yaml');
    const gw = out.split('\n').findIndex((l) => l === '  gateway:');
    return insertBeforeFirst(out, /^ {6}redis:$/, `      ${name}:\n        condition: service_healthy`, 'infra/compose.yaml (gateway depends_on)', gw);
  });
  edit('infra/.env.example', (t) => insertBeforeFirst(t, /^GATEWAY_DB_PASSWORD=/, `${NAME}_DB_PASSWORD=change-me-${name}`, 'infra/.env.example'));
  edit('infra/mysql/init/01-department-databases.sh', (t) => {
    if (!/for dept in ([a-z0-9 ]+) gateway; do/.test(t)) throw new Error('infra/mysql/init/01-department-databases.sh: no "for dept in ... gateway; do"');
    return t.replace(/for dept in ([a-z0-9 ]+) gateway; do/, `for dept in $1 ${name} gateway; do`);
  });

  // infra: Kubernetes
  files.push({ rel: `infra/k8s/${name}.yaml`, text: substitute(fs.readFileSync(path.join(INFRA_TEMPLATES, 'k8s.yaml'), 'utf8'), vars) });
  edit('infra/k8s/kustomization.yaml', (t) => {
    const withResource = insertBeforeFirst(t, /^ {2}- redis\.yaml$/, `  - ${name}.yaml`, 'infra/k8s/kustomization.yaml (resources)');
    return insertBeforeFirst(withResource, /^ {2}- \{ name: lsp\/gateway, /, `  - { name: lsp/${name}, newTag: latest }`, 'infra/k8s/kustomization.yaml (images)');
  });
  edit('infra/k8s/gateway.yaml', (t) => insertAfterLast(t, /^ {12}- \{ name: [A-Z0-9]+_URL, value: "http:\/\/[a-z0-9]+:\d+\/graphql" \}$/, `            - { name: ${NAME}_URL, value: "http://${name}:${port}/graphql" }`, 'infra/k8s/gateway.yaml'));
  edit('infra/k8s/secrets.env.example', (t) => insertAfterLast(t, /^(?!GATEWAY)[A-Z0-9]+_DATABASE_URL=/, `${NAME}_DATABASE_URL=mysql://lsp_${name}:change-me@mysql.example.internal:3306/lsp_${name}`, 'infra/k8s/secrets.env.example'));
  return { port, files, edits };
}

function apply(opts, p) {
  for (const f of p.files) {
    const to = path.join(opts.root, f.rel);
    if (fs.existsSync(to)) throw new Error(`${f.rel} exists already`);
  }
  for (const f of p.files) {
    fs.mkdirSync(path.dirname(path.join(opts.root, f.rel)), { recursive: true });
    fs.writeFileSync(path.join(opts.root, f.rel), f.text);
  }
  for (const [rel, text] of p.edits) fs.writeFileSync(path.join(opts.root, rel), text);
  const bin = (tool) => path.join(opts.root, 'node_modules', '.bin', tool);
  if (opts.codegen) execFileSync(bin('graphql-codegen'), ['--config', 'codegen.yml'], { cwd: path.join(opts.root, 'subgraphs', opts.name), stdio: 'pipe' });
  // The lockfile names every workspace (npm ci in the images refuses a stale one); no download: every dependency is locked already.
  if (opts.lockfile) execFileSync('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund', '--offline'], { cwd: opts.root, stdio: 'pipe' });
}

function main(argv) {
  const opts = parseArgs(argv);
  const p = plan(opts);
  apply(opts, p);
  console.log(`Created subgraphs/${opts.name} (port ${p.port}) and joined it to the platform:
${[...p.files.map((f) => `  + ${f.rel}`), ...[...p.edits.keys()].map((r) => `  ~ ${r}`)].filter((l) => !l.includes(`subgraphs/${opts.name}/`) || l.endsWith('schema.graphql')).join('\n')}
Next: npm run build && npm run compose; npx jest subgraphs/${opts.name} --maxWorkers=1; then replace the scaffolded dataset with the department's own.`);
}

module.exports = { plan, apply, parseArgs };

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (err) {
    console.error(`new-subgraph: ${err.message}`);
    process.exit(1);
  }
}
