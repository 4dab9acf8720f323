import { cliToken, dbKinds, gql } from './testkit';
import { startPlatform, type RunningPlatform } from './testkit/platform';
import { runImportCli } from '../subgraphs/education/src/import-cli';
import { counts, statisticsCsv } from '../subgraphs/education/test/helpers';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The gateway's response cache (gateway/src/plugins/response-cache.ts) on real subgraphs and databases: a repeated
 * question is answered from the cache, and every change of a department's data, by any path (a mutation through
 * the gateway, a lock and an unlock, the import command line on the database itself), is seen at once.
 */
const COMMUNE = '03646';
const YEAR = 2016;
const SCORE = `query CommuneScore($code: String!, $year: Int!) { commune(code: $code) { name inYear(year: $year) {
  educationLocked educationIndicators { code numerator denominator }
  learningSociety { total approved unapprovedSources } } } }`;
const LOCKS = `query Locks($year: Int) { educationPeriodLocks(year: $year) { year districtCode } }`;

interface Answer { status: number; text: string; body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }; cache: string | null }

describe.each(dbKinds)('response cache on %s', (kind) => {
  let p: RunningPlatform;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    p = await startPlatform({ kind, allowAnonymousRead: true });
    for (const [name, roles] of Object.entries({ analyst: ['analyst'], editor: ['editor:education'], admin: ['admin'], pii: ['analyst', 'workforce:pii'] } as const)) {
      tokens[name] = await p.token([...roles]);
    }
  }, 180_000);
  afterAll(() => p?.stop());

  const ask = async (query: string, variables: Record<string, unknown>, token?: string): Promise<Answer> => {
    const res = await fetch(p.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    return { status: res.status, text, body: JSON.parse(text), cache: res.headers.get('x-response-cache') };
  };
  const score = (token = tokens.analyst) => ask(SCORE, { code: COMMUNE, year: YEAR }, token);
  const grade1 = (a: Answer) => a.body.data.commune.inYear.educationIndicators.find((i: { code: string }) => i.code === 'EDU_GRADE1_AGE6');
  /** Asks until the answer is stored (it is stored just after it is sent), then returns the hit. */
  const hitOf = async (question: () => Promise<Answer>): Promise<Answer> => {
    for (let i = 0; i < 50; i++) {
      const a = await question();
      if (a.cache === 'hit') return a;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('never answered from the cache');
  };
  const record = (over: Partial<ReturnType<typeof counts>>) => ask(
    'mutation R($i: EducationStatisticsInput!) { recordEducationStatistics(input: $i) { ok inserted updated problems { code } } }',
    { i: { communeCode: COMMUNE, year: YEAR, ...counts(over) } }, tokens.editor,
  );

  it('every subgraph serves its data version without an identity', async () => {
    for (const [name, s] of Object.entries(p.subgraphs)) {
      const res = await fetch(s.url.replace(/\/graphql$/, '/data-version'));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ service: name, version: expect.any(String) });
    }
    // The GraphQL route itself still refuses a call without the gateway's signed identity.
    expect((await gql(p.subgraphs.education.url, '{ __typename }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers the same question twice from the cache, with the same body', async () => {
    const first = await score();
    expect(first.body.errors).toBeUndefined();
    expect(first.cache).toBe('miss');
    const second = await hitOf(score);
    expect(second.text).toBe(first.text);
  });

  it('a write through the gateway is seen at once: miss, and the new number', async () => {
    const before = grade1(await hitOf(score));
    const version = async () => (await (await fetch(p.subgraphs.education.url.replace(/\/graphql$/, '/data-version'))).json()).version;
    const versionBefore = await version();
    const w = await record({ childrenAge6: 80, age6EnteringGrade1: 61 });
    expect(w.body.data.recordEducationStatistics).toMatchObject({ ok: true });
    expect(w.cache).toBe('bypass');
    expect(await version()).not.toBe(versionBefore);
    const after = await score();
    expect(after.cache).toBe('miss');
    expect(grade1(after)).toMatchObject({ numerator: 61, denominator: 80 });
    expect(grade1(after)).not.toEqual(before);
    expect((await hitOf(score)).text).toBe(after.text);
  });

  it('a lock and an unlock are each seen at once', async () => {
    await hitOf(score);
    const lock = await ask(`mutation { lockEducationPeriod(year: ${YEAR}) { year } }`, {}, tokens.editor);
    expect(lock.body.errors).toBeUndefined();
    const locked = await score();
    expect(locked.cache).toBe('miss');
    expect(locked.body.data.commune.inYear.educationLocked).toBe(true);
    await hitOf(score);
    const unlock = await ask(`mutation { unlockEducationPeriod(year: ${YEAR}) }`, {}, tokens.admin);
    expect(unlock.body.data.unlockEducationPeriod).toBe(true);
    const unlocked = await score();
    expect(unlocked.cache).toBe('miss');
    expect(unlocked.body.data.commune.inYear.educationLocked).toBe(false);
  });

  it('a write made on the database by the import command line, not through the gateway, is seen too', async () => {
    await hitOf(score);
    const dir = mkdtempSync(join(tmpdir(), 'lsp-cache-cli-'));
    const file = join(dir, 'statistics.csv');
    writeFileSync(file, statisticsCsv([{ communeCode: COMMUNE, year: YEAR, ...counts({ childrenAge6: 90, age6EnteringGrade1: 77 }) }]));
    const lines: string[] = [];
    const env = { DATABASE_URL: p.subgraphs.education.databaseUrl, LSP_TOKEN: await cliToken(['editor:education']) };
    expect(await runImportCli(['statistics', file], env, (l) => lines.push(l))).toBe(0);
    expect(lines.join('\n')).toMatch(/1 updated/);
    const after = await score();
    expect(after.cache).toBe('miss');
    expect(grade1(after)).toMatchObject({ numerator: 77, denominator: 90 });
  });

  it('keeps callers with different roles apart: an anonymous caller is not served the analyst\'s answer', async () => {
    const analyst = await hitOf(() => ask(LOCKS, { year: YEAR }, tokens.analyst));
    expect(analyst.body.data.educationPeriodLocks).toEqual([]);
    const anonymous = await ask(LOCKS, { year: YEAR });
    expect(anonymous.cache).toBe('miss');
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // A refusal is never stored.
    expect((await ask(LOCKS, { year: YEAR })).cache).toBe('miss');
    // Another role set has its own entry, even where the answer is the same.
    expect((await score(tokens.editor)).cache).toBe('miss');
    // Variables are part of the question.
    expect((await ask(SCORE, { code: COMMUNE, year: YEAR - 1 }, tokens.analyst)).cache).toBe('miss');
  });

  it('never caches personal fields (each read is audited), audit trails, introspection or mutations', async () => {
    const people = '{ people(first: 2) { nodes { personCode fullName } } }';
    for (let i = 0; i < 3; i++) {
      const a = await ask(people, {}, tokens.pii);
      expect(a.body.data.people.nodes[0].fullName).toEqual(expect.any(String));
      expect(a.cache).toBe('bypass');
    }
    // Through a fragment as well.
    const viaFragment = 'query { people(first: 1) { nodes { ...P } } } fragment P on Person { personCode dateOfBirth }';
    expect((await ask(viaFragment, {}, tokens.pii)).cache).toBe('bypass');
    expect((await ask(viaFragment, {}, tokens.pii)).cache).toBe('bypass');
    const audit = '{ educationAudit(first: 1) { nodes { id action } } }';
    await ask(audit, {}, tokens.analyst);
    expect((await ask(audit, {}, tokens.analyst)).cache).toBe('bypass');
    await ask('{ __schema { queryType { name } } }', {}, tokens.analyst);
    expect((await ask('{ __schema { queryType { name } } }', {}, tokens.analyst)).cache).toBe('bypass');
  });

  it('counts hits, misses and bypasses in /metrics', async () => {
    const text = await (await fetch(p.gatewayUrl.replace(/\/graphql$/, '/metrics'))).text();
    for (const result of ['hit', 'miss', 'bypass']) {
      const line = text.split('\n').find((l) => l.startsWith('lsp_response_cache_requests_total') && l.includes(`result="${result}"`));
      expect(Number(line?.split(' ').at(-1))).toBeGreaterThan(0);
    }
    expect(text).toMatch(/lsp_response_cache_bytes\{service="gateway"\} [1-9]/);
  });

  it('a department that is down: the cache is not read, and the answer names the department', async () => {
    await hitOf(score);
    await p.stopSubgraph('awards');
    const a = await score();
    expect(a.cache).toBe('bypass');
    expect(a.body.errors?.some((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE' && e.extensions?.subgraph === 'awards')).toBe(true);
    expect(a.body.data.commune.name).toEqual(expect.any(String));
  });
});
