import { dbKinds, gql } from './testkit';
import { startPlatform, type RunningPlatform } from './testkit/platform';

/**
 * The submission check of the data-quality rules and the approver's changes (issues 22 and 24), through the
 * gateway's intake (POST /intake/submit/<department>, GET /intake/changes/<dataset>) on an unseeded platform,
 * on SQLite, and on MariaDB with MYSQL_URL. Hand-made figures for Phường Chiềng Lề (03646) of Sơn La city
 * (district 116) in 2017; every figure is SYNTHETIC.
 */
const X = '03646';
const STATS_HEADER = 'communeCode,year,childrenUnder3,under3InNursery,under3InNurseryNonPublic,children3To5,age3To5InKindergarten,age3To5InKindergartenNonPublic,childrenAge5,age5InKindergarten,childrenAge6,age6EnteringGrade1,outOfSchool6To10,outOfSchool6To10InFlexible,outOfSchool11To14,outOfSchool11To14InFlexible,population15To35Male,population15To35Female,literate15To35Male,literate15To35Female,workingAgeMale,workingAgeFemale,illiterateWorkingAgeMale,illiterateWorkingAgeFemale';
const LF_HEADER = 'commune_code,year,working_age_population,agricultural_workers,vocationally_trained_workers,agricultural_workers_training_access,technology_transfer_workers,technology_transfer_agriculture,technology_transfer_forestry,technology_transfer_tourism,technology_transfer_processing';
/** X's labour-force row of 2017: working-age people and those with vocational training. */
const labour = (workingAge: number, trained: number) => `${LF_HEADER}\n${X},2017,${workingAge},500,${trained},100,0,0,0,0,0`;

describe.each(dbKinds)('the submission check and the approver\'s changes through the gateway (%s)', (kind) => {
  let p: RunningPlatform;
  let base: string;
  const tokens: Record<string, string> = {};
  const token = async (role: string) => (tokens[role] ??= await p.token([role as never], role.replace(/:/g, '-')));
  const write = async (role: string, mutation: string, csv: string) => {
    const r = await gql(p.gatewayUrl, `mutation($csv: String!) { r: ${mutation}(csv: $csv) { ok problems { row field code message } } }`, { csv }, { bearer: await token(role) });
    expect(r.errors).toBeUndefined();
    expect(r.data.r).toEqual({ ok: true, problems: [] });
  };
  const submit = async (role: string, department: string, body: Record<string, unknown> = {}) => {
    const res = await fetch(`${base}/intake/submit/${department}?year=2017&unitCode=116`, {
      method: 'POST', headers: { authorization: `Bearer ${await token(role)}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() as any };
  };
  const changes = async (dataset: string, query = '', year = 2017) => {
    const res = await fetch(`${base}/intake/changes/${dataset}?year=${year}&unitCode=116${query}`, { headers: { authorization: `Bearer ${await token('approver:vocational')}` } });
    expect(res.status).toBe(200);
    return res.json() as Promise<any>;
  };
  const state = async (department: string) => {
    const r = await gql(p.gatewayUrl, `{ p: ${department}ReportingPeriods(year: 2017, unitCode: "116") { state history { action actor comment acknowledgedWarnings } } }`, {}, { bearer: await token('analyst') });
    expect(r.errors).toBeUndefined();
    return r.data.p[0];
  };

  beforeAll(async () => {
    p = await startPlatform({ seed: false, kind });
    base = p.gatewayUrl.replace(/\/graphql$/, '');
    // Education counts 1000 people of working age in X (each sex half).
    await write('editor:education', 'importEducationStatisticsCsv', `${STATS_HEADER}\n${[X, 2017, ...Array(18).fill(0), 500, 500, 0, 0].join(',')}`);
    // Vocational: 1500 trained workers (ERROR: above education's 1000) of 1600 people of working age (WARNING: 1.6 times).
    await write('reporter:vocational:116', 'importLabourForceCsv', labour(1600, 1500));
    // Awards: 1100 households (WARNING: above education's 1000 people of working age).
    await write('editor:awards', 'importRecognitionCountsCsv', `commune_code,year,title_code,recognised,eligible\n${X},2017,GIA_DINH_HOC_TAP,100,1100`);
  });
  afterAll(() => p?.stop());

  it('refuses a submission while a finding of importance ERROR involves the department, naming the rule, the unit and both sides; fixed, it submits', async () => {
    const refused = await submit('reporter:vocational:116', 'vocational');
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ ok: false, submitted: false, code: 'QUALITY_ERRORS' });
    expect(refused.body.message).toContain('XD-VOC-TRAINED-LE-EDU-WORKING-AGE');
    // Errors first; only the findings with a vocational side (the awards/education warning is not vocational's).
    expect(refused.body.findings.map((f: any) => `${f.importance} ${f.ruleCode}`)).toEqual(['ERROR XD-VOC-TRAINED-LE-EDU-WORKING-AGE', 'WARNING XD-WORKING-AGE-AGREE']);
    expect(refused.body.findings[0]).toMatchObject({
      unitCode: X, unitName: 'Phường Chiềng Lề', year: 2017,
      left: { department: 'vocational', dataset: 'labourForce', value: 1500, row: `communeCode=${X}, year=2017` },
      right: { department: 'education', dataset: 'educationStatistics', value: 1000, row: `communeCode=${X}, year=2017` },
    });
    // A comment does not lift an error; nothing was written.
    expect((await submit('reporter:vocational:116', 'vocational', { comment: 'checked' })).body.code).toBe('QUALITY_ERRORS');
    expect((await state('vocational')).state).toBe('OPEN');
    // The same check holds the department's mutation called through /graphql: one check for every submission.
    const direct = await gql(p.gatewayUrl, 'mutation { submitVocationalPeriod(year: 2017, unitCode: "116", comment: "checked") { ok } }', {}, { bearer: await token('reporter:vocational:116') });
    expect(direct.data?.submitVocationalPeriod ?? null).toBeNull();
    expect(direct.errors?.[0].extensions).toMatchObject({ code: 'QUALITY_ERRORS' });
    expect(direct.errors?.[0].extensions).toMatchObject({ errors: 1, warnings: 1, findings: [`XD-VOC-TRAINED-LE-EDU-WORKING-AGE ${X} 2017`, `XD-WORKING-AGE-AGREE ${X} 2017`] });
    expect((await state('vocational')).state).toBe('OPEN');
    // Education's submission is held by the same finding (either figure may be the wrong one) ...
    const edu = await submit('reporter:education:116', 'education');
    expect(edu.body.code).toBe('QUALITY_ERRORS');
    expect(edu.body.findings.map((f: any) => f.ruleCode)).toContain('XD-VOC-TRAINED-LE-EDU-WORKING-AGE');
    // ... workforce's, which no finding involves, is not.
    const wf = await submit('reporter:workforce:116', 'workforce');
    expect(wf.status).toBe(200);
    expect(wf.body).toMatchObject({ ok: true, submitted: true, findings: [], period: { state: 'SUBMITTED' } });

    // The unit corrects its figures: 900 trained of 1100 (1.1 times education's count).
    await write('reporter:vocational:116', 'importLabourForceCsv', labour(1100, 900));
    const ok = await submit('reporter:vocational:116', 'vocational');
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ ok: true, submitted: true, code: null, findings: [], acknowledgedWarnings: [], period: { state: 'SUBMITTED', submittedBy: 'reporter-vocational-116' } });
    expect((await state('vocational')).history.map((h: any) => h.action)).toEqual(['SUBMIT']);
  });

  it('refuses a submission with warnings until a comment is given, then audits the comment and the warnings acknowledged with it', async () => {
    const refused = await submit('reporter:awards:116', 'awards');
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ ok: false, code: 'QUALITY_WARNING_NEEDS_COMMENT' });
    expect(refused.body.findings).toEqual([expect.objectContaining({
      ruleCode: 'XD-AW-HOUSEHOLDS-LE-EDU-WORKING-AGE', importance: 'WARNING', unitCode: X,
      left: expect.objectContaining({ department: 'awards', dataset: 'recognitionCounts', value: 1100 }),
      right: expect.objectContaining({ department: 'education', dataset: 'educationStatistics', value: 1000 }),
    })]);
    expect((await state('awards')).state).toBe('OPEN');

    const comment = 'Số hộ theo điều tra hộ gia đình 2017 (SYNTHETIC test)';
    const ok = await submit('reporter:awards:116', 'awards', { comment });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ ok: true, submitted: true, period: { state: 'SUBMITTED', comment } });
    const line = `XD-AW-HOUSEHOLDS-LE-EDU-WORKING-AGE ${X} 2017: awards/recognitionCounts [communeCode=${X}, year=2017] = 1100 vs education/educationStatistics [communeCode=${X}, year=2017] = 1000`;
    expect(ok.body.acknowledgedWarnings).toEqual([line]);
    // The audit trail of the transition holds both.
    expect((await state('awards')).history).toEqual([{ action: 'SUBMIT', actor: 'reporter-awards-116', comment, acknowledgedWarnings: [line] }]);
    // Through /graphql the client acknowledges each warning it was shown (education is the right side of the same warning).
    const M = 'mutation($c: String, $w: [String!]) { r: submitEducationPeriod(year: 2017, unitCode: "116", comment: $c, acknowledgedWarnings: $w) { ok period { state } } }';
    const edu = await token('reporter:education:116');
    const unacknowledged = await gql(p.gatewayUrl, M, { c: comment }, { bearer: edu });
    expect(unacknowledged.errors?.[0].extensions).toMatchObject({ code: 'QUALITY_WARNING_NEEDS_COMMENT', acknowledgedWarnings: [`XD-AW-HOUSEHOLDS-LE-EDU-WORKING-AGE ${X} 2017`] });
    const acknowledged = await gql(p.gatewayUrl, M, { c: comment, w: unacknowledged.errors![0].extensions!.acknowledgedWarnings }, { bearer: edu });
    expect(acknowledged.errors).toBeUndefined();
    expect(acknowledged.data.r).toEqual({ ok: true, period: { state: 'SUBMITTED' } });
    expect((await state('education')).history).toEqual([{ action: 'SUBMIT', actor: 'reporter-education-116', comment, acknowledgedWarnings: [`XD-AW-HOUSEHOLDS-LE-EDU-WORKING-AGE ${X} 2017`] }]);
    // The kit refuses acknowledged warnings without a comment (a client that skips the page).
    const bare = await gql(p.gatewayUrl, 'mutation { submitCulturePeriod(year: 2017, unitCode: "116", acknowledgedWarnings: ["X"]) { ok } }', {}, { bearer: await token('editor:culture') });
    expect(bare.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'comment' } });
  });

  it('shows the approver the unit\'s changes since its last approval, per row and field, before and after, paged', async () => {
    const first = await changes('labour-force');
    expect(first).toMatchObject({ dataset: 'labourForce', year: 2017, unitCode: '116', since: null, totalCount: 2, truncated: false });
    const [update, insert] = first.nodes;
    expect(update).toMatchObject({ action: 'UPDATE', key: `${X}|2017`, actor: 'reporter-vocational-116' });
    expect(update.fields).toEqual([
      { field: 'workingAgePopulation', before: '1600', after: '1100' },
      { field: 'vocationallyTrainedWorkers', before: '1500', after: '900' },
    ]);
    expect(insert).toMatchObject({ action: 'INSERT', key: `${X}|2017` });
    expect(insert.fields).toContainEqual({ field: 'vocationallyTrainedWorkers', before: null, after: '1500' });
    expect(first.labels.vocationallyTrainedWorkers).toBeTruthy();
    // Paged: one at a time, the second page is the insert.
    const page1 = await changes('labour-force', '&first=1');
    expect(page1.nodes).toHaveLength(1);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await changes('labour-force', `&first=1&after=${page1.pageInfo.endCursor}`);
    expect(page2.nodes.map((n: any) => n.action)).toEqual(['INSERT']);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    // Approved, the list starts again from the approval; unapproved and changed, it holds that change only.
    const approve = await gql(p.gatewayUrl, 'mutation { r: approveVocationalPeriod(year: 2017, unitCode: "116") { ok } }', {}, { bearer: await token('approver:vocational') });
    expect(approve.data.r.ok).toBe(true);
    const after = await changes('labour-force');
    expect(after).toMatchObject({ totalCount: 0, nodes: [] });
    expect(after.since).toMatch(/^\d{4}-\d\d-\d\dT/);
    const unapprove = await gql(p.gatewayUrl, 'mutation { r: unapproveVocationalPeriod(year: 2017, unitCode: "116", comment: "one more correction") { ok } }', {}, { bearer: await token('admin') });
    expect(unapprove.data.r.ok).toBe(true);
    await write('reporter:vocational:116', 'importLabourForceCsv', labour(1100, 950));
    const again = await changes('labour-force');
    expect(again.nodes).toEqual([expect.objectContaining({ action: 'UPDATE', fields: [{ field: 'vocationallyTrainedWorkers', before: '900', after: '950' }] })]);
    // The same statements for a district of 12 communes and one of 8, however many rows changed (no N+1).
    const Q = `query($u: String!) { vocationalSubmissionChanges(dataset: "labourForce", year: 2017, unitCode: $u) { totalCount nodes { key fields { field } } } }`;
    const [d116, d127] = await Promise.all(['116', '127'].map(async (u) => gql(p.gatewayUrl, Q, { u }, { bearer: await token('approver:vocational') })));
    expect(d116.data.vocationalSubmissionChanges.totalCount).toBe(1);
    expect(d116.sqlStatements).toBeGreaterThan(0);
    expect(d127.sqlStatements).toBe(d116.sqlStatements);
    // A dataset whose key does not hold the unit (a roster posting: person and start date) is narrowed by the
    // posting's unit and start: district 116's postings of 2018 only (SYNTHETIC people; workforce's 2017 is submitted).
    await write('editor:workforce', 'importRosterCsv', ['personCode,fullName,dateOfBirth,birthYear,sex,ethnicGroup,position,unitCode,postedFrom,postedTo,areaEthnicLanguage',
      `QC-1,SYNTHETIC Người 1,,1980,M,Thái,COMMUNE_KEY_CADRE,${X},2018-03-01,2025-06-30,`, `QC-2,SYNTHETIC Người 2,,1981,F,Thái,COMMUNE_KEY_CADRE,03682,2018-03-01,2025-06-30,Thái`,
      `QC-3,SYNTHETIC Người 3,,1982,F,Thái,COMMUNE_KEY_CADRE,${X},2016-03-01,2025-06-30,`].join('\n'));
    const roster = await changes('roster', '', 2018);
    expect(roster.nodes.map((n: any) => `${n.action} ${n.key}`)).toEqual(['INSERT QC-1|2018-03-01']);
    expect(roster.nodes[0].fields).toContainEqual({ field: 'position', before: null, after: 'COMMUNE_KEY_CADRE' });
    // Another unit's changes are not listed; a bad request is coded.
    const other = await fetch(`${base}/intake/changes/labour-force?year=2017&unitCode=118`, { headers: { authorization: `Bearer ${await token('approver:vocational')}` } });
    expect((await other.json() as any).totalCount).toBe(0);
    const bad = await fetch(`${base}/intake/changes/labour-force?year=2017&unitCode=116&after=zz`, { headers: { authorization: `Bearer ${await token('approver:vocational')}` } });
    expect(bad.status).toBe(400);
    expect((await bad.json() as any).problems[0].code).toBe('BAD_USER_INPUT');
  });

  it('refuses an unknown department and an anonymous caller with a code', async () => {
    expect((await submit('reporter:vocational:116', 'nosuch')).body.problems[0].code).toBe('UNKNOWN_DEPARTMENT');
    const anon = await fetch(`${base}/intake/submit/vocational?year=2017&unitCode=116`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(anon.status).toBe(401);
  });

  // Last: it stops education for the rest of this platform's life.
  it('takes no submission when the findings cannot be read (education down): 503 QUALITY_CHECK_UNAVAILABLE, the period unchanged', async () => {
    const before = await state('workforce');
    await p.stopSubgraph('education');
    const refused = await submit('reporter:workforce:116', 'workforce', { comment: 'checked' });
    expect(refused.status).toBe(503);
    expect(refused.body.problems.map((x: { code: string }) => x.code)).toEqual(['QUALITY_CHECK_UNAVAILABLE']);
    expect(await state('workforce')).toEqual(before);
  }, 60_000);
});
