import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The committed resolver types are what GraphQL Code Generator makes of schema.graphql now (else: `npm run codegen
 * -w subgraphs/workforce`). The generator runs in a child process: it loads ES modules that jest's runtime cannot.
 */
const GENERATE = `
const { generate, loadCodegenConfig } = require('@graphql-codegen/cli');
loadCodegenConfig({ configFilePath: 'codegen.yml' })
  .then(({ config }) => generate({ ...config, cwd: process.cwd(), silent: true }, false))
  .then((out) => process.stdout.write(JSON.stringify(out.map((o) => ({ filename: o.filename, content: o.content })))));`;

describe('workforce resolver types', () => {
  it('are generated from the current schema.graphql', () => {
    const cwd = join(__dirname, '..');
    const out: Array<{ filename: string; content: string }> = JSON.parse(execFileSync(process.execPath, ['-e', GENERATE], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
    expect(out.map((o) => o.filename)).toEqual(['src/resolvers/types.generated.ts']);
    expect(readFileSync(join(cwd, out[0].filename), 'utf8')).toBe(out[0].content);
  }, 60_000);
});
