import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The committed resolver types are what GraphQL Code Generator makes of the committed schema.graphql: its --check
 * mode regenerates in memory and fails on a stale file (run `npm run codegen -w subgraphs/culture`).
 */
it('has resolver types generated from the current schema.graphql', () => {
  const cli = join(__dirname, '..', '..', '..', 'node_modules', '.bin', 'graphql-codegen');
  const run = () => execFileSync(cli, ['--config', 'codegen.yml', '--check'], { cwd: join(__dirname, '..'), stdio: 'pipe' });
  expect(run).not.toThrow();
}, 60000);
