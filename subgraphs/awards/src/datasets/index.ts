import {
  FIRST_DATA_YEAR, LAST_DATA_YEAR, col, communePeriod, defineDataset, partOf, refreshFacts, yearEnd,
  type AdminUnits, type AuditChange, type InputProblem, type ParsedRow, type Period,
} from '@lsp/shared';
import type { EntityManager } from 'typeorm';
import { AssessmentEntity, CommendationEntity, RecognitionCountEntity } from '../store';
import { GRADES, criteriaSetFor, criteriaSetsOf, gradeOfScore, titleByCode, type TitleSubject } from './titles';
import { awardsFacts, unitsTouched } from '../indicators/facts';
import { recognitionCountsLabels, recognitionCountsTitleVi, assessmentsLabels, assessmentsTitleVi, commendationsLabels, commendationsTitleVi } from './labels';

/**
 * What the awards department writes, declared once: recognition counts, assessments, commendations. Mutations,
 * CSV imports and the command line are derived from these definitions by the shared kit. CSV headers are the
 * GraphQL input field names; the snake_case headers of the files made before the kit are accepted as aliases.
 * Writing or deleting recognition counts or assessments refreshes the indicator facts of the communes concerned
 * in the same transaction (afterWrite), so the indicators read the new state at once.
 */
export const RECIPIENT_KINDS = ['INDIVIDUAL', 'COLLECTIVE'] as const;
export const COMMENDATION_LEVELS = ['CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE'] as const;

const year = () => col.dataYear({ min: FIRST_DATA_YEAR, max: LAST_DATA_YEAR }, { doc: 'data year, 2010 to the current year' });
const communeCode = (optional = false) => col.text(10, { optional, aliases: ['commune_code'], doc: 'GSO code of a reporting commune of the year' });
const titleCode = () => col.text(40, { upperCase: true, aliases: ['title_code'], doc: 'an emulation title of the catalogue' });

const problemAt = (row: number, field: string, code: string, message: string): InputProblem => ({ row, field, code, message });

function communeProblems(units: AdminUnits, row: number, code: string | null, y: number): InputProblem[] {
  if (!code) return [];
  if (!units.commune(code)) return [problemAt(row, 'communeCode', 'UNKNOWN_COMMUNE', `commune code "${code}" is not a Sơn La commune`)];
  if (!units.commune(code, yearEnd(y))) return [problemAt(row, 'communeCode', 'COMMUNE_NOT_VALID_IN_YEAR', `commune ${code} did not exist on 31/12/${y}`)];
  return [];
}

/** The title must exist, be for one of these subjects and have a criteria set in force that year. */
function titleProblems(row: number, code: string, y: number, subjects: TitleSubject[]): InputProblem[] {
  const title = titleByCode(code);
  if (!title) return [problemAt(row, 'titleCode', 'UNKNOWN_TITLE', `"${code}" is not an emulation title of the catalogue`)];
  if (!subjects.includes(title.subject)) {
    return [problemAt(row, 'titleCode', 'TITLE_NOT_FOR_SUBJECT', `${code} is a ${title.subject.toLowerCase()} title; this write takes ${subjects.join(' or ').toLowerCase()} titles`)];
  }
  if (!criteriaSetFor(code, y)) {
    const spans = criteriaSetsOf(code).map((s) => `${s.code} ${s.validFromYear}–${s.validToYear ?? '…'}`).join(', ');
    return [problemAt(row, 'titleCode', 'TITLE_NOT_VALID_IN_YEAR', `${code} has no criteria set in force in ${y} (criteria sets: ${spans})`)];
  }
  return [];
}

const periodOf = (r: { year?: number; communeCode?: string | null }, units: AdminUnits): Period | null => communePeriod(units, r.year, r.communeCode);

/** The indicator facts of the communes a write touched, in its transaction (upserts, imports, deletions). */
const refreshTouchedFacts = async (m: EntityManager, changes: AuditChange[]) => {
  await refreshFacts(m, awardsFacts, unitsTouched(changes));
  return [];
};

export const recognitionCounts = defineDataset({
  name: 'recognitionCounts',
  cliKind: 'recognition-counts',
  department: 'awards',
  title: "Households, clans or villages of a commune recognised under a title in a year, out of those eligible",
  titleVi: recognitionCountsTitleVi,
  labels: recognitionCountsLabels,
  columns: {
    communeCode: communeCode(),
    year: year(),
    titleCode: titleCode(),
    recognised: col.count({ doc: 'at most eligible' }),
    eligible: col.count(),
  },
  key: ['communeCode', 'year', 'titleCode'],
  rules: [partOf('recognised', 'eligible')],
  check: (rows, ctx) => rows.flatMap(({ row, values: v }) => [
    ...communeProblems(ctx.units, row, v.communeCode, v.year),
    ...titleProblems(row, v.titleCode, v.year, ['HOUSEHOLD', 'CLAN', 'VILLAGE']),
  ]),
  period: periodOf,
  afterWrite: refreshTouchedFacts,
  graphql: { upsert: 'recordRecognitionCount', input: 'RecognitionCountInput', importCsv: 'importRecognitionCountsCsv' },
  tables: [{
    entity: RecognitionCountEntity, auditEntity: 'RecognitionCount', key: ['communeCode', 'year', 'titleCode'], constants: { synthetic: false },
    fields: { communeCode: 'communeCode', year: 'year', titleCode: 'titleCode', recognised: 'recognised', eligible: 'eligible' },
    computed: (v) => ({ criteriaSetCode: criteriaSetFor(String(v.titleCode), Number(v.year))!.code }),
  }],
});

/** The grade a row stores: the one given, or the band of its score where the criteria set's bands are known. */
function gradeOf(v: Record<string, unknown>): string | null {
  const set = criteriaSetFor(String(v.titleCode), Number(v.year));
  if (v.grade !== null && v.grade !== undefined) return String(v.grade);
  return set && typeof v.score === 'number' && set.scheme === 'POINTS' ? gradeOfScore(set, v.score)?.grade ?? null : null;
}

function assessmentProblems(units: AdminUnits, { row, values: v }: ParsedRow<Record<string, any>>): InputProblem[] {
  const out = [...communeProblems(units, row, v.communeCode, v.year), ...titleProblems(row, v.titleCode, v.year, ['UNIT', 'COMMUNE'])];
  const title = titleByCode(v.titleCode);
  if (title?.subject === 'COMMUNE' && v.subjectCode !== v.communeCode) {
    out.push(problemAt(row, 'subjectCode', 'SUBJECT_MISMATCH', `a commune title is assessed on the commune itself: subjectCode must be ${v.communeCode}`));
  }
  const set = criteriaSetFor(v.titleCode, v.year);
  let grade: string | null = v.grade ?? null;
  if (set && v.score !== null) {
    if (set.scheme !== 'POINTS') out.push(problemAt(row, 'score', 'NOT_SCORED', `criteria set ${set.code} is not point-based: leave score empty`));
    else if (set.maxPoints !== null && v.score > set.maxPoints) out.push(problemAt(row, 'score', 'OUT_OF_RANGE', `${v.score} is above the ${set.maxPoints} points of ${set.code}`));
    else {
      const band = gradeOfScore(set, v.score);
      if (band && grade !== null && grade !== band.grade) out.push(problemAt(row, 'grade', 'GRADE_MISMATCH', `a score of ${v.score} is graded ${band.grade} under ${set.code}, not ${grade}`));
      if (band && grade === null) grade = band.grade;
    }
  }
  if (set && grade !== null && !set.gradeBands.some((b) => b.grade === grade)) {
    const known = set.gradeBands.map((b) => b.grade).join(', ') || 'none known';
    out.push(problemAt(row, 'grade', 'GRADE_NOT_IN_SCHEME', `${grade} is not a grade of ${set.code} (grades: ${known})`));
  }
  const band = set?.gradeBands.find((b) => b.grade === grade);
  if (band && !band.passing && v.recognised === true) {
    out.push(problemAt(row, 'recognised', 'RECOGNISED_NOT_PASSING', `grade ${grade} does not pass under ${set!.code}, so it cannot be recognised`));
  }
  if (v.recognisedOn && v.recognisedOn < `${v.year}-01-01`) {
    out.push(problemAt(row, 'recognisedOn', 'OUT_OF_RANGE', `recognised on ${v.recognisedOn}, before the assessed year ${v.year}`));
  }
  return out;
}

export const assessments = defineDataset({
  name: 'assessments',
  cliKind: 'assessments',
  department: 'awards',
  title: 'Assessments of learning units and of commune titles, with grade and score where the scheme has points',
  titleVi: assessmentsTitleVi,
  labels: assessmentsLabels,
  columns: {
    subjectCode: col.text(40, { upperCase: true, aliases: ['subject_code'], doc: 'unit code; for commune titles, the commune code' }),
    subjectName: col.text(200, { aliases: ['subject_name'] }),
    unitKind: col.text(60, { optional: true, aliases: ['unit_kind'] }),
    communeCode: communeCode(),
    year: year(),
    titleCode: titleCode(),
    score: col.number({ min: 0 }, { optional: true }),
    grade: col.oneOf(GRADES, { optional: true }),
    recognised: col.bool(),
    assessingBody: col.text(200, { aliases: ['assessing_body'] }),
    decisionRef: col.text(100, { optional: true, aliases: ['decision_ref'] }),
    recognisedOn: col.date({ optional: true, aliases: ['recognised_on'] }),
  },
  key: ['subjectCode', 'year', 'titleCode'],
  check: (rows, ctx) => rows.flatMap((r) => assessmentProblems(ctx.units, r)),
  period: periodOf,
  afterWrite: refreshTouchedFacts,
  graphql: { upsert: 'recordAssessment', input: 'AssessmentInput', importCsv: 'importAssessmentsCsv' },
  tables: [{
    entity: AssessmentEntity, auditEntity: 'Assessment', key: ['subjectCode', 'year', 'titleCode'], constants: { synthetic: false },
    fields: {
      subjectCode: 'subjectCode', year: 'year', titleCode: 'titleCode', subjectName: 'subjectName', unitKind: 'unitKind', communeCode: 'communeCode',
      score: 'score', grade: 'grade', recognised: 'recognised', assessingBody: 'assessingBody', decisionRef: 'decisionRef', recognisedOn: 'recognisedOn',
    },
    computed: (v) => ({ criteriaSetCode: criteriaSetFor(String(v.titleCode), Number(v.year))!.code, grade: gradeOf(v) }),
  }],
});

export const commendations = defineDataset({
  name: 'commendations',
  cliKind: 'commendations',
  department: 'awards',
  title: 'Commendations (khen thưởng)',
  titleVi: commendationsTitleVi,
  labels: commendationsLabels,
  columns: {
    reference: col.text(100, { upperCase: true, doc: 'decision number plus line: the natural key' }),
    year: year(),
    awardedOn: col.date({ aliases: ['awarded_on'], doc: 'in the emulation year or the year after' }),
    recipientKind: col.oneOf(RECIPIENT_KINDS, { aliases: ['recipient_kind'] }),
    recipientName: col.text(200, { aliases: ['recipient_name'] }),
    communeCode: communeCode(true),
    title: col.text(200),
    level: col.oneOf(COMMENDATION_LEVELS),
    issuedBy: col.text(200, { aliases: ['issued_by'] }),
    learningSocietyCriterion: col.bool({ aliases: ['learning_society_criterion'] }),
    reason: col.text(2000, { optional: true }),
  },
  key: ['reference'],
  check: (rows, ctx) => rows.flatMap(({ row, values: v }) => {
    const out = communeProblems(ctx.units, row, v.communeCode, v.year);
    const y = Number(v.awardedOn.slice(0, 4));
    // The emulation year is usually closed by commendations early in the next year.
    if (y < v.year || y > v.year + 1) out.push(problemAt(row, 'awardedOn', 'OUT_OF_RANGE', `awarded on ${v.awardedOn}, outside the emulation year ${v.year} or the year after`));
    return out;
  }),
  period: periodOf,
  graphql: { upsert: 'recordCommendation', input: 'CommendationInput', importCsv: 'importCommendationsCsv' },
  tables: [{
    entity: CommendationEntity, auditEntity: 'Commendation', key: ['reference'], constants: { synthetic: false },
    fields: {
      reference: 'reference', year: 'year', awardedOn: 'awardedOn', recipientKind: 'recipientKind', recipientName: 'recipientName', communeCode: 'communeCode',
      title: 'title', level: 'level', issuedBy: 'issuedBy', learningSocietyCriterion: 'learningSocietyCriterion', reason: 'reason',
    },
  }],
});

/** Every dataset of the department (CLI kinds, documentation, the dataset contract test). */
export const awardsDatasets = [recognitionCounts, assessments, commendations];
