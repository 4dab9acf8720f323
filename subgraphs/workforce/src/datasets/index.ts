import {
  col, defineDataset, refreshFacts, reportingUnitOn, sameValue,
  type AdminUnits, type AuditChange, type CheckContext, type InputProblem, type ParsedRow,
} from '@lsp/shared';
import type { EntityManager } from 'typeorm';
import { PersonEntity, PositionStandardEntity, PostingEntity, QualificationEntity, TrainingRecordEntity, recomputeMilestones, type PostingRow, type QualificationRow, type TrainingRecordRow } from '../store';
import { unitsTouched, workforceFacts } from '../indicators/facts';
import { anyLocks, findWith, lockProblems, type Touch } from './periods';
import {
  COMMUNE_POSITIONS, DEFAULT_SOURCE, KINDS_WITH_LANGUAGE, LEVELS, POSITIONS, QUALIFICATION_KINDS, SEXES, TRAINING_RESULTS, levelRank, type QualificationKind,
} from './reference-lists';
import { rosterLabels, rosterTitleVi, qualificationsLabels, qualificationsTitleVi, trainingRecordsLabels, trainingRecordsTitleVi, positionStandardsLabels, positionStandardsTitleVi } from './labels';

/**
 * What the workforce department writes, declared once: the roster (a person and one of their postings per row),
 * qualifications, training records and position standards. Mutations, CSV imports and the command line are derived
 * from these definitions by the shared kit; CSV headers are the GraphQL input field names (as they always were
 * here). Writing a roster row or a qualification recomputes the milestones of the people concerned in the same
 * transaction (afterWrite), then the indicator facts of the units concerned (a position standard: of the offices
 * holding civil servants), so the indicators read the new state at once.
 */
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2100;
const PERSON_CODE = /^[A-Za-z0-9._-]{1,40}$/;
const yearOf = (date: string) => Number(date.slice(0, 4));

const personCode = () => col.text(40, { doc: 'roster identifier: 1–40 letters, digits, dots, dashes or underscores' });
const day = (doc?: string) => col.date({ minYear: MIN_YEAR, maxYear: MAX_YEAR, doc });
const optionalDay = (doc?: string, allowFuture = false) => col.date({ minYear: MIN_YEAR, maxYear: MAX_YEAR, optional: true, allowFuture, doc });
const source = () => col.text(200, { optional: true, doc: `where the record comes from (default "${DEFAULT_SOURCE}")` });

const invalidCode = (code: string) =>
  PERSON_CODE.test(code) ? [] : [{ field: 'personCode', code: 'INVALID', message: 'must be 1–40 letters, digits, dots, dashes or underscores' }];

/** The administrative checks of a roster row: the unit exists for its position and the posting lies within its life. */
function unitProblems(units: AdminUnits, rows: Array<ParsedRow<{ position: string; unitCode: string; postedFrom: string; postedTo: string | null }>>): InputProblem[] {
  const out: InputProblem[] = [];
  for (const { row, values: v } of rows) {
    if ((COMMUNE_POSITIONS as readonly string[]).includes(v.position)) {
      if (!units.commune(v.unitCode)) {
        out.push({ row, field: 'unitCode', code: 'UNKNOWN_COMMUNE', message: `"${v.unitCode}" is not a commune code of Sơn La` });
        continue;
      }
      const unit = units.commune(v.unitCode, v.postedFrom);
      if (!unit) out.push({ row, field: 'unitCode', code: 'COMMUNE_NOT_VALID_IN_YEAR', message: `commune ${v.unitCode} did not exist on ${v.postedFrom}` });
      else if (unit.validTo && (!v.postedTo || v.postedTo > unit.validTo)) {
        out.push({
          row, field: 'postedTo', code: 'COMMUNE_NOT_VALID_IN_YEAR',
          message: `commune ${v.unitCode} ended on ${unit.validTo}: the posting must end by then (post the person to the successor in another row)`,
        });
      }
    } else if (v.position === 'DISTRICT_CIVIL_SERVANT') {
      const district = units.district(v.unitCode);
      if (!district) out.push({ row, field: 'unitCode', code: 'UNKNOWN_DISTRICT', message: `"${v.unitCode}" is not a district code of ${units.national ? 'the provinces this service loads' : 'Sơn La'}` });
      else if (!units.isValidOn(district, v.postedFrom) || (district.validTo && (!v.postedTo || v.postedTo > district.validTo))) {
        out.push({ row, field: 'postedTo', code: 'DISTRICT_NOT_VALID_IN_YEAR', message: `district ${v.unitCode} existed until ${district.validTo}: the posting must lie within it` });
      }
    } else if (v.position === 'PROVINCIAL_CIVIL_SERVANT' && v.unitCode !== units.province.code && !(units.national && units.provinceUnit(v.unitCode))) {
      const message = units.national ? `provincial civil servants are posted to a province: no province this service loads has the code "${v.unitCode}"` : `provincial civil servants are posted to the province, code "${units.province.code}"`;
      out.push({ row, field: 'unitCode', code: 'UNKNOWN_OFFICE', message });
    }
  }
  return out;
}

/** People of these codes on the roster (birth year), read inside the write. */
async function storedPeople(ctx: CheckContext, codes: string[]): Promise<Map<string, number>> {
  return new Map((await ctx.findIn(PersonEntity, 'personCode', codes)).map((p) => [p.personCode, Number(p.birthYear)]));
}
const unknownPerson = (row: number, personCode: string): InputProblem => ({
  row, field: 'personCode', code: 'UNKNOWN_PERSON', message: `no person "${personCode}" on the roster: import the roster first`,
});

/** Whether a stored row differs from the new one on these properties (unchanged rows are never refused by a lock). */
const differs = (before: Record<string, unknown> | undefined, after: Record<string, unknown>, props: string[]) =>
  !before || props.some((p) => !sameValue(before[p], after[p]));

/** The people whose milestones a write changes (roster rows and qualifications, as audited). */
async function recomputeFor(m: EntityManager, changes: AuditChange[]): Promise<void> {
  const people = changes.flatMap((c) => [c.before, c.after]).filter((r): r is { personCode: string } => !!r && typeof r === 'object' && 'personCode' in r).map((r) => r.personCode);
  if (people.length) await recomputeMilestones(m, people);
}

/** Lock problems of deleted rows (row 1, as the kit names the one record of a deletion). */
function deletedTouches(changes: AuditChange[]): Touch[] {
  return changes.filter((c) => c.action === 'delete').flatMap((c): Touch[] => {
    const r = c.before as Record<string, unknown>;
    if (c.entity === 'Posting') return [{ row: 1, field: 'postedFrom', kind: 'posting', posting: r as unknown as PostingRow }];
    if (c.entity === 'Qualification') return [{ row: 1, field: 'obtainedOn', kind: 'qualification', personCode: String(r.personCode), obtainedOn: String(r.obtainedOn) }];
    if (c.entity === 'TrainingRecord') return [{ row: 1, field: 'startedOn', kind: 'training', personCode: String(r.personCode), startedOn: String(r.startedOn) }];
    return [];
  });
}

/**
 * deletePerson deletes the person and their postings (the roster rows: one dataset), and is refused with
 * HAS_RECORDS while the person still has qualifications or training records (other datasets, each deleted on its
 * own with its lock check), so that a deletion never leaves records of nobody and never removes more than asked.
 */
async function remainingRecords(m: EntityManager, changes: AuditChange[]): Promise<InputProblem[]> {
  const gone = changes.filter((c) => c.action === 'delete' && c.entity === 'Person').map((c) => String((c.before as { personCode: string }).personCode));
  if (gone.length === 0) return [];
  const find = findWith(m);
  const [quals, trainings] = [await find(QualificationEntity, 'personCode', gone), await find(TrainingRecordEntity, 'personCode', gone)];
  return gone.flatMap((code): InputProblem[] => {
    const q = quals.filter((r) => r.personCode === code).length;
    const t = trainings.filter((r) => r.personCode === code).length;
    return q || t
      ? [{ row: 1, field: 'personCode', code: 'HAS_RECORDS', message: `${code} still has ${q} qualification(s) and ${t} training record(s): delete them first (deleteQualification, deleteTrainingRecord)` }]
      : [];
  });
}

const afterWriteWith = (recompute: boolean) => async (m: EntityManager, changes: AuditChange[], units: AdminUnits) => {
  const problems = [...(await lockProblems(findWith(m), units, deletedTouches(changes))), ...(await remainingRecords(m, changes))];
  if (problems.length) return problems;
  if (recompute) await recomputeFor(m, changes);
  await refreshFacts(m, workforceFacts, await unitsTouched(m, changes));
  return [];
};

const POSTING_FIELDS = ['position', 'unitCode', 'postedTo', 'areaEthnicLanguage', 'source'];
/** The person's own fields: each is locked with the periods of the person's postings. */
const PERSON_FIELDS = ['fullName', 'dateOfBirth', 'birthYear', 'sex', 'ethnicGroup', 'source'] as const;

export const roster = defineDataset({
  name: 'roster',
  cliKind: 'roster',
  department: 'workforce',
  title: 'Roster: one row per posting, with the person it belongs to (a person who moved has one row per post, with the same person fields)',
  titleVi: rosterTitleVi,
  labels: rosterLabels,
  columns: {
    personCode: personCode(),
    fullName: col.text(120, { doc: 'personal data' }),
    dateOfBirth: col.date({ optional: true, doc: 'personal data; its year must equal birthYear' }),
    birthYear: col.int({ min: 1930, max: 2015 }),
    sex: col.oneOf(SEXES),
    ethnicGroup: col.text(40, { doc: "dân tộc, e.g. Thái, Kinh, H'Mông" }),
    position: col.oneOf(POSITIONS),
    unitCode: col.text(10, { doc: 'commune code (commune positions), district code (district civil servants) or "14"' }),
    postedFrom: day('first day of the posting; the unit must exist on that day'),
    postedTo: optionalDay('last day, may be planned (the one date column that accepts the future); required when the commune or district ended (2025-06-30 for pre-reform units)', true),
    areaEthnicLanguage: col.text(40, { optional: true, doc: 'local ethnic language of the posting area; empty = not an ethnic-minority area' }),
    source: source(),
  },
  key: ['personCode', 'postedFrom'],
  defaults: { source: DEFAULT_SOURCE },
  rules: [
    (r) => invalidCode(r.personCode),
    (r) => (r.postedTo && r.postedTo < r.postedFrom ? [{ field: 'postedTo', code: 'OUT_OF_RANGE', message: `ends (${r.postedTo}) before it starts (${r.postedFrom})` }] : []),
    (r) => (r.dateOfBirth && yearOf(r.dateOfBirth) !== r.birthYear ? [{ field: 'dateOfBirth', code: 'INCONSISTENT', message: 'its year differs from birthYear' }] : []),
    (r) => (yearOf(r.postedFrom) < r.birthYear + 15 ? [{ field: 'postedFrom', code: 'OUT_OF_RANGE', message: 'is before the person was 15' }] : []),
  ],
  async check(rows, ctx) {
    const problems = unitProblems(ctx.units, rows);
    if (!(await anyLocks(ctx.findIn))) return problems;
    const codes = rows.map((r) => r.values.personCode);
    const stored = new Map((await ctx.findIn(PostingEntity, 'personCode', codes)).map((p) => [`${p.personCode}|${p.postedFrom}`, p]));
    const storedPeople = new Map((await ctx.findIn(PersonEntity, 'personCode', codes)).map((p) => [p.personCode, p as unknown as Record<string, unknown>]));
    const touches: Touch[] = [];
    for (const { row, values } of rows) {
      const person = storedPeople.get(values.personCode);
      // A stored person's changed field: locked wherever the person is (or, with this row, would be) posted.
      for (const field of PERSON_FIELDS) {
        if (person && !sameValue(person[field], values[field])) touches.push({ row, field, kind: 'person', personCode: values.personCode, postings: [values] });
      }
      const before = stored.get(`${values.personCode}|${values.postedFrom}`);
      if (!differs(before as Record<string, unknown> | undefined, values, POSTING_FIELDS)) continue;
      touches.push({ row, field: 'postedFrom', kind: 'posting', posting: values });
      if (before) touches.push({ row, field: 'postedFrom', kind: 'posting', posting: before });
    }
    return [...problems, ...(await lockProblems(ctx.findIn, ctx.units, touches))];
  },
  afterWrite: afterWriteWith(true),
  // The unit and year of the posting: what a reporter may write and a submission freezes. Locks stay workforce's
  // own (check above: a posting counts in every year it covers), hence ownLocks.
  period: (r, units) => (r.postedFrom && r.unitCode ? { year: yearOf(r.postedFrom), unitCode: reportingUnitOn(units, r.unitCode, r.postedFrom) } : null),
  ownLocks: true,
  unitColumn: 'unitCode',
  yearColumn: null,
  graphql: { upsert: 'upsertPerson', input: 'PersonInput', importCsv: 'importRosterCsv' },
  tables: [
    {
      entity: PersonEntity, auditEntity: 'Person', key: ['personCode'],
      // people(filter: { unitCode / districtCode }) selects by the units of a person's postings: a deleted person is
      // listed under each unit of the postings deleted with them (none: unscoped, reported to every filtered list).
      tombstoneScopes: (r, deleted) => [...new Set((deleted.get('Posting') ?? []).filter((p) => p.personCode === r.personCode).map((p) => String(p.unitCode)))]
        .map((unit) => ({ year: null, scopeCode: unit })),
      fields: { personCode: 'personCode', fullName: 'fullName', dateOfBirth: 'dateOfBirth', birthYear: 'birthYear', sex: 'sex', ethnicGroup: 'ethnicGroup', source: 'source' },
    },
    {
      entity: PostingEntity, auditEntity: 'Posting', key: ['personCode', 'postedFrom'],
      fields: { personCode: 'personCode', postedFrom: 'postedFrom', position: 'position', unitCode: 'unitCode', postedTo: 'postedTo', areaEthnicLanguage: 'areaEthnicLanguage', source: 'source' },
    },
  ],
});

const QUALIFICATION_FIELDS = ['supplementary', 'obtainedOn', 'source'];

export const qualifications = defineDataset({
  name: 'qualifications',
  cliKind: 'qualifications',
  department: 'workforce',
  title: 'Qualifications, keyed on personCode + kind + level + language; the person must be on the roster',
  titleVi: qualificationsTitleVi,
  labels: qualificationsLabels,
  columns: {
    personCode: personCode(),
    kind: col.oneOf(QUALIFICATION_KINDS),
    level: col.text(32, { doc: 'a level of that kind (see the schema\'s QualificationKind)' }),
    language: col.text(40, { optional: true, doc: 'required for FOREIGN_LANGUAGE and ETHNIC_LANGUAGE, empty for the other kinds' }),
    supplementary: col.bool({ optional: true, doc: 'true for a bổ túc programme' }),
    obtainedOn: day('date obtained, not before the birth year'),
    source: source(),
  },
  key: ['personCode', 'kind', 'level', 'language'],
  defaults: { language: '', supplementary: false, source: DEFAULT_SOURCE },
  rules: [
    (r) => invalidCode(r.personCode),
    (r) => (LEVELS[r.kind].includes(r.level) ? [] : [{ field: 'level', code: 'NOT_ALLOWED', message: `"${r.level}" is not a level of ${r.kind}: ${LEVELS[r.kind].join(', ')}` }]),
    (r) => {
      const needs = KINDS_WITH_LANGUAGE.includes(r.kind);
      if (needs && !r.language) return [{ field: 'language', code: 'REQUIRED', message: `is required for ${r.kind}` }];
      if (!needs && r.language) return [{ field: 'language', code: 'NOT_ALLOWED', message: `only ${KINDS_WITH_LANGUAGE.join(' and ')} name a language` }];
      return [];
    },
  ],
  async check(rows, ctx) {
    const born = await storedPeople(ctx, rows.map((r) => r.values.personCode));
    const problems: InputProblem[] = [];
    for (const { row, values } of rows) {
      const birthYear = born.get(values.personCode);
      if (birthYear === undefined) problems.push(unknownPerson(row, values.personCode));
      else if (yearOf(values.obtainedOn) < birthYear) problems.push({ row, field: 'obtainedOn', code: 'OUT_OF_RANGE', message: 'is before the person was born' });
    }
    if (!(await anyLocks(ctx.findIn))) return problems;
    const stored = new Map((await ctx.findIn(QualificationEntity, 'personCode', rows.map((r) => r.values.personCode)))
      .map((q) => [`${q.personCode}|${q.kind}|${q.level}|${q.language}`, q]));
    const touches: Touch[] = [];
    for (const { row, values } of rows) {
      const before = stored.get(`${values.personCode}|${values.kind}|${values.level}|${values.language}`);
      if (!differs(before as Record<string, unknown> | undefined, values, QUALIFICATION_FIELDS)) continue;
      touches.push({ row, field: 'obtainedOn', kind: 'qualification', personCode: values.personCode, obtainedOn: values.obtainedOn });
      if (before) touches.push({ row, field: 'obtainedOn', kind: 'qualification', personCode: before.personCode, obtainedOn: before.obtainedOn });
    }
    return [...problems, ...(await lockProblems(ctx.findIn, ctx.units, touches))];
  },
  afterWrite: afterWriteWith(true),
  graphql: { upsert: 'recordQualification', input: 'QualificationInput', importCsv: 'importQualificationsCsv' },
  tables: [{
    entity: QualificationEntity, auditEntity: 'Qualification', key: ['personCode', 'kind', 'level', 'language'],
    fields: { personCode: 'personCode', kind: 'kind', level: 'level', language: 'language', supplementary: 'supplementary', obtainedOn: 'obtainedOn', source: 'source' },
    computed: (v): Pick<QualificationRow, 'levelRank'> => ({ levelRank: levelRank(v.kind as QualificationKind, String(v.level)) }),
  }],
});

const TRAINING_FIELDS = ['organiser', 'endedOn', 'result', 'source'];

export const trainingRecords = defineDataset({
  name: 'trainingRecords',
  cliKind: 'trainings',
  department: 'workforce',
  title: 'Training records, keyed on personCode + course + startedOn; the person must be on the roster',
  titleVi: trainingRecordsTitleVi,
  labels: trainingRecordsLabels,
  columns: {
    personCode: personCode(),
    course: col.text(200),
    organiser: col.text(200),
    startedOn: day('first day of the course'),
    endedOn: optionalDay('last day, not before startedOn; empty = not finished'),
    result: col.oneOf(TRAINING_RESULTS),
    source: source(),
  },
  key: ['personCode', 'course', 'startedOn'],
  defaults: { source: DEFAULT_SOURCE },
  rules: [
    (r) => invalidCode(r.personCode),
    (r) => (r.endedOn && r.endedOn < r.startedOn ? [{ field: 'endedOn', code: 'OUT_OF_RANGE', message: `ends (${r.endedOn}) before it starts (${r.startedOn})` }] : []),
  ],
  async check(rows, ctx) {
    const born = await storedPeople(ctx, rows.map((r) => r.values.personCode));
    const problems = rows.filter((r) => !born.has(r.values.personCode)).map((r) => unknownPerson(r.row, r.values.personCode));
    if (!(await anyLocks(ctx.findIn))) return problems;
    const stored = new Map((await ctx.findIn(TrainingRecordEntity, 'personCode', rows.map((r) => r.values.personCode)))
      .map((t) => [`${t.personCode}|${t.course}|${t.startedOn}`, t as TrainingRecordRow]));
    const touches: Touch[] = rows
      .filter(({ values }) => differs(stored.get(`${values.personCode}|${values.course}|${values.startedOn}`) as Record<string, unknown> | undefined, values, TRAINING_FIELDS))
      .map(({ row, values }) => ({ row, field: 'startedOn', kind: 'training', personCode: values.personCode, startedOn: values.startedOn }));
    return [...problems, ...(await lockProblems(ctx.findIn, ctx.units, touches))];
  },
  afterWrite: afterWriteWith(false),
  graphql: { upsert: 'recordTraining', input: 'TrainingRecordInput', importCsv: 'importTrainingRecordsCsv' },
  tables: [{
    entity: TrainingRecordEntity, auditEntity: 'TrainingRecord', key: ['personCode', 'course', 'startedOn'],
    fields: { personCode: 'personCode', course: 'course', organiser: 'organiser', startedOn: 'startedOn', endedOn: 'endedOn', result: 'result', source: 'source' },
  }],
});

export const positionStandards = defineDataset({
  name: 'positionStandards',
  cliKind: 'standards',
  department: 'workforce',
  title: 'Position standards district and provincial civil servants are assessed against, keyed on position (not period data)',
  titleVi: positionStandardsTitleVi,
  labels: positionStandardsLabels,
  columns: {
    position: col.oneOf(POSITIONS),
    minGeneralEducation: col.int({ min: 0, max: LEVELS.GENERAL_EDUCATION.length }, { doc: 'rank 0 (none) to 3 (UPPER_SECONDARY)' }),
    minProfessional: col.int({ min: 0, max: LEVELS.PROFESSIONAL.length }, { doc: 'rank 0 (none) to 5 (POSTGRADUATE)' }),
    minPoliticalTheory: col.int({ min: 0, max: LEVELS.POLITICAL_THEORY.length }, { doc: 'rank 0 (none) to 3 (ADVANCED)' }),
    requiresManagement: col.bool(),
    requiresIt: col.bool(),
    requiresForeignLanguage: col.bool(),
    source: col.text(200, { doc: 'the legal text the standard comes from' }),
  },
  key: ['position'],
  afterWrite: async (m: EntityManager, changes: AuditChange[]) => {
    await refreshFacts(m, workforceFacts, await unitsTouched(m, changes));
    return [];
  },
  graphql: { upsert: 'setPositionStandard', input: 'PositionStandardInput', importCsv: 'importPositionStandardsCsv' },
  tables: [{
    entity: PositionStandardEntity, auditEntity: 'PositionStandard', key: ['position'],
    fields: {
      position: 'position', minGeneralEducation: 'minGeneralEducation', minProfessional: 'minProfessional', minPoliticalTheory: 'minPoliticalTheory',
      requiresManagement: 'requiresManagement', requiresIt: 'requiresIt', requiresForeignLanguage: 'requiresForeignLanguage', source: 'source',
    },
  }],
});

/** Every dataset of the department (CLI kinds, documentation, the generic dataset tests). */
export const workforceDatasets = [roster, qualifications, trainingRecords, positionStandards];
