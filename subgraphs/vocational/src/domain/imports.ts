import {
  FIRST_DATA_YEAR, LAST_DATA_YEAR, duplicateKeyProblems, parseField, readCsv, upsertAll, upsertParts, yearEnd,
  type AdminUnits, type CsvRow, type FieldSpec, type InputProblem, type WriteOutcome,
} from '@lsp/shared';
import type { DataSource } from 'typeorm';
import {
  CourseEntity, EnrolmentEntity, LabourForceEntity, ProviderEntity, VocationalStore,
  type CourseRow, type EnrolmentRow, type LabourForceRow, type ProviderRow,
} from '../store';
import { COURSE_LEVELS, DEFAULT_SOURCE, ETHNIC_GROUPS, PROVIDER_KINDS, SEXES } from './catalogue';

/**
 * Validation and writing of the department's three kinds of input: training providers, courses with their
 * enrolments, labour-force figures. CSV imports and single-record mutations go through the same rules; every
 * problem names its row and field, and any problem refuses the whole input (nothing written, attempt audited).
 */
export type ImportKind = 'providers' | 'courses' | 'labour-force';

const YEAR: FieldSpec = { name: 'year', type: 'int', min: FIRST_DATA_YEAR, max: LAST_DATA_YEAR };
const count = (name: string): FieldSpec => ({ name, type: 'int', min: 0 });
const SOURCE: FieldSpec = { name: 'source', type: 'string', required: false };

export const PROVIDER_COLUMNS: FieldSpec[] = [
  { name: 'provider_code', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'kind', type: 'string', oneOf: PROVIDER_KINDS },
  { name: 'district_code', type: 'string' },
  SOURCE,
];

export const COURSE_COLUMNS: FieldSpec[] = [
  { name: 'course_code', type: 'string' },
  { name: 'provider_code', type: 'string' },
  { name: 'occupation', type: 'string' },
  { name: 'level', type: 'string', oneOf: COURSE_LEVELS },
  { name: 'rural_labour_programme', type: 'bool' },
  YEAR,
  { name: 'commune_code', type: 'string' },
  { name: 'sex', type: 'string', oneOf: SEXES },
  { name: 'ethnic_group', type: 'string', oneOf: ETHNIC_GROUPS },
  count('enrolled'),
  count('graduated'),
  SOURCE,
];

const SECTORS = ['agriculture', 'forestry', 'tourism', 'processing'] as const;
export const LABOUR_COLUMNS: FieldSpec[] = [
  { name: 'commune_code', type: 'string' },
  YEAR,
  count('working_age_population'),
  count('agricultural_workers'),
  count('vocationally_trained_workers'),
  count('agricultural_workers_training_access'),
  count('technology_transfer_workers'),
  ...SECTORS.map((s) => count(`technology_transfer_${s}`)),
  SOURCE,
];

export const COLUMNS: Record<ImportKind, FieldSpec[]> = { providers: PROVIDER_COLUMNS, courses: COURSE_COLUMNS, 'labour-force': LABOUR_COLUMNS };

/** Reads records that did not come from a CSV file (mutation inputs) with the same field rules. */
export function rowsFromRecords(records: Array<Record<string, unknown>>, spec: FieldSpec[]): { rows: CsvRow[]; problems: InputProblem[] } {
  const rows: CsvRow[] = [];
  const problems: InputProblem[] = [];
  records.forEach((record, i) => {
    const values: CsvRow['values'] = {};
    for (const f of spec) {
      const raw = record[f.name];
      const parsed = parseField(raw === undefined || raw === null ? '' : String(raw), f);
      if ('problem' in parsed) problems.push({ row: i + 1, field: f.name, code: parsed.code, message: parsed.problem });
      else values[f.name] = parsed.value;
    }
    rows.push({ row: i + 1, values });
  });
  return { rows, problems };
}

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const num = (v: unknown) => (typeof v === 'number' ? v : NaN);
const problem = (row: number, field: string, code: string, message: string): InputProblem => ({ row, field, code, message });

function communeProblems(units: AdminUnits, r: CsvRow, field = 'commune_code'): InputProblem[] {
  const code = str(r.values[field]);
  const year = num(r.values.year);
  if (!code) return [];
  if (!units.commune(code)) return [problem(r.row, field, 'UNKNOWN_COMMUNE', `commune code "${code}" is not a commune of Sơn La`)];
  if (Number.isInteger(year) && !units.commune(code, yearEnd(year))) {
    return [problem(r.row, field, 'COMMUNE_NOT_VALID_IN_YEAR', `commune "${code}" was not a reporting unit on ${yearEnd(year)}`)];
  }
  return [];
}

function partProblem(r: CsvRow, part: string, whole: string): InputProblem[] {
  const p = num(r.values[part]);
  const w = num(r.values[whole]);
  return Number.isFinite(p) && Number.isFinite(w) && p > w ? [problem(r.row, part, 'PART_EXCEEDS_WHOLE', `${part} (${p}) is larger than ${whole} (${w})`)] : [];
}

// ---- providers ----

export function checkProviders(rows: CsvRow[], units: AdminUnits): { problems: InputProblem[]; providers: ProviderRow[] } {
  const problems = duplicateKeyProblems(rows, ['provider_code']);
  for (const r of rows) {
    const d = str(r.values.district_code);
    if (d && !units.district(d)) problems.push(problem(r.row, 'district_code', 'UNKNOWN_DISTRICT', `district code "${d}" is not a district of Sơn La`));
  }
  const providers = rows.map((r) => ({
    code: str(r.values.provider_code), name: str(r.values.name), kind: str(r.values.kind), districtCode: str(r.values.district_code),
    synthetic: false, source: str(r.values.source) || DEFAULT_SOURCE,
  }));
  return { problems, providers };
}

// ---- courses with enrolments ----

const COURSE_FIELDS = ['provider_code', 'occupation', 'level', 'rural_labour_programme', 'year'] as const;

export async function checkCourses(rows: CsvRow[], units: AdminUnits, store: VocationalStore) {
  const problems = duplicateKeyProblems(rows, ['course_code', 'commune_code', 'sex', 'ethnic_group']);
  const providerCodes = [...new Set(rows.map((r) => str(r.values.provider_code)).filter(Boolean))];
  const courseCodes = [...new Set(rows.map((r) => str(r.values.course_code)).filter(Boolean))];
  const knownProviders = new Set(providerCodes.length ? (await store.providersByCodes(providerCodes)).map((p) => p.code) : []);
  const stored = new Map((courseCodes.length ? await store.coursesByCodes(courseCodes) : []).map((c) => [c.code, c]));
  const firstRowOf = new Map<string, CsvRow>();
  for (const r of rows) {
    const providerCode = str(r.values.provider_code);
    if (providerCode && !knownProviders.has(providerCode)) {
      problems.push(problem(r.row, 'provider_code', 'UNKNOWN_PROVIDER', `training provider "${providerCode}" is not stored: import it first`));
    }
    problems.push(...communeProblems(units, r), ...partProblem(r, 'graduated', 'enrolled'));
    const code = str(r.values.course_code);
    const first = firstRowOf.get(code);
    if (!first) firstRowOf.set(code, r);
    else {
      for (const f of COURSE_FIELDS) {
        if (r.values[f] !== undefined && first.values[f] !== undefined && r.values[f] !== first.values[f]) {
          problems.push(problem(r.row, f, 'CONFLICTING_VALUE', `course "${code}" has ${f} "${str(first.values[f])}" in row ${first.row}, "${str(r.values[f])}" here`));
        }
      }
    }
    const before = stored.get(code);
    if (before && typeof r.values.year === 'number' && before.year !== r.values.year) {
      problems.push(problem(r.row, 'year', 'CONFLICTS_WITH_STORED', `course "${code}" is stored for ${before.year}; a course cannot move to another year (use a new course code)`));
    }
  }
  const courses: CourseRow[] = [...firstRowOf.values()].map((r) => ({
    code: str(r.values.course_code), providerCode: str(r.values.provider_code), occupation: str(r.values.occupation),
    level: str(r.values.level), ruralLabourProgramme: r.values.rural_labour_programme === true, year: num(r.values.year),
    synthetic: false, source: str(r.values.source) || DEFAULT_SOURCE,
  }));
  const enrolments: EnrolmentRow[] = rows.map((r) => ({
    courseCode: str(r.values.course_code), communeCode: str(r.values.commune_code), sex: str(r.values.sex),
    ethnicGroup: str(r.values.ethnic_group), year: num(r.values.year), enrolled: num(r.values.enrolled),
    graduated: num(r.values.graduated), synthetic: false, source: str(r.values.source) || DEFAULT_SOURCE,
  }));
  return { problems, courses, enrolments };
}

// ---- labour force ----

export function checkLabourForce(rows: CsvRow[], units: AdminUnits): { problems: InputProblem[]; labour: LabourForceRow[] } {
  const problems = duplicateKeyProblems(rows, ['commune_code', 'year']);
  for (const r of rows) {
    problems.push(
      ...communeProblems(units, r),
      ...partProblem(r, 'agricultural_workers', 'working_age_population'),
      ...partProblem(r, 'vocationally_trained_workers', 'working_age_population'),
      ...partProblem(r, 'agricultural_workers_training_access', 'agricultural_workers'),
      ...partProblem(r, 'technology_transfer_workers', 'working_age_population'),
      ...SECTORS.flatMap((s) => partProblem(r, `technology_transfer_${s}`, 'technology_transfer_workers')),
    );
  }
  const labour = rows.map((r) => ({
    communeCode: str(r.values.commune_code), year: num(r.values.year),
    workingAgePopulation: num(r.values.working_age_population), agriculturalWorkers: num(r.values.agricultural_workers),
    vocationallyTrainedWorkers: num(r.values.vocationally_trained_workers),
    agriculturalWorkersTrainingAccess: num(r.values.agricultural_workers_training_access),
    technologyTransferWorkers: num(r.values.technology_transfer_workers),
    technologyTransferAgriculture: num(r.values.technology_transfer_agriculture),
    technologyTransferForestry: num(r.values.technology_transfer_forestry),
    technologyTransferTourism: num(r.values.technology_transfer_tourism),
    technologyTransferProcessing: num(r.values.technology_transfer_processing),
    synthetic: false, source: str(r.values.source) || DEFAULT_SOURCE,
  }));
  return { problems, labour };
}

// ---- writing ----

export interface WriteOptions {
  actor: string;
  dryRun?: boolean;
  /** "import" for CSV files, "mutation" for single records. */
  action?: string;
  note?: string;
}

/** Validates parsed rows of one kind and writes them all-or-nothing (audited); `parseProblems` come from reading. */
export async function writeRows(
  db: DataSource, units: AdminUnits, kind: ImportKind, rows: CsvRow[], parseProblems: InputProblem[], opts: WriteOptions,
): Promise<WriteOutcome> {
  const store = new VocationalStore(db);
  const common = { actor: opts.actor, dryRun: opts.dryRun, action: opts.action, note: opts.note };
  const sorted = (ps: InputProblem[]) => [...ps].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  if (kind === 'providers') {
    const { problems, providers } = checkProviders(rows, units);
    return upsertAll(db, { entity: ProviderEntity, auditEntity: 'TrainingProvider', keyFields: ['code'] }, providers, { ...common, problems: sorted([...parseProblems, ...problems]) });
  }
  if (kind === 'labour-force') {
    const { problems, labour } = checkLabourForce(rows, units);
    return upsertAll(db, { entity: LabourForceEntity, auditEntity: 'LabourForce', keyFields: ['communeCode', 'year'] }, labour, { ...common, problems: sorted([...parseProblems, ...problems]) });
  }
  const { problems, courses, enrolments } = await checkCourses(rows, units, store);
  return upsertParts(
    db,
    [
      { spec: { entity: CourseEntity, auditEntity: 'VocationalCourse', keyFields: ['code'] }, rows: courses },
      { spec: { entity: EnrolmentEntity, auditEntity: 'CourseEnrolment', keyFields: ['courseCode', 'communeCode', 'sex', 'ethnicGroup'] }, rows: enrolments },
    ] as never,
    { ...common, auditEntity: 'VocationalCourse', problems: sorted([...parseProblems, ...problems]) },
  );
}

/** A CSV import of one kind: read, validate, write all-or-nothing. */
export async function importCsv(db: DataSource, units: AdminUnits, kind: ImportKind, csv: string, opts: WriteOptions): Promise<WriteOutcome> {
  const { rows, problems } = readCsv(csv, COLUMNS[kind]);
  return writeRows(db, units, kind, rows, problems, { action: 'import', ...opts });
}
