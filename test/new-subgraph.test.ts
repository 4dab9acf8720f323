import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { composeSupergraph } from '../gateway/src/compose';
import { readSubgraphList, repoRoot, SUBGRAPHS } from '../gateway/src/subgraphs';

/**
 * The platform's promise to department teams (issue 25): a department joins by `npm run new-subgraph -- <name>` and
 * composing, without touching the gateway's code or another department. In a temporary copy of the repository
 * (the files git knows, node_modules linked), the scaffold creates `probe`; the supergraph is composed with it; then,
 * in that copy, jest runs the new subgraph's own tests — the dataset contract, its behaviour, codegen freshness, and a
 * federated query through the copy's gateway (its code byte for byte the repository's) — and the infra checks over
 * the new Dockerfile, Compose service and Kubernetes manifest. The copy is removed at the end.
 */
const NAME = 'probe';

function copyRepository(): string {
  const to = mkdtempSync(join(tmpdir(), 'lsp-new-subgraph-'));
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: repoRoot, encoding: 'utf8' }).split('\0').filter((f) => f && !f.includes('node_modules/'));
  for (const f of files) if (existsSync(join(repoRoot, f))) cpSync(join(repoRoot, f), join(to, f));
  // The scaffold reads the kit's SDL from the built shared package; dependencies are linked, never copied.
  cpSync(join(repoRoot, 'shared', 'dist'), join(to, 'shared', 'dist'), { recursive: true });
  for (const pkg of ['', 'shared', 'gateway', 'bench', ...SUBGRAPHS.map((s) => `subgraphs/${s.name}`)]) {
    const modules = join(repoRoot, pkg, 'node_modules');
    if (existsSync(modules) && existsSync(dirname(join(to, pkg, 'node_modules')))) symlinkSync(modules, join(to, pkg, 'node_modules'), 'dir');
  }
  return to;
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();

describe('npm run new-subgraph', () => {
  let copy: string;
  beforeAll(() => {
    copy = copyRepository();
  });
  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('refuses a bad or taken name and changes nothing', () => {
    const before = readFileSync(join(copy, 'gateway', 'subgraphs.json'), 'utf8');
    for (const bad of ['Culture', 'awards', '1x']) {
      const r = spawnSync(process.execPath, [join(copy, 'scripts', 'new-subgraph.js'), bad, '--root', copy], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/new-subgraph: .*(lower-case identifier|listed already)/);
    }
    expect(readFileSync(join(copy, 'gateway', 'subgraphs.json'), 'utf8')).toBe(before);
    expect(existsSync(join(copy, 'subgraphs', 'Culture'))).toBe(false);
  });

  it('creates a department that composes, passes its own tests and answers a federated query through an unchanged gateway', () => {
    execFileSync(process.execPath, [join(copy, 'scripts', 'new-subgraph.js'), NAME, '--root', copy], { cwd: copy, stdio: 'pipe' });

    const list = readSubgraphList(join(copy, 'gateway', 'subgraphs.json'));
    const port = Math.max(...SUBGRAPHS.map((s) => s.port)) + 1;
    expect(list).toEqual([...SUBGRAPHS, { name: NAME, port }]);
    expect(JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')).workspaces).toContain(`subgraphs/${NAME}`);
    expect(readFileSync(join(copy, 'shared', 'src', 'identity.ts'), 'utf8')).toMatch(new RegExp(`DEPARTMENTS = \\[[^\\]]*'${NAME}'\\] as const`));
    // The gateway's code is the repository's, byte for byte: only its data file changed.
    const gatewaySrc = filesUnder(join(repoRoot, 'gateway', 'src'));
    expect(filesUnder(join(copy, 'gateway', 'src'))).toEqual(gatewaySrc);
    for (const f of gatewaySrc) expect(readFileSync(join(copy, 'gateway', 'src', f), 'utf8')).toBe(readFileSync(join(repoRoot, 'gateway', 'src', f), 'utf8'));

    const { supergraphSdl, errors } = composeSupergraph({}, { subgraphs: list, schemaFileOf: (n) => join(copy, 'subgraphs', n, 'schema.graphql') });
    expect(errors).toEqual([]);
    expect(supergraphSdl).toContain(`${NAME}Figure: ProbeTotal @join__field(graph: ${NAME.toUpperCase()})`);
    writeFileSync(join(copy, 'gateway', 'supergraph.graphql'), supergraphSdl!);

    // In the copy: the new subgraph's tests (gateway.test.ts is the federated query) and the infra checks.
    const jest = spawnSync(process.execPath, [
      join(repoRoot, 'node_modules', 'jest', 'bin', 'jest.js'), '--rootDir', copy, '--maxWorkers=1', '--ci', '--json', '--outputFile', join(copy, 'jest.json'),
      `subgraphs/${NAME}/`, 'test/infra.test.ts',
    ], { cwd: copy, encoding: 'utf8', env: { ...process.env, MYSQL_URL: '' } });
    const report = existsSync(join(copy, 'jest.json')) ? JSON.parse(readFileSync(join(copy, 'jest.json'), 'utf8')) : null;
    if (!report || report.numFailedTests > 0 || report.numRuntimeErrorTestSuites > 0) throw new Error(`tests in the copy failed:\n${jest.stderr.slice(-6000)}`);
    const suites = report.testResults.map((r: { name: string }) => r.name.slice(copy.length + 1)).sort();
    expect(suites).toEqual([`subgraphs/${NAME}/test/codegen.test.ts`, `subgraphs/${NAME}/test/datasets.test.ts`, `subgraphs/${NAME}/test/gateway.test.ts`, `subgraphs/${NAME}/test/${NAME}.test.ts`, 'test/infra.test.ts']);
    expect(report.numPassedTests).toBeGreaterThan(20);
    // The infra checks covered the new department (its Dockerfile and Deployment are among the passed tests).
    const passed = report.testResults.flatMap((r: { assertionResults: Array<{ title: string; status: string }> }) => r.assertionResults.filter((a) => a.status === 'passed').map((a) => a.title));
    expect(passed).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${NAME}: multi-stage`)), expect.stringContaining(`${NAME}: Deployment`)]));

    // The access matrix (role × field, from the policy alone) holds for the new department without editing it.
    const matrix = spawnSync(process.execPath, [
      join(repoRoot, 'node_modules', 'jest', 'bin', 'jest.js'), '--rootDir', copy, '--maxWorkers=1', '--ci', '--json', '--outputFile', join(copy, 'matrix.json'),
      'test/access-matrix.test.ts', '-t', `access matrix on sqlite ${NAME} `,
    ], { cwd: copy, encoding: 'utf8', env: { ...process.env, MYSQL_URL: '' } });
    const m = existsSync(join(copy, 'matrix.json')) ? JSON.parse(readFileSync(join(copy, 'matrix.json'), 'utf8')) : null;
    if (!m || m.numFailedTests > 0 || m.numRuntimeErrorTestSuites > 0) throw new Error(`the access matrix in the copy failed:\n${matrix.stderr.slice(-6000)}`);
    const probed = m.testResults.flatMap((r: { assertionResults: Array<{ fullName: string; status: string }> }) => r.assertionResults.filter((a) => a.status === 'passed').map((a) => a.fullName));
    expect(probed.filter((t: string) => t.startsWith(`access matrix on sqlite ${NAME} ${NAME}.`)).length).toBeGreaterThan(10);
  }, 900_000);
});
