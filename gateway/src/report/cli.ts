/**
 * `npm run report -- --year 2015 [--district 116] [--format html|pdf] [--out <file>] [--url <gateway>] [--token <jwt>]`
 *
 * Writes the annual progress report by running the persisted operations against a gateway over HTTP. Without
 * --token it signs a development analyst token with the configured JWT secret (as `npm start` prints them).
 * When no gateway answers at --url (default http://127.0.0.1:4000/graphql), it starts the platform
 * (`npm start`'s launcher) for the time of the report and stops it afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { issueToken, jwtConcern, loadConfigOrExit } from '@lsp/shared';
import { buildReport, type RunGraphQL } from './index';

const USAGE = 'usage: npm run report -- --year 2015 [--district 116] [--format html|pdf] [--out file] [--url http://127.0.0.1:4000/graphql] [--token jwt]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

async function reachable(url: string): Promise<boolean> {
  try {
    return (await fetch(url.replace(/\/graphql$/, '/health'))).ok;
  } catch {
    return false;
  }
}

async function startPlatform(url: string): Promise<ChildProcess> {
  const port = new URL(url).port || '80';
  process.stderr.write(`No gateway answers at ${url}: starting the platform for this report...\n`);
  const child = spawn(process.execPath, [join(__dirname, '..', 'start-platform.js')], {
    env: { ...process.env, GATEWAY_PORT: port },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const until = Date.now() + 180_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the platform exited (${child.exitCode}) before it was ready`);
    if (await reachable(url)) return child;
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill('SIGTERM');
  throw new Error(`the platform did not become ready at ${url}`);
}

async function main() {
  let args;
  try {
    args = parseArgs({
      options: {
        year: { type: 'string' }, district: { type: 'string' }, format: { type: 'string', default: 'html' },
        out: { type: 'string' }, url: { type: 'string', default: 'http://127.0.0.1:4000/graphql' }, token: { type: 'string' },
      },
    }).values;
  } catch (err) {
    fail((err as Error).message);
  }
  const year = Number(args.year);
  if (!args.year || !Number.isInteger(year)) fail('--year is required, e.g. --year 2015');
  if (args.format !== 'html' && args.format !== 'pdf') fail(`--format must be html or pdf; got "${args.format}"`);
  const format = args.format as 'html' | 'pdf';
  const jwt = loadConfigOrExit(jwtConcern);
  const token = args.token ?? (await issueToken('report-cli', ['analyst'], { secret: jwt.JWT_SECRET, issuer: jwt.JWT_ISSUER, expiresIn: '1h' }));
  const url = args.url!;
  const platform = (await reachable(url)) ? undefined : await startPlatform(url);
  const run: RunGraphQL = async (query, variables) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as Awaited<ReturnType<RunGraphQL>>;
  };
  try {
    const report = await buildReport(run, { year, district: args.district, format });
    const out = resolve(args.out ?? `bao-cao-xhht-${year}${args.district ? `-${args.district}` : ''}.${format}`);
    writeFileSync(out, report.body);
    process.stdout.write(`${out}${report.synthetic ? ' (SYNTHETIC demo data)' : ''}\n`);
  } finally {
    platform?.kill('SIGTERM');
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
