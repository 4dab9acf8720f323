import { Writable } from 'node:stream';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { openDatabase } from '@lsp/shared';
import { apiKeysCli } from '../gateway/src/api-keys-cli';
import { ApiKeyEntity, ApiKeyStore, CreateApiKeys1764000009100 } from '../gateway/src/api-keys/store';
import { AuditEventEntity, AuditEventStore } from '../gateway/src/api-keys/audit-events';
import { gatewayDatabase } from '../gateway/src/database';
import { createAudit } from '../gateway/src/plugins/audit';
import { dbKinds, dropMysqlDatabase, freshDatabaseUrl, gql } from './testkit';
import { startPlatform, type RunningPlatform } from './testkit/platform';

/**
 * BI tools' API keys (created and revoked by an admin through the admin GraphQL endpoint and the CLI, hashed at
 * rest, role-scoped, expiring) and the gateway's audit trail of refusals, personal-data reads and key changes:
 * log lines, and rows in the gateway's audit_event table that admins query.
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
    db = await openDatabase({ service: 'gateway', url, ...gatewayDatabase });
    store = new ApiKeyStore(db, 'test-pepper-0123456789abcdef');
    p = await startPlatform({ kind, only: ['geography', 'workforce'], apiKeyStore: store, auditEventStore: new AuditEventStore(db), log: pino({ level: 'info' }, sink) });
    admin = await p.token(['admin'], 'chi-admin');
    base = p.gatewayUrl.replace('/graphql', '');
  });
  afterAll(async () => {
    await p?.stop();
    await db?.destroy();
    await dropMysqlDatabase(url);
  });

  const adminGql = (authorization: string | undefined, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    gql(`${base}/admin/graphql`, query, variables, { headers: { ...(authorization ? { authorization } : {}), ...headers } });
  const CREATE = 'mutation Create($input: CreateApiKeyInput!) { createApiKey(input: $input) { key id name roles createdBy expiresAt revokedAt } }';
  const REVOKE = 'mutation Revoke($id: ID!) { revokeApiKey(id: $id) { id revokedAt revokedBy } }';
  const create = (input: unknown, authorization = `Bearer ${admin}`) => adminGql(authorization, CREATE, { input });
  const auditEvents = async (kind: string, first = 100) =>
    ((await adminGql(`Bearer ${admin}`, 'query($kind: String, $first: Int) { auditEvents(kind: $kind, first: $first) { id at kind who requestId what } }', { kind, first })).data!
      .auditEvents as Array<{ id: string; at: string; kind: string; who: string; requestId: string | null; what: string }>)
      .map((e) => ({ ...e, what: JSON.parse(e.what) as Record<string, any> }));

  it('an admin creates a key with the mutation; it reads with its roles; it is stored hashed; revoked, it is refused', async () => {
    const res = await create({ name: 'powerbi-so-gd', roles: ['analyst'], days: 30 });
    expect(res.errors).toBeUndefined();
    const made = res.data.createApiKey as { key: string; id: string; roles: string[]; createdBy: string; revokedAt: null };
    expect(made).toMatchObject({ name: 'powerbi-so-gd', roles: ['analyst'], createdBy: 'chi-admin', revokedAt: null });
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
    const listed = await adminGql(`Bearer ${admin}`, '{ apiKeys { id name revokedAt } }');
    expect(listed.data.apiKeys).toContainEqual({ id: made.id, name: 'powerbi-so-gd', revokedAt: null });
    expect(JSON.stringify(listed.data)).not.toContain(secret);

    const revoked = await adminGql(`Bearer ${admin}`, REVOKE, { id: made.id });
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data.revokeApiKey).toMatchObject({ id: made.id, revokedBy: 'chi-admin' });
    expect(typeof revoked.data.revokeApiKey.revokedAt).toBe('string');
    const after = await gql(p.gatewayUrl, q, {}, { headers: { authorization: `ApiKey ${made.key}` } });
    expect({ status: after.status, code: after.errors?.[0].extensions?.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    const active = await adminGql(`Bearer ${admin}`, '{ apiKeys(includeRevoked: false) { id } }');
    expect(active.data.apiKeys.map((k: { id: string }) => k.id)).not.toContain(made.id);

    // Audited: the log line and the stored event, with who and what (never the key).
    expect(audits('api-key-created').map((a) => [a.who, a.what.id])).toContainEqual(['chi-admin', made.id]);
    expect(audits('api-key-revoked').map((a) => [a.who, a.what.id])).toContainEqual(['chi-admin', made.id]);
    expect((await auditEvents('api-key-created')).find((e) => e.what.id === made.id)).toMatchObject({ who: 'chi-admin', what: { name: 'powerbi-so-gd', roles: ['analyst'] } });
    expect((await auditEvents('api-key-revoked')).find((e) => e.what.id === made.id)).toMatchObject({ who: 'chi-admin' });
    const stored = await db.getRepository(AuditEventEntity).find();
    expect(JSON.stringify(stored)).not.toContain(secret);

    const unknown = await adminGql(`Bearer ${admin}`, REVOKE, { id: 'nosuchkey000' });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const keysBefore = await db.getRepository(ApiKeyEntity).count();
    const createdBefore = audits('api-key-created').length;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ name: 'x', roles: [], days: 30 }, 'roles'],
      [{ name: 'x', roles: ['superuser'], days: 30 }, 'roles'],
      [{ name: 'x', roles: ['admin'], days: 30 }, 'roles'],
      [{ name: 'x', roles: ['editor:education'], days: 30 }, 'roles'],
      [{ name: 'x', roles: ['analyst'], days: 0 }, 'days'],
      [{ name: 'x', roles: ['analyst'], days: 5000 }, 'days'],
      [{ name: ' ', roles: ['analyst'], days: 3 }, 'name'],
      [{ name: 'x'.repeat(101), roles: ['analyst'], days: 3 }, 'name'],
    ];
    for (const [input, field] of cases) {
      const res = await create(input);
      const e = res.errors?.[0];
      expect({ input, status: res.status, code: e?.extensions?.code, field: e?.extensions?.field, starts: e?.message.startsWith(`${field}:`), data: res.data })
        .toEqual({ input, status: 200, code: 'BAD_USER_INPUT', field, starts: true, data: null });
    }
    // A missing field is refused before anything runs.
    const missing = await create({ name: 'x', roles: ['analyst'] });
    expect({ status: missing.status, code: missing.errors?.[0].extensions?.code }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    expect(missing.errors?.[0].message).toContain('days');
    expect(await db.getRepository(ApiKeyEntity).count()).toBe(keysBefore);
    expect(audits('api-key-created').length).toBe(createdBefore);
  });

  it('refuses non-admins, API keys and anonymous callers, coded and audited; GET, non-JSON, large or malformed requests', async () => {
    const analyst = await p.token(['analyst'], 'not-an-admin');
    const nonAdmin = await create({ name: 'x', roles: ['analyst'], days: 30 }, `Bearer ${analyst}`);
    expect({ status: nonAdmin.status, code: nonAdmin.errors?.[0].extensions?.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    const editor = await p.token(['editor:workforce', 'workforce:pii'], 'an-editor');
    expect((await adminGql(`Bearer ${editor}`, '{ auditEvents { id } }')).status).toBe(403);
    const { key } = (await create({ name: 'tool', roles: ['analyst', 'workforce:pii'], days: 1 })).data.createApiKey as { key: string };
    const bykey = await adminGql(`ApiKey ${key}`, '{ apiKeys { id } }', {}, { 'x-request-id': 'req-key-admin' });
    expect({ status: bykey.status, code: bykey.errors?.[0].extensions?.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    const anonymous = await adminGql(undefined, '{ apiKeys { id } }');
    expect({ status: anonymous.status, code: anonymous.errors?.[0].extensions?.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    const refusal = (await auditEvents('refusal')).find((e) => e.requestId === 'req-key-admin');
    expect(refusal).toMatchObject({ what: { path: '/admin/graphql', status: 403, code: 'FORBIDDEN' } });
    expect(refusal!.who).toMatch(/^api-key:/);

    const raw = (init: RequestInit) => fetch(`${base}/admin/graphql`, { ...init, headers: { authorization: `Bearer ${admin}`, ...(init.headers as Record<string, string>) } });
    const codeOf = async (res: Response) => ({ status: res.status, code: ((await res.json()) as any).errors?.[0]?.extensions?.code });
    const mutation = encodeURIComponent('mutation { revokeApiKey(id: "x") { id } }');
    expect(await codeOf(await raw({ method: 'GET', headers: {} }))).toEqual({ status: 405, code: 'METHOD_NOT_ALLOWED' });
    expect(await codeOf(await fetch(`${base}/admin/graphql?query=${mutation}`, { headers: { authorization: `Bearer ${admin}` } }))).toEqual({ status: 405, code: 'METHOD_NOT_ALLOWED' });
    expect(await codeOf(await raw({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{ apiKeys { id } }' }))).toEqual({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    const json = { 'content-type': 'application/json' };
    expect(await codeOf(await raw({ method: 'POST', headers: json, body: JSON.stringify({ query: `{ apiKeys { id } } # ${'x'.repeat(9000)}` }) }))).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    expect(await codeOf(await raw({ method: 'POST', headers: json, body: JSON.stringify({ query: `{ apiKeys { ${'id '.repeat(600)} } }` }) }))).toEqual({ status: 400, code: 'QUERY_TOO_COMPLEX' });
    expect(await codeOf(await raw({ method: 'POST', headers: json, body: '{"query": 5}' }))).toEqual({ status: 400, code: 'BAD_REQUEST' });
    expect(await codeOf(await raw({ method: 'POST', headers: json, body: '{' }))).toEqual({ status: 400, code: 'BAD_REQUEST' });
    expect(await codeOf(await raw({ method: 'POST', headers: json, body: JSON.stringify({ query: '{ apiKeys { id }' }) }))).toEqual({ status: 400, code: 'GRAPHQL_PARSE_FAILED' });
    expect(await codeOf(await raw({ method: 'POST', headers: json, body: JSON.stringify({ query: '{ apiKeys { secretHash } }' }) }))).toEqual({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(await codeOf(await raw({ method: 'POST', headers: json, body: JSON.stringify({ query: 'query A { apiKeys { id } }', operationName: 'B' }) }))).toEqual({ status: 400, code: 'BAD_REQUEST' });
    expect(await codeOf(await raw({ method: 'POST', headers: json, body: JSON.stringify({ query: '{ auditEvents(first: 100000) { id } }' }) }))).toEqual({ status: 200, code: 'BAD_USER_INPUT' });
    // The former REST routes are gone: one path to keys, the mutation.
    const rest = await fetch(`${base}/admin/api-keys`, { method: 'POST', headers: { authorization: `Bearer ${admin}`, ...json }, body: JSON.stringify({ name: 'x', roles: ['analyst'], days: 3 }) });
    expect(await codeOf(rest)).toEqual({ status: 404, code: 'NOT_FOUND' });
  });

  it('a key expires', async () => {
    const { key } = (await create({ name: 'short', roles: ['analyst'], days: 1 })).data.createApiKey as { key: string };
    expect(await store.verify(key)).toMatchObject({ roles: ['analyst'] });
    expect(await store.verify(key, new Date(Date.now() + 2 * 86_400_000))).toBeUndefined();
    expect(await store.verify(`${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`)).toBeUndefined();
  });

  it('the CLI creates, lists, revokes and reads the audit as the verified holder of LSP_TOKEN, and refuses without one', async () => {
    const out: string[] = [];
    const env = { LSP_TOKEN: admin, LSP_GATEWAY_URL: base };
    expect(await apiKeysCli(['create', '--name', 'superset', '--roles', 'analyst', '--days', '7'], env, (l) => out.push(l))).toBe(0);
    const made = JSON.parse(out.at(-1)!) as { id: string; key: string; createdBy: string };
    expect(made.createdBy).toBe('chi-admin');
    expect(await store.verify(made.key)).toMatchObject({ roles: ['analyst'] });
    expect(await apiKeysCli(['list'], env, (l) => out.push(l))).toBe(0);
    expect(out.at(-1)).toContain(made.id);
    expect(await apiKeysCli(['revoke', made.id], env, (l) => out.push(l))).toBe(0);
    expect(await store.verify(made.key)).toBeUndefined();
    expect(await apiKeysCli(['audit', '--kind', 'api-key-revoked', '--first', '1'], env, (l) => out.push(l))).toBe(0);
    expect(JSON.parse(JSON.parse(out.at(-1)!)[0].what)).toMatchObject({ id: made.id });
    expect(await apiKeysCli(['create', '--name', 'bad', '--roles', 'admin', '--days', '7'], env, (l) => out.push(l))).toBe(1);
    expect(out.at(-1)).toContain('BAD_USER_INPUT');
    expect(await apiKeysCli(['list'], { LSP_GATEWAY_URL: base }, (l) => out.push(l))).toBe(2);
    expect(await apiKeysCli(['list'], { LSP_TOKEN: 'forged.token.value', LSP_GATEWAY_URL: base }, (l) => out.push(l))).toBe(1);
  });

  it('audits refusals and reads of personal fields: who, when, what, request id; logged and queryable', async () => {
    const analyst = await p.token(['analyst'], 'an-analyst');
    await gql(p.gatewayUrl, '{ people(first: 1) { nodes { fullName } } }', {}, { bearer: analyst, headers: { 'x-request-id': 'req-refused-pii' } });
    await gql(p.gatewayUrl, '{ province(code: "14") { name } }', {}, { headers: { 'x-request-id': 'req-no-token' } });
    const write = await gql(p.gatewayUrl, 'mutation RefusedWrite { importRosterCsv(csv: "x", dryRun: true) { ok } }', {}, { bearer: analyst, headers: { 'x-request-id': 'req-refused-write' } });
    expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const hr = await p.token(['analyst', 'workforce:pii'], 'hr-officer');
    const read = await gql(p.gatewayUrl, 'query Roster { people(first: 2) { nodes { personCode fullName dateOfBirth } } }', {}, { bearer: hr, headers: { 'x-request-id': 'req-pii' } });
    expect(read.errors).toBeUndefined();
    const refused = audits('refusal');
    expect(refused.find((a) => a.requestId === 'req-refused-pii')).toMatchObject({ who: 'an-analyst', what: { codes: ['FORBIDDEN'] } });
    expect(refused.find((a) => a.requestId === 'req-no-token')).toMatchObject({ what: { status: 401, code: 'UNAUTHENTICATED' } });
    const piiRead = audits('pii-read').find((a) => a.requestId === 'req-pii');
    expect(piiRead).toMatchObject({ who: 'hr-officer', what: { fields: ['fullName', 'dateOfBirth'] } });
    expect(typeof piiRead!.at).toBe('string');
    expect(audits('pii-read').find((a) => a.requestId === 'req-refused-pii')).toBeUndefined();

    // The same events, stored, for an admin to query: newest first, filtered by kind, paged by first.
    const storedRefusals = await auditEvents('refusal');
    expect(storedRefusals.find((e) => e.requestId === 'req-refused-write')).toMatchObject({ kind: 'refusal', who: 'an-analyst', what: { operation: 'RefusedWrite', codes: ['FORBIDDEN'] } });
    expect(storedRefusals.find((e) => e.requestId === 'req-no-token')).toMatchObject({ what: { status: 401, code: 'UNAUTHENTICATED' } });
    const storedReads = await auditEvents('pii-read');
    const storedRead = storedReads.find((e) => e.requestId === 'req-pii');
    expect(storedRead).toMatchObject({ kind: 'pii-read', who: 'hr-officer', what: { operation: 'Roster', fields: ['fullName', 'dateOfBirth'] } });
    expect(storedRead!.at).toBe(piiRead!.at);
    // Field names, never the values read.
    const values = (read.data.people.nodes as Array<{ fullName: string; dateOfBirth: string | null }>).flatMap((n) => [n.fullName, n.dateOfBirth]).filter(Boolean) as string[];
    expect(values.length).toBeGreaterThan(0);
    const all = JSON.stringify(await db.getRepository(AuditEventEntity).find());
    for (const v of values) expect(all).not.toContain(v);
    const ids = storedRefusals.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect((await auditEvents('refusal', 2)).map((e) => e.id)).toEqual(storedRefusals.slice(0, 2).map((e) => e.id));
    expect(storedRefusals.every((e) => e.kind === 'refusal')).toBe(true);
  });

  it('a failed audit-table write is logged and fails nothing', async () => {
    // A database without the audit_event table: every write fails.
    const bareUrl = freshDatabaseUrl(kind, 'gateway_bare');
    const bare = await openDatabase({ service: 'gateway', url: bareUrl, entities: [ApiKeyEntity, AuditEventEntity], migrations: [CreateApiKeys1764000009100] });
    try {
      const failing = new AuditEventStore(bare);
      const audit = createAudit(pino({ level: 'info' }, sink), failing);
      expect(() => audit({ kind: 'refusal', who: 'someone', requestId: 'req-unstored', what: { status: 403 } })).not.toThrow();
      await failing.settled();
      expect(lines.find((l) => l.msg === 'audit event not stored' && l.requestId === 'req-unstored')).toMatchObject({ level: 50, kind: 'refusal' });
      expect(lines.find((l) => l.audit && l.requestId === 'req-unstored')).toMatchObject({ who: 'someone' });
    } finally {
      await bare.destroy();
      await dropMysqlDatabase(bareUrl);
    }
  });
});
