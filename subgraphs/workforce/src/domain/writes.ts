import type { DataSource } from 'typeorm';
import {
  duplicateKeyProblems, readCsv,
  type AdminUnits, type CsvRow, type FieldSpec, type InputProblem, type WriteOutcome,
} from '@lsp/shared';
import {
  COMMUNE_POSITIONS, KINDS_WITH_LANGUAGE, LEVELS, POSITIONS, QUALIFICATION_KINDS, TRAINING_RESULTS,
  levelRank, type Position, type QualificationKind,
} from './catalogue';
import {
  PersonEntity, PositionStandardEntity, PostingEntity, QualificationEntity, TrainingRecordEntity, WorkforceStore, bulkUpsert, recomputeMilestones, upsertIn, writeBatch,
  type PersonRow, type PositionStandardRow, type PostingRow, type QualificationRow, type TrainingRecordRow,
} from '../store';

/**
 * Validated, all-or-nothing, idempotent writes of the workforce roster: the CSV imports, the mutations and the
 * CLI all come through here. Every problem names its row (1 = first data row; null for a single mutation)
 * and field; with any problem nothing is written. Audit records are written by bulkUpsert (upsertAll's semantics).
 */
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2100;

export const ROSTER_COLUMNS: readonly FieldSpec[] = [
  { name: 'personCode', type: 'string' },
  { name: 'fullName', type: 'string' },
  { name: 'dateOfBirth', type: 'date', required: false },
  { name: 'birthYear', type: 'int', min: 1930, max: 2015 },
  { name: 'sex', type: 'string', oneOf: ['F', 'M'] },
  { name: 'ethnicGroup', type: 'string' },
  { name: 'position', type: 'string', oneOf: POSITIONS },
  { name: 'unitCode', type: 'string' },
  { name: 'postedFrom', type: 'date' },
  { name: 'postedTo', type: 'date', required: false },
  { name: 'areaEthnicLanguage', type: 'string', required: false },
];

export const QUALIFICATION_COLUMNS: readonly FieldSpec[] = [
  { name: 'personCode', type: 'string' },
  { name: 'kind', type: 'string', oneOf: QUALIFICATION_KINDS },
  { name: 'level', type: 'string' },
  { name: 'language', type: 'string', required: false },
  { name: 'supplementary', type: 'bool', required: false },
  { name: 'obtainedOn', type: 'date' },
];

export const TRAINING_COLUMNS: readonly FieldSpec[] = [
  { name: 'personCode', type: 'string' },
  { name: 'course', type: 'string' },
  { name: 'organiser', type: 'string' },
  { name: 'startedOn', type: 'date' },
  { name: 'endedOn', type: 'date', required: false },
  { name: 'result', type: 'string', oneOf: TRAINING_RESULTS },
];

const PERSON_CODE = /^[A-Za-z0-9._-]{1,40}$/;
const yearOf = (date: string) => Number(date.slice(0, 4));
const str = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));

type Values = Record<string, unknown>;
export interface Input {
  row: number | null;
  values: Values;
}

function yearInRange(problems: InputProblem[], row: number | null, field: string, date: string | null) {
  if (date && (yearOf(date) < MIN_YEAR || yearOf(date) > MAX_YEAR)) {
    problems.push({ row, field, code: 'OUT_OF_RANGE', message: `year ${yearOf(date)} is outside ${MIN_YEAR}–${MAX_YEAR}` });
  }
}

function checkPersonCode(problems: InputProblem[], row: number | null, code: string) {
  if (!PERSON_CODE.test(code)) problems.push({ row, field: 'personCode', code: 'INVALID', message: 'must be 1–40 letters, digits, dots, dashes or underscores' });
}

/** Checks one roster row (a person and one posting) against the administrative units. */
export function rosterRowFrom(units: AdminUnits, input: Input, source: string): { person?: PersonRow; posting?: PostingRow; problems: InputProblem[] } {
  const v = input.values;
  const row = input.row;
  const problems: InputProblem[] = [];
  const personCode = String(v.personCode);
  checkPersonCode(problems, row, personCode);
  const position = String(v.position) as Position;
  const unitCode = String(v.unitCode);
  const postedFrom = String(v.postedFrom);
  const postedTo = str(v.postedTo);
  const dateOfBirth = str(v.dateOfBirth);
  const birthYear = Number(v.birthYear);
  yearInRange(problems, row, 'postedFrom', postedFrom);
  yearInRange(problems, row, 'postedTo', postedTo);
  if (postedTo && postedTo < postedFrom) problems.push({ row, field: 'postedTo', code: 'OUT_OF_RANGE', message: `ends (${postedTo}) before it starts (${postedFrom})` });
  if (dateOfBirth && yearOf(dateOfBirth) !== birthYear) problems.push({ row, field: 'dateOfBirth', code: 'INCONSISTENT', message: 'its year differs from birthYear' });
  if (yearOf(postedFrom) < birthYear + 15) problems.push({ row, field: 'postedFrom', code: 'OUT_OF_RANGE', message: 'is before the person was 15' });

  if (COMMUNE_POSITIONS.includes(position)) {
    if (!units.commune(unitCode)) {
      problems.push({ row, field: 'unitCode', code: 'UNKNOWN_COMMUNE', message: `"${unitCode}" is not a commune code of Sơn La` });
    } else {
      const unit = units.commune(unitCode, postedFrom);
      if (!unit) {
        problems.push({ row, field: 'unitCode', code: 'COMMUNE_NOT_VALID_IN_YEAR', message: `commune ${unitCode} did not exist on ${postedFrom}` });
      } else if (unit.validTo && (!postedTo || postedTo > unit.validTo)) {
        problems.push({
          row, field: 'postedTo', code: 'COMMUNE_NOT_VALID_IN_YEAR',
          message: `commune ${unitCode} ended on ${unit.validTo}: the posting must end by then (post the person to the successor in another row)`,
        });
      }
    }
  } else if (position === 'DISTRICT_CIVIL_SERVANT') {
    const district = units.district(unitCode);
    if (!district) problems.push({ row, field: 'unitCode', code: 'UNKNOWN_DISTRICT', message: `"${unitCode}" is not a district code of Sơn La` });
    else if (!units.isValidOn(district, postedFrom) || (district.validTo && (!postedTo || postedTo > district.validTo))) {
      problems.push({ row, field: 'postedTo', code: 'DISTRICT_NOT_VALID_IN_YEAR', message: `district ${unitCode} existed until ${district.validTo}: the posting must lie within it` });
    }
  } else if (position === 'PROVINCIAL_CIVIL_SERVANT' && unitCode !== units.province.code) {
    problems.push({ row, field: 'unitCode', code: 'UNKNOWN_OFFICE', message: `provincial civil servants are posted to the province, code "${units.province.code}"` });
  }
  if (problems.length) return { problems };
  return {
    problems,
    person: { personCode, fullName: String(v.fullName), dateOfBirth, birthYear, sex: String(v.sex), ethnicGroup: String(v.ethnicGroup), source },
    posting: { personCode, postedFrom, position, unitCode, postedTo, areaEthnicLanguage: str(v.areaEthnicLanguage), source },
  };
}

/** Checks one qualification row; `birthYearOf` answers for people already stored. */
export function qualificationFrom(input: Input, birthYearOf: Map<string, number>, source: string): { qualification?: QualificationRow; problems: InputProblem[] } {
  const v = input.values;
  const row = input.row;
  const problems: InputProblem[] = [];
  const personCode = String(v.personCode);
  const kind = String(v.kind) as QualificationKind;
  const level = String(v.level);
  const obtainedOn = String(v.obtainedOn);
  const language = str(v.language) ?? '';
  const birthYear = birthYearOf.get(personCode);
  if (birthYear === undefined) problems.push({ row, field: 'personCode', code: 'UNKNOWN_PERSON', message: `no person "${personCode}" on the roster: import the roster first` });
  if (!QUALIFICATION_KINDS.includes(kind)) problems.push({ row, field: 'kind', code: 'NOT_ALLOWED', message: `"${kind}" is not one of ${QUALIFICATION_KINDS.join(', ')}` });
  else if (!LEVELS[kind].includes(level)) problems.push({ row, field: 'level', code: 'NOT_ALLOWED', message: `"${level}" is not a level of ${kind}: ${LEVELS[kind].join(', ')}` });
  if (KINDS_WITH_LANGUAGE.includes(kind) && !language) problems.push({ row, field: 'language', code: 'REQUIRED', message: `is required for ${kind}` });
  yearInRange(problems, row, 'obtainedOn', obtainedOn);
  if (birthYear !== undefined && yearOf(obtainedOn) < birthYear) problems.push({ row, field: 'obtainedOn', code: 'OUT_OF_RANGE', message: 'is before the person was born' });
  if (problems.length) return { problems };
  return {
    problems,
    qualification: {
      personCode, kind, level, levelRank: levelRank(kind, level), language: KINDS_WITH_LANGUAGE.includes(kind) ? language : '',
      supplementary: v.supplementary === true, obtainedOn, source,
    },
  };
}

export function trainingFrom(input: Input, known: Set<string>, source: string): { training?: TrainingRecordRow; problems: InputProblem[] } {
  const v = input.values;
  const row = input.row;
  const problems: InputProblem[] = [];
  const personCode = String(v.personCode);
  const startedOn = String(v.startedOn);
  const endedOn = str(v.endedOn);
  if (!known.has(personCode)) problems.push({ row, field: 'personCode', code: 'UNKNOWN_PERSON', message: `no person "${personCode}" on the roster: import the roster first` });
  yearInRange(problems, row, 'startedOn', startedOn);
  yearInRange(problems, row, 'endedOn', endedOn);
  if (endedOn && endedOn < startedOn) problems.push({ row, field: 'endedOn', code: 'OUT_OF_RANGE', message: `ends (${endedOn}) before it starts (${startedOn})` });
  if (problems.length) return { problems };
  return {
    problems,
    training: { personCode, course: String(v.course), organiser: String(v.organiser), startedOn, endedOn, result: String(v.result), source },
  };
}

const PERSON_COMPARE: Array<keyof PersonRow & string> = ['fullName', 'dateOfBirth', 'birthYear', 'sex', 'ethnicGroup'];
const POSTING_COMPARE: Array<keyof PostingRow & string> = ['position', 'unitCode', 'postedTo', 'areaEthnicLanguage'];

export interface WriteOptions {
  actor: string;
  dryRun?: boolean;
  source: string;
}

/**
 * Writes roster rows (already parsed): one row = a person and one of their postings. Rows of the same person must
 * agree on the person's fields. People are keyed on personCode, postings on personCode + postedFrom; both are
 * upserted in one transaction. A row counts as inserted when its posting is new, updated when its posting or its
 * person changed.
 */
export async function writeRoster(db: DataSource, units: AdminUnits, inputs: Input[], opts: WriteOptions, problems: InputProblem[] = []): Promise<WriteOutcome> {
  const people = new Map<string, { person: PersonRow; row: number | null }>();
  const postings: PostingRow[] = [];
  for (const input of inputs) {
    const { person, posting, problems: p } = rosterRowFrom(units, input, opts.source);
    problems.push(...p);
    if (!person || !posting) continue;
    const seen = people.get(person.personCode);
    const differs = seen && PERSON_COMPARE.find((f) => seen.person[f] !== person[f]);
    if (seen && differs) {
      problems.push({ row: input.row, field: differs, code: 'INCONSISTENT', message: `differs from row ${seen.row} of the same person` });
      continue;
    }
    if (!seen) people.set(person.personCode, { person, row: input.row });
    postings.push(posting);
  }
  const personRows = [...people.values()].map((p) => p.person);
  return writeBatch(db, { actor: opts.actor, auditEntity: 'Roster', rows: inputs.length, problems, dryRun: opts.dryRun }, async (ctx) => {
    const personStatus = await upsertIn(ctx, { entity: PersonEntity, auditEntity: 'Person', keyFields: ['personCode'], compareFields: PERSON_COMPARE }, personRows);
    const postingStatus = await upsertIn(ctx, { entity: PostingEntity, auditEntity: 'Posting', keyFields: ['personCode', 'postedFrom'], compareFields: POSTING_COMPARE }, postings);
    const changed = [...personStatus].filter(([, s]) => s !== 'unchanged').map(([k]) => k);
    for (const p of postings) if (postingStatus.get(`${p.personCode}|${p.postedFrom}`) !== 'unchanged') changed.push(p.personCode);
    if (!ctx.dryRun && changed.length) await recomputeMilestones(ctx.m, changed);
    return postings.map((p) => {
      const s = postingStatus.get(`${p.personCode}|${p.postedFrom}`)!;
      return s === 'unchanged' && personStatus.get(p.personCode) !== 'unchanged' ? 'updated' : s;
    });
  });
}

export async function writeQualifications(db: DataSource, inputs: Input[], opts: WriteOptions, problems: InputProblem[] = []): Promise<WriteOutcome> {
  const codes = inputs.map((i) => String(i.values.personCode));
  const known = await new WorkforceStore(db).peopleByCodesChunked(codes);
  const birthYearOf = new Map(known.map((p) => [p.personCode, p.birthYear]));
  const rows: QualificationRow[] = [];
  for (const input of inputs) {
    const { qualification, problems: p } = qualificationFrom(input, birthYearOf, opts.source);
    problems.push(...p);
    if (qualification) rows.push(qualification);
  }
  return bulkUpsert(db, {
    entity: QualificationEntity, auditEntity: 'Qualification', keyFields: ['personCode', 'kind', 'level', 'language'],
    compareFields: ['levelRank', 'supplementary', 'obtainedOn'],
  }, rows, { actor: opts.actor, problems, dryRun: opts.dryRun, afterWrite: (m, changed) => recomputeMilestones(m, changed.map((q) => q.personCode)) });
}

export async function writeTrainings(db: DataSource, inputs: Input[], opts: WriteOptions, problems: InputProblem[] = []): Promise<WriteOutcome> {
  const known = await new WorkforceStore(db).existingPersonCodes(inputs.map((i) => String(i.values.personCode)));
  const rows: TrainingRecordRow[] = [];
  for (const input of inputs) {
    const { training, problems: p } = trainingFrom(input, known, opts.source);
    problems.push(...p);
    if (training) rows.push(training);
  }
  return bulkUpsert(db, {
    entity: TrainingRecordEntity, auditEntity: 'TrainingRecord', keyFields: ['personCode', 'course', 'startedOn'],
    compareFields: ['organiser', 'endedOn', 'result'],
  }, rows, { actor: opts.actor, problems, dryRun: opts.dryRun });
}

export async function writePositionStandard(db: DataSource, standard: PositionStandardRow, actor: string): Promise<WriteOutcome> {
  const problems: InputProblem[] = [];
  if (!POSITIONS.includes(standard.position as Position)) problems.push({ row: null, field: 'position', code: 'NOT_ALLOWED', message: `"${standard.position}" is not a position` });
  const ranges: Array<[keyof PositionStandardRow & string, QualificationKind]> = [
    ['minGeneralEducation', 'GENERAL_EDUCATION'], ['minProfessional', 'PROFESSIONAL'], ['minPoliticalTheory', 'POLITICAL_THEORY'],
  ];
  for (const [field, kind] of ranges) {
    const n = standard[field] as number;
    if (!Number.isInteger(n) || n < 0) problems.push({ row: null, field, code: 'NEGATIVE', message: 'must be a rank of 0 (none) or more' });
    else if (n > LEVELS[kind].length) problems.push({ row: null, field, code: 'OUT_OF_RANGE', message: `${kind} has ${LEVELS[kind].length} levels` });
  }
  return bulkUpsert(db, { entity: PositionStandardEntity, auditEntity: 'PositionStandard', keyFields: ['position'] }, [standard], { actor, problems });
}

/** Parses a CSV and writes it through `write`; CSV problems and validation problems are reported together. */
async function importCsv(
  text: string,
  spec: readonly FieldSpec[],
  keyFields: string[],
  write: (inputs: Input[], problems: InputProblem[]) => Promise<WriteOutcome>,
): Promise<WriteOutcome> {
  const { rows, problems } = readCsv(text, spec);
  const complete = rows.filter((r) => !problems.some((p) => p.row === r.row));
  problems.push(...duplicateKeyProblems(complete, keyFields));
  return write(complete.map((r: CsvRow) => ({ row: r.row, values: r.values })), problems);
}

export const importRosterCsv = (db: DataSource, units: AdminUnits, csv: string, opts: WriteOptions) =>
  importCsv(csv, ROSTER_COLUMNS, ['personCode', 'postedFrom'], (inputs, problems) => writeRoster(db, units, inputs, opts, problems));

export const importQualificationsCsv = (db: DataSource, csv: string, opts: WriteOptions) =>
  importCsv(csv, QUALIFICATION_COLUMNS, ['personCode', 'kind', 'level', 'language'], (inputs, problems) => writeQualifications(db, inputs, opts, problems));

export const importTrainingsCsv = (db: DataSource, csv: string, opts: WriteOptions) =>
  importCsv(csv, TRAINING_COLUMNS, ['personCode', 'course', 'startedOn'], (inputs, problems) => writeTrainings(db, inputs, opts, problems));
