import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KIT_SDL, WRITE_SDL, intakeSdl, sonLaUnits, type Role } from '@lsp/shared';
import { analyst, dbKinds, gql, startSubgraph, type RunningSubgraph } from '../../../test/testkit';
import { TASKS } from '../src/catalogue';
import { programme } from '../src/server';

const editor: Role[] = ['editor:programme'];
const REPORTS = `mutation($csv: String!) { importTaskReportsCsv(csv: $csv) { ok inserted code problems { row field code } } }`;
const FUNDING = `mutation($csv: String!) { importFundingCsv(csv: $csv) { ok inserted code problems { row field code } } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on ProvinceYear { overdueProgrammeTasks { task { id } status due } programmeTasks(agencyCode: "HOI_KHUYEN_HOC") { task { id } status overdue report { evidence reporter dataLabel } } programmeFunding { source planned allocated spent unitsReporting } clcSupportSpent }
  ... on DistrictYear { programmeFunding { source planned allocated spent unitsReporting dataLabel } clcSupportSpent } } }`;
const province = (year: number) => ({ __typename: 'ProvinceYear', provinceCode: '14', year });

describe.each(dbKinds)('programme subgraph on %s', (kind) => {
  let sg: RunningSubgraph;
  beforeAll(async () => {
    sg = await startSubgraph(programme, { kind, seed: false });
  });
  afterAll(() => sg?.stop());

  it('declares the kit, write and intake SDL verbatim and publishes the section-V catalogue to every role', async () => {
    const file = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');
    for (const part of [KIT_SDL, WRITE_SDL, intakeSdl('programme')]) expect(file).toContain(part);
    const r = await gql(sg.url, '{ programmeTasks { id clause agency { code } partners { code } dueDate recurrence source } programmeAgencies { code clause } }', {}, { as: analyst });
    expect(r.errors).toBeUndefined();
    expect(r.data.programmeTasks).toHaveLength(TASKS.length);
    expect(r.data.programmeAgencies).toHaveLength(12);
    expect(r.data.programmeTasks.find((t: any) => t.id === 'V.4-2')).toMatchObject({ clause: 'V.4', agency: { code: 'SO_TC' }, source: expect.stringMatching(/354\/QĐ-UBND/) });
  });

  it('shows overdue tasks: yearly ones not done that year, dated ones past their date with nothing done', async () => {
    const csv = `taskId,year,status,reportedOn,evidence,reporter
V.8-2,2015,DONE,2015-11-20,Kế hoạch tập huấn 2015,Hội Khuyến học tỉnh
V.8-3,2015,IN_PROGRESS,2015-12-10,Đang đánh giá,Hội Khuyến học tỉnh
V.11-1,2013,DONE,2013-06-28,Quyết định thành lập BCĐ,UBND huyện`;
    expect((await gql(sg.url, REPORTS, { csv }, { as: editor })).data.importTaskReportsCsv).toMatchObject({ ok: true, inserted: 3 });
    const r = await gql(sg.url, ENTITIES, { r: [province(2015)] }, { as: analyst });
    expect(r.errors).toBeUndefined();
    const p = r.data._entities[0];
    const yearly = TASKS.filter((t) => t.recurrence === 'YEARLY').map((t) => t.id);
    // Every yearly task but V.8-2 (done) is overdue at the end of 2015; V.1-5 is also due that day. V.11-1 was done in 2013.
    expect(p.overdueProgrammeTasks.map((s: any) => s.task.id).sort()).toEqual(yearly.filter((id) => id !== 'V.8-2').sort());
    expect(p.overdueProgrammeTasks.find((s: any) => s.task.id === 'V.8-3')).toMatchObject({ status: 'IN_PROGRESS', due: '2015-12-31' });
    expect(p.overdueProgrammeTasks.find((s: any) => s.task.id === 'V.1-4')).toMatchObject({ status: 'NOT_REPORTED' });
    expect(p.programmeTasks.map((s: any) => [s.task.id, s.status, s.overdue])).toEqual([['V.8-1', 'NOT_REPORTED', false], ['V.8-2', 'DONE', false], ['V.8-3', 'IN_PROGRESS', true]]);
    expect(p.programmeTasks[1].report).toMatchObject({ evidence: 'Kế hoạch tập huấn 2015', dataLabel: expect.stringMatching(/^IMPORTED/) });
    const y2013 = (await gql(sg.url, ENTITIES, { r: [province(2013)] }, { as: analyst })).data._entities[0];
    expect(y2013.overdueProgrammeTasks.map((s: any) => s.task.id)).not.toContain('V.11-1');
  });

  it('sums the Lifelong Learning Week, the learning-needs survey and the CLC trainings over districts; none reported is null, not zero', async () => {
    const [d1, d2] = sonLaUnits().reportingDistricts(2016).map((d) => d.code);
    const imports = [
      ['importLearningWeeksCsv', `year,districtCode,events,participantsPupils,participantsCadres,participantsWorkers,participantsOther\n2016,${d1},5,100,20,30,10\n2016,${d2},2,50,5,0,0`],
      ['importLearningNeedsCsv', `year,districtCode,respondentGroup,topic,respondents\n2016,${d1},CADRES,IT,12\n2016,${d2},CADRES,IT,8\n2016,${d2},WORKERS,LAW,3`],
      ['importClcTrainingsCsv', `year,districtCode,traineeRole,sessions,trainees\n2016,${d1},REPORTER,2,25`],
    ];
    for (const [field, csv] of imports) {
      const r = await gql(sg.url, `mutation($csv: String!) { ${field}(csv: $csv) { ok problems { row field code } } }`, { csv }, { as: editor });
      expect(r.data[field]).toMatchObject({ ok: true, problems: [] });
    }
    const q = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on ProvinceYear { lifelongLearningWeek { events participants participantsPupils unitsReporting unitsExpected } learningNeeds { respondentGroup topic respondents unitsReporting } clcTrainings { traineeRole sessions trainees unitsReporting } }
      ... on DistrictYear { lifelongLearningWeek { events participants unitsReporting dataLabel } clcTrainings { traineeRole trainees } } } }`;
    const r = await gql(sg.url, q, { r: [province(2016), { __typename: 'DistrictYear', districtCode: d2, year: 2016 }, province(2017)] }, { as: analyst });
    expect(r.errors).toBeUndefined();
    const [p, d, empty] = r.data._entities;
    expect(p.lifelongLearningWeek).toMatchObject({ events: 7, participants: 215, participantsPupils: 150, unitsReporting: 2, unitsExpected: sonLaUnits().reportingDistricts(2016).length });
    expect(p.learningNeeds).toEqual([{ respondentGroup: 'CADRES', topic: 'IT', respondents: 20, unitsReporting: 2 }, { respondentGroup: 'WORKERS', topic: 'LAW', respondents: 3, unitsReporting: 1 }]);
    expect(p.clcTrainings).toEqual([{ traineeRole: 'CLC_MANAGER', sessions: null, trainees: null, unitsReporting: 0 }, { traineeRole: 'REPORTER', sessions: 2, trainees: 25, unitsReporting: 1 }]);
    expect(d.lifelongLearningWeek).toMatchObject({ events: 2, participants: 55, unitsReporting: 1, dataLabel: expect.stringMatching(/^IMPORTED/) });
    expect(d.clcTrainings).toEqual([{ traineeRole: 'CLC_MANAGER', trainees: null }, { traineeRole: 'REPORTER', trainees: null }]);
    expect(empty.lifelongLearningWeek).toMatchObject({ events: null, participants: null, unitsReporting: 0 });
    const bad = await gql(sg.url, 'mutation($csv: String!) { importClcTrainingsCsv(csv: $csv) { ok problems { row field code } } }', { csv: `year,districtCode,traineeRole,sessions,trainees\n2016,999,TEACHER,1,1` }, { as: editor });
    expect(bad.data.importClcTrainingsCsv.problems).toEqual(expect.arrayContaining([{ row: 1, field: 'traineeRole', code: 'NOT_ALLOWED' }]));
  });

  it('sums money by source for a district and for the province with its districts; spent above allocated is refused', async () => {
    const [d1, d2] = sonLaUnits().reportingDistricts(2015).map((d) => d.code);
    const csv = `year,unitCode,source,planned,allocated,spent
2015,14,PROVINCE_BUDGET,1000000000,900000000,850000000
2015,${d1},TT96_CLC_SUPPORT,200000000,180000000,170000000
2015,${d2},TT96_CLC_SUPPORT,100000000,100000000,90000000
2015,${d1},DISTRICT_BUDGET,300000000,250000000,240000000`;
    expect((await gql(sg.url, FUNDING, { csv }, { as: editor })).data.importFundingCsv).toMatchObject({ ok: true, inserted: 4 });
    const r = await gql(sg.url, ENTITIES, { r: [province(2015), { __typename: 'DistrictYear', districtCode: d1, year: 2015 }] }, { as: analyst });
    expect(r.errors).toBeUndefined();
    const [p, d] = r.data._entities;
    expect(d.clcSupportSpent).toBe(170000000);
    expect(d.programmeFunding.find((f: any) => f.source === 'DISTRICT_BUDGET')).toMatchObject({ planned: 300000000, allocated: 250000000, spent: 240000000, unitsReporting: 1 });
    expect(d.programmeFunding.find((f: any) => f.source === 'SOCIALISED')).toMatchObject({ planned: null, spent: null, unitsReporting: 0 });
    expect(p.clcSupportSpent).toBe(260000000);
    expect(p.programmeFunding.find((f: any) => f.source === 'PROVINCE_BUDGET')).toMatchObject({ spent: 850000000, unitsReporting: 1 });

    const bad = `year,unitCode,source,planned,allocated,spent\n2015,${d1},SOCIALISED,10,10,11\n2015,999,SOCIALISED,1,1,1\n2015,14,GIFTS,1,1,1`;
    const refused = (await gql(sg.url, FUNDING, { csv: bad }, { as: editor })).data.importFundingCsv;
    expect(refused.ok).toBe(false);
    expect(refused.problems).toEqual(expect.arrayContaining([
      { row: 1, field: 'spent', code: 'PART_EXCEEDS_WHOLE' }, { row: 2, field: 'unitCode', code: 'UNKNOWN_UNIT' }, { row: 3, field: 'source', code: 'NOT_ALLOWED' },
    ]));
    const reportBad = (await gql(sg.url, REPORTS, { csv: 'taskId,year,status,reportedOn,evidence,reporter\nV.13-1,2015,DONE,2015-12-01,x,y' }, { as: editor })).data.importTaskReportsCsv;
    expect(reportBad.problems).toEqual([{ row: 1, field: 'taskId', code: 'UNKNOWN_TASK' }]);
    const denied = await gql(sg.url, FUNDING, { csv }, { as: ['editor:culture'] });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
