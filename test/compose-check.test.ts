import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { compareApis, apiSchemaOf } from '../gateway/src/compose-check';
import { composeSupergraph, fetchRunningSdls } from '../gateway/src/compose';
import { SUPERGRAPH_FILE, repoRoot, schemaFileOf } from '../gateway/src/subgraphs';
import { TEST_IDENTITY_PRIVATE_KEY } from './testkit';
import { startPlatform } from './testkit/platform';

/** `npm run compose:check` against the published API: breaking changes named, accepted ones with a reason. */
const educationSdl = readFileSync(schemaFileOf('education'), 'utf8');
const withoutGrade = educationSdl.replace(/(type GradeBand \{\n)\s*grade: String!\n/, '$1');

beforeAll(() => {
  // The CLI runs from dist/ (as `npm run compose:check` does): build it if a test run started from scratch.
  execFileSync(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-b', 'tsconfig.build.json'], { cwd: repoRoot });
}, 180_000);

test('removing GradeBand.grade from a subgraph schema fails compose:check, naming it', () => {
  expect(withoutGrade).not.toBe(educationSdl);
  const dir = mkdtempSync(join(tmpdir(), 'lsp-compose-'));
  const file = join(dir, 'education.graphql');
  writeFileSync(file, withoutGrade);
  const run = spawnSync(process.execPath, ['gateway/dist/compose.js', '--check', '--subgraph-schema', `education=${file}`], { cwd: repoRoot, encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('FIELD_REMOVED: GradeBand.grade was removed.');
  // It still composes: composition alone would have let it through.
  expect(composeSupergraph({ education: withoutGrade }).errors).toEqual([]);
});

test('the committed schemas pass compose:check', () => {
  const run = spawnSync(process.execPath, ['gateway/dist/compose.js', '--check'], { cwd: repoRoot, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});

test('a break listed in the accepted file with its reason passes; nullability, required arguments and enum values are breaks', () => {
  const published = buildSchema(`
    type Query { band(id: ID!): Band, bands: [Band!]! }
    type Band { grade: String!, label: String, status: Status }
    enum Status { SCORED MISSING }`);
  const current = buildSchema(`
    type Query { band(id: ID!, year: Int!): Band, bands: [Band!] }
    type Band { label: Int, status: Status }
    enum Status { SCORED }`);
  const none = compareApis(published, current, []);
  expect(none.refused.map((c) => c.description).sort()).toEqual([
    'A required arg year on Query.band was added.',
    'Band.grade was removed.',
    'Band.label changed type from String to Int.',
    'MISSING was removed from enum type Status.',
    'Query.bands changed type from [Band!]! to [Band!].',
  ]);
  const accepted = compareApis(published, current, [{ change: 'Band.grade was removed.', reason: 'the grade moved to Score.grade', acceptedBy: 'issue 16' }]);
  expect(accepted.refused).toHaveLength(4);
  expect(accepted.accepted).toEqual([{ type: 'FIELD_REMOVED', description: 'Band.grade was removed.', reason: 'the grade moved to Score.grade' }]);
});

test('composing from the running subgraphs\' _service { sdl } gives the committed supergraph', async () => {
  // The SDL does not depend on data: unseeded subgraphs answer it as well and start in a fraction of the time.
  const platform = await startPlatform({ seed: false });
  try {
    const sdls = await fetchRunningSdls(Object.fromEntries(Object.entries(platform.subgraphs).map(([n, s]) => [n, s.url])), TEST_IDENTITY_PRIVATE_KEY);
    const { supergraphSdl, errors } = composeSupergraph(sdls);
    expect(errors).toEqual([]);
    // Same API as the committed supergraph (the SDL printed by a subgraph may order or format differently).
    const { printSchema } = await import('graphql');
    expect(printSchema(apiSchemaOf(supergraphSdl!))).toBe(printSchema(apiSchemaOf(readFileSync(SUPERGRAPH_FILE, 'utf8'))));
  } finally {
    await platform.stop();
  }
}, 180_000);
