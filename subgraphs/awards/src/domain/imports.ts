import type { DataSource } from 'typeorm';
import {
  FIRST_DATA_YEAR, LAST_DATA_YEAR, duplicateKeyProblems, parseField, readCsv, upsertAll, yearEnd,
  type AdminUnits, type CsvRow, type CsvValue, type FieldSpec, type InputProblem, type WriteOutcome,
} from '@lsp/shared';
import { AssessmentEntity, CommendationEntity, RecognitionCountEntity, type AssessmentRow, type CommendationRow, type RecognitionCountRow } from '../store';
import { GRADES, criteriaSetFor, criteriaSetsOf, gradeOfScore, titleByCode, type CriteriaSet, type TitleSubject } from './catalogue';

/**
 * The three writes of the awards subgraph (recognition counts, assessments, commendations), each from a CSV
 * file or from one mutation input. Both paths parse with the same column spec and the same rules, so a value
 * refused in a file is refused in a mutation with the same code. All-or-nothing, idempotent on the natural
 * key, audited (shared upsertAll).
 */
export type ImportKind = 'recognition-counts' | 'assessments' | 'commendations';

const YEAR: FieldSpec = { name: 'year', type: 'int', min: FIRST_DATA_YEAR, max: LAST_DATA_YEAR };

export const RECOGNITION_COUNT_COLUMNS: readonly FieldSpec[] = [
  { name: 'commune_code', type: 'string' },
  YEAR,
  { name: 'title_code', type: 'string' },
  { name: 'recognised', type: 'int', min: 0 },
  { name: 'eligible', type: 'int', min: 0 },
];

export const ASSESSMENT_COLUMNS: readonly FieldSpec[] = [
  { name: 'subject_code', type: 'string' },
  { name: 'subject_name', type: 'string' },
  { name: 'unit_kind', type: 'string', required: false },
  { name: 'commune_code', type: 'string' },
  YEAR,
  { name: 'title_code', type: 'string' },
  { name: 'score', type: 'number', min: 0, required: false },
  { name: 'grade', type: 'string', oneOf: GRADES, required: false },
  { name: 'recognised', type: 'bool' },
  { name: 'assessing_body', type: 'string' },
  { name: 'decision_ref', type: 'string', required: false },
  { name: 'recognised_on', type: 'date', required: false },
];

export const RECIPIENT_KINDS = ['INDIVIDUAL', 'COLLECTIVE'] as const;
export const COMMENDATION_LEVELS = ['CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE'] as const;

export const COMMENDATION_COLUMNS: readonly FieldSpec[] = [
  { name: 'reference', type: 'string' },
  YEAR,
  { name: 'awarded_on', type: 'date' },
  { name: 'recipient_kind', type: 'string', oneOf: RECIPIENT_KINDS },
  { name: 'recipient_name', type: 'string' },
  { name: 'commune_code', type: 'string', required: false },
  { name: 'title', type: 'string' },
  { name: 'level', type: 'string', oneOf: COMMENDATION_LEVELS },
  { name: 'issued_by', type: 'string' },
  { name: 'learning_society_criterion', type: 'bool' },
  { name: 'reason', type: 'string', required: false },
];

export const COLUMNS: Record<ImportKind, readonly FieldSpec[]> = {
  'recognition-counts': RECOGNITION_COUNT_COLUMNS,
  assessments: ASSESSMENT_COLUMNS,
  commendations: COMMENDATION_COLUMNS,
};

const KEYS: Record<ImportKind, string[]> = {
  'recognition-counts': ['commune_code', 'year', 'title_code'],
  assessments: ['subject_code', 'year', 'title_code'],
  commendations: ['reference'],
};

/** Identifier columns normalised to upper case before any check. */
const CODE_FIELDS: Record<ImportKind, string[]> = {
  'recognition-counts': ['title_code'],
  assessments: ['subject_code', 'title_code'],
  commendations: ['reference'],
};

// ---- rules shared by the three kinds ----

type Values = Record<string, CsvValue>;
const has = (v: Values, f: string) => v[f] !== undefined && v[f] !== null;

function problem(row: number | null, field: string, code: string, message: string): InputProblem {
  return { row, field, code, message };
}

function checkCommune(units: AdminUnits, v: Values, row: number | null, out: InputProblem[]): boolean {
  if (!has(v, 'commune_code')) return false;
  const code = String(v.commune_code);
  if (!units.commune(code)) {
    out.push(problem(row, 'commune_code', 'UNKNOWN_COMMUNE', `commune code "${code}" is not a Sơn La commune`));
    return false;
  }
  if (has(v, 'year') && !units.commune(code, yearEnd(Number(v.year)))) {
    out.push(problem(row, 'commune_code', 'COMMUNE_NOT_VALID_IN_YEAR', `commune ${code} did not exist on 31/12/${v.year}`));
    return false;
  }
  return true;
}

/** The title and the criteria set in force that year, or problems naming title_code. */
function checkTitle(v: Values, subjects: TitleSubject[], row: number | null, out: InputProblem[]): CriteriaSet | undefined {
  if (!has(v, 'title_code')) return undefined;
  const code = String(v.title_code);
  const title = titleByCode(code);
  if (!title) {
    out.push(problem(row, 'title_code', 'UNKNOWN_TITLE', `"${code}" is not an emulation title of the catalogue`));
    return undefined;
  }
  if (!subjects.includes(title.subject)) {
    out.push(problem(row, 'title_code', 'TITLE_NOT_FOR_SUBJECT', `${code} is a ${title.subject.toLowerCase()} title; this write takes ${subjects.join(' or ').toLowerCase()} titles`));
    return undefined;
  }
  if (!has(v, 'year')) return undefined;
  const set = criteriaSetFor(code, Number(v.year));
  if (!set) {
    const spans = criteriaSetsOf(code).map((s) => `${s.code} ${s.validFromYear}–${s.validToYear ?? '…'}`).join(', ');
    out.push(problem(row, 'title_code', 'TITLE_NOT_VALID_IN_YEAR', `${code} has no criteria set in force in ${v.year} (criteria sets: ${spans})`));
  }
  return set;
}

// ---- recognition counts ----

function recognitionCountRows(units: AdminUnits, rows: CsvRow[], out: InputProblem[], rowNo: (r: CsvRow) => number | null): RecognitionCountRow[] {
  const result: RecognitionCountRow[] = [];
  for (const r of rows) {
    const v = r.values;
    const before = out.length;
    checkCommune(units, v, rowNo(r), out);
    const set = checkTitle(v, ['HOUSEHOLD', 'CLAN', 'VILLAGE'], rowNo(r), out);
    if (has(v, 'recognised') && has(v, 'eligible') && Number(v.recognised) > Number(v.eligible)) {
      out.push(problem(rowNo(r), 'recognised', 'PART_EXCEEDS_WHOLE', `${v.recognised} recognised is more than the ${v.eligible} eligible`));
    }
    if (out.length > before || !set) continue;
    result.push({
      communeCode: String(v.commune_code), year: Number(v.year), titleCode: String(v.title_code), criteriaSetCode: set.code,
      recognised: Number(v.recognised), eligible: Number(v.eligible), synthetic: false,
    });
  }
  return result;
}

// ---- assessments ----

function assessmentRows(units: AdminUnits, rows: CsvRow[], out: InputProblem[], rowNo: (r: CsvRow) => number | null): AssessmentRow[] {
  const result: AssessmentRow[] = [];
  for (const r of rows) {
    const v = r.values;
    const row = rowNo(r);
    const before = out.length;
    checkCommune(units, v, row, out);
    const set = checkTitle(v, ['UNIT', 'COMMUNE'], row, out);
    const title = has(v, 'title_code') ? titleByCode(String(v.title_code)) : undefined;
    if (title?.subject === 'COMMUNE' && has(v, 'subject_code') && has(v, 'commune_code') && v.subject_code !== v.commune_code) {
      out.push(problem(row, 'subject_code', 'SUBJECT_MISMATCH', `a commune title is assessed on the commune itself: subject_code must be ${v.commune_code}`));
    }
    let grade = has(v, 'grade') ? String(v.grade) : null;
    const score = has(v, 'score') ? Number(v.score) : null;
    if (set && score !== null) {
      if (set.scheme !== 'POINTS') out.push(problem(row, 'score', 'NOT_SCORED', `criteria set ${set.code} is not point-based: leave score empty`));
      else if (set.maxPoints !== null && score > set.maxPoints) out.push(problem(row, 'score', 'OUT_OF_RANGE', `${score} is above the ${set.maxPoints} points of ${set.code}`));
      else {
        const band = gradeOfScore(set, score);
        if (band && grade !== null && grade !== band.grade) out.push(problem(row, 'grade', 'GRADE_MISMATCH', `a score of ${score} is graded ${band.grade} under ${set.code}, not ${grade}`));
        if (band && grade === null) grade = band.grade;
      }
    }
    if (set && grade !== null && !set.gradeBands.some((b) => b.grade === grade)) {
      const known = set.gradeBands.map((b) => b.grade).join(', ') || 'none known';
      out.push(problem(row, 'grade', 'GRADE_NOT_IN_SCHEME', `${grade} is not a grade of ${set.code} (grades: ${known})`));
    }
    const band = set?.gradeBands.find((b) => b.grade === grade);
    if (band && !band.passing && v.recognised === true) {
      out.push(problem(row, 'recognised', 'RECOGNISED_NOT_PASSING', `grade ${grade} does not pass under ${set!.code}, so it cannot be recognised`));
    }
    if (has(v, 'recognised_on') && has(v, 'year') && String(v.recognised_on) < `${v.year}-01-01`) {
      out.push(problem(row, 'recognised_on', 'OUT_OF_RANGE', `recognised on ${v.recognised_on}, before the assessed year ${v.year}`));
    }
    if (out.length > before || !set) continue;
    result.push({
      subjectCode: String(v.subject_code), year: Number(v.year), titleCode: String(v.title_code), subjectName: String(v.subject_name),
      unitKind: has(v, 'unit_kind') ? String(v.unit_kind) : null, communeCode: String(v.commune_code), criteriaSetCode: set.code,
      score, grade, recognised: v.recognised === true, assessingBody: String(v.assessing_body),
      decisionRef: has(v, 'decision_ref') ? String(v.decision_ref) : null, recognisedOn: has(v, 'recognised_on') ? String(v.recognised_on) : null,
      synthetic: false,
    });
  }
  return result;
}

// ---- commendations ----

function commendationRows(units: AdminUnits, rows: CsvRow[], out: InputProblem[], rowNo: (r: CsvRow) => number | null): CommendationRow[] {
  const result: CommendationRow[] = [];
  for (const r of rows) {
    const v = r.values;
    const row = rowNo(r);
    const before = out.length;
    if (has(v, 'commune_code')) checkCommune(units, v, row, out);
    if (has(v, 'awarded_on') && has(v, 'year')) {
      const y = Number(String(v.awarded_on).slice(0, 4));
      // The emulation year is usually closed by commendations early in the next year.
      if (y < Number(v.year) || y > Number(v.year) + 1) out.push(problem(row, 'awarded_on', 'OUT_OF_RANGE', `awarded on ${v.awarded_on}, outside the emulation year ${v.year} or the year after`));
    }
    if (out.length > before) continue;
    result.push({
      reference: String(v.reference), year: Number(v.year), awardedOn: String(v.awarded_on), recipientKind: String(v.recipient_kind),
      recipientName: String(v.recipient_name), communeCode: has(v, 'commune_code') ? String(v.commune_code) : null, title: String(v.title),
      level: String(v.level), issuedBy: String(v.issued_by), learningSocietyCriterion: v.learning_society_criterion === true,
      reason: has(v, 'reason') ? String(v.reason) : null, synthetic: false,
    });
  }
  return result;
}

// ---- entry points ----

const SPECS = {
  'recognition-counts': { entity: RecognitionCountEntity, auditEntity: 'RecognitionCount', keyFields: ['communeCode', 'year', 'titleCode'], build: recognitionCountRows },
  assessments: { entity: AssessmentEntity, auditEntity: 'Assessment', keyFields: ['subjectCode', 'year', 'titleCode'], build: assessmentRows },
  commendations: { entity: CommendationEntity, auditEntity: 'Commendation', keyFields: ['reference'], build: commendationRows },
} as const;

export interface WriteOptions {
  actor: string;
  dryRun?: boolean;
  /** Audit note, e.g. the imported file. */
  note?: string;
}

async function write(db: DataSource, units: AdminUnits, kind: ImportKind, rows: CsvRow[], parseProblems: InputProblem[], opts: WriteOptions & { action: string; single: boolean }): Promise<WriteOutcome> {
  const problems = [...parseProblems];
  // Codes are identifiers: MySQL compares keys case-insensitively, SQLite does not, so store them upper-case.
  for (const r of rows) for (const f of CODE_FIELDS[kind]) if (typeof r.values[f] === 'string') r.values[f] = String(r.values[f]).toUpperCase();
  if (!opts.single) problems.push(...duplicateKeyProblems(rows, KEYS[kind]));
  const spec = SPECS[kind];
  const rowNo = (r: CsvRow) => (opts.single ? null : r.row);
  const built = (spec.build as (u: AdminUnits, r: CsvRow[], o: InputProblem[], n: (r: CsvRow) => number | null) => object[])(units, rows, problems, rowNo);
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return upsertAll(db, { entity: spec.entity as never, auditEntity: spec.auditEntity, keyFields: [...spec.keyFields] as never }, problems.length ? rows.map((r) => r.values) : built, {
    actor: opts.actor, dryRun: opts.dryRun, problems, action: opts.action, note: opts.note,
  });
}

/** A whole CSV file: refused as a whole with every problem (row and field named), or applied as a whole. */
export async function importCsv(db: DataSource, units: AdminUnits, kind: ImportKind, csv: string, opts: WriteOptions): Promise<WriteOutcome> {
  const { rows, problems } = readCsv(csv, COLUMNS[kind]);
  return write(db, units, kind, rows, problems, { ...opts, action: `import-${kind}`, single: false });
}

const camel = (snake: string) => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** One mutation input (camelCase fields), checked exactly like a CSV row; problems have row null. */
export async function writeOne(db: DataSource, units: AdminUnits, kind: ImportKind, input: Record<string, unknown>, opts: WriteOptions): Promise<WriteOutcome> {
  const problems: InputProblem[] = [];
  const values: Values = {};
  for (const f of COLUMNS[kind]) {
    const raw = input[camel(f.name)];
    const parsed = parseField(raw === undefined || raw === null ? '' : String(raw), f);
    if ('problem' in parsed) problems.push(problem(null, camel(f.name), parsed.code, parsed.problem));
    else values[f.name] = parsed.value;
  }
  const outcome = await write(db, units, kind, [{ row: 1, values }], problems, { ...opts, action: `record-${kind}`, single: true });
  // Mutation problems name the input field (camelCase), not the CSV column.
  for (const p of outcome.problems) p.field = p.field.split('+').map(camel).join('+');
  return outcome;
}
