import type { DataSource } from 'typeorm';
import {
  FIRST_DATA_YEAR, duplicateKeyProblems, parseField, readCsv, upsertAll, yearEnd,
  type AdminUnits, type CsvRow, type CsvValue, type FieldSpec, type InputProblem, type UpsertSpec, type WriteOutcome,
} from '@lsp/shared';
import {
  ContinuingEducationCentreEntity, EducationStatisticsEntity, LEARNING_CENTRE_RATINGS, LearningCentreEntity, STATISTICS_COUNTS,
  STEERING_COMMITTEE_LEVELS, SteeringCommitteeEntity,
  type ContinuingEducationCentreRow, type EducationStatisticsRow, type LearningCentreRow, type StatisticsCountField, type SteeringCommitteeRow,
} from '../store';

/**
 * The education department's writable datasets. Every write, a single-record mutation or a CSV file, goes
 * through the same path: parse each field, check the rules below (each problem coded and naming row and
 * field), refuse the whole input on any problem, else upsert on the natural key with audit (upsertAll).
 * CSV column names are the GraphQL input field names.
 */
export interface Dataset<Row extends object> {
  name: DatasetName;
  /** What a CSV file of this dataset holds, for the CLI and README. */
  about: string;
  fields: () => FieldSpec[];
  /** Natural key (CSV columns = row properties). */
  key: string[];
  upsert: UpsertSpec<Row & Record<string, unknown>>;
  check: (v: Record<string, CsvValue>, row: number | null, units: AdminUnits) => InputProblem[];
  toRow: (v: Record<string, CsvValue>) => Row;
}

export type DatasetName = 'statistics' | 'learning-centres' | 'continuing-education-centres' | 'steering-committees';

/** Data years accepted: from the first year of the platform's data to the current year (no figures for the future). */
export const lastAcceptedYear = () => new Date().getUTCFullYear();
const yearField = (): FieldSpec => ({ name: 'year', type: 'int', min: FIRST_DATA_YEAR, max: lastAcceptedYear() });
const today = () => new Date().toISOString().slice(0, 10);

const problem = (row: number | null, field: string, code: string, message: string): InputProblem => ({ row, field, code, message });
const has = (v: Record<string, CsvValue>, ...fields: string[]) => fields.every((f) => v[f] !== undefined && v[f] !== null);

function communeProblems(v: Record<string, CsvValue>, row: number | null, units: AdminUnits): InputProblem[] {
  if (!has(v, 'communeCode')) return [];
  const code = String(v.communeCode);
  if (!units.commune(code)) return [problem(row, 'communeCode', 'UNKNOWN_COMMUNE', `no commune has the code "${code}"`)];
  if (has(v, 'year') && !units.commune(code, yearEnd(Number(v.year)))) {
    return [problem(row, 'communeCode', 'COMMUNE_NOT_VALID_IN_YEAR', `commune "${code}" was not a unit on 31/12/${v.year} (the reporting units of a year are those valid on its last day)`)];
  }
  return [];
}

/** Parts that cannot exceed their whole: [part, whole]. */
const STATISTICS_PARTS: Array<[StatisticsCountField, StatisticsCountField]> = [
  ['under3InNursery', 'childrenUnder3'],
  ['under3InNurseryNonPublic', 'under3InNursery'],
  ['age3To5InKindergarten', 'children3To5'],
  ['age3To5InKindergartenNonPublic', 'age3To5InKindergarten'],
  ['childrenAge5', 'children3To5'],
  ['age5InKindergarten', 'childrenAge5'],
  ['age5InKindergarten', 'age3To5InKindergarten'],
  ['age6EnteringGrade1', 'childrenAge6'],
  ['outOfSchool6To10InFlexible', 'outOfSchool6To10'],
  ['outOfSchool11To14InFlexible', 'outOfSchool11To14'],
  ['literate15To35Male', 'population15To35Male'],
  ['literate15To35Female', 'population15To35Female'],
  ['illiterateWorkingAgeMale', 'workingAgeMale'],
  ['illiterateWorkingAgeFemale', 'workingAgeFemale'],
];

export const statisticsDataset: Dataset<EducationStatisticsRow> = {
  name: 'statistics',
  about: 'Education statistics of one commune in one year (counts as of 31 December)',
  fields: () => [
    { name: 'communeCode', type: 'string' },
    yearField(),
    ...STATISTICS_COUNTS.map(([prop]): FieldSpec => ({ name: prop, type: 'int', min: 0 })),
  ],
  key: ['communeCode', 'year'],
  upsert: { entity: EducationStatisticsEntity as never, auditEntity: 'EducationStatistics', keyFields: ['communeCode', 'year'] },
  check: (v, row, units) => [
    ...communeProblems(v, row, units),
    ...STATISTICS_PARTS.filter(([part, whole]) => has(v, part, whole) && Number(v[part]) > Number(v[whole])).map(([part, whole]) =>
      problem(row, part, 'PART_EXCEEDS_WHOLE', `${part} (${v[part]}) is larger than ${whole} (${v[whole]})`),
    ),
  ],
  toRow: (v) => ({
    communeCode: String(v.communeCode),
    year: Number(v.year),
    ...(Object.fromEntries(STATISTICS_COUNTS.map(([prop]) => [prop, Number(v[prop])])) as Record<StatisticsCountField, number>),
    synthetic: false,
  }),
};

export const learningCentreDataset: Dataset<LearningCentreRow> = {
  name: 'learning-centres',
  about: "The commune's community learning centre (trung tâm học tập cộng đồng) in one year",
  fields: () => [
    { name: 'communeCode', type: 'string' },
    yearField(),
    { name: 'established', type: 'bool' },
    { name: 'establishedOn', type: 'date', required: false },
    { name: 'rating', type: 'string', required: false, oneOf: LEARNING_CENTRE_RATINGS },
    { name: 'learners', type: 'int', min: 0 },
    { name: 'activities', type: 'int', min: 0 },
  ],
  key: ['communeCode', 'year'],
  upsert: { entity: LearningCentreEntity as never, auditEntity: 'CommunityLearningCentre', keyFields: ['communeCode', 'year'] },
  check: (v, row, units) => {
    const out = communeProblems(v, row, units);
    if (v.established === false) {
      for (const f of ['learners', 'activities'] as const) {
        if (has(v, f) && Number(v[f]) > 0) out.push(problem(row, f, 'INCONSISTENT', `${f} is ${v[f]} but the centre is not established`));
      }
      if (has(v, 'rating')) out.push(problem(row, 'rating', 'INCONSISTENT', 'a centre that is not established has no rating'));
    }
    if (has(v, 'establishedOn', 'year') && String(v.establishedOn) > yearEnd(Number(v.year))) {
      out.push(problem(row, 'establishedOn', 'OUT_OF_RANGE', `${v.establishedOn} is after the end of ${v.year}`));
    }
    return out;
  },
  toRow: (v) => ({
    communeCode: String(v.communeCode), year: Number(v.year), established: Boolean(v.established),
    establishedOn: (v.establishedOn as string | null) ?? null, rating: (v.rating as LearningCentreRow['rating']) ?? null,
    learners: Number(v.learners), activities: Number(v.activities), synthetic: false,
  }),
};

export const continuingEducationCentreDataset: Dataset<ContinuingEducationCentreRow> = {
  name: 'continuing-education-centres',
  about: 'A district continuing-education centre (trung tâm giáo dục thường xuyên huyện) in one year',
  fields: () => [
    { name: 'districtCode', type: 'string' },
    yearField(),
    { name: 'name', type: 'string' },
    { name: 'alsoVocational', type: 'bool' },
  ],
  key: ['districtCode', 'year'],
  upsert: { entity: ContinuingEducationCentreEntity as never, auditEntity: 'ContinuingEducationCentre', keyFields: ['districtCode', 'year'] },
  check: (v, row, units) => {
    if (!has(v, 'districtCode')) return [];
    const district = units.district(String(v.districtCode));
    if (!district) return [problem(row, 'districtCode', 'UNKNOWN_DISTRICT', `no district has the code "${v.districtCode}"`)];
    if (has(v, 'year') && !units.isValidOn(district, yearEnd(Number(v.year)))) {
      return [problem(row, 'districtCode', 'DISTRICT_NOT_VALID_IN_YEAR', `district "${v.districtCode}" was not a unit on 31/12/${v.year}`)];
    }
    return [];
  },
  toRow: (v) => ({ districtCode: String(v.districtCode), year: Number(v.year), name: String(v.name), alsoVocational: Boolean(v.alsoVocational), synthetic: false }),
};

export const steeringCommitteeDataset: Dataset<SteeringCommitteeRow> = {
  name: 'steering-committees',
  about: 'A steering committee for building a learning society (Ban Chỉ đạo xây dựng XHHT) of the province, a district or a commune',
  fields: () => [
    { name: 'level', type: 'string', oneOf: STEERING_COMMITTEE_LEVELS },
    { name: 'unitCode', type: 'string' },
    { name: 'establishedOn', type: 'date', required: false },
    { name: 'decisionRef', type: 'string', required: false },
  ],
  key: ['level', 'unitCode'],
  upsert: { entity: SteeringCommitteeEntity as never, auditEntity: 'SteeringCommittee', keyFields: ['unitCode', 'level'] },
  check: (v, row, units) => {
    const out: InputProblem[] = [];
    if (has(v, 'level', 'unitCode')) {
      const code = String(v.unitCode);
      if (v.level === 'PROVINCE' && code !== units.province.code) out.push(problem(row, 'unitCode', 'UNKNOWN_UNIT', `the province code is "${units.province.code}", not "${code}"`));
      if (v.level === 'DISTRICT' && !units.district(code)) out.push(problem(row, 'unitCode', 'UNKNOWN_DISTRICT', `no district has the code "${code}"`));
      if (v.level === 'COMMUNE' && !units.commune(code)) out.push(problem(row, 'unitCode', 'UNKNOWN_COMMUNE', `no commune has the code "${code}"`));
    }
    if (has(v, 'establishedOn') && String(v.establishedOn) > today()) out.push(problem(row, 'establishedOn', 'OUT_OF_RANGE', `${v.establishedOn} is in the future`));
    else if (out.length === 0 && has(v, 'establishedOn', 'level', 'unitCode') && v.level !== 'PROVINCE') {
      // GSO reused codes in 2025: the committee belongs to the unit that carried the code when it was established.
      const on = String(v.establishedOn);
      const unit = v.level === 'DISTRICT' ? units.district(String(v.unitCode)) : units.commune(String(v.unitCode), on);
      if (!unit || !units.isValidOn(unit, on)) out.push(problem(row, 'establishedOn', 'UNIT_NOT_VALID_ON_DATE', `no ${String(v.level).toLowerCase()} carried the code "${v.unitCode}" on ${on}`));
    }
    return out;
  },
  toRow: (v) => ({
    level: v.level as SteeringCommitteeRow['level'], unitCode: String(v.unitCode), establishedOn: (v.establishedOn as string | null) ?? null,
    decisionRef: (v.decisionRef as string | null) ?? null, synthetic: false,
  }),
};

export const DATASETS: Record<DatasetName, Dataset<any>> = {
  statistics: statisticsDataset,
  'learning-centres': learningCentreDataset,
  'continuing-education-centres': continuingEducationCentreDataset,
  'steering-committees': steeringCommitteeDataset,
};

export interface WriteOptions {
  actor: string;
  dryRun?: boolean;
  /** Audit action of the attempt record: "import" for files, "record" for single-record mutations. */
  action?: string;
  note?: string;
  /** Called between steps (CLI progress). */
  progress?: (message: string) => void;
}

/** Checks parsed rows and writes them all or nothing. */
export async function writeRows<Row extends object>(
  db: DataSource, units: AdminUnits, ds: Dataset<Row>, parsed: { rows: CsvRow[]; problems: InputProblem[] }, opts: WriteOptions,
): Promise<WriteOutcome> {
  const problems = [...parsed.problems];
  for (const r of parsed.rows) problems.push(...ds.check(r.values, r.row, units));
  problems.push(...duplicateKeyProblems(parsed.rows, ds.key));
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  opts.progress?.(`checked ${parsed.rows.length} rows: ${problems.length} problem(s)`);
  const rows = parsed.rows.map((r) => ds.toRow(r.values) as Row & Record<string, unknown>);
  const outcome = await upsertAll(db, ds.upsert, rows, { actor: opts.actor, problems, dryRun: opts.dryRun, action: opts.action ?? 'import', note: opts.note });
  opts.progress?.(
    outcome.ok
      ? `${outcome.dryRun ? 'dry run, nothing written: would insert' : 'inserted'} ${outcome.inserted}, ${outcome.dryRun ? 'update' : 'updated'} ${outcome.updated}, unchanged ${outcome.unchanged} (batch ${outcome.batchId})`
      : `refused, nothing written (batch ${outcome.batchId})`,
  );
  return outcome;
}

/** A CSV file of a dataset (header = field names), all or nothing. */
export function importCsv(db: DataSource, units: AdminUnits, ds: Dataset<any>, csv: string, opts: WriteOptions): Promise<WriteOutcome> {
  const parsed = readCsv(csv, ds.fields());
  opts.progress?.(`read ${parsed.rows.length} data rows`);
  return writeRows(db, units, ds, parsed, opts);
}

/**
 * One record from a GraphQL input: fields are read exactly like CSV fields, so a mutation and an import
 * refuse the same things with the same codes. Problems name the input field, with row null.
 */
export function recordOne(db: DataSource, units: AdminUnits, ds: Dataset<any>, input: Record<string, unknown>, opts: WriteOptions): Promise<WriteOutcome> {
  const values: Record<string, CsvValue> = {};
  const problems: InputProblem[] = [];
  for (const f of ds.fields()) {
    const given = input[f.name];
    const parsed = parseField(given === undefined || given === null ? '' : String(given), f);
    if ('problem' in parsed) problems.push(problem(null, f.name, parsed.code, parsed.problem));
    else values[f.name] = parsed.value;
  }
  return writeRows(db, units, ds, { rows: [{ row: 1, values }], problems }, { action: 'record', ...opts }).then((o) => ({
    ...o,
    problems: o.problems.map((p) => ({ ...p, row: null })),
  }));
}
