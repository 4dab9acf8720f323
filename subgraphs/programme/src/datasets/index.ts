import { FIRST_DATA_YEAR, LAST_DATA_YEAR, col, defineDataset, districtPeriod, partOf, yearEnd, type AdminUnits, type InputProblem } from '@lsp/shared';
import { REPORT_STATUSES, taskById } from '../catalogue';
import {
  ClcTrainingEntity, FUNDING_SOURCES, FundingEntity, LearningNeedEntity, LearningWeekEntity, RESPONDENT_GROUPS, SURVEY_TOPICS, TRAINEE_ROLES, TaskReportEntity,
} from '../store';

/**
 * What the programme's standing office (at Sở GD&ĐT, for the steering committee) writes, declared once
 * (shared/src/kit/README.md): the yearly report on each section-V task, and the programme's money per year, unit and
 * source. The tasks themselves are reference data (data/section-v-tasks.json). Mutations, CSV imports, the command
 * line, audit, locks and the intake templates derive from these definitions.
 */
const PROVINCE = '14';

export const taskReports = defineDataset({
  name: 'taskReports',
  cliKind: 'task-reports',
  department: 'programme',
  title: 'The yearly report on one task of section V of the programme',
  titleVi: 'Báo cáo hằng năm về một nhiệm vụ của mục V chương trình',
  labels: {
    taskId: { vi: 'Mã nhiệm vụ', en: 'Task id' },
    year: { vi: 'Năm', en: 'Year' },
    status: { vi: 'Tình trạng', en: 'Status' },
    reportedOn: { vi: 'Ngày báo cáo', en: 'Reported on' },
    evidence: { vi: 'Minh chứng', en: 'Evidence' },
    reporter: { vi: 'Người báo cáo', en: 'Reporter' },
  },
  columns: {
    taskId: col.text(12, { aliases: ['task_id'], upperCase: true, doc: 'a task of section V, e.g. V.4-2' }),
    year: col.dataYear({ min: FIRST_DATA_YEAR, max: LAST_DATA_YEAR }, { doc: 'data year, 2010 to the current year' }),
    status: col.oneOf(REPORT_STATUSES, { doc: 'NOT_STARTED, IN_PROGRESS or DONE' }),
    reportedOn: col.date({ minYear: FIRST_DATA_YEAR, maxYear: LAST_DATA_YEAR + 1, doc: 'date of the report (YYYY-MM-DD)' }),
    evidence: col.text(1000, { doc: 'what shows it: the document, plan or event, in words' }),
    reporter: col.text(200, { doc: 'who reports: agency and person' }),
  },
  key: ['taskId', 'year'],
  check: (rows) => rows.flatMap(({ row, values: v }): InputProblem[] =>
    v.taskId && !taskById(v.taskId) ? [{ row, field: 'taskId', code: 'UNKNOWN_TASK', message: `"${v.taskId}" is not a task of section V (V.1-1 … V.12-1)` }] : []),
  // The whole province's period of the year: an approved year refuses changes to its reports.
  period: (r) => (r.year === undefined || r.year === null ? null : { year: r.year, unitCode: null }),
  graphql: { upsert: 'recordTaskReport', input: 'TaskReportInput', importCsv: 'importTaskReportsCsv' },
  tables: [{
    entity: TaskReportEntity, auditEntity: 'TaskReport', key: ['taskId', 'year'], constants: { synthetic: false },
    fields: { taskId: 'taskId', year: 'year', status: 'status', reportedOn: 'reportedOn', evidence: 'evidence', reporter: 'reporter' },
  }],
});

function unitProblems(units: AdminUnits, row: number, code: string | null, y: number): InputProblem[] {
  if (!code || code === PROVINCE) return [];
  const district = units.district(code);
  if (!district) return [{ row, field: 'unitCode', code: 'UNKNOWN_UNIT', message: `"${code}" is neither the province (14) nor a Sơn La district` }];
  if (!units.isValidOn(district, yearEnd(y))) return [{ row, field: 'unitCode', code: 'UNIT_NOT_VALID_IN_YEAR', message: `district ${code} did not exist on 31/12/${y}` }];
  return [];
}

export const funding = defineDataset({
  name: 'funding',
  cliKind: 'funding',
  department: 'programme',
  title: 'Money of the programme for the province or a district in a calendar (= fiscal) year, by source: planned, allocated, spent (đồng)',
  titleVi: 'Kinh phí của chương trình theo năm, đơn vị và nguồn',
  labels: {
    year: { vi: 'Năm', en: 'Year' },
    unitCode: { vi: 'Mã đơn vị', en: 'Unit code' },
    source: { vi: 'Nguồn kinh phí', en: 'Source' },
    planned: { vi: 'Kế hoạch (đồng)', en: 'Planned (đồng)' },
    allocated: { vi: 'Được giao (đồng)', en: 'Allocated (đồng)' },
    spent: { vi: 'Đã chi (đồng)', en: 'Spent (đồng)' },
  },
  columns: {
    year: col.dataYear({ min: FIRST_DATA_YEAR, max: LAST_DATA_YEAR }, { doc: 'data year, 2010 to the current year' }),
    unitCode: col.text(10, { aliases: ['unit_code'], doc: '14 (the province) or a district code' }),
    source: col.oneOf(FUNDING_SOURCES, { doc: 'PROVINCE_BUDGET, DISTRICT_BUDGET, TT96_CLC_SUPPORT (Thông tư 96/2008/TT-BTC support for CLCs) or SOCIALISED' }),
    planned: col.number({ min: 0 }, { doc: 'đồng planned' }),
    allocated: col.number({ min: 0 }, { doc: 'đồng allocated' }),
    spent: col.number({ min: 0 }, { doc: 'đồng spent, at most allocated' }),
  },
  key: ['year', 'unitCode', 'source'],
  rules: [partOf('spent', 'allocated')],
  check: (rows, ctx) => rows.flatMap(({ row, values: v }) => unitProblems(ctx.units, row, v.unitCode, v.year)),
  period: (r, units) => (r.unitCode === PROVINCE ? (r.year === undefined || r.year === null ? null : { year: r.year, unitCode: null }) : districtPeriod(units, r.year, r.unitCode)),
  graphql: { upsert: 'recordFunding', input: 'FundingInput', importCsv: 'importFundingCsv' },
  tables: [{
    entity: FundingEntity, auditEntity: 'ProgrammeFunding', key: ['year', 'unitCode', 'source'], constants: { synthetic: false },
    fields: { year: 'year', unitCode: 'unitCode', source: 'source', planned: 'planned', allocated: 'allocated', spent: 'spent' },
  }],
});

function districtProblems(units: AdminUnits, row: number, code: string | null, y: number): InputProblem[] {
  if (!code) return [];
  const district = units.district(code);
  if (!district) return [{ row, field: 'districtCode', code: 'UNKNOWN_DISTRICT', message: `"${code}" is not a Sơn La district` }];
  if (!units.isValidOn(district, yearEnd(y))) return [{ row, field: 'districtCode', code: 'DISTRICT_NOT_VALID_IN_YEAR', message: `district ${code} did not exist on 31/12/${y}` }];
  return [];
}
const districtYear = {
  year: col.dataYear({ min: FIRST_DATA_YEAR, max: LAST_DATA_YEAR }, { doc: 'data year, 2010 to the current year' }),
  districtCode: col.text(10, { aliases: ['district_code'], doc: 'GSO code of a district of the year' }),
};
const districtChecks = {
  check: (rows: Array<{ row: number; values: { districtCode: string | null; year: number } }>, ctx: { units: AdminUnits }) =>
    rows.flatMap(({ row, values: v }) => districtProblems(ctx.units, row, v.districtCode, v.year)),
  period: (r: { year?: number | null; districtCode?: string | null }, units: AdminUnits) => districtPeriod(units, r.year, r.districtCode),
};

export const learningWeeks = defineDataset({
  name: 'learningWeeks',
  cliKind: 'learning-weeks',
  department: 'programme',
  title: "A district's Lifelong Learning Week of a year (IV.9): events held and participants by group",
  titleVi: 'Tuần lễ hưởng ứng học tập suốt đời của huyện trong năm',
  labels: {
    year: { vi: 'Năm', en: 'Year' },
    districtCode: { vi: 'Mã huyện', en: 'District code' },
    events: { vi: 'Số hoạt động', en: 'Events' },
    participantsPupils: { vi: 'Người tham gia: học sinh, sinh viên', en: 'Participants: pupils and students' },
    participantsCadres: { vi: 'Người tham gia: cán bộ, công chức, viên chức', en: 'Participants: cadres' },
    participantsWorkers: { vi: 'Người tham gia: công nhân, nông dân', en: 'Participants: workers and farmers' },
    participantsOther: { vi: 'Người tham gia khác', en: 'Other participants' },
  },
  columns: {
    ...districtYear,
    events: col.count({ doc: 'events held during the week' }),
    participantsPupils: col.count({ doc: 'participants: pupils and students' }),
    participantsCadres: col.count({ doc: 'participants: cadres, civil servants, public employees' }),
    participantsWorkers: col.count({ doc: 'participants: workers and farmers' }),
    participantsOther: col.count({ doc: 'participants: everyone else' }),
  },
  key: ['year', 'districtCode'],
  ...districtChecks,
  graphql: { upsert: 'recordLearningWeek', input: 'LearningWeekInput', importCsv: 'importLearningWeeksCsv' },
  tables: [{
    entity: LearningWeekEntity, auditEntity: 'LearningWeek', key: ['year', 'districtCode'], constants: { synthetic: false },
    fields: { year: 'year', districtCode: 'districtCode', events: 'events', participantsPupils: 'participantsPupils', participantsCadres: 'participantsCadres', participantsWorkers: 'participantsWorkers', participantsOther: 'participantsOther' },
  }],
});

export const learningNeeds = defineDataset({
  name: 'learningNeeds',
  cliKind: 'learning-needs',
  department: 'programme',
  title: 'Respondents of the survey of the learning needs of cadres and workers (IV.8) of a district, by group and topic wanted',
  titleVi: 'Khảo sát nhu cầu học tập của cán bộ, người lao động của huyện',
  labels: {
    year: { vi: 'Năm', en: 'Year' },
    districtCode: { vi: 'Mã huyện', en: 'District code' },
    respondentGroup: { vi: 'Nhóm người trả lời', en: 'Respondent group' },
    topic: { vi: 'Nội dung cần học', en: 'Topic' },
    respondents: { vi: 'Số người trả lời', en: 'Respondents' },
  },
  columns: {
    ...districtYear,
    respondentGroup: col.oneOf(RESPONDENT_GROUPS, { doc: 'CADRES, CIVIL_SERVANTS, PUBLIC_EMPLOYEES or WORKERS' }),
    topic: col.oneOf(SURVEY_TOPICS, { doc: 'the topic wanted: IT, FOREIGN_LANGUAGE, ETHNIC_LANGUAGE, POLITICAL_THEORY, PROFESSIONAL, LAW or OTHER' }),
    respondents: col.count({ doc: 'respondents of the group who want the topic' }),
  },
  key: ['year', 'districtCode', 'respondentGroup', 'topic'],
  ...districtChecks,
  graphql: { upsert: 'recordLearningNeed', input: 'LearningNeedInput', importCsv: 'importLearningNeedsCsv' },
  tables: [{
    entity: LearningNeedEntity, auditEntity: 'LearningNeed', key: ['year', 'districtCode', 'respondentGroup', 'topic'], constants: { synthetic: false },
    fields: { year: 'year', districtCode: 'districtCode', respondentGroup: 'respondentGroup', topic: 'topic', respondents: 'respondents' },
  }],
});

export const clcTrainings = defineDataset({
  name: 'clcTrainings',
  cliKind: 'clc-trainings',
  department: 'programme',
  title: 'Trainings of community learning centre managers or reporters (IV.4, V.8) held for a district in a year',
  titleVi: 'Tập huấn cán bộ quản lý, báo cáo viên trung tâm học tập cộng đồng của huyện',
  labels: {
    year: { vi: 'Năm', en: 'Year' },
    districtCode: { vi: 'Mã huyện', en: 'District code' },
    traineeRole: { vi: 'Đối tượng tập huấn', en: 'Trainee role' },
    sessions: { vi: 'Số lớp tập huấn', en: 'Sessions' },
    trainees: { vi: 'Số người được tập huấn', en: 'Trainees' },
  },
  columns: {
    ...districtYear,
    traineeRole: col.oneOf(TRAINEE_ROLES, { doc: 'CLC_MANAGER or REPORTER' }),
    sessions: col.count({ doc: 'training sessions held' }),
    trainees: col.count({ doc: 'people trained' }),
  },
  key: ['year', 'districtCode', 'traineeRole'],
  ...districtChecks,
  graphql: { upsert: 'recordClcTraining', input: 'ClcTrainingInput', importCsv: 'importClcTrainingsCsv' },
  tables: [{
    entity: ClcTrainingEntity, auditEntity: 'ClcTraining', key: ['year', 'districtCode', 'traineeRole'], constants: { synthetic: false },
    fields: { year: 'year', districtCode: 'districtCode', traineeRole: 'traineeRole', sessions: 'sessions', trainees: 'trainees' },
  }],
});

export const programmeDatasets = [taskReports, funding, learningWeeks, learningNeeds, clcTrainings];
