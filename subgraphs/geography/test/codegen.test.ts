import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The committed resolver types must be what codegen.yml makes of schema.graphql today (else: npm run codegen). */
const root = join(__dirname, '..');
const codegenBin = join(__dirname, '../../../node_modules/.bin/graphql-codegen');
const check = (cwd: string) => spawnSync(codegenBin, ['--config', 'codegen.yml', '--check'], { cwd, encoding: 'utf8' });

test('src/resolvers/types.generated.ts is up to date with schema.graphql', () => {
  const run = check(root);
  expect(run.stdout + run.stderr).not.toMatch(/changes|stale|error/i);
  expect(run.status).toBe(0);
}, 60000);

test('the check fails when the schema changes without regenerating', () => {
  const copy = mkdtempSync(join(tmpdir(), 'geo-codegen-'));
  for (const f of ['codegen.yml', 'schema.graphql']) copyFileSync(join(root, f), join(copy, f));
  mkdirSync(join(copy, 'src/resolvers'), { recursive: true });
  copyFileSync(join(root, 'src/resolvers/types.generated.ts'), join(copy, 'src/resolvers/types.generated.ts'));
  appendFileSync(join(copy, 'schema.graphql'), '\n"A type only this check adds."\ntype CodegenProbe { "A probe field." probe: Int }\n');
  expect(check(copy).status).not.toBe(0);
}, 60000);
