import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * `NODE_ENV=production npm start` with no secrets set exits non-zero naming each missing secret (and any start with a
 * port fetch() refuses, naming the variable), before starting anything (the launcher, built: run `npm run build` first).
 */
const launcher = join(__dirname, '..', 'gateway', 'dist', 'start-platform.js');

it('refuses a production start without secrets, naming every one', () => {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(IDENTITY_|OIDC_|API_KEY_|JWT_)/.test(k)));
  const r = spawnSync(process.execPath, [launcher], { env: { ...env, NODE_ENV: 'production' }, encoding: 'utf8', timeout: 60_000 });
  expect(r.status).toBe(1);
  for (const secret of ['IDENTITY_PRIVATE_KEY', 'OIDC_ISSUER', 'OIDC_AUDIENCE', 'API_KEY_PEPPER', 'IDENTITY_PUBLIC_KEY']) {
    expect(r.stderr).toMatch(new RegExp(`${secret}: missing`));
  }
  expect(r.stdout).not.toMatch(/Starting/);
});

it('refuses the development keys printed in the source, even when given explicitly', async () => {
  const { DEV_IDENTITY_PRIVATE_KEY, DEV_IDENTITY_PUBLIC_KEY } = await import('@lsp/shared');
  const r = spawnSync(process.execPath, [launcher], {
    env: { ...process.env, NODE_ENV: 'production', IDENTITY_PRIVATE_KEY: DEV_IDENTITY_PRIVATE_KEY, IDENTITY_PUBLIC_KEY: DEV_IDENTITY_PUBLIC_KEY, OIDC_ISSUER: 'https://id.example.test', OIDC_AUDIENCE: 'lsp', API_KEY_PEPPER: 'a-real-pepper-0123456789' },
    encoding: 'utf8', timeout: 60_000,
  });
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/IDENTITY_PRIVATE_KEY: is the development default/);
  expect(r.stderr).toMatch(/IDENTITY_PUBLIC_KEY: is the development default/);
});

it('refuses, in any mode, a launcher port that fetch() would refuse (the readiness checks could never pass), naming it', () => {
  const r = spawnSync(process.execPath, [launcher], { env: { ...process.env, NODE_ENV: 'development', GATEWAY_PORT: '4190', CULTURE_PORT: '6000', GEOGRAPHY_PORT: '4191' }, encoding: 'utf8', timeout: 60_000 });
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/GATEWAY_PORT: 4190 is one of the Fetch standard's blocked ports/);
  expect(r.stderr).toMatch(/CULTURE_PORT: 6000 is one of the Fetch standard's blocked ports/);
  expect(r.stderr).not.toMatch(/GEOGRAPHY_PORT/);
  expect(r.stdout).not.toMatch(/Starting/);
});
