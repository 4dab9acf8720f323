import type { GraphQLResolveInfo } from 'graphql';
import type { PersonModel, PostingModel, QualificationModel, TrainingRecordModel, PositionStandardModel, PersonConnectionModel, PostingConnectionModel, QualificationConnectionModel, TrainingRecordConnectionModel, WorkforceFiguresModel, CommuneYearModel, DistrictYearModel, ProvinceYearModel, AuditRecordModel } from './models';
import type { WorkforceContext } from './context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** One audit record: who changed what, when, with the values before and after (JSON). */
export type AuditRecord = {
  __typename?: 'AuditRecord';
  /** insert, update, delete, or import (one record per import attempt). */
  action: Scalars['String']['output'];
  actor: Scalars['String']['output'];
  after?: Maybe<Scalars['String']['output']>;
  at: Scalars['String']['output'];
  batchId?: Maybe<Scalars['String']['output']>;
  before?: Maybe<Scalars['String']['output']>;
  entity: Scalars['String']['output'];
  entityKey: Scalars['String']['output'];
  id: Scalars['Int']['output'];
  note?: Maybe<Scalars['String']['output']>;
};

/** Which boundaries a commune's yearly figures are read in. */
export type Boundaries =
  /** The commune as it is since 01/07/2025; earlier years are the sums of the units whose area it took. */
  | 'CURRENT'
  /** The unit that carried the code in that year, as it reported (2013–2024 data: the units of before 2025). */
  | 'REPORTED';

/**
 * A commune in one data year. workforce adds the qualification figures of the cadres posted there on 31 December.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type CommuneYear = {
  __typename?: 'CommuneYear';
  /** REPORTED or CURRENT boundaries (key). */
  boundaries: Boundaries;
  /** GSO code of the commune (key). */
  communeCode: Scalars['String']['output'];
  /** The workforce indicators as typed fields, with their seed targets. */
  workforce?: Maybe<WorkforceFigures>;
  /** Every workforce indicator of the platform catalogue (WF_*), in catalogue order; ratio of sums over reporting units. */
  workforceIndicators?: Maybe<Array<IndicatorValue>>;
  /** True when the workforce data of this year is locked (approved) over the whole territory (see lockWorkforcePeriod). */
  workforceLocked?: Maybe<Scalars['Boolean']['output']>;
  /**
   * People posted in the commune's reporting units on 31 December of the year, ordered by personCode, paged.
   * Needs a signed-in role; names need workforce:pii.
   */
  workforcePeople?: Maybe<PersonConnection>;
  /** Data year; figures as of 31 December (key). */
  year: Scalars['Int']['output'];
};


/**
 * A commune in one data year. workforce adds the qualification figures of the cadres posted there on 31 December.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type CommuneYearWorkforcePeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  position?: InputMaybe<Position>;
};

/** One CSV column of a dataset. */
export type DatasetColumn = {
  __typename?: 'DatasetColumn';
  /** One line of documentation (English). */
  doc?: Maybe<Scalars['String']['output']>;
  /** Part of the natural key. */
  key: Scalars['Boolean']['output'];
  /** Label in English. */
  labelEn: Scalars['String']['output'];
  /** Label in Vietnamese. */
  labelVi: Scalars['String']['output'];
  /** INT and NUMBER: highest value; DATE: last year. */
  max?: Maybe<Scalars['Float']['output']>;
  /** TEXT and ENUM: maximum length in characters. */
  maxLength?: Maybe<Scalars['Int']['output']>;
  /** INT and NUMBER: lowest value; DATE: first year. */
  min?: Maybe<Scalars['Float']['output']>;
  /** CSV header = GraphQL input field name. */
  name: Scalars['String']['output'];
  /** An empty cell is REQUIRED (never read as zero). */
  required: Scalars['Boolean']['output'];
  /** TEXT, INT, NUMBER, BOOL, DATE or ENUM. */
  type: Scalars['String']['output'];
  /** The allowed values of an ENUM column; null otherwise. */
  values?: Maybe<Array<Scalars['String']['output']>>;
};

/** A dataset as the intake templates and page need it: the CSV columns with labels, the key, the unit and year columns. */
export type DatasetDescription = {
  __typename?: 'DatasetDescription';
  /** The CSV columns in order. */
  columns: Array<DatasetColumn>;
  /** Department that owns it. */
  department: Scalars['String']['output'];
  /** Date (YYYY-MM-DD) the figures of that year are due: by default 31 January of the next year (setting INTAKE_DUE_DATES). */
  dueDate: Scalars['String']['output'];
  /** Root Mutation field that imports a CSV of it (arguments csv, dryRun, year, unitCode, expectedDigest). */
  importMutation: Scalars['String']['output'];
  /** Kebab-case name, as /export and /intake name datasets: education-statistics, labour-force. */
  kebabName: Scalars['String']['output'];
  /** Columns of the natural key (CSV headers). */
  keyColumns: Array<Scalars['String']['output']>;
  /** Dataset id (camelCase), e.g. educationStatistics. */
  name: Scalars['String']['output'];
  /** Whether rows belong to a (year, reporting unit) period; false: reporters cannot write it. */
  periodic: Scalars['Boolean']['output'];
  /** Digest of the columns (names, types, required, enumerations, ranges): a template carries it, so a file of another version is recognised. */
  templateVersion: Scalars['String']['output'];
  /** Title in English. */
  title: Scalars['String']['output'];
  /** Title in Vietnamese. */
  titleVi: Scalars['String']['output'];
  /** Column holding the row's unit (communeCode, districtCode, unitCode); null when none. */
  unitColumn?: Maybe<Scalars['String']['output']>;
  /** What unitColumn holds: COMMUNE, DISTRICT or MIXED (several levels); null when there is no unit column. */
  unitLevel?: Maybe<Scalars['String']['output']>;
  /** Column holding the data year; null when the year comes from a date column or there is none. */
  yearColumn?: Maybe<Scalars['String']['output']>;
};


/** A dataset as the intake templates and page need it: the CSV columns with labels, the key, the unit and year columns. */
export type DatasetDescriptionDueDateArgs = {
  year: Scalars['Int']['input'];
};

/** Completeness and timeliness of one dataset for one reporting unit and year (DHIS2's reporting rates). */
export type DatasetReporting = {
  __typename?: 'DatasetReporting';
  /** unitsReporting / unitsExpected in per cent, to 0.1; 0 when nothing is expected. */
  completeness: Scalars['Float']['output'];
  /** Dataset id (camelCase). */
  dataset: Scalars['String']['output'];
  /** Department of the dataset. */
  department: Scalars['String']['output'];
  /** Date the figures are due (YYYY-MM-DD). */
  dueDate: Scalars['String']['output'];
  /** Kebab-case dataset name (as /export and /intake name it). */
  kebabName: Scalars['String']['output'];
  /** The department's workflow state of the unit-year: OPEN, SUBMITTED, RETURNED or APPROVED. */
  state: Scalars['String']['output'];
  /** The last submission, if any. */
  submittedAt?: Maybe<Scalars['String']['output']>;
  /** ON_TIME (submitted by the due date), LATE (submitted after it, or not submitted and past it) or PENDING (not submitted, not yet due). */
  timeliness: Scalars['String']['output'];
  /** The reporting unit: a district (until 2024) or a commune (from 2025). */
  unitCode: Scalars['String']['output'];
  /** Name of the reporting unit on 31 December of the year. */
  unitName: Scalars['String']['output'];
  /** Units that existed that year in the reporting unit: its communes of that year (1 for a district-level dataset or a commune). */
  unitsExpected: Scalars['Int']['output'];
  /** Of those, the units with at least one stored row of the dataset for the year. */
  unitsReporting: Scalars['Int']['output'];
  /** Data year. */
  year: Scalars['Int']['output'];
};

/** A row deleted since the updatedSince of the request (a tombstone): its natural key and when. */
export type DeletedRow = {
  __typename?: 'DeletedRow';
  /** When it was deleted (ISO-8601 UTC). */
  deletedAt: Scalars['String']['output'];
  /** Natural key of the deleted row, its fields joined with |, as in the audit trail. */
  key: Scalars['String']['output'];
};

/**
 * A district in one data year: its communes' cadres plus the district office's civil servants.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type DistrictYear = {
  __typename?: 'DistrictYear';
  /** GSO code of the district (key). */
  districtCode: Scalars['String']['output'];
  /** The workforce indicators as typed fields. */
  workforce?: Maybe<WorkforceFigures>;
  /** Every workforce indicator (WF_*), ratio of sums over the district's communes (and its office for civil servants). */
  workforceIndicators?: Maybe<Array<IndicatorValue>>;
  /** True when the workforce data of this year is locked (approved) over the whole territory (see lockWorkforcePeriod). */
  workforceLocked?: Maybe<Scalars['Boolean']['output']>;
  /** Reporting rates of the workforce datasets for this district and year (DHIS2 completeness and timeliness); empty when the district did not report that year. */
  workforceReporting: Array<DatasetReporting>;
  /** Data year; figures as of 31 December (key). */
  year: Scalars['Int']['output'];
};

/** One field of a row change; values as text, null = not reported (an empty cell is never zero). */
export type FieldChange = {
  __typename?: 'FieldChange';
  /** Value after the write, as text; null = not reported. */
  after?: Maybe<Scalars['String']['output']>;
  /** Stored value before, as text; null when none (not reported). */
  before?: Maybe<Scalars['String']['output']>;
  /** Dataset column (CSV header). */
  field: Scalars['String']['output'];
};

/** Outcome of a write or an import: all-or-nothing. With any problem, ok is false and nothing was written. */
export type ImportResult = {
  __typename?: 'ImportResult';
  /** Id of this attempt in the audit trail. */
  batchId: Scalars['String']['output'];
  /** Per input row: INSERTED, UPDATED (before and after of each changed field) or UNCHANGED, in row order. Filled by dry runs and by writes; empty when refused. */
  changes: Array<RowChange>;
  /** Why nothing was written, when ok is false, in this order of precedence: PREVIEW_STALE (the stored data or the file changed since the preview whose digest was given), PERIOD_LOCKED (a row falls in an approved, locked period), PERIOD_SUBMITTED (a row falls in a unit-year submitted for approval), OUTSIDE_REPORTING_UNIT (a row of another reporting unit or year than the writer's), BAD_USER_INPUT (the input has problems, each naming its row and field). Null when ok. */
  code?: Maybe<Scalars['String']['output']>;
  /** sha256 (hex) of the changes: pass it as expectedDigest to write exactly what this dry run previewed (else PREVIEW_STALE). Null when refused. */
  digest?: Maybe<Scalars['String']['output']>;
  /** True when the input was only checked (dryRun), nothing written. */
  dryRun: Scalars['Boolean']['output'];
  inserted: Scalars['Int']['output'];
  ok: Scalars['Boolean']['output'];
  problems: Array<InputProblem>;
  rows: Scalars['Int']['output'];
  /** Rows identical to what was stored already (an import is idempotent). */
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/**
 * One indicator of a department's uniform list on a year entity. value = numerator / denominator, scaled by
 * unit (percent: ×100, per_1000: ×1000), a ratio of sums for roll-ups. null value = no data (never read as zero).
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type IndicatorValue = {
  __typename?: 'IndicatorValue';
  /** Indicator code from the platform's catalogue (shared/src/indicators.ts). */
  code: Scalars['String']['output'];
  denominator?: Maybe<Scalars['Float']['output']>;
  numerator?: Maybe<Scalars['Float']['output']>;
  /** Value one year earlier over the same territory (null = no data). */
  previousValue?: Maybe<Scalars['Float']['output']>;
  /** Where the rows behind the figure come from: SYNTHETIC demo data, IMPORTED (written by an import or mutation), or MIXED; null without data. */
  provenance?: Maybe<Provenance>;
  /** percent, per_1000 or count. */
  unit: Scalars['String']['output'];
  /** Reporting units the figure should cover. */
  unitsExpected: Scalars['Int']['output'];
  /** Reporting units (communes) with data for this figure. */
  unitsReporting: Scalars['Int']['output'];
  value?: Maybe<Scalars['Float']['output']>;
};

/** One problem in submitted data: which row and field, and why. */
export type InputProblem = {
  __typename?: 'InputProblem';
  /** Machine-readable: UNKNOWN_COMMUNE, COMMUNE_NOT_VALID_IN_YEAR, NEGATIVE, PART_EXCEEDS_WHOLE, OUT_OF_RANGE, DUPLICATE_ROW, REQUIRED, NOT_NUMBER... */
  code: Scalars['String']['output'];
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** 1-based data row (header excluded); null for a problem with the whole file or request. */
  row?: Maybe<Scalars['Int']['output']>;
};

/**
 * Writes of Sở Nội vụ: role editor:workforce only (unlocking: admin). Every write is validated whole (problems name
 * row and field; the same content gets the same problems as a mutation or a CSV row), all-or-nothing, idempotent on
 * its natural key and audited with the values before and after. A write that would change a figure of a locked
 * period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Approves a submitted unit-year (role approver:workforce): this locks the period (PERIOD_LOCKED). */
  approveWorkforcePeriod: ReportingResult;
  /**
   * Deletes a person from the roster with all their postings (tombstones for each; audited with the values before).
   * Refused with HAS_RECORDS while the person has qualifications or training records (delete those first), with
   * PERIOD_LOCKED when a posting lies in a locked period, NOT_FOUND for an unknown personCode.
   */
  deletePerson: ImportResult;
  /** Deletes one posting of a person (leaves a tombstone; the person and their other postings stay). */
  deletePosting: ImportResult;
  /** Deletes one qualification (leaves a tombstone); language is required for FOREIGN_LANGUAGE and ETHNIC_LANGUAGE. */
  deleteQualification: ImportResult;
  /** Deletes one training record (leaves a tombstone). */
  deleteTrainingRecord: ImportResult;
  /**
   * Imports position standards (CSV, header = the fields of PositionStandardInput: position,minGeneralEducation,
   * minProfessional,minPoliticalTheory,requiresManagement,requiresIt,requiresForeignLanguage,source), keyed on position.
   */
  importPositionStandardsCsv: ImportResult;
  /** Imports a qualifications CSV (personCode,kind,level,language,supplementary,obtainedOn[,source]); people must be on the roster. */
  importQualificationsCsv: ImportResult;
  /**
   * Imports a roster CSV (one row per posting: a person who moved has one row per post, with the same person fields;
   * header = the fields of PersonInput: personCode,fullName,dateOfBirth,birthYear,sex,ethnicGroup,position,unitCode,
   * postedFrom,postedTo,areaEthnicLanguage[,source]; see the subgraph README). Tens of thousands of rows are fine.
   * dryRun checks without writing. The result counts stored records: each person once plus each posting.
   */
  importRosterCsv: ImportResult;
  /** Imports a training-records CSV (personCode,course,organiser,startedOn,endedOn,result[,source]). */
  importTrainingRecordsCsv: ImportResult;
  /**
   * Locks (approves) the workforce data of a year, for one district or (districtCode absent) the whole province: a
   * write that would change a figure of that year there is then refused with PERIOD_LOCKED. Role editor:workforce; audited.
   */
  lockWorkforcePeriod: PeriodLock;
  /** Adds or updates one qualification, keyed on personCode + kind + level + language. */
  recordQualification: ImportResult;
  /** Adds or updates one training record, keyed on personCode + course + startedOn. */
  recordTraining: ImportResult;
  /** Returns a submitted unit-year to its reporter with a comment (role approver:workforce): the unit may edit and submit again. */
  returnWorkforcePeriod: ReportingResult;
  /** Sets the standard a position's holders are assessed against, keyed on position. */
  setPositionStandard: ImportResult;
  /** Submits a reporting unit's workforce data of a year for approval (role reporter:workforce:<unitCode> or editor:workforce); refused with HAS_ERRORS while its stored rows have problems. Freezes the unit's writes (PERIOD_SUBMITTED). */
  submitWorkforcePeriod: ReportingResult;
  /** Unapproves an approved unit-year (role admin only): removes its lock, OPEN again. */
  unapproveWorkforcePeriod: ReportingResult;
  /** Unlocks a locked period (role admin only; audited). False when it was not locked. */
  unlockWorkforcePeriod: Scalars['Boolean']['output'];
  /**
   * Adds or updates one person (keyed on personCode) and one of their postings (keyed on personCode + postedFrom): one
   * roster CSV row. The result counts stored records: the person and the posting.
   */
  upsertPerson: ImportResult;
};


/**
 * Writes of Sở Nội vụ: role editor:workforce only (unlocking: admin). Every write is validated whole (problems name
 * row and field; the same content gets the same problems as a mutation or a CSV row), all-or-nothing, idempotent on
 * its natural key and audited with the values before and after. A write that would change a figure of a locked
 * period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationApproveWorkforcePeriodArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of Sở Nội vụ: role editor:workforce only (unlocking: admin). Every write is validated whole (problems name
 * row and field; the same content gets the same problems as a mutation or a CSV row), all-or-nothing, idempotent on
 * its natural key and audited with the values before and after. A write that would change a figure of a locked
 * period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationDeletePersonArgs = {
  personCode: Scalars['String']['input'];
};


/**
 * Writes of Sở Nội vụ: role editor:workforce only (unlocking: admin). Every write is validated whole (problems name
 * row and field; the same content gets the same problems as a mutation or a CSV row), all-or-nothing, idempotent on
 * its natural key and audited with the values before and after. A write that would change a figure of a locked
 * period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationDeletePostingArgs = {
  personCode: Scalars['String']['input'];
  postedFrom: Scalars['String']['input'];
};


/**
 * Writes of Sở Nội vụ: role editor:workforce only (unlocking: admin). Every write is validated whole (problems name
 * row and field; the same content gets the same problems as a mutation or a CSV row), all-or-nothing, idempotent on
 * its natural key and audited with the values before and after. A write that would change a figure of a locked
 * period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationDeleteQualificationArgs = {
  kind: QualificationKind;
  language?: InputMaybe<Scalars['String']['input']>;
  level: Scalars['String']['input'];
  personCode: Scalars['String']['input'];
};


/**
 * Writes of Sở Nội vụ: role editor:workforce only (unlocking: admin). Every write is validated whole (problems name
 * row and field; the same content gets the same problems as a mutation or a CSV row), all-or-nothing, idempotent on
 * its natural key and audited with the values before and after. A write that would change a figure of a locked
 * period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationDeleteTrainingRecordArgs = {
  course: Scalars['String']['input'];
  personCode: Scalars['String']['input'];
  startedOn: Scalars['String']['input'];
};


/**
 * Writes of Sở Nội vụ: role editor:workforce only (unlocking: admin). Every write is validated whole (problems name
 * row and field; the same content gets the same problems as a mutation or a CSV row), all-or-nothing, idempotent on
 * its natural key and audited with the values before and after. A write that would change a figure of a locked
 * period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationImportPositionStandardsCsvArgs = {
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedDigest?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Writes of Sở Nội vụ: role editor:workforce only (unlocking: admin). Every write is validated whole (problems name
 * row and field; the same content gets the same problems as a mutation or a CSV row), all-or-nothing, idempotent on
 * its natural key and audited with the values before and after. A write that would change a figure of a locked
 * period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationImportQualificationsCsvArgs = {
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedDigest?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Writes of Sở Nội vụ: role editor:workforce only (unlocking: admin). Every write is validated whole (problems name
 * row and field; the same content gets the same problems as a mutation or a CSV row), all-or-nothing, idempotent on
 * its natural key and audited with the values before and after. A write that would change a figure of a locked
 * period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationImportRosterCsvArgs = {
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedDigest?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Writes of Sở Nội vụ: role editor:workforce only (unlocking: admin). Every write is validated whole (problems name
 * row and field; the same content gets the same problems as a mutation or a CSV row), all-or-nothing, idempotent on
 * its natural key and audited with the values before and after. A write that would change a figure of a locked
 * period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationImportTrainingRecordsCsvArgs = {
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedDigest?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Writes of Sở Nội vụ: role editor:workforce only (unlocking: admin). Every write is validated whole (problems name
 * row and field; the same content gets the same problems as a mutation or a CSV row), all-or-nothing, idempotent on
 * its natural key and audited with the values before and after. A write that would change a figure of a locked
 * period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationLockWorkforcePeriodArgs = {
  districtCode?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Writes of Sở Nội vụ: role editor:workforce only (unlocking: admin). Every write is validated whole (problems name
 * row and field; the same content gets the same problems as a mutation or a CSV row), all-or-nothing, idempotent on
 * its natural key and audited with the values before and after. A write that would change a figure of a locked
 * period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationRecordQualificationArgs = {
  input: QualificationInput;
};


/**
 * Writes of Sở Nội vụ: role editor:workforce only (unlocking: admin). Every write is validated whole (problems name
 * row and field; the same content gets the same problems as a mutation or a CSV row), all-or-nothing, idempotent on
 * its natural key and audited with the values before and after. A write that would change a figure of a locked
 * period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationRecordTrainingArgs = {
  input: TrainingRecordInput;
};


/**
 * Writes of Sở Nội vụ: role editor:workforce only (unlocking: admin). Every write is validated whole (problems name
 * row and field; the same content gets the same problems as a mutation or a CSV row), all-or-nothing, idempotent on
 * its natural key and audited with the values before and after. A write that would change a figure of a locked
 * period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationReturnWorkforcePeriodArgs = {
  comment: Scalars['String']['input'];
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of Sở Nội vụ: role editor:workforce only (unlocking: admin). Every write is validated whole (problems name
 * row and field; the same content gets the same problems as a mutation or a CSV row), all-or-nothing, idempotent on
 * its natural key and audited with the values before and after. A write that would change a figure of a locked
 * period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationSetPositionStandardArgs = {
  input: PositionStandardInput;
};


/**
 * Writes of Sở Nội vụ: role editor:workforce only (unlocking: admin). Every write is validated whole (problems name
 * row and field; the same content gets the same problems as a mutation or a CSV row), all-or-nothing, idempotent on
 * its natural key and audited with the values before and after. A write that would change a figure of a locked
 * period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationSubmitWorkforcePeriodArgs = {
  acknowledgedWarnings?: InputMaybe<Array<Scalars['String']['input']>>;
  comment?: InputMaybe<Scalars['String']['input']>;
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of Sở Nội vụ: role editor:workforce only (unlocking: admin). Every write is validated whole (problems name
 * row and field; the same content gets the same problems as a mutation or a CSV row), all-or-nothing, idempotent on
 * its natural key and audited with the values before and after. A write that would change a figure of a locked
 * period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationUnapproveWorkforcePeriodArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of Sở Nội vụ: role editor:workforce only (unlocking: admin). Every write is validated whole (problems name
 * row and field; the same content gets the same problems as a mutation or a CSV row), all-or-nothing, idempotent on
 * its natural key and audited with the values before and after. A write that would change a figure of a locked
 * period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationUnlockWorkforcePeriodArgs = {
  districtCode?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Writes of Sở Nội vụ: role editor:workforce only (unlocking: admin). Every write is validated whole (problems name
 * row and field; the same content gets the same problems as a mutation or a CSV row), all-or-nothing, idempotent on
 * its natural key and audited with the values before and after. A write that would change a figure of a locked
 * period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationUpsertPersonArgs = {
  input: PersonInput;
};

/** Paging state of a connection: pass endCursor as after for the next page. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last node of this page (opaque); null on an empty first page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more nodes follow endCursor. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** An approved (locked) period of a department: a year, in one reporting unit (a district until 2024, a commune from 2025) or the whole province. Writes into it are refused with PERIOD_LOCKED. */
export type PeriodLock = {
  __typename?: 'PeriodLock';
  /** Department whose data is locked. */
  department: Scalars['String']['output'];
  /** GSO code of the district of a district lock; null for a commune lock or the whole province (see unitCode). */
  districtCode?: Maybe<Scalars['String']['output']>;
  /** APPROVAL (an approver approved the unit's submission) or DIRECT (an editor's lock: the province's own corrections). */
  kind: Scalars['String']['output'];
  /** When it was locked (ISO-8601 UTC). */
  lockedAt: Scalars['String']['output'];
  /** Who locked it. */
  lockedBy: Scalars['String']['output'];
  /** Why, as given when locking. */
  note?: Maybe<Scalars['String']['output']>;
  /** GSO code of the reporting unit locked (district or commune); null = the whole province. */
  unitCode?: Maybe<Scalars['String']['output']>;
  /** Data year locked. */
  year: Scalars['Int']['output'];
};

/**
 * A cadre or civil servant on the roster: one identity across moves and posts, with dated postings, qualifications and
 * training records. Anonymous in this shape except fullName and dateOfBirth, which need workforce:pii.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type Person = {
  __typename?: 'Person';
  /** Year of birth (not personal data on its own; the full date needs workforce:pii). */
  birthYear: Scalars['Int']['output'];
  /** Where the record comes from: SYNTHETIC demo data, or the source given when it was written. */
  dataLabel: Scalars['String']['output'];
  /** Date of birth (YYYY-MM-DD). Personal data: FORBIDDEN without workforce:pii. */
  dateOfBirth?: Maybe<Scalars['String']['output']>;
  /** Dân tộc, e.g. Thái, Kinh, H'Mông. */
  ethnicGroup: Scalars['String']['output'];
  /** Full name (họ và tên). Personal data: FORBIDDEN without workforce:pii. */
  fullName?: Maybe<Scalars['String']['output']>;
  /** Roster identifier (a pseudonymous code, not a national ID number). */
  personCode: Scalars['String']['output'];
  /** Every post the person has held or holds, oldest first (a person counts where posted on 31 December). */
  postings: Array<Posting>;
  /** Every recorded qualification, oldest first. */
  qualifications: Array<Qualification>;
  /** F or M. */
  sex: Scalars['String']['output'];
  /** Training courses attended, oldest first. */
  trainings: Array<TrainingRecord>;
  /** When the person's fields were last written (ISO-8601 UTC). */
  updatedAt: Scalars['String']['output'];
};

/** A page of people. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** People deleted at or after updatedSince (empty without it). */
  deleted: Array<DeletedRow>;
  /** People of this page, in personCode order. */
  nodes: Array<Person>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** People matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Filters of Query.people: people with at least one posting matching all the given filters. */
export type PersonFilter = {
  /** Only people with a posting in the communes of this district or at its office. */
  districtCode?: InputMaybe<Scalars['String']['input']>;
  /** Only people with a posting as this position. */
  position?: InputMaybe<Position>;
  /** Only people with a posting held on this date (YYYY-MM-DD). */
  postedOn?: InputMaybe<Scalars['String']['input']>;
  /** Only people with a posting in this commune (commune positions) or office (district code, or "14" for the province). */
  unitCode?: InputMaybe<Scalars['String']['input']>;
};

/** One roster row: a person and one posting (the columns of the roster CSV); checked exactly like a CSV row of the same content. */
export type PersonInput = {
  /** Local ethnic language of the posting area; null = not an ethnic-minority area. */
  areaEthnicLanguage?: InputMaybe<Scalars['String']['input']>;
  /** Year of birth, 1930–2015. */
  birthYear: Scalars['Int']['input'];
  /** Date of birth YYYY-MM-DD (personal data); its year must equal birthYear. */
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  /** Dân tộc, e.g. Thái, Kinh, H'Mông. */
  ethnicGroup: Scalars['String']['input'];
  /** Full name (personal data). */
  fullName: Scalars['String']['input'];
  /** Roster identifier: 1–40 letters, digits, dots, dashes or underscores (the natural key). */
  personCode: Scalars['String']['input'];
  /** The post held. */
  position: Position;
  /** First day of the posting; the commune or district must exist on that day. */
  postedFrom: Scalars['String']['input'];
  /** Last day of the posting; required when the commune or district ended (2025-06-30 for pre-reform units). */
  postedTo?: InputMaybe<Scalars['String']['input']>;
  /** F or M. */
  sex: Scalars['String']['input'];
  /** Where the record comes from (default "Sở Nội vụ (import)"). */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Commune code (commune positions), district code (district civil servants) or "14" (provincial). */
  unitCode: Scalars['String']['input'];
};

/** What a person is posted as. */
export type Position =
  /** Công chức xã: commune civil servant. */
  | 'COMMUNE_CIVIL_SERVANT'
  /** Cán bộ chủ chốt xã, phường, thị trấn: commune key cadre. */
  | 'COMMUNE_KEY_CADRE'
  /** Cán bộ, công chức huyện, thành phố: district civil servant (posted to the district, unitCode = district code). */
  | 'DISTRICT_CIVIL_SERVANT'
  /** Bí thư chi bộ: party cell secretary of a village (bản). */
  | 'PARTY_CELL_SECRETARY'
  /** Cán bộ, công chức tỉnh: provincial civil servant (unitCode = "14"). */
  | 'PROVINCIAL_CIVIL_SERVANT'
  /** Trưởng bản: village head. */
  | 'VILLAGE_HEAD';

/**
 * What holders of a position must have to meet its standard: minimum ranks (0 = none required; general education
 * 3 = UPPER_SECONDARY, professional 4 = UNIVERSITY, political theory 1 = ELEMENTARY) and required certificates.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type PositionStandard = {
  __typename?: 'PositionStandard';
  /** Minimum general-education rank (1 PRIMARY, 2 LOWER_SECONDARY, 3 UPPER_SECONDARY; 0 none). */
  minGeneralEducation: Scalars['Int']['output'];
  /** Minimum political-theory rank (1 sơ cấp, 2 trung cấp, 3 cao cấp; 0 none). */
  minPoliticalTheory: Scalars['Int']['output'];
  /** Minimum professional rank (1 ELEMENTARY … 4 UNIVERSITY, 5 POSTGRADUATE; 0 none). */
  minProfessional: Scalars['Int']['output'];
  /** The position the standard applies to. */
  position: Position;
  /** A foreign-language certificate required. */
  requiresForeignLanguage: Scalars['Boolean']['output'];
  /** An IT certificate required. */
  requiresIt: Scalars['Boolean']['output'];
  /** Management training (bồi dưỡng kiến thức quản lý) required. */
  requiresManagement: Scalars['Boolean']['output'];
  /** Where the standard comes from; the demo standards are SYNTHETIC (official rank standards UNCONFIRMED). */
  source: Scalars['String']['output'];
};

/** A position standard (see PositionStandard). */
export type PositionStandardInput = {
  /** Minimum general-education rank, 0–3. */
  minGeneralEducation: Scalars['Int']['input'];
  /** Minimum political-theory rank, 0–3. */
  minPoliticalTheory: Scalars['Int']['input'];
  /** Minimum professional rank, 0–5. */
  minProfessional: Scalars['Int']['input'];
  /** The position the standard applies to. */
  position: Position;
  /** A foreign-language certificate required. */
  requiresForeignLanguage: Scalars['Boolean']['input'];
  /** An IT certificate required. */
  requiresIt: Scalars['Boolean']['input'];
  /** Management training required. */
  requiresManagement: Scalars['Boolean']['input'];
  /** Where the standard comes from (the legal text). */
  source: Scalars['String']['input'];
};

/**
 * One post held by a person, from postedFrom to postedTo.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type Posting = {
  __typename?: 'Posting';
  /** The local ethnic language of the posting area; null = not an ethnic-minority area (WF_CADRES_ETHNIC_LANGUAGE). */
  areaEthnicLanguage?: Maybe<Scalars['String']['output']>;
  /** Where the record comes from: SYNTHETIC demo data, or the source given when it was written. */
  dataLabel: Scalars['String']['output'];
  /** The person posted. */
  personCode: Scalars['String']['output'];
  /** The post held. */
  position: Position;
  /** First day of the posting (YYYY-MM-DD). */
  postedFrom: Scalars['String']['output'];
  /** Last day of the posting; null = still posted. */
  postedTo?: Maybe<Scalars['String']['output']>;
  /** Where posted: a commune code, a district code (district civil servants) or "14" (provincial). */
  unitCode: Scalars['String']['output'];
  /** When this posting was last written (ISO-8601 UTC). */
  updatedAt: Scalars['String']['output'];
};

/** A page of postings. */
export type PostingConnection = {
  __typename?: 'PostingConnection';
  /** Postings deleted at or after updatedSince (empty without it). */
  deleted: Array<DeletedRow>;
  /** Postings of this page, in personCode + postedFrom order. */
  nodes: Array<Posting>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Postings matching the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Where a figure's rows come from. */
export type Provenance =
  /** Written by a department's import or mutation. */
  | 'IMPORTED'
  /** A roll-up over both synthetic and imported rows. */
  | 'MIXED'
  /** Written by the deterministic demo generator: SYNTHETIC, not official statistics. */
  | 'SYNTHETIC';

/**
 * The province in one data year: every commune, every district office and the provincial offices.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type ProvinceYear = {
  __typename?: 'ProvinceYear';
  /** GSO code of the province, "14" (key). */
  provinceCode: Scalars['String']['output'];
  /** The workforce indicators as typed fields. */
  workforce?: Maybe<WorkforceFigures>;
  /** Every workforce indicator (WF_*), ratio of sums over the province. */
  workforceIndicators?: Maybe<Array<IndicatorValue>>;
  /** True when the workforce data of this year is locked (approved) over the whole territory (see lockWorkforcePeriod). */
  workforceLocked?: Maybe<Scalars['Boolean']['output']>;
  /** Reporting rates of the workforce datasets for every reporting unit of the year (districts until 2024, communes from 2025). */
  workforceReporting: Array<DatasetReporting>;
  /** Data year; figures as of 31 December (key). */
  year: Scalars['Int']['output'];
};

/**
 * A qualification and the date it was obtained (it counts in indicators from the 31 December after that date).
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type Qualification = {
  __typename?: 'Qualification';
  /** Where the record comes from: SYNTHETIC demo data, or the source given when it was written. */
  dataLabel: Scalars['String']['output'];
  /** What kind of qualification (general education, professional level, political theory...). */
  kind: QualificationKind;
  /** Language of a FOREIGN_LANGUAGE or ETHNIC_LANGUAGE qualification; null otherwise. */
  language?: Maybe<Scalars['String']['output']>;
  /** Level within the kind (see QualificationKind). */
  level: Scalars['String']['output'];
  /** Date obtained (YYYY-MM-DD). */
  obtainedOn: Scalars['String']['output'];
  /** The person who holds it. */
  personCode: Scalars['String']['output'];
  /** Obtained through a supplementary programme (bổ túc), for GENERAL_EDUCATION. */
  supplementary: Scalars['Boolean']['output'];
  /** When this qualification was last written (ISO-8601 UTC). */
  updatedAt: Scalars['String']['output'];
};

/** A page of qualifications. */
export type QualificationConnection = {
  __typename?: 'QualificationConnection';
  /** Qualifications deleted at or after updatedSince (empty without it). */
  deleted: Array<DeletedRow>;
  /** Qualifications of this page, in personCode + kind + level + language order. */
  nodes: Array<Qualification>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Qualifications matching the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One qualification (the columns of the qualifications CSV). */
export type QualificationInput = {
  /** Kind of qualification. */
  kind: QualificationKind;
  /** Required for FOREIGN_LANGUAGE and ETHNIC_LANGUAGE. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** A level of that kind (see QualificationKind). */
  level: Scalars['String']['input'];
  /** Date obtained (YYYY-MM-DD), not before the birth year. */
  obtainedOn: Scalars['String']['input'];
  /** The person, who must be on the roster. */
  personCode: Scalars['String']['input'];
  /** Where the record comes from (default "Sở Nội vụ (import)"). */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Obtained through a supplementary programme (bổ túc). */
  supplementary?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Kinds of qualification; each has ordered levels (lowest first). */
export type QualificationKind =
  /** Ethnic-language proficiency (tiếng dân tộc thiểu số), with the language: SPOKEN, SPOKEN_AND_WRITTEN. */
  | 'ETHNIC_LANGUAGE'
  /** Foreign-language certificate (ngoại ngữ), with its language: A1, A2, B1, B2, C1, C2. */
  | 'FOREIGN_LANGUAGE'
  /** Trình độ văn hóa (general education): PRIMARY, LOWER_SECONDARY (THCS), UPPER_SECONDARY (THPT); supplementary = bổ túc. */
  | 'GENERAL_EDUCATION'
  /** IT certificate (tin học): BASIC, ADVANCED. */
  | 'IT_CERTIFICATE'
  /** Bồi dưỡng kiến thức quản lý (management training): COMPLETED. */
  | 'MANAGEMENT_TRAINING'
  /** Lý luận chính trị: ELEMENTARY (sơ cấp), INTERMEDIATE (trung cấp), ADVANCED (cao cấp). No record = none. */
  | 'POLITICAL_THEORY'
  /** Trình độ chuyên môn: ELEMENTARY (sơ cấp), INTERMEDIATE (trung cấp), COLLEGE (cao đẳng), UNIVERSITY (đại học), POSTGRADUATE (sau đại học). No record = none. */
  | 'PROFESSIONAL';

/**
 * Workforce subgraph (owner: Sở Nội vụ). Cadres and civil servants (cán bộ, công chức) of Sơn La: where they are
 * posted, their dated qualifications and training records, and the qualification indicators of QĐ 354/QĐ-UBND
 * (2013), section II.2.2 "Đối với cán bộ, công chức, viên chức" (and V.5, Sở Nội vụ's tasks). The demo roster is
 * SYNTHETIC. Personal data (fullName, dateOfBirth) needs the role workforce:pii; anonymous callers read aggregates only.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * People on the roster with a posting matching the filter, in personCode order, paged (at most 1,000 per page).
   * Needs a signed-in role; fullName and dateOfBirth need workforce:pii (FORBIDDEN on those fields only).
   */
  people: PersonConnection;
  /** One person by roster identifier (null when unknown). Needs a signed-in role. */
  person?: Maybe<Person>;
  /** The standards district and provincial civil servants are assessed against (WF_CIVIL_SERVANTS_STANDARD). */
  positionStandards: Array<PositionStandard>;
  /**
   * Audit trail of workforce writes and locks, newest first, at most 1,000 records: filter by entityKey (a personCode
   * for people) or batchId. Needs a signed-in role. Personal data in before/after is masked ("***") without workforce:pii.
   */
  workforceAudit: Array<AuditRecord>;
  /** The workforce datasets as the intake templates and page need them (columns, keys, labels, template version). Open to every caller: it is metadata. */
  workforceDatasets: Array<DatasetDescription>;
  /** Locked (approved) periods of the workforce department, optionally of one year, by year and district. Needs a signed-in role (a lock names who approved it). */
  workforcePeriodLocks: Array<PeriodLock>;
  /**
   * Postings as stored (one row per post held), optionally in one unit or district and of one position, in
   * personCode + postedFrom order, paged (at most 1,000 per page). Needs a signed-in role.
   */
  workforcePostings: PostingConnection;
  /**
   * Qualifications as stored, optionally of one person and/or kind, in personCode + kind + level + language order,
   * paged (at most 1,000 per page). Needs a signed-in role.
   */
  workforceQualifications: QualificationConnection;
  /** Where each reporting unit of a year stands in the workforce reporting workflow (OPEN when untouched); one unit with unitCode. Needs a signed-in role. */
  workforceReportingPeriods: Array<ReportingPeriod>;
  /** What a reporting unit changed in one workforce dataset of a year since the period was last approved, per row and field (before → after, from the audit trail); paged, newest first. Needs a signed-in role. */
  workforceSubmissionChanges: SubmissionChangeConnection;
  /**
   * Training records as stored, optionally of one person, in personCode + course + startedOn order, paged (at most
   * 1,000 per page). Needs a signed-in role.
   */
  workforceTrainingRecords: TrainingRecordConnection;
};


/**
 * Workforce subgraph (owner: Sở Nội vụ). Cadres and civil servants (cán bộ, công chức) of Sơn La: where they are
 * posted, their dated qualifications and training records, and the qualification indicators of QĐ 354/QĐ-UBND
 * (2013), section II.2.2 "Đối với cán bộ, công chức, viên chức" (and V.5, Sở Nội vụ's tasks). The demo roster is
 * SYNTHETIC. Personal data (fullName, dateOfBirth) needs the role workforce:pii; anonymous callers read aggregates only.
 */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  updatedSince?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Workforce subgraph (owner: Sở Nội vụ). Cadres and civil servants (cán bộ, công chức) of Sơn La: where they are
 * posted, their dated qualifications and training records, and the qualification indicators of QĐ 354/QĐ-UBND
 * (2013), section II.2.2 "Đối với cán bộ, công chức, viên chức" (and V.5, Sở Nội vụ's tasks). The demo roster is
 * SYNTHETIC. Personal data (fullName, dateOfBirth) needs the role workforce:pii; anonymous callers read aggregates only.
 */
export type QueryPersonArgs = {
  personCode: Scalars['String']['input'];
};


/**
 * Workforce subgraph (owner: Sở Nội vụ). Cadres and civil servants (cán bộ, công chức) of Sơn La: where they are
 * posted, their dated qualifications and training records, and the qualification indicators of QĐ 354/QĐ-UBND
 * (2013), section II.2.2 "Đối với cán bộ, công chức, viên chức" (and V.5, Sở Nội vụ's tasks). The demo roster is
 * SYNTHETIC. Personal data (fullName, dateOfBirth) needs the role workforce:pii; anonymous callers read aggregates only.
 */
export type QueryWorkforceAuditArgs = {
  batchId?: InputMaybe<Scalars['String']['input']>;
  beforeId?: InputMaybe<Scalars['Int']['input']>;
  entityKey?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Workforce subgraph (owner: Sở Nội vụ). Cadres and civil servants (cán bộ, công chức) of Sơn La: where they are
 * posted, their dated qualifications and training records, and the qualification indicators of QĐ 354/QĐ-UBND
 * (2013), section II.2.2 "Đối với cán bộ, công chức, viên chức" (and V.5, Sở Nội vụ's tasks). The demo roster is
 * SYNTHETIC. Personal data (fullName, dateOfBirth) needs the role workforce:pii; anonymous callers read aggregates only.
 */
export type QueryWorkforcePeriodLocksArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Workforce subgraph (owner: Sở Nội vụ). Cadres and civil servants (cán bộ, công chức) of Sơn La: where they are
 * posted, their dated qualifications and training records, and the qualification indicators of QĐ 354/QĐ-UBND
 * (2013), section II.2.2 "Đối với cán bộ, công chức, viên chức" (and V.5, Sở Nội vụ's tasks). The demo roster is
 * SYNTHETIC. Personal data (fullName, dateOfBirth) needs the role workforce:pii; anonymous callers read aggregates only.
 */
export type QueryWorkforcePostingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  districtCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  position?: InputMaybe<Position>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  updatedSince?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Workforce subgraph (owner: Sở Nội vụ). Cadres and civil servants (cán bộ, công chức) of Sơn La: where they are
 * posted, their dated qualifications and training records, and the qualification indicators of QĐ 354/QĐ-UBND
 * (2013), section II.2.2 "Đối với cán bộ, công chức, viên chức" (and V.5, Sở Nội vụ's tasks). The demo roster is
 * SYNTHETIC. Personal data (fullName, dateOfBirth) needs the role workforce:pii; anonymous callers read aggregates only.
 */
export type QueryWorkforceQualificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<QualificationKind>;
  personCode?: InputMaybe<Scalars['String']['input']>;
  updatedSince?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Workforce subgraph (owner: Sở Nội vụ). Cadres and civil servants (cán bộ, công chức) of Sơn La: where they are
 * posted, their dated qualifications and training records, and the qualification indicators of QĐ 354/QĐ-UBND
 * (2013), section II.2.2 "Đối với cán bộ, công chức, viên chức" (and V.5, Sở Nội vụ's tasks). The demo roster is
 * SYNTHETIC. Personal data (fullName, dateOfBirth) needs the role workforce:pii; anonymous callers read aggregates only.
 */
export type QueryWorkforceReportingPeriodsArgs = {
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Workforce subgraph (owner: Sở Nội vụ). Cadres and civil servants (cán bộ, công chức) of Sơn La: where they are
 * posted, their dated qualifications and training records, and the qualification indicators of QĐ 354/QĐ-UBND
 * (2013), section II.2.2 "Đối với cán bộ, công chức, viên chức" (and V.5, Sở Nội vụ's tasks). The demo roster is
 * SYNTHETIC. Personal data (fullName, dateOfBirth) needs the role workforce:pii; anonymous callers read aggregates only.
 */
export type QueryWorkforceSubmissionChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  dataset: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Workforce subgraph (owner: Sở Nội vụ). Cadres and civil servants (cán bộ, công chức) of Sơn La: where they are
 * posted, their dated qualifications and training records, and the qualification indicators of QĐ 354/QĐ-UBND
 * (2013), section II.2.2 "Đối với cán bộ, công chức, viên chức" (and V.5, Sở Nội vụ's tasks). The demo roster is
 * SYNTHETIC. Personal data (fullName, dateOfBirth) needs the role workforce:pii; anonymous callers read aggregates only.
 */
export type QueryWorkforceTrainingRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  personCode?: InputMaybe<Scalars['String']['input']>;
  updatedSince?: InputMaybe<Scalars['String']['input']>;
};

/** Where a reporting unit's year stands in a department's workflow: OPEN, SUBMITTED, RETURNED or APPROVED (= locked). */
export type ReportingPeriod = {
  __typename?: 'ReportingPeriod';
  /** The comment of the last transition (a return says what to correct). */
  comment?: Maybe<Scalars['String']['output']>;
  /** Department of the workflow. */
  department: Scalars['String']['output'];
  /** Every transition, oldest first (from the audit trail). */
  history: Array<ReportingTransition>;
  /** OPEN, SUBMITTED, RETURNED or APPROVED. */
  state: Scalars['String']['output'];
  /** The last submission (kept after approval or return): timeliness is judged on it. */
  submittedAt?: Maybe<Scalars['String']['output']>;
  /** Who submitted last. */
  submittedBy?: Maybe<Scalars['String']['output']>;
  /** GSO code of the reporting unit: a district (until 2024) or a commune (from 2025). */
  unitCode: Scalars['String']['output'];
  /** DISTRICT or COMMUNE. */
  unitLevel: Scalars['String']['output'];
  /** Its name on 31 December of the year. */
  unitName: Scalars['String']['output'];
  /** When and by whom the current state was set (the lock, when APPROVED); null while untouched. */
  updatedAt?: Maybe<Scalars['String']['output']>;
  /** Who set the current state. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** Data year. */
  year: Scalars['Int']['output'];
};

/** Outcome of a workflow step: refused steps change nothing. */
export type ReportingResult = {
  __typename?: 'ReportingResult';
  /** Null when ok; INVALID_TRANSITION (not allowed from the current state), HAS_ERRORS (the stored rows have problems), PROVINCE_LOCKED (unapproving under a whole-province lock). */
  code?: Maybe<Scalars['String']['output']>;
  /** Why refused, in words; null when ok. */
  message?: Maybe<Scalars['String']['output']>;
  /** True when the step was taken. */
  ok: Scalars['Boolean']['output'];
  /** The unit-year after the step (before it, when refused). */
  period: ReportingPeriod;
  /** HAS_ERRORS: the stored rows' problems (message names the dataset and the row's key). */
  problems: Array<InputProblem>;
};

/** One step of the reporting workflow, as audited. */
export type ReportingTransition = {
  __typename?: 'ReportingTransition';
  /** SUBMIT: the data-quality warnings the submitter acknowledged with the comment (ruleCode, unit and both sides, as listed by the intake check); empty otherwise. */
  acknowledgedWarnings: Array<Scalars['String']['output']>;
  /** SUBMIT, APPROVE, RETURN or UNAPPROVE. */
  action: Scalars['String']['output'];
  /** Who. */
  actor: Scalars['String']['output'];
  /** When (ISO-8601 UTC). */
  at: Scalars['String']['output'];
  /** The comment given. */
  comment?: Maybe<Scalars['String']['output']>;
  /** State before. */
  from: Scalars['String']['output'];
  /** State after. */
  to: Scalars['String']['output'];
};

/** What one input row does to one stored row. */
export type RowChange = {
  __typename?: 'RowChange';
  /** INSERTED, UPDATED or UNCHANGED. */
  action: Scalars['String']['output'];
  /** Entity in the audit trail (a dataset writing two tables gives a change per table). */
  entity: Scalars['String']['output'];
  /** The fields that change: UPDATED before and after, INSERTED every field with before null; empty for UNCHANGED. */
  fields: Array<FieldChange>;
  /** Natural key, fields joined with |. */
  key: Scalars['String']['output'];
  /** Input row (CSV data row, 1-based, header excluded; the position in a mutation's list). A parent shared by several rows names the first. */
  row: Scalars['Int']['output'];
};

/** One changed row, as audited: per field, before and after. */
export type SubmissionChange = {
  __typename?: 'SubmissionChange';
  /** INSERT, UPDATE or DELETE. */
  action: Scalars['String']['output'];
  /** Who. */
  actor: Scalars['String']['output'];
  /** When (ISO-8601 UTC). */
  at: Scalars['String']['output'];
  /** The write (import) it came with. */
  batchId?: Maybe<Scalars['String']['output']>;
  /** The fields that changed (an insert: every field given; a delete: every field, after null). */
  fields: Array<FieldChange>;
  /** Natural key of the row, its fields joined with |, as in the audit trail. */
  key: Scalars['String']['output'];
};

/** A reporting unit's changes to one dataset of a year since the period was last approved (from the audit trail), newest first. */
export type SubmissionChangeConnection = {
  __typename?: 'SubmissionChangeConnection';
  /** Dataset name. */
  dataset: Scalars['String']['output'];
  /** Changed rows of this page, newest first. */
  nodes: Array<SubmissionChange>;
  /** Paging: the endCursor to pass as after for the next page of changes. */
  pageInfo: PageInfo;
  /** When the unit-year was last approved (the changes listed are later); null when never approved. */
  since?: Maybe<Scalars['String']['output']>;
  /** Changed rows since then (of at most 5,000 audit records read, see truncated). */
  totalCount: Scalars['Int']['output'];
  /** True when more than 5,000 audit records of the dataset's table followed the approval: older changes are not listed. */
  truncated: Scalars['Boolean']['output'];
  /** GSO code of the reporting unit. */
  unitCode: Scalars['String']['output'];
  /** Data year. */
  year: Scalars['Int']['output'];
};

/**
 * A training course a person attended.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type TrainingRecord = {
  __typename?: 'TrainingRecord';
  /** Course name, e.g. Bồi dưỡng kiến thức quản lý. */
  course: Scalars['String']['output'];
  /** Where the record comes from: SYNTHETIC demo data, or the source given when it was written. */
  dataLabel: Scalars['String']['output'];
  /** Last day of the course; null = not finished. */
  endedOn?: Maybe<Scalars['String']['output']>;
  /** Organiser, e.g. Trường Chính trị tỉnh. */
  organiser: Scalars['String']['output'];
  /** The person who attended. */
  personCode: Scalars['String']['output'];
  /** PASSED, FAILED, IN_PROGRESS or WITHDRAWN. */
  result: Scalars['String']['output'];
  /** First day of the course (YYYY-MM-DD). */
  startedOn: Scalars['String']['output'];
  /** When this record was last written (ISO-8601 UTC). */
  updatedAt: Scalars['String']['output'];
};

/** A page of training records. */
export type TrainingRecordConnection = {
  __typename?: 'TrainingRecordConnection';
  /** Records deleted at or after updatedSince (empty without it). */
  deleted: Array<DeletedRow>;
  /** Training records of this page, in personCode + course + startedOn order. */
  nodes: Array<TrainingRecord>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Records matching the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One training record (the columns of the training-records CSV). */
export type TrainingRecordInput = {
  /** Course name. */
  course: Scalars['String']['input'];
  /** Last day, not before startedOn. */
  endedOn?: InputMaybe<Scalars['String']['input']>;
  /** Organiser of the course. */
  organiser: Scalars['String']['input'];
  /** The person, who must be on the roster. */
  personCode: Scalars['String']['input'];
  /** PASSED, FAILED, IN_PROGRESS or WITHDRAWN. */
  result: Scalars['String']['input'];
  /** Where the record comes from (default "Sở Nội vụ (import)"). */
  source?: InputMaybe<Scalars['String']['input']>;
  /** First day (YYYY-MM-DD). */
  startedOn: Scalars['String']['input'];
};

/**
 * Qualification figures of cadres on 31 December of the year (QĐ 354/QĐ-UBND, II.2.2). A person counts where posted
 * on that day, with the qualifications obtained by then. Demo data is SYNTHETIC (see dataLabel).
 */
export type WorkforceFigures = {
  __typename?: 'WorkforceFigures';
  /** The counting date: 31 December of the year. */
  asOf: Scalars['String']['output'];
  /** Cadres posted in ethnic-minority areas (commune posts) who know the local ethnic language. Target 80% by 2015. */
  cadresEthnicLanguage: WorkforceRatio;
  /**
   * District and provincial civil servants meeting their position's standard (positionStandards), over those whose
   * position has one. Target 100% (no year in the seed). Null for a commune (they are posted to offices).
   */
  civilServantsMeetingStandard: WorkforceRatio;
  /** Where the data comes from (SYNTHETIC demo roster unless imported). */
  dataLabel: Scalars['String']['output'];
  /** Commune key cadres with a college (cao đẳng) degree or more. Target 50% by 2020. */
  keyCadresCollegeOrMore: WorkforceRatio;
  /** Commune key cadres (cán bộ chủ chốt xã) with lower secondary (THCS) or more. Target 100% by 2015. */
  keyCadresLowerSecondary: WorkforceRatio;
  /** Commune key cadres with upper secondary (THPT). Target 80% by 2015. */
  keyCadresUpperSecondary: WorkforceRatio;
  /**
   * Bí thư chi bộ and trưởng bản in highland, border or extremely difficult communes (SYNTHETIC area classes, as
   * geography's Commune.areaClasses) with lower secondary (THCS, incl. bổ túc) or more. Target 100% by 2015.
   */
  villageLeadersLowerSecondary: WorkforceRatio;
  /** The same village leaders with management training and elementary (sơ cấp) political theory or more. Target 100% by 2015. */
  villageLeadersManagementAndPolitical: WorkforceRatio;
};

/**
 * A numerator over a denominator (people), as of 31 December of the year. value in percent; null = no data.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type WorkforceRatio = {
  __typename?: 'WorkforceRatio';
  /** People in the indicator's scope (sum over the units with data). */
  denominator?: Maybe<Scalars['Int']['output']>;
  /** People meeting the indicator (sum over the units with data). */
  numerator?: Maybe<Scalars['Int']['output']>;
  /** Seed target in percent and its year (QĐ 354, II.2.2). */
  target?: Maybe<Scalars['Float']['output']>;
  /** Year the target is set for; null when the seed gives none. */
  targetYear?: Maybe<Scalars['Int']['output']>;
  /** Percent (numerator / denominator × 100, 2 decimals); null when there is no data. */
  value?: Maybe<Scalars['Float']['output']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  CommuneYear: CommuneYear;
  DistrictYear: DistrictYear;
  ProvinceYear: ProvinceYear;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  CommuneYear:
    ( { __typename: 'CommuneYear' }
    & GraphQLRecursivePick<FederationTypes['CommuneYear'], {"communeCode":true,"year":true,"boundaries":true}> );
  DistrictYear:
    ( { __typename: 'DistrictYear' }
    & GraphQLRecursivePick<FederationTypes['DistrictYear'], {"districtCode":true,"year":true}> );
  ProvinceYear:
    ( { __typename: 'ProvinceYear' }
    & GraphQLRecursivePick<FederationTypes['ProvinceYear'], {"provinceCode":true,"year":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AuditRecord: ResolverTypeWrapper<AuditRecordModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boundaries: Boundaries;
  CommuneYear: ResolverTypeWrapper<CommuneYearModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DatasetColumn: ResolverTypeWrapper<DatasetColumn>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DatasetDescription: ResolverTypeWrapper<DatasetDescription>;
  DatasetReporting: ResolverTypeWrapper<DatasetReporting>;
  DeletedRow: ResolverTypeWrapper<DeletedRow>;
  DistrictYear: ResolverTypeWrapper<DistrictYearModel>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  ImportResult: ResolverTypeWrapper<ImportResult>;
  IndicatorValue: ResolverTypeWrapper<IndicatorValue>;
  InputProblem: ResolverTypeWrapper<InputProblem>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeriodLock: ResolverTypeWrapper<PeriodLock>;
  Person: ResolverTypeWrapper<PersonModel>;
  PersonConnection: ResolverTypeWrapper<PersonConnectionModel>;
  PersonFilter: PersonFilter;
  PersonInput: PersonInput;
  Position: Position;
  PositionStandard: ResolverTypeWrapper<PositionStandardModel>;
  PositionStandardInput: PositionStandardInput;
  Posting: ResolverTypeWrapper<PostingModel>;
  PostingConnection: ResolverTypeWrapper<PostingConnectionModel>;
  Provenance: Provenance;
  ProvinceYear: ResolverTypeWrapper<ProvinceYearModel>;
  Qualification: ResolverTypeWrapper<QualificationModel>;
  QualificationConnection: ResolverTypeWrapper<QualificationConnectionModel>;
  QualificationInput: QualificationInput;
  QualificationKind: QualificationKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReportingPeriod: ResolverTypeWrapper<ReportingPeriod>;
  ReportingResult: ResolverTypeWrapper<ReportingResult>;
  ReportingTransition: ResolverTypeWrapper<ReportingTransition>;
  RowChange: ResolverTypeWrapper<RowChange>;
  SubmissionChange: ResolverTypeWrapper<SubmissionChange>;
  SubmissionChangeConnection: ResolverTypeWrapper<SubmissionChangeConnection>;
  TrainingRecord: ResolverTypeWrapper<TrainingRecordModel>;
  TrainingRecordConnection: ResolverTypeWrapper<TrainingRecordConnectionModel>;
  TrainingRecordInput: TrainingRecordInput;
  WorkforceFigures: ResolverTypeWrapper<WorkforceFiguresModel>;
  WorkforceRatio: ResolverTypeWrapper<WorkforceRatio>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditRecord: AuditRecordModel;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  CommuneYear: CommuneYearModel;
  Boolean: Scalars['Boolean']['output'];
  DatasetColumn: DatasetColumn;
  Float: Scalars['Float']['output'];
  DatasetDescription: DatasetDescription;
  DatasetReporting: DatasetReporting;
  DeletedRow: DeletedRow;
  DistrictYear: DistrictYearModel;
  FieldChange: FieldChange;
  ImportResult: ImportResult;
  IndicatorValue: IndicatorValue;
  InputProblem: InputProblem;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PeriodLock: PeriodLock;
  Person: PersonModel;
  PersonConnection: PersonConnectionModel;
  PersonFilter: PersonFilter;
  PersonInput: PersonInput;
  PositionStandard: PositionStandardModel;
  PositionStandardInput: PositionStandardInput;
  Posting: PostingModel;
  PostingConnection: PostingConnectionModel;
  ProvinceYear: ProvinceYearModel;
  Qualification: QualificationModel;
  QualificationConnection: QualificationConnectionModel;
  QualificationInput: QualificationInput;
  Query: Record<PropertyKey, never>;
  ReportingPeriod: ReportingPeriod;
  ReportingResult: ReportingResult;
  ReportingTransition: ReportingTransition;
  RowChange: RowChange;
  SubmissionChange: SubmissionChange;
  SubmissionChangeConnection: SubmissionChangeConnection;
  TrainingRecord: TrainingRecordModel;
  TrainingRecordConnection: TrainingRecordConnectionModel;
  TrainingRecordInput: TrainingRecordInput;
  WorkforceFigures: WorkforceFiguresModel;
  WorkforceRatio: WorkforceRatio;
};

export type AuditRecordResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['AuditRecord'] = ResolversParentTypes['AuditRecord']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  batchId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CommuneYearResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['CommuneYear'] = ResolversParentTypes['CommuneYear'], FederationReferenceType extends FederationReferenceTypes['CommuneYear'] = FederationReferenceTypes['CommuneYear']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CommuneYear']> | FederationReferenceType, FederationReferenceType, ContextType>;
  boundaries?: Resolver<ResolversTypes['Boundaries'], ParentType, ContextType>;
  communeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  workforce?: Resolver<Maybe<ResolversTypes['WorkforceFigures']>, ParentType, ContextType>;
  workforceIndicators?: Resolver<Maybe<Array<ResolversTypes['IndicatorValue']>>, ParentType, ContextType>;
  workforceLocked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  workforcePeople?: Resolver<Maybe<ResolversTypes['PersonConnection']>, ParentType, ContextType, RequireFields<CommuneYearWorkforcePeopleArgs, 'first'>>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DatasetColumnResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['DatasetColumn'] = ResolversParentTypes['DatasetColumn']> = {
  doc?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  labelEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  maxLength?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  values?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type DatasetDescriptionResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['DatasetDescription'] = ResolversParentTypes['DatasetDescription']> = {
  columns?: Resolver<Array<ResolversTypes['DatasetColumn']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<DatasetDescriptionDueDateArgs, 'year'>>;
  importMutation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kebabName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  keyColumns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  templateVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitColumn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitLevel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  yearColumn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DatasetReportingResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['DatasetReporting'] = ResolversParentTypes['DatasetReporting']> = {
  completeness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  dataset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kebabName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeliness?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitsExpected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitsReporting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DeletedRowResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['DeletedRow'] = ResolversParentTypes['DeletedRow']> = {
  deletedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DistrictYearResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['DistrictYear'] = ResolversParentTypes['DistrictYear'], FederationReferenceType extends FederationReferenceTypes['DistrictYear'] = FederationReferenceTypes['DistrictYear']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DistrictYear']> | FederationReferenceType, FederationReferenceType, ContextType>;
  districtCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  workforce?: Resolver<Maybe<ResolversTypes['WorkforceFigures']>, ParentType, ContextType>;
  workforceIndicators?: Resolver<Maybe<Array<ResolversTypes['IndicatorValue']>>, ParentType, ContextType>;
  workforceLocked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  workforceReporting?: Resolver<Array<ResolversTypes['DatasetReporting']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportResultResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = {
  batchId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['RowChange']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  digest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inserted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['InputProblem']>, ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatorValueResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['IndicatorValue'] = ResolversParentTypes['IndicatorValue']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  denominator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  numerator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  previousValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  provenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitsExpected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitsReporting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type InputProblemResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['InputProblem'] = ResolversParentTypes['InputProblem']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  approveWorkforcePeriod?: Resolver<ResolversTypes['ReportingResult'], ParentType, ContextType, RequireFields<MutationApproveWorkforcePeriodArgs, 'unitCode' | 'year'>>;
  deletePerson?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationDeletePersonArgs, 'personCode'>>;
  deletePosting?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationDeletePostingArgs, 'personCode' | 'postedFrom'>>;
  deleteQualification?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationDeleteQualificationArgs, 'kind' | 'level' | 'personCode'>>;
  deleteTrainingRecord?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationDeleteTrainingRecordArgs, 'course' | 'personCode' | 'startedOn'>>;
  importPositionStandardsCsv?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportPositionStandardsCsvArgs, 'csv' | 'dryRun'>>;
  importQualificationsCsv?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportQualificationsCsvArgs, 'csv' | 'dryRun'>>;
  importRosterCsv?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportRosterCsvArgs, 'csv' | 'dryRun'>>;
  importTrainingRecordsCsv?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportTrainingRecordsCsvArgs, 'csv' | 'dryRun'>>;
  lockWorkforcePeriod?: Resolver<ResolversTypes['PeriodLock'], ParentType, ContextType, RequireFields<MutationLockWorkforcePeriodArgs, 'year'>>;
  recordQualification?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationRecordQualificationArgs, 'input'>>;
  recordTraining?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationRecordTrainingArgs, 'input'>>;
  returnWorkforcePeriod?: Resolver<ResolversTypes['ReportingResult'], ParentType, ContextType, RequireFields<MutationReturnWorkforcePeriodArgs, 'comment' | 'unitCode' | 'year'>>;
  setPositionStandard?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationSetPositionStandardArgs, 'input'>>;
  submitWorkforcePeriod?: Resolver<ResolversTypes['ReportingResult'], ParentType, ContextType, RequireFields<MutationSubmitWorkforcePeriodArgs, 'unitCode' | 'year'>>;
  unapproveWorkforcePeriod?: Resolver<ResolversTypes['ReportingResult'], ParentType, ContextType, RequireFields<MutationUnapproveWorkforcePeriodArgs, 'unitCode' | 'year'>>;
  unlockWorkforcePeriod?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnlockWorkforcePeriodArgs, 'year'>>;
  upsertPerson?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationUpsertPersonArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PeriodLockResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['PeriodLock'] = ResolversParentTypes['PeriodLock']> = {
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  districtCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lockedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lockedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  birthYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dataLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dateOfBirth?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ethnicGroup?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postings?: Resolver<Array<ResolversTypes['Posting']>, ParentType, ContextType>;
  qualifications?: Resolver<Array<ResolversTypes['Qualification']>, ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trainings?: Resolver<Array<ResolversTypes['TrainingRecord']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  deleted?: Resolver<Array<ResolversTypes['DeletedRow']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PositionStandardResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['PositionStandard'] = ResolversParentTypes['PositionStandard']> = {
  minGeneralEducation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minPoliticalTheory?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minProfessional?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  requiresForeignLanguage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requiresIt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requiresManagement?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PostingResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['Posting'] = ResolversParentTypes['Posting']> = {
  areaEthnicLanguage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dataLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  postedFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postedTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PostingConnectionResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['PostingConnection'] = ResolversParentTypes['PostingConnection']> = {
  deleted?: Resolver<Array<ResolversTypes['DeletedRow']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Posting']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProvinceYearResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['ProvinceYear'] = ResolversParentTypes['ProvinceYear'], FederationReferenceType extends FederationReferenceTypes['ProvinceYear'] = FederationReferenceTypes['ProvinceYear']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProvinceYear']> | FederationReferenceType, FederationReferenceType, ContextType>;
  provinceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  workforce?: Resolver<Maybe<ResolversTypes['WorkforceFigures']>, ParentType, ContextType>;
  workforceIndicators?: Resolver<Maybe<Array<ResolversTypes['IndicatorValue']>>, ParentType, ContextType>;
  workforceLocked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  workforceReporting?: Resolver<Array<ResolversTypes['DatasetReporting']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QualificationResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['Qualification'] = ResolversParentTypes['Qualification']> = {
  dataLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['QualificationKind'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  obtainedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supplementary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QualificationConnectionResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['QualificationConnection'] = ResolversParentTypes['QualificationConnection']> = {
  deleted?: Resolver<Array<ResolversTypes['DeletedRow']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Qualification']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'personCode'>>;
  positionStandards?: Resolver<Array<ResolversTypes['PositionStandard']>, ParentType, ContextType>;
  workforceAudit?: Resolver<Array<ResolversTypes['AuditRecord']>, ParentType, ContextType, RequireFields<QueryWorkforceAuditArgs, 'first'>>;
  workforceDatasets?: Resolver<Array<ResolversTypes['DatasetDescription']>, ParentType, ContextType>;
  workforcePeriodLocks?: Resolver<Array<ResolversTypes['PeriodLock']>, ParentType, ContextType, Partial<QueryWorkforcePeriodLocksArgs>>;
  workforcePostings?: Resolver<ResolversTypes['PostingConnection'], ParentType, ContextType, RequireFields<QueryWorkforcePostingsArgs, 'first'>>;
  workforceQualifications?: Resolver<ResolversTypes['QualificationConnection'], ParentType, ContextType, RequireFields<QueryWorkforceQualificationsArgs, 'first'>>;
  workforceReportingPeriods?: Resolver<Array<ResolversTypes['ReportingPeriod']>, ParentType, ContextType, RequireFields<QueryWorkforceReportingPeriodsArgs, 'year'>>;
  workforceSubmissionChanges?: Resolver<ResolversTypes['SubmissionChangeConnection'], ParentType, ContextType, RequireFields<QueryWorkforceSubmissionChangesArgs, 'dataset' | 'first' | 'unitCode' | 'year'>>;
  workforceTrainingRecords?: Resolver<ResolversTypes['TrainingRecordConnection'], ParentType, ContextType, RequireFields<QueryWorkforceTrainingRecordsArgs, 'first'>>;
};

export type ReportingPeriodResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['ReportingPeriod'] = ResolversParentTypes['ReportingPeriod']> = {
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ReportingTransition']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  submittedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitLevel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportingResultResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['ReportingResult'] = ResolversParentTypes['ReportingResult']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['ReportingPeriod'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['InputProblem']>, ParentType, ContextType>;
};

export type ReportingTransitionResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['ReportingTransition'] = ResolversParentTypes['ReportingTransition']> = {
  acknowledgedWarnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RowChangeResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['RowChange'] = ResolversParentTypes['RowChange']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubmissionChangeResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['SubmissionChange'] = ResolversParentTypes['SubmissionChange']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  batchId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubmissionChangeConnectionResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['SubmissionChangeConnection'] = ResolversParentTypes['SubmissionChangeConnection']> = {
  dataset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SubmissionChange']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrainingRecordResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['TrainingRecord'] = ResolversParentTypes['TrainingRecord']> = {
  course?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dataLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organiser?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TrainingRecordConnectionResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['TrainingRecordConnection'] = ResolversParentTypes['TrainingRecordConnection']> = {
  deleted?: Resolver<Array<ResolversTypes['DeletedRow']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['TrainingRecord']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WorkforceFiguresResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['WorkforceFigures'] = ResolversParentTypes['WorkforceFigures']> = {
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cadresEthnicLanguage?: Resolver<ResolversTypes['WorkforceRatio'], ParentType, ContextType>;
  civilServantsMeetingStandard?: Resolver<ResolversTypes['WorkforceRatio'], ParentType, ContextType>;
  dataLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  keyCadresCollegeOrMore?: Resolver<ResolversTypes['WorkforceRatio'], ParentType, ContextType>;
  keyCadresLowerSecondary?: Resolver<ResolversTypes['WorkforceRatio'], ParentType, ContextType>;
  keyCadresUpperSecondary?: Resolver<ResolversTypes['WorkforceRatio'], ParentType, ContextType>;
  villageLeadersLowerSecondary?: Resolver<ResolversTypes['WorkforceRatio'], ParentType, ContextType>;
  villageLeadersManagementAndPolitical?: Resolver<ResolversTypes['WorkforceRatio'], ParentType, ContextType>;
};

export type WorkforceRatioResolvers<ContextType = WorkforceContext, ParentType extends ResolversParentTypes['WorkforceRatio'] = ResolversParentTypes['WorkforceRatio']> = {
  denominator?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  numerator?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  targetYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = WorkforceContext> = {
  AuditRecord?: AuditRecordResolvers<ContextType>;
  CommuneYear?: CommuneYearResolvers<ContextType>;
  DatasetColumn?: DatasetColumnResolvers<ContextType>;
  DatasetDescription?: DatasetDescriptionResolvers<ContextType>;
  DatasetReporting?: DatasetReportingResolvers<ContextType>;
  DeletedRow?: DeletedRowResolvers<ContextType>;
  DistrictYear?: DistrictYearResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  IndicatorValue?: IndicatorValueResolvers<ContextType>;
  InputProblem?: InputProblemResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PeriodLock?: PeriodLockResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PositionStandard?: PositionStandardResolvers<ContextType>;
  Posting?: PostingResolvers<ContextType>;
  PostingConnection?: PostingConnectionResolvers<ContextType>;
  ProvinceYear?: ProvinceYearResolvers<ContextType>;
  Qualification?: QualificationResolvers<ContextType>;
  QualificationConnection?: QualificationConnectionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReportingPeriod?: ReportingPeriodResolvers<ContextType>;
  ReportingResult?: ReportingResultResolvers<ContextType>;
  ReportingTransition?: ReportingTransitionResolvers<ContextType>;
  RowChange?: RowChangeResolvers<ContextType>;
  SubmissionChange?: SubmissionChangeResolvers<ContextType>;
  SubmissionChangeConnection?: SubmissionChangeConnectionResolvers<ContextType>;
  TrainingRecord?: TrainingRecordResolvers<ContextType>;
  TrainingRecordConnection?: TrainingRecordConnectionResolvers<ContextType>;
  WorkforceFigures?: WorkforceFiguresResolvers<ContextType>;
  WorkforceRatio?: WorkforceRatioResolvers<ContextType>;
};

