import { generateKeyPairSync } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { SignJWT } from 'jose';
import { IDENTITY_HEADER, issueToken, signForwardedIdentity, type Role } from '@lsp/shared';
import { TEST_JWT_ISSUER, TEST_JWT_SECRET } from './testkit';
import { forwardedIdentityHeaders } from './testkit/forwarded-identity';
import { startPlatform, type RunningPlatform } from './testkit/platform';

/**
 * The hostile corpus (issue 11) as a suite: several hundred generated requests over query shape, HTTP,
 * tokens, forwarded identities, roles, personal data, bad codes and dates, bad writes and bad CSV, through
 * the real gateway (and straight at the subgraphs for identities). For every case: no server error, not
 * wrongly accepted, and every refusal carries extensions.code.
 */
interface Answer {
  status: number;
  headers?: Record<string, string | string[] | undefined>;
  json?: { data?: any; errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }> };
}
interface Case {
  family: string;
  name: string;
  send: () => Promise<Answer>;
  /** True when the answer lets through what the case must be refused. */
  accepted: (a: Answer) => boolean;
}

function http(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = httpRequest({ host: u.hostname, port: u.port, path: u.pathname + u.search, method: opts.method ?? 'POST', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        let json: Answer['json'];
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, json: json ?? (text.startsWith('\uFEFF') || (res.headers['content-type'] ?? '').includes('csv') ? { data: text } : undefined) });
      });
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const codesOf = (a: Answer) => (a.json?.errors ?? []).map((e) => e.extensions?.code);
/** Refused: an HTTP refusal, or data null where it was asked, or an import that did not pass. */
const anyData = (a: Answer) => a.status < 400 && !!a.json?.data && Object.values(a.json.data).some((v) => v !== null && v !== undefined);
const writeAccepted = (a: Answer) => a.status < 400 && Object.values(a.json?.data ?? {}).some((v: any) => v && (v.ok === true || v.inserted > 0 || v.updated > 0));
const piiLeaked = (a: Answer) => /"(fullName|dateOfBirth)":"(?!\*\*\*)[^"]+"/.test(JSON.stringify(a.json?.data ?? {}));

describe('hostile corpus', () => {
  let p: RunningPlatform;
  let base: string;
  const cases: Case[] = [];
  const tokens: Record<string, string> = {};
  let personCode = 'P000001';

  beforeAll(async () => {
    p = await startPlatform();
    base = p.gatewayUrl.replace('/graphql', '');
    const roleSets: Record<string, Role[]> = {
      analyst: ['analyst'], admin: ['admin'], pii: ['workforce:pii'],
      'editor:education': ['editor:education'], 'editor:awards': ['editor:awards'], 'editor:vocational': ['editor:vocational'], 'editor:workforce': ['editor:workforce'],
    };
    for (const [k, roles] of Object.entries(roleSets)) tokens[k] = await p.token(roles, `corpus-${k}`);
    const people = await post({ query: '{ people(first: 1) { nodes { personCode } } }' }, tokens.admin);
    personCode = people.json?.data?.people?.nodes?.[0]?.personCode ?? personCode;
    buildCorpus();
  }, 180_000);
  afterAll(() => p?.stop());

  const post = (body: unknown, token?: string, headers: Record<string, string> = {}) =>
    http(p.gatewayUrl, { headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers }, body: JSON.stringify(body) });
  const add = (family: string, name: string, send: () => Promise<Answer>, accepted: (a: Answer) => boolean = anyData) => cases.push({ family, name, send, accepted });

  function buildCorpus() {
    const q = (query: string, token = tokens.analyst, variables?: Record<string, unknown>) => () => post({ query, variables }, token);
    // ---- query shape ----
    for (const n of [31, 40, 64, 100, 250, 500, 1000, 2000, 5000]) add('query shape', `${n} aliases`, q(`{ province(code: "14") { ${Array.from({ length: n }, (_, i) => `a${i}: name`).join(' ')} } }`));
    for (const levels of [6, 7, 8, 10, 12, 15, 20, 30]) {
      let inner = 'name';
      for (let i = 0; i < levels; i += 1) inner = `province { districts { ${inner} } }`;
      add('query shape', `nesting ${levels} round trips`, q(`{ province(code: "14") { districts { ${inner} } } }`));
    }
    for (const k of [21, 30, 50, 100]) add('query shape', `${k} directives`, q(`{ province(code: "14") { name ${'@include(if: true) '.repeat(k)} } }`));
    const dash = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `d${i}: province(code: "14") { districts { communes { code inYear(year: ${2012 + i}) { learningSociety { total components { indicator value numerator denominator target points weight status } } } } } }`).join(' ')} }`;
    for (const n of [4, 5, 6, 8]) add('query shape', `${n} aliased dashboards`, q(dash(n)));
    for (const bad of ['{', '}', '{ province(code: ) { name } }', 'query {', '{ a b c', '"unterminated', 'query Q($x:) { a }', '{ province(code: "14") { name } } }', '\u0000', '{ ...F }', 'query query query', '{ province(code: "14") { name(', '#only a comment']) {
      add('query shape', `syntax ${JSON.stringify(bad).slice(0, 30)}`, q(bad));
    }
    for (const bad of ['{ nope }', '{ province(code: "14") { nope } }', '{ province { name } }', '{ province(code: 14) { name } }', '{ commune(code: "1", extra: 2) { name } }', '{ province(code: "14") }', '{ __type(name: 5) { name } }']) {
      add('query shape', `invalid ${bad.slice(0, 30)}`, q(bad));
    }
    add('query shape', 'fragment cycle', q('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'));
    // Fragments spreading the one before (issue 21: a naive cost estimate doubles its time per level).
    const spreads = (levels: number, width: number, leaf = '__typename') => {
      const frags = [`fragment F0 on Query { ${leaf} }`];
      for (let i = 1; i <= levels; i += 1) frags.push(`fragment F${i} on Query { ${Array.from({ length: width }, () => `...F${i - 1}`).join(' ')} }`);
      return `query { ...F${levels} } ${frags.join(' ')}`;
    };
    for (const levels of [12, 16, 20, 24, 30, 40]) add('query shape', `fragment doubling ${levels} levels`, q(spreads(levels, 2, 'province(code: "14") { name }')));
    for (const [levels, width] of [[3, 100], [5, 30], [10, 10], [2, 500]]) add('query shape', `fragment fan-out ${width} wide ${levels} deep`, q(spreads(levels, width, 'province(code: "14") { districts { name } }')));
    add('query shape', 'fragment cycle of three, doubled', q('query { ...A } fragment A on Query { ...B ...B } fragment B on Query { ...C ...C } fragment C on Query { ...A ...A __typename }'));
    add('query shape', 'fragment spreading itself', q('query { ...A } fragment A on Query { province(code: "14") { name } ...A ...A }'));
    for (const levels of [16, 20, 40]) {
      let inner = 'name';
      for (let i = 0; i < levels - 5; i += 1) inner = `ofType { ${inner} }`;
      add('query shape', `introspection ${levels} levels`, q(`{ __schema { types { fields { type { ${inner} } } } } }`));
    }
    add('query shape', 'unused fragment', q('query { __typename } fragment A on Query { __typename }'));
    for (const name of ['B', '', 'x'.repeat(5000)]) add('query shape', `unknown operationName ${name.slice(0, 10)}`, () => post({ query: 'query A { province(code: "14") { name } }', operationName: name }, tokens.analyst));
    add('query shape', 'two anonymous operations', q('{ province(code: "14") { name } } { province(code: "14") { code } }'));
    add('query shape', 'subscription', q('subscription { province(code: "14") { name } }'));
    add('query shape', 'subscription named', q('subscription S { __typename }'));
    add('query shape', 'undefined variable', q('query { commune(code: $c) { name } }'));
    add('query shape', 'variable of wrong type', q('query($c: String!) { commune(code: $c) { name } }', tokens.analyst, { c: 5 }));
    add('query shape', 'missing variable', q('query($c: String!) { commune(code: $c) { name } }', tokens.analyst, {}));
    add('query shape', 'unknown mutation', q('mutation { dropEverything }'));

    // ---- HTTP ----
    const auth = () => ({ authorization: `Bearer ${tokens.analyst}` });
    for (const method of ['PUT', 'DELETE', 'PATCH']) add('http', `${method} /graphql`, () => http(p.gatewayUrl, { method, headers: auth() }));
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x', '']) {
      add('http', `content-type ${type || 'none'}`, () => http(p.gatewayUrl, { headers: { ...auth(), ...(type ? { 'content-type': type } : {}) }, body: '{"query":"{ province(code: \\"14\\") { name } }"}' }));
    }
    for (const body of ['{', '[', 'null', '"str"', '123', '{"query": 5}', '{"query": null}', '{"variables": "x", "query":"{ province(code: \\"14\\") { name } }"}', '[{"query":"{ province(code: \\"14\\") { name } }"}]', '{"query":"{ province(code: \\"14\\") { name } }","extensions":"x"}', '', '{}', '{"query":"{ province(code: \\"14\\") { name } }","operationName":5}']) {
      add('http', `body ${body.slice(0, 25) || 'empty'}`, () => http(p.gatewayUrl, { headers: { ...auth(), 'content-type': 'application/json' }, body }));
    }
    add('http', '3 MB body', () => http(p.gatewayUrl, { headers: { ...auth(), 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ commune(code: "${'1'.repeat(3 << 20)}") { name } }` }) }));
    add('http', '20 KB header', () => http(p.gatewayUrl, { headers: { ...auth(), 'x-pad': 'a'.repeat(20_000) } }));
    for (const path of ['/admin', '/.env', '/graphql/../etc/passwd', '/export/nothing.csv', '/export/learning-society.csv?year=abc', '/export/learning-society.csv', '/%00', '/graphiql', '/admin/api-keys']) {
      add('http', `GET ${path}`, () => http(`${base}${path}`, { method: 'GET', headers: auth() }), (a) => a.status < 400);
    }
    // A year the data does not cover: refused, or exported without rows and its coded errors in x-export-errors.
    add('http', 'GET /export/learning-society.csv?year=1800', () => http(`${base}/export/learning-society.csv?year=1800`, { method: 'GET', headers: auth() }), (a) => {
      if (a.status >= 400) return false;
      const errors = JSON.parse(decodeURIComponent(String(a.headers?.['x-export-errors'] ?? '%5B%5D'))) as Array<{ code?: string }>;
      const rows = String(a.json?.data ?? '').trim().split(/\r?\n/).length - 1;
      return !(errors.length > 0 && errors.every((e) => e.code) && rows <= 1);
    });
    add('http', 'mutation over GET', () => http(`${base}/graphql?query=${encodeURIComponent('mutation { importEducationStatisticsCsv(csv: "") { ok } }')}`, { method: 'GET', headers: auth() }));
    add('http', 'GET without query', () => http(`${base}/graphql`, { method: 'GET', headers: auth() }), (a) => a.status < 400);

    // ---- tokens (on /graphql and on the export) ----
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const tokenCases: Array<[string, () => Promise<string | undefined>]> = [
      ['no header', async () => undefined],
      ['Bearer empty', async () => 'Bearer'],
      ['Bearer space', async () => 'Bearer '],
      ['Basic', async () => 'Basic dXNlcjpwYXNz'],
      ['Token scheme', async () => 'Token abc'],
      ['garbage', async () => 'Bearer abc'],
      ['three dots', async () => 'Bearer a.b.c'],
      ['json', async () => 'Bearer {"sub":"x","roles":["admin"]}'],
      ['long', async () => `Bearer ${'x'.repeat(8000)}`],
      ['alg none', async () => `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'x', roles: ['admin'], iss: TEST_JWT_ISSUER, exp: 9e9 })).toString('base64url')}.`],
      ['other secret', async () => `Bearer ${await issueToken('x', ['admin'], { secret: 'another-secret-0123456789abcdef', issuer: TEST_JWT_ISSUER })}`],
      ['expired', async () => `Bearer ${await issueToken('x', ['admin'], { secret: TEST_JWT_SECRET, issuer: TEST_JWT_ISSUER, expiresIn: Math.floor(Date.now() / 1000) - 60 })}`],
      ['other issuer', async () => `Bearer ${await issueToken('x', ['admin'], { secret: TEST_JWT_SECRET, issuer: 'elsewhere' })}`],
      ['unknown role', async () => `Bearer ${await issueToken('x', ['superuser' as Role], { secret: TEST_JWT_SECRET, issuer: TEST_JWT_ISSUER })}`],
      ['no roles', async () => `Bearer ${await issueToken('x', [], { secret: TEST_JWT_SECRET, issuer: TEST_JWT_ISSUER })}`],
      ['RS256 by a stranger', async () => `Bearer ${await new SignJWT({ roles: ['admin'] }).setProtectedHeader({ alg: 'RS256' }).setIssuer(TEST_JWT_ISSUER).setSubject('x').setExpirationTime('5m').sign(other)}`],
      ['not yet valid', async () => `Bearer ${await new SignJWT({ roles: ['admin'] }).setProtectedHeader({ alg: 'HS256' }).setIssuer(TEST_JWT_ISSUER).setSubject('x').setNotBefore('1h').setExpirationTime('2h').sign(new TextEncoder().encode(TEST_JWT_SECRET))}`],
      ['no exp', async () => `Bearer ${await new SignJWT({ roles: ['admin'] }).setProtectedHeader({ alg: 'HS256' }).setIssuer(TEST_JWT_ISSUER).setSubject('x').setIssuedAt().sign(new TextEncoder().encode(TEST_JWT_SECRET))}`],
      ['lives a year', async () => `Bearer ${await issueToken('x', ['admin'], { secret: TEST_JWT_SECRET, issuer: TEST_JWT_ISSUER, expiresIn: '365d' })}`],
      ['ApiKey garbage', async () => 'ApiKey nope'],
      ['ApiKey unknown', async () => `ApiKey lsp_000000000000_${'A'.repeat(43)}`],
    ];
    for (const [name, make] of tokenCases) {
      add('tokens', `${name} on /graphql`, async () => {
        const h = await make();
        return http(p.gatewayUrl, { headers: { 'content-type': 'application/json', ...(h !== undefined ? { authorization: h } : {}) }, body: JSON.stringify({ query: '{ province(code: "14") { name } }' }) });
      });
      add('tokens', `${name} on the export`, async () => {
        const h = await make();
        return http(`${base}/export/target-progress.csv?year=2020`, { method: 'GET', headers: h !== undefined ? { authorization: h } : {} });
      }, (a) => a.status < 400);
    }

    // ---- forwarded identities, straight at each subgraph ----
    const stranger = generateKeyPairSync('ed25519').privateKey;
    for (const name of Object.keys(p.subgraphs)) {
      const url = p.subgraphs[name].url;
      const body = JSON.stringify({ query: '{ _service { sdl } }' });
      const otherName = Object.keys(p.subgraphs).find((n) => n !== name)!;
      const me = { sub: 'mallory', roles: ['admin'] as Role[] };
      const send = (headers: Record<string, string>, b = body) => http(url, { headers: { 'content-type': 'application/json', ...headers }, body: b });
      add('identities', `${name}: none`, () => send({}));
      add('identities', `${name}: garbage`, () => send({ [IDENTITY_HEADER]: 'garbage' }));
      add('identities', `${name}: old HMAC headers`, () => send({ 'x-lsp-identity': Buffer.from('{"sub":"x","roles":["admin"],"iat":1}').toString('base64url'), 'x-lsp-identity-signature': 'ab'.repeat(32) }));
      add('identities', `${name}: HS256 bearer as identity`, async () => send({ [IDENTITY_HEADER]: await issueToken('x', ['admin'], { secret: TEST_JWT_SECRET, issuer: TEST_JWT_ISSUER }) }));
      add('identities', `${name}: made for ${otherName}`, async () => send(await forwardedIdentityHeaders(otherName, me, body)));
      add('identities', `${name}: made for another body`, async () => send(await forwardedIdentityHeaders(name, me, body), JSON.stringify({ query: '{ __typename }' })));
      add('identities', `${name}: expired`, async () => send(await forwardedIdentityHeaders(name, me, body, Date.now() - 120_000)));
      add('identities', `${name}: issued in the future`, async () => send(await forwardedIdentityHeaders(name, me, body, Date.now() + 60_000)));
      add('identities', `${name}: signed by another key`, async () => send({ [IDENTITY_HEADER]: await signForwardedIdentity(me, { key: stranger, audience: name, body }) }));
      add('identities', `${name}: no role`, async () => send(await forwardedIdentityHeaders(name, { sub: 'x', roles: [] }, body)));
    }

    // ---- roles: writes by callers without the department's editor role ----
    const imports: Array<[string, string]> = [
      ['importRecognitionCountsCsv', 'awards'], ['importAssessmentsCsv', 'awards'], ['importCommendationsCsv', 'awards'],
      ['importEducationStatisticsCsv', 'education'], ['importCommunityLearningCentresCsv', 'education'], ['importContinuingEducationCentresCsv', 'education'], ['importSteeringCommitteesCsv', 'education'],
      ['importTrainingProvidersCsv', 'vocational'], ['importVocationalCoursesCsv', 'vocational'], ['importLabourForceCsv', 'vocational'],
      ['importRosterCsv', 'workforce'], ['importQualificationsCsv', 'workforce'], ['importTrainingRecordsCsv', 'workforce'],
    ];
    for (const [mutation, dept] of imports) {
      const wrongEditor = dept === 'education' ? 'editor:awards' : 'editor:education';
      for (const who of ['analyst', 'pii', wrongEditor]) {
        add('roles', `${mutation} as ${who}`, q(`mutation($csv: String!) { r: ${mutation}(csv: $csv) { ok inserted updated problems { code } } }`, tokens[who], { csv: 'a,b\n1,2\n' }), writeAccepted);
      }
    }

    // ---- personal data without workforce:pii ----
    for (const who of ['analyst', 'editor:workforce', 'editor:education']) {
      for (const query of [
        '{ people(first: 3) { nodes { personCode fullName } } }',
        '{ people(first: 3) { nodes { personCode dateOfBirth } } }',
        `{ person(personCode: "${personCode}") { fullName dateOfBirth } }`,
        '{ people(first: 3) { nodes { n: fullName d: dateOfBirth } } }',
        'query { people(first: 3) { nodes { ...P } } } fragment P on Person { fullName }',
        '{ people(first: 3) { nodes { ... on Person { dateOfBirth } } } }',
        '{ workforceAudit(first: 5) { before after } }',
      ]) add('pii', `${who}: ${query.slice(0, 50)}`, q(query, tokens[who]), piiLeaked);
    }

    // ---- bad codes and dates ----
    const badCodes = ['', ' ', '0', '99999', "' OR 1=1 --", '../../etc/passwd', '<script>alert(1)</script>', 'x'.repeat(1000), 'Sơn La', '03751\u0000', '%', '*'];
    for (const code of badCodes) add('codes and dates', `commune ${JSON.stringify(code).slice(0, 20)}`, q('query($c: String!) { commune(code: $c) { name } }', tokens.analyst, { c: code }));
    for (const code of badCodes.slice(0, 8)) add('codes and dates', `district ${JSON.stringify(code).slice(0, 20)}`, q('query($c: String!) { district(code: $c) { name } }', tokens.analyst, { c: code }));
    for (const code of ['15', '', '014', '1 4']) add('codes and dates', `province ${code}`, q('query($c: String!) { province(code: $c) { name } }', tokens.analyst, { c: code }));
    for (const d of ['2025-13-45', '2025-02-30', '2025-00-10', '2025-1-1', '20250101', 'yesterday', '', '2025-06-31', '0000-00-00', '2025-07-01T00:00:00Z', '９９９９-01-01']) {
      add('codes and dates', `validOn ${d || 'empty'}`, q('query($d: String!) { communes(filter: { validOn: $d }, first: 5) { totalCount } }', tokens.analyst, { d }));
    }
    for (const year of [-1, 0, 1800, 2101, 99999, 2147483647]) add('codes and dates', `inYear ${year}`, q('query($y: Int!) { province(code: "14") { inYear(year: $y) { learningSociety { total } } } }', tokens.analyst, { y: year }), (a) => a.status < 400 && !!a.json?.data?.province?.inYear);
    add('codes and dates', 'year beyond Int', () => post({ query: '{ province(code: "14") { inYear(year: 99999999999) { learningSociety { total } } } }' }, tokens.analyst));

    // ---- bad writes (typed inputs) as the department's editor ----
    const stats = { communeCode: '03646', year: 2015, childrenUnder3: 100, under3InNursery: 40, under3InNurseryNonPublic: 5, children3To5: 100, age3To5InKindergarten: 80, age3To5InKindergartenNonPublic: 10, childrenAge5: 30, age5InKindergarten: 29, childrenAge6: 30, age6EnteringGrade1: 29, outOfSchool6To10: 5, outOfSchool6To10InFlexible: 2, outOfSchool11To14: 4 };
    const badStats: Array<[string, Record<string, unknown>]> = [
      ['negative count', { childrenUnder3: -5 }], ['nursery above children', { under3InNursery: 500 }], ['non-public above nursery', { under3InNurseryNonPublic: 90 }],
      ['unknown commune', { communeCode: '00000' }], ['empty commune', { communeCode: '' }], ['year 1900', { year: 1900 }], ['year 2200', { year: 2200 }],
      ['grade 1 above six-year-olds', { age6EnteringGrade1: 31 }], ['kindergarten above 3-5', { age3To5InKindergarten: 101 }], ['five-year-olds above kindergarten', { age5InKindergarten: 81, childrenAge5: 90 }],
      ['string for a count', { childrenUnder3: 'many' }], ['float count', { childrenUnder3: 1.5 }], ['count beyond Int', { childrenUnder3: 2 ** 40 }], ['null count', { childrenUnder3: null }],
      ['commune before its time', { communeCode: '04048', year: 2012 }],
    ];
    for (const [name, change] of badStats) {
      add('bad writes', `recordEducationStatistics: ${name}`, q('mutation($i: EducationStatisticsInput!) { r: recordEducationStatistics(input: $i) { ok inserted updated problems { code row field } } }', tokens['editor:education'], { i: { ...stats, ...change } }), writeAccepted);
    }

    // ---- bad CSV as the department's editor ----
    const header = 'communeCode,year,childrenUnder3,under3InNursery,under3InNurseryNonPublic,children3To5,age3To5InKindergarten,age3To5InKindergartenNonPublic,childrenAge5,age5InKindergarten,childrenAge6,age6EnteringGrade1,outOfSchool6To10,outOfSchool6To10InFlexible,outOfSchool11To14';
    const good = '03646,2015,100,40,5,100,80,10,30,29,30,29,5,2,4';
    const badCsv: Array<[string, string]> = [
      ['empty', ''], ['garbage', 'lorem ipsum'], ['header only, wrong', 'a,b,c'], ['missing column', `${header.replace(',outOfSchool11To14', '')}\n${good.replace(/,4$/, '')}`],
      ['unknown column', `${header},secret\n${good},1`], ['unterminated quote', `${header}\n"03646,2015,100`], ['semicolons', `${header.replace(/,/g, ';')}\n${good.replace(/,/g, ';')}`],
      ['negative', `${header}\n${good.replace(',100,40,', ',-100,40,')}`], ['unknown commune', `${header}\n${good.replace('03646', '00000')}`], ['text count', `${header}\n${good.replace(',100,40,', ',many,40,')}`],
      ['float count', `${header}\n${good.replace(',100,40,', ',100.5,40,')}`], ['duplicate rows disagreeing', `${header}\n${good}\n${good.replace(',100,40,', ',101,40,')}`], ['one bad row among good', `${header}\n${good}\n${good.replace('2015', '2016').replace(',100,40,', ',-1,40,')}`],
      ['null bytes', `${header}\n${good.replace('03646', '03\u000046')}`], ['100 KB field', `${header}\n${good.replace('03646', 'x'.repeat(100_000))}`], ['too many fields', `${header}\n${good},1,2,3`],
      ['year 1900', `${header}\n${good.replace('2015', '1900')}`], ['5,000 bad rows', `${header}\n${Array.from({ length: 5000 }, () => good.replace(',100,40,', ',-1,40,')).join('\n')}`],
      ['2,000 columns', `${Array.from({ length: 2000 }, (_, i) => `c${i}`).join(',')}\n${Array.from({ length: 2000 }, () => '1').join(',')}`], ['only newlines', '\n\n\n'],
    ];
    for (const [name, csv] of badCsv) {
      add('bad csv', `importEducationStatisticsCsv: ${name}`, q('mutation($csv: String!) { r: importEducationStatisticsCsv(csv: $csv) { ok inserted updated problems { code row field } } }', tokens['editor:education'], { csv }), writeAccepted);
    }
    const awardsHeader = 'commune_code,year,title_code,recognised,eligible';
    for (const [name, csv] of [['unknown title', `${awardsHeader}\n03646,2015,NOPE,1,2`], ['recognised above eligible', `${awardsHeader}\n03646,2015,GIA_DINH_HOC_TAP,5,2`], ['negative eligible', `${awardsHeader}\n03646,2015,GIA_DINH_HOC_TAP,1,-2`], ['bad year', `${awardsHeader}\n03646,20x5,GIA_DINH_HOC_TAP,1,2`]] as Array<[string, string]>) {
      add('bad csv', `importRecognitionCountsCsv: ${name}`, q('mutation($csv: String!) { r: importRecognitionCountsCsv(csv: $csv) { ok inserted updated problems { code row field } } }', tokens['editor:awards'], { csv }), writeAccepted);
    }
  }

  it('has at least 300 cases over every family; none gives a server error, none is wrongly accepted, every refusal is coded', async () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
    const problems: string[] = [];
    const perFamily: Record<string, { cases: number; refused: number }> = {};
    for (const c of cases) {
      const a = await c.send();
      const fam = (perFamily[c.family] ??= { cases: 0, refused: 0 });
      fam.cases += 1;
      const codes = codesOf(a);
      const importProblems = Object.values(a.json?.data ?? {}).flatMap((v: any) => (v && Array.isArray(v.problems) ? v.problems : []));
      if (a.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) problems.push(`${c.family} / ${c.name}: server error ${a.status} ${JSON.stringify(a.json).slice(0, 200)}`);
      if (c.accepted(a)) problems.push(`${c.family} / ${c.name}: wrongly accepted (${a.status}) ${JSON.stringify(a.json).slice(0, 200)}`);
      else fam.refused += 1;
      if ((a.status >= 400 && (!a.json?.errors?.length || codes.some((x) => !x))) || codes.some((x) => !x) || importProblems.some((x: any) => !x.code)) {
        problems.push(`${c.family} / ${c.name}: uncoded refusal (${a.status}) ${JSON.stringify(a.json).slice(0, 200)}`);
      }
    }
    process.stdout.write(`hostile corpus: ${cases.length} cases\n${Object.entries(perFamily).map(([f, v]) => `  ${f.padEnd(16)} ${v.cases} cases, ${v.refused} refused`).join('\n')}\n`);
    expect(problems).toEqual([]);
  }, 600_000);
});
