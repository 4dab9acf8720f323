import { Writable } from 'node:stream';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { openDatabase } from '@lsp/shared';
import { apiKeysCli } from '../gateway/src/api-keys-cli';
import { ApiKeyEntity, ApiKeyStore, CreateApiKeys1764000009100 } from '../gateway/src/api-keys/store';
import { dbKinds, dropMysqlDatabase, freshDatabaseUrl, gql } from './testkit';
import { startPlatform, type RunningPlatform } from './testkit/platform';

/**
 * BI tools' API keys (created and revoked by an admin over HTTP and the CLI, hashed at rest, role-scoped,
 * expiring) and the gateway's audit trail of refusals, personal-data reads and key changes.
 */
describe.each(dbKinds)('API keys and audit (%s)', (kind) => {
  let p: RunningPlatform;
  let db: DataSource;
  let url: string;
  let store: ApiKeyStore;
  const lines: Array<Record<string, any>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      done();
    },
  });
  const audits = (kind: string) => lines.filter((l) => l.audit && l.kind === kind);
  let admin: string;
  let base: string;

  beforeAll(async () => {
    url = freshDatabaseUrl(kind, 'gateway');
    db = await openDatabase({ service: 'gateway', url, entities: [ApiKeyEntity], migrations: [CreateApiKeys1764000009100] });
    store = new ApiKeyStore(db, 'test-pepper-0123456789abcdef');
    p = await startPlatform({ kind, only: ['geography', 'workforce'], apiKeyStore: store, log: pino({ level: 'info' }, sink) });
    admin = await p.token(['admin'], 'chi-admin');
    base = p.gatewayUrl.replace('/graphql', '');
  });
  afterAll(async () => {
    await p?.stop();
    await db?.destroy();
    await dropMysqlDatabase(url);
  });

  const create = (token: string, body: unknown) =>
    fetch(`${base}/admin/api-keys`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('an admin creates a key; it reads with its roles; it is stored hashed; revoked, it is refused', async () => {
    const res = await create(admin, { name: 'powerbi-so-gd', roles: ['analyst'], days: 30 });
    expect(res.status).toBe(201);
    const made = (await res.json()) as { key: string; id: string; roles: string[]; expiresAt: string };
    expect(made.roles).toEqual(['analyst']);
    const q = '{ province(code: "14") { name } }';
    const ok = await gql(p.gatewayUrl, q, {}, { headers: { authorization: `ApiKey ${made.key}` } });
    expect(ok.data.province.name).toBe('Tỉnh Sơn La');
    const row = await db.getRepository(ApiKeyEntity).findOneByOrFail({ id: made.id });
    const secret = made.key.split('_')[2];
    expect(row.secretHash).not.toContain(secret);
    expect(JSON.stringify(row)).not.toContain(secret);
    // The key's roles only: no personal data without workforce:pii.
    const pii = await gql(p.gatewayUrl, '{ people(first: 1) { nodes { fullName } } }', {}, { headers: { authorization: `ApiKey ${made.key}` } });
    expect(pii.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const revoked = await fetch(`${base}/admin/api-keys/${made.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${admin}` } });
    expect(revoked.status).toBe(200);
    const after = await gql(p.gatewayUrl, q, {}, { headers: { authorization: `ApiKey ${made.key}` } });
    expect({ status: after.status, code: after.errors?.[0].extensions?.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    expect(audits('api-key-created').map((a) => [a.who, a.what.id])).toContainEqual(['chi-admin', made.id]);
    expect(audits('api-key-revoked').map((a) => [a.who, a.what.id])).toContainEqual(['chi-admin', made.id]);
  });

  it('refuses keys from non-admins, with admin or editor roles, without expiry; a key cannot manage keys', async () => {
    expect((await create(await p.token(['analyst']), { name: 'x', roles: ['analyst'], days: 30 })).status).toBe(403);
    for (const body of [{ name: 'x', roles: ['admin'], days: 30 }, { name: 'x', roles: ['editor:education'], days: 30 }, { name: 'x', roles: ['analyst'] }, { name: 'x', roles: ['analyst'], days: 5000 }, { name: '', roles: ['analyst'], days: 3 }]) {
      const res = await create(admin, body);
      expect({ body, status: res.status, code: ((await res.json()) as any).errors[0].extensions.code }).toEqual({ body, status: 400, code: 'BAD_REQUEST' });
    }
    const { key } = (await (await create(admin, { name: 'tool', roles: ['analyst'], days: 1 })).json()) as { key: string };
    const bykey = await fetch(`${base}/admin/api-keys`, { headers: { authorization: `ApiKey ${key}` } });
    expect(bykey.status).toBe(403);
  });

  it('a key expires', async () => {
    const { key } = (await (await create(admin, { name: 'short', roles: ['analyst'], days: 1 })).json()) as { key: string };
    expect(await store.verify(key)).toMatchObject({ roles: ['analyst'] });
    expect(await store.verify(key, new Date(Date.now() + 2 * 86_400_000))).toBeUndefined();
    expect(await store.verify(`${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`)).toBeUndefined();
  });

  it('the CLI creates, lists and revokes as the verified holder of LSP_TOKEN, and refuses without one', async () => {
    const out: string[] = [];
    const env = { LSP_TOKEN: admin, LSP_GATEWAY_URL: base };
    expect(await apiKeysCli(['create', '--name', 'superset', '--roles', 'analyst', '--days', '7'], env, (l) => out.push(l))).toBe(0);
    const made = JSON.parse(out.at(-1)!) as { id: string; createdBy: string };
    expect(made.createdBy).toBe('chi-admin');
    expect(await apiKeysCli(['list'], env, (l) => out.push(l))).toBe(0);
    expect(out.at(-1)).toContain(made.id);
    expect(await apiKeysCli(['revoke', made.id], env, (l) => out.push(l))).toBe(0);
    expect(await apiKeysCli(['list'], { LSP_GATEWAY_URL: base }, (l) => out.push(l))).toBe(2);
    expect(await apiKeysCli(['list'], { LSP_TOKEN: 'forged.token.value', LSP_GATEWAY_URL: base }, (l) => out.push(l))).toBe(1);
  });

  it('audits refusals and reads of personal fields: who, when, what, request id', async () => {
    const analyst = await p.token(['analyst'], 'an-analyst');
    await gql(p.gatewayUrl, '{ people(first: 1) { nodes { fullName } } }', {}, { bearer: analyst, headers: { 'x-request-id': 'req-refused-pii' } });
    await gql(p.gatewayUrl, '{ province(code: "14") { name } }', {}, { headers: { 'x-request-id': 'req-no-token' } });
    const hr = await p.token(['analyst', 'workforce:pii'], 'hr-officer');
    const read = await gql(p.gatewayUrl, '{ people(first: 2) { nodes { personCode fullName dateOfBirth } } }', {}, { bearer: hr, headers: { 'x-request-id': 'req-pii' } });
    expect(read.errors).toBeUndefined();
    const refused = audits('refusal');
    expect(refused.find((a) => a.requestId === 'req-refused-pii')).toMatchObject({ who: 'an-analyst', what: { codes: ['FORBIDDEN'] } });
    expect(refused.find((a) => a.requestId === 'req-no-token')).toMatchObject({ what: { status: 401, code: 'UNAUTHENTICATED' } });
    const piiRead = audits('pii-read').find((a) => a.requestId === 'req-pii');
    expect(piiRead).toMatchObject({ who: 'hr-officer', what: { fields: ['fullName', 'dateOfBirth'] } });
    expect(typeof piiRead!.at).toBe('string');
    expect(audits('pii-read').find((a) => a.requestId === 'req-refused-pii')).toBeUndefined();
  });
});
