import type { GraphQLResolveInfo } from 'graphql';
import type { ProgrammeAgencyModel, ProgrammeTaskModel, TaskStandingModel, TaskReportModel, FundingModel, FundingTotalModel, LearningWeekTotalModel, LearningNeedTotalModel, ClcTrainingTotalModel, TaskReportConnectionModel, FundingConnectionModel, DistrictYearModel, ProvinceYearModel, AuditRecordModel } from './models';
import type { ProgrammeContext } from './context';
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

/** Input of recordClcTraining: one row of the CSV import, same field names. */
export type ClcTrainingInput = {
  districtCode: Scalars['String']['input'];
  sessions: Scalars['Int']['input'];
  /** CLC_MANAGER or REPORTER. */
  traineeRole: Scalars['String']['input'];
  trainees: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};

/**
 * Trainings of CLC managers or reporters (IV.4, V.8) over the districts that reported them; null = none did. Divide by
 * education's communityLearningCentres.established for trainees per centre.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type ClcTrainingTotal = {
  __typename?: 'ClcTrainingTotal';
  dataLabel: Scalars['String']['output'];
  sessions?: Maybe<Scalars['Int']['output']>;
  /** CLC_MANAGER or REPORTER. */
  traineeRole: Scalars['String']['output'];
  trainees?: Maybe<Scalars['Int']['output']>;
  unitsReporting: Scalars['Int']['output'];
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
 * A district in one data year: the programme's money of the district.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type DistrictYear = {
  __typename?: 'DistrictYear';
  /** Thông tư 96/2008/TT-BTC support for community learning centres spent in the year (đồng); null without a row. Divide by education's communityLearningCentres.learners for the spending per learner. */
  clcSupportSpent?: Maybe<Scalars['Float']['output']>;
  /** Trainings of CLC managers and reporters (IV.4, V.8), by role. */
  clcTrainings?: Maybe<Array<ClcTrainingTotal>>;
  /** GSO district code. */
  districtCode: Scalars['String']['output'];
  /** The learning-needs survey (IV.8): respondents by group and topic wanted (only the pairs answered). */
  learningNeeds?: Maybe<Array<LearningNeedTotal>>;
  /** The Lifelong Learning Week of the year (IV.9). */
  lifelongLearningWeek?: Maybe<LearningWeekTotal>;
  /** The district's money by source (planned, allocated, spent, đồng). */
  programmeFunding?: Maybe<Array<FundingTotal>>;
  /** True when the programme data of this year is locked (approved) over the whole territory (see lockProgrammePeriod). */
  programmeLocked?: Maybe<Scalars['Boolean']['output']>;
  /** Reporting rates of the programme datasets for this district and year (DHIS2 completeness and timeliness); empty when the district did not report that year. */
  programmeReporting: Array<DatasetReporting>;
  /** Data year. */
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

/**
 * Money of one unit, year and source, in đồng.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type Funding = {
  __typename?: 'Funding';
  allocated: Scalars['Float']['output'];
  /** SYNTHETIC demo data or IMPORTED. */
  dataLabel: Scalars['String']['output'];
  planned: Scalars['Float']['output'];
  /** PROVINCE_BUDGET, DISTRICT_BUDGET, TT96_CLC_SUPPORT or SOCIALISED. */
  source: Scalars['String']['output'];
  spent: Scalars['Float']['output'];
  /** 14 (the province) or a district code. */
  unitCode: Scalars['String']['output'];
  /** When the row was last written (ISO-8601 UTC). */
  updatedAt: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** A page of funding rows. */
export type FundingConnection = {
  __typename?: 'FundingConnection';
  /** Rows deleted at or after updatedSince (empty without it). */
  deleted: Array<DeletedRow>;
  /** Rows of this page, in natural-key order. */
  nodes: Array<Funding>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Rows matching the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Input of recordFunding: one row of the CSV import, same field names. */
export type FundingInput = {
  /** Đồng allocated (≥ 0). */
  allocated: Scalars['Float']['input'];
  /** Đồng planned (≥ 0). */
  planned: Scalars['Float']['input'];
  /** PROVINCE_BUDGET, DISTRICT_BUDGET, TT96_CLC_SUPPORT or SOCIALISED. */
  source: Scalars['String']['input'];
  /** Đồng spent (≥ 0, at most allocated). */
  spent: Scalars['Float']['input'];
  /** 14 (the province) or a district code existing that year. */
  unitCode: Scalars['String']['input'];
  /** Calendar (= fiscal) year, 2010–2030. */
  year: Scalars['Int']['input'];
};

/**
 * Money of one source summed over the units of a year entity, in đồng; null = no unit reported it (never zero).
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type FundingTotal = {
  __typename?: 'FundingTotal';
  allocated?: Maybe<Scalars['Float']['output']>;
  dataLabel: Scalars['String']['output'];
  planned?: Maybe<Scalars['Float']['output']>;
  provenance?: Maybe<Provenance>;
  source: Scalars['String']['output'];
  spent?: Maybe<Scalars['Float']['output']>;
  /** Units (the province, districts) with a row of this source. */
  unitsReporting: Scalars['Int']['output'];
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

/** Input of recordLearningNeed: one row of the CSV import, same field names. */
export type LearningNeedInput = {
  districtCode: Scalars['String']['input'];
  /** CADRES, CIVIL_SERVANTS, PUBLIC_EMPLOYEES or WORKERS. */
  respondentGroup: Scalars['String']['input'];
  respondents: Scalars['Int']['input'];
  /** IT, FOREIGN_LANGUAGE, ETHNIC_LANGUAGE, POLITICAL_THEORY, PROFESSIONAL, LAW or OTHER. */
  topic: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

/**
 * Respondents of the learning-needs survey of cadres and workers (IV.8) who want one topic, by group, over the districts that surveyed.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type LearningNeedTotal = {
  __typename?: 'LearningNeedTotal';
  dataLabel: Scalars['String']['output'];
  /** CADRES, CIVIL_SERVANTS, PUBLIC_EMPLOYEES or WORKERS. */
  respondentGroup: Scalars['String']['output'];
  respondents: Scalars['Int']['output'];
  /** IT, FOREIGN_LANGUAGE, ETHNIC_LANGUAGE, POLITICAL_THEORY, PROFESSIONAL, LAW or OTHER. */
  topic: Scalars['String']['output'];
  /** Districts with a row for this group and topic. */
  unitsReporting: Scalars['Int']['output'];
};

/** Input of recordLearningWeek: one row of the CSV import, same field names. */
export type LearningWeekInput = {
  /** GSO code of a district of the year. */
  districtCode: Scalars['String']['input'];
  events: Scalars['Int']['input'];
  participantsCadres: Scalars['Int']['input'];
  participantsOther: Scalars['Int']['input'];
  participantsPupils: Scalars['Int']['input'];
  participantsWorkers: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};

/**
 * A Lifelong Learning Week (Tuần lễ hưởng ứng học tập suốt đời, IV.9) summed over the districts that reported it; null counts = none did.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type LearningWeekTotal = {
  __typename?: 'LearningWeekTotal';
  dataLabel: Scalars['String']['output'];
  events?: Maybe<Scalars['Int']['output']>;
  /** Every participant (the four groups). */
  participants?: Maybe<Scalars['Int']['output']>;
  /** Cadres, civil servants, public employees. */
  participantsCadres?: Maybe<Scalars['Int']['output']>;
  participantsOther?: Maybe<Scalars['Int']['output']>;
  /** Pupils and students. */
  participantsPupils?: Maybe<Scalars['Int']['output']>;
  /** Workers and farmers. */
  participantsWorkers?: Maybe<Scalars['Int']['output']>;
  /** Districts of the entity that year. */
  unitsExpected: Scalars['Int']['output'];
  /** Districts that reported their week. */
  unitsReporting: Scalars['Int']['output'];
};

/**
 * Writes of the programme subgraph; each needs the role editor:programme (unlocking: admin). All-or-nothing, idempotent
 * on the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Approves a submitted unit-year (role approver:programme): this locks the period (PERIOD_LOCKED). */
  approveProgrammePeriod: ReportingResult;
  /** Deletes one row of trainings (leaves a tombstone; audited). */
  deleteClcTraining: ImportResult;
  /** Deletes one row of money (leaves a tombstone; audited). */
  deleteFunding: ImportResult;
  /** Deletes one row of the survey (leaves a tombstone; audited). */
  deleteLearningNeed: ImportResult;
  /** Deletes a district's Lifelong Learning Week of a year (leaves a tombstone; audited). */
  deleteLearningWeek: ImportResult;
  /** Deletes one task report (leaves a tombstone; audited). */
  deleteTaskReport: ImportResult;
  /** CSV import of trainings (header = the fields of ClcTrainingInput: year,districtCode,traineeRole,sessions,trainees). dryRun only checks. */
  importClcTrainingsCsv: ImportResult;
  /** CSV import of money (header = the fields of FundingInput: year,unitCode,source,planned,allocated,spent). dryRun only checks. */
  importFundingCsv: ImportResult;
  /** CSV import of the learning-needs survey (header = the fields of LearningNeedInput: year,districtCode,respondentGroup,topic,respondents). dryRun only checks. */
  importLearningNeedsCsv: ImportResult;
  /** CSV import of Lifelong Learning Weeks (header = the fields of LearningWeekInput: year,districtCode,events,participantsPupils,participantsCadres,participantsWorkers,participantsOther). dryRun only checks. */
  importLearningWeeksCsv: ImportResult;
  /** CSV import of task reports (header = the fields of TaskReportInput: taskId,year,status,reportedOn,evidence,reporter). dryRun only checks. */
  importTaskReportsCsv: ImportResult;
  /** Locks (approves) the programme data of a year, for one district or (districtCode absent) the whole province. Role editor:programme; audited. */
  lockProgrammePeriod: PeriodLock;
  /** Records (insert or update) the trainings of CLC managers or reporters of a district in a year. */
  recordClcTraining: ImportResult;
  /** Records (insert or update) the money of one unit, year and source. */
  recordFunding: ImportResult;
  /** Records (insert or update) the respondents of the learning-needs survey of a district, group and topic. */
  recordLearningNeed: ImportResult;
  /** Records (insert or update) a district's Lifelong Learning Week of a year. */
  recordLearningWeek: ImportResult;
  /** Records (insert or update) the report of one task for one year. */
  recordTaskReport: ImportResult;
  /** Returns a submitted unit-year to its reporter with a comment (role approver:programme): the unit may edit and submit again. */
  returnProgrammePeriod: ReportingResult;
  /** Submits a reporting unit's programme data of a year for approval (role reporter:programme:<unitCode> or editor:programme); refused with HAS_ERRORS while its stored rows have problems. Freezes the unit's writes (PERIOD_SUBMITTED). */
  submitProgrammePeriod: ReportingResult;
  /** Unapproves an approved unit-year (role admin only): removes its lock, OPEN again. */
  unapproveProgrammePeriod: ReportingResult;
  /** Unlocks a locked period (role admin only; audited). False when it was not locked. */
  unlockProgrammePeriod: Scalars['Boolean']['output'];
};


/**
 * Writes of the programme subgraph; each needs the role editor:programme (unlocking: admin). All-or-nothing, idempotent
 * on the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationApproveProgrammePeriodArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the programme subgraph; each needs the role editor:programme (unlocking: admin). All-or-nothing, idempotent
 * on the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationDeleteClcTrainingArgs = {
  districtCode: Scalars['String']['input'];
  traineeRole: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the programme subgraph; each needs the role editor:programme (unlocking: admin). All-or-nothing, idempotent
 * on the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationDeleteFundingArgs = {
  source: Scalars['String']['input'];
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the programme subgraph; each needs the role editor:programme (unlocking: admin). All-or-nothing, idempotent
 * on the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationDeleteLearningNeedArgs = {
  districtCode: Scalars['String']['input'];
  respondentGroup: Scalars['String']['input'];
  topic: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the programme subgraph; each needs the role editor:programme (unlocking: admin). All-or-nothing, idempotent
 * on the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationDeleteLearningWeekArgs = {
  districtCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the programme subgraph; each needs the role editor:programme (unlocking: admin). All-or-nothing, idempotent
 * on the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationDeleteTaskReportArgs = {
  taskId: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the programme subgraph; each needs the role editor:programme (unlocking: admin). All-or-nothing, idempotent
 * on the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationImportClcTrainingsCsvArgs = {
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedDigest?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Writes of the programme subgraph; each needs the role editor:programme (unlocking: admin). All-or-nothing, idempotent
 * on the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationImportFundingCsvArgs = {
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedDigest?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Writes of the programme subgraph; each needs the role editor:programme (unlocking: admin). All-or-nothing, idempotent
 * on the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationImportLearningNeedsCsvArgs = {
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedDigest?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Writes of the programme subgraph; each needs the role editor:programme (unlocking: admin). All-or-nothing, idempotent
 * on the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationImportLearningWeeksCsvArgs = {
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedDigest?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Writes of the programme subgraph; each needs the role editor:programme (unlocking: admin). All-or-nothing, idempotent
 * on the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationImportTaskReportsCsvArgs = {
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedDigest?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Writes of the programme subgraph; each needs the role editor:programme (unlocking: admin). All-or-nothing, idempotent
 * on the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationLockProgrammePeriodArgs = {
  districtCode?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Writes of the programme subgraph; each needs the role editor:programme (unlocking: admin). All-or-nothing, idempotent
 * on the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationRecordClcTrainingArgs = {
  input: ClcTrainingInput;
};


/**
 * Writes of the programme subgraph; each needs the role editor:programme (unlocking: admin). All-or-nothing, idempotent
 * on the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationRecordFundingArgs = {
  input: FundingInput;
};


/**
 * Writes of the programme subgraph; each needs the role editor:programme (unlocking: admin). All-or-nothing, idempotent
 * on the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationRecordLearningNeedArgs = {
  input: LearningNeedInput;
};


/**
 * Writes of the programme subgraph; each needs the role editor:programme (unlocking: admin). All-or-nothing, idempotent
 * on the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationRecordLearningWeekArgs = {
  input: LearningWeekInput;
};


/**
 * Writes of the programme subgraph; each needs the role editor:programme (unlocking: admin). All-or-nothing, idempotent
 * on the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationRecordTaskReportArgs = {
  input: TaskReportInput;
};


/**
 * Writes of the programme subgraph; each needs the role editor:programme (unlocking: admin). All-or-nothing, idempotent
 * on the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationReturnProgrammePeriodArgs = {
  comment: Scalars['String']['input'];
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the programme subgraph; each needs the role editor:programme (unlocking: admin). All-or-nothing, idempotent
 * on the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationSubmitProgrammePeriodArgs = {
  acknowledgedWarnings?: InputMaybe<Array<Scalars['String']['input']>>;
  comment?: InputMaybe<Scalars['String']['input']>;
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the programme subgraph; each needs the role editor:programme (unlocking: admin). All-or-nothing, idempotent
 * on the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationUnapproveProgrammePeriodArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the programme subgraph; each needs the role editor:programme (unlocking: admin). All-or-nothing, idempotent
 * on the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationUnlockProgrammePeriodArgs = {
  districtCode?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
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

/** An agency section V assigns work to. */
export type ProgrammeAgency = {
  __typename?: 'ProgrammeAgency';
  /** The clause of section V that lists its tasks (V.4). */
  clause: Scalars['String']['output'];
  /** Platform code, e.g. SO_TC (Sở Tài chính). */
  code: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  nameVi: Scalars['String']['output'];
};

/** One task of section V: one bullet or paragraph under an agency, citing its clause; reference data from the decision's text. */
export type ProgrammeTask = {
  __typename?: 'ProgrammeTask';
  /** The lead agency (the clause's heading). */
  agency: ProgrammeAgency;
  /** Clause of section V (V.4). */
  clause: Scalars['String']['output'];
  /** The date it is due, where the wording sets one (YYYY-MM-DD); null otherwise. */
  dueDate?: Maybe<Scalars['String']['output']>;
  /** The words of the decision that set the due date or the recurrence. */
  dueNoteVi?: Maybe<Scalars['String']['output']>;
  /** V.<clause>-<item>, e.g. V.4-2. */
  id: Scalars['ID']['output'];
  /** Position of the bullet or paragraph under the clause (1, 2, …). */
  item: Scalars['Int']['output'];
  /** The agencies the wording names as coordinating. */
  partners: Array<ProgrammeAgency>;
  /** YEARLY when the wording asks for it every year; null otherwise. */
  recurrence?: Maybe<Scalars['String']['output']>;
  /** Quyết định 354/QĐ-UBND ngày 27/02/2013, mục V. */
  source: Scalars['String']['output'];
  /** What is to be done (English summary). */
  what: Scalars['String']['output'];
  /** The decision's words, verbatim (including the seed text's run-together words). */
  wordingVi: Scalars['String']['output'];
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
 * The province in one data year: the programme's tasks and money.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type ProvinceYear = {
  __typename?: 'ProvinceYear';
  /** Thông tư 96/2008/TT-BTC support for community learning centres spent in the year over the province and its districts (đồng). */
  clcSupportSpent?: Maybe<Scalars['Float']['output']>;
  /** Trainings of CLC managers and reporters (IV.4, V.8), by role. */
  clcTrainings?: Maybe<Array<ClcTrainingTotal>>;
  /** The learning-needs survey (IV.8): respondents by group and topic wanted (only the pairs answered). */
  learningNeeds?: Maybe<Array<LearningNeedTotal>>;
  /** The Lifelong Learning Week of the year (IV.9). */
  lifelongLearningWeek?: Maybe<LearningWeekTotal>;
  /** The tasks overdue at the end of the year. */
  overdueProgrammeTasks: Array<TaskStanding>;
  /** Money by source, the province's own and every district's of the year (planned, allocated, spent, đồng). */
  programmeFunding?: Maybe<Array<FundingTotal>>;
  /** True when the programme data of this year is locked (approved) over the whole territory (see lockProgrammePeriod). */
  programmeLocked?: Maybe<Scalars['Boolean']['output']>;
  /** Reporting rates of the programme datasets for every reporting unit of the year (districts until 2024, communes from 2025). */
  programmeReporting: Array<DatasetReporting>;
  /** Every task of section V with where it stands at the end of the year, optionally of one lead agency. */
  programmeTasks: Array<TaskStanding>;
  /** GSO province code ("14"). */
  provinceCode: Scalars['String']['output'];
  /** Data year. */
  year: Scalars['Int']['output'];
};


/**
 * The province in one data year: the programme's tasks and money.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type ProvinceYearProgrammeTasksArgs = {
  agencyCode?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Programme subgraph (owner: the programme's standing office at Sở Giáo dục và Đào tạo, for the provincial steering
 * committee for building a learning society). The agencies of section V of QĐ 354/QĐ-UBND (2013) and their tasks as
 * reference data (one per bullet or paragraph, citing its clause), the yearly report on each task with overdue tasks
 * visible, and the programme's money per year, unit and source (province budget, district budget, Thông tư
 * 96/2008/TT-BTC support for community learning centres, socialised contributions) as planned, allocated and spent,
 * in đồng, by calendar (= fiscal) year. Reports and money in the demo database are SYNTHETIC (see each `dataLabel`).
 */
export type Query = {
  __typename?: 'Query';
  /** The agencies section V assigns work to (V.1 … V.12), in the decision's order. Open: reference data. */
  programmeAgencies: Array<ProgrammeAgency>;
  /** Audit trail of programme writes, newest first: filter by entity key (natural key joined by |) or batch. Needs a signed-in role. */
  programmeAudit: Array<AuditRecord>;
  /** The programme datasets as the intake templates and page need them (columns, keys, labels, template version). Open to every caller: it is metadata. */
  programmeDatasets: Array<DatasetDescription>;
  /** The programme's money of one year as a flat table (one row per unit and source). Needs a signed-in role. */
  programmeFunding: FundingConnection;
  /** Locked (approved) periods of the programme office, optionally of one year. Needs a signed-in role (a lock names who approved it). */
  programmePeriodLocks: Array<PeriodLock>;
  /** Where each reporting unit of a year stands in the programme reporting workflow (OPEN when untouched); one unit with unitCode. Needs a signed-in role. */
  programmeReportingPeriods: Array<ReportingPeriod>;
  /** What a reporting unit changed in one programme dataset of a year since the period was last approved, per row and field (before → after, from the audit trail); paged, newest first. Needs a signed-in role. */
  programmeSubmissionChanges: SubmissionChangeConnection;
  /** One task by id (V.4-2); null for an unknown id. */
  programmeTask?: Maybe<ProgrammeTask>;
  /** The tasks of section V, optionally of one clause (V.4) or lead agency (SO_TC). Open: reference data. */
  programmeTasks: Array<ProgrammeTask>;
  /** The reports of one year as a flat table (one row per task). Needs a signed-in role. */
  taskReports: TaskReportConnection;
};


/**
 * Programme subgraph (owner: the programme's standing office at Sở Giáo dục và Đào tạo, for the provincial steering
 * committee for building a learning society). The agencies of section V of QĐ 354/QĐ-UBND (2013) and their tasks as
 * reference data (one per bullet or paragraph, citing its clause), the yearly report on each task with overdue tasks
 * visible, and the programme's money per year, unit and source (province budget, district budget, Thông tư
 * 96/2008/TT-BTC support for community learning centres, socialised contributions) as planned, allocated and spent,
 * in đồng, by calendar (= fiscal) year. Reports and money in the demo database are SYNTHETIC (see each `dataLabel`).
 */
export type QueryProgrammeAuditArgs = {
  batchId?: InputMaybe<Scalars['String']['input']>;
  entityKey?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Programme subgraph (owner: the programme's standing office at Sở Giáo dục và Đào tạo, for the provincial steering
 * committee for building a learning society). The agencies of section V of QĐ 354/QĐ-UBND (2013) and their tasks as
 * reference data (one per bullet or paragraph, citing its clause), the yearly report on each task with overdue tasks
 * visible, and the programme's money per year, unit and source (province budget, district budget, Thông tư
 * 96/2008/TT-BTC support for community learning centres, socialised contributions) as planned, allocated and spent,
 * in đồng, by calendar (= fiscal) year. Reports and money in the demo database are SYNTHETIC (see each `dataLabel`).
 */
export type QueryProgrammeFundingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  updatedSince?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Programme subgraph (owner: the programme's standing office at Sở Giáo dục và Đào tạo, for the provincial steering
 * committee for building a learning society). The agencies of section V of QĐ 354/QĐ-UBND (2013) and their tasks as
 * reference data (one per bullet or paragraph, citing its clause), the yearly report on each task with overdue tasks
 * visible, and the programme's money per year, unit and source (province budget, district budget, Thông tư
 * 96/2008/TT-BTC support for community learning centres, socialised contributions) as planned, allocated and spent,
 * in đồng, by calendar (= fiscal) year. Reports and money in the demo database are SYNTHETIC (see each `dataLabel`).
 */
export type QueryProgrammePeriodLocksArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Programme subgraph (owner: the programme's standing office at Sở Giáo dục và Đào tạo, for the provincial steering
 * committee for building a learning society). The agencies of section V of QĐ 354/QĐ-UBND (2013) and their tasks as
 * reference data (one per bullet or paragraph, citing its clause), the yearly report on each task with overdue tasks
 * visible, and the programme's money per year, unit and source (province budget, district budget, Thông tư
 * 96/2008/TT-BTC support for community learning centres, socialised contributions) as planned, allocated and spent,
 * in đồng, by calendar (= fiscal) year. Reports and money in the demo database are SYNTHETIC (see each `dataLabel`).
 */
export type QueryProgrammeReportingPeriodsArgs = {
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Programme subgraph (owner: the programme's standing office at Sở Giáo dục và Đào tạo, for the provincial steering
 * committee for building a learning society). The agencies of section V of QĐ 354/QĐ-UBND (2013) and their tasks as
 * reference data (one per bullet or paragraph, citing its clause), the yearly report on each task with overdue tasks
 * visible, and the programme's money per year, unit and source (province budget, district budget, Thông tư
 * 96/2008/TT-BTC support for community learning centres, socialised contributions) as planned, allocated and spent,
 * in đồng, by calendar (= fiscal) year. Reports and money in the demo database are SYNTHETIC (see each `dataLabel`).
 */
export type QueryProgrammeSubmissionChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  dataset: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Programme subgraph (owner: the programme's standing office at Sở Giáo dục và Đào tạo, for the provincial steering
 * committee for building a learning society). The agencies of section V of QĐ 354/QĐ-UBND (2013) and their tasks as
 * reference data (one per bullet or paragraph, citing its clause), the yearly report on each task with overdue tasks
 * visible, and the programme's money per year, unit and source (province budget, district budget, Thông tư
 * 96/2008/TT-BTC support for community learning centres, socialised contributions) as planned, allocated and spent,
 * in đồng, by calendar (= fiscal) year. Reports and money in the demo database are SYNTHETIC (see each `dataLabel`).
 */
export type QueryProgrammeTaskArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Programme subgraph (owner: the programme's standing office at Sở Giáo dục và Đào tạo, for the provincial steering
 * committee for building a learning society). The agencies of section V of QĐ 354/QĐ-UBND (2013) and their tasks as
 * reference data (one per bullet or paragraph, citing its clause), the yearly report on each task with overdue tasks
 * visible, and the programme's money per year, unit and source (province budget, district budget, Thông tư
 * 96/2008/TT-BTC support for community learning centres, socialised contributions) as planned, allocated and spent,
 * in đồng, by calendar (= fiscal) year. Reports and money in the demo database are SYNTHETIC (see each `dataLabel`).
 */
export type QueryProgrammeTasksArgs = {
  agencyCode?: InputMaybe<Scalars['String']['input']>;
  clause?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Programme subgraph (owner: the programme's standing office at Sở Giáo dục và Đào tạo, for the provincial steering
 * committee for building a learning society). The agencies of section V of QĐ 354/QĐ-UBND (2013) and their tasks as
 * reference data (one per bullet or paragraph, citing its clause), the yearly report on each task with overdue tasks
 * visible, and the programme's money per year, unit and source (province budget, district budget, Thông tư
 * 96/2008/TT-BTC support for community learning centres, socialised contributions) as planned, allocated and spent,
 * in đồng, by calendar (= fiscal) year. Reports and money in the demo database are SYNTHETIC (see each `dataLabel`).
 */
export type QueryTaskReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  taskId?: InputMaybe<Scalars['String']['input']>;
  updatedSince?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
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
 * The yearly report on one task.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type TaskReport = {
  __typename?: 'TaskReport';
  /** SYNTHETIC demo data or IMPORTED. */
  dataLabel: Scalars['String']['output'];
  /** What shows it, in words. */
  evidence: Scalars['String']['output'];
  /** Date of the report (YYYY-MM-DD). */
  reportedOn: Scalars['String']['output'];
  /** Who reports. */
  reporter: Scalars['String']['output'];
  /** NOT_STARTED, IN_PROGRESS or DONE. */
  status: Scalars['String']['output'];
  task: ProgrammeTask;
  taskId: Scalars['String']['output'];
  /** When the row was last written (ISO-8601 UTC). */
  updatedAt: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** A page of task reports. */
export type TaskReportConnection = {
  __typename?: 'TaskReportConnection';
  /** Rows deleted at or after updatedSince (empty without it). */
  deleted: Array<DeletedRow>;
  /** Rows of this page, in natural-key order. */
  nodes: Array<TaskReport>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Rows matching the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Input of recordTaskReport: one row of the CSV import, same field names. */
export type TaskReportInput = {
  /** What shows it, in words (at most 1,000 characters). */
  evidence: Scalars['String']['input'];
  /** Date of the report (YYYY-MM-DD). */
  reportedOn: Scalars['String']['input'];
  /** Who reports (at most 200 characters). */
  reporter: Scalars['String']['input'];
  /** NOT_STARTED, IN_PROGRESS or DONE. */
  status: Scalars['String']['input'];
  /** A task of section V (V.1-1 … V.12-1). */
  taskId: Scalars['String']['input'];
  /** Report year, 2010–2030. */
  year: Scalars['Int']['input'];
};

/**
 * Where one task stands at the end of a year.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type TaskStanding = {
  __typename?: 'TaskStanding';
  /** When it fell due that year (YYYY-MM-DD): 31 December for a yearly task, its date in its year for a dated one; null when nothing fell due. */
  due?: Maybe<Scalars['String']['output']>;
  /** A yearly task not DONE that year, or a dated task past its date with no DONE report since its year. An ongoing task is never overdue. */
  overdue: Scalars['Boolean']['output'];
  /** The report of that year, if any. */
  report?: Maybe<TaskReport>;
  /** The report's status that year, or NOT_REPORTED. */
  status: Scalars['String']['output'];
  task: ProgrammeTask;
  year: Scalars['Int']['output'];
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
  DistrictYear: DistrictYear;
  ProvinceYear: ProvinceYear;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
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
  ClcTrainingInput: ClcTrainingInput;
  ClcTrainingTotal: ResolverTypeWrapper<ClcTrainingTotalModel>;
  DatasetColumn: ResolverTypeWrapper<DatasetColumn>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DatasetDescription: ResolverTypeWrapper<DatasetDescription>;
  DatasetReporting: ResolverTypeWrapper<DatasetReporting>;
  DeletedRow: ResolverTypeWrapper<DeletedRow>;
  DistrictYear: ResolverTypeWrapper<DistrictYearModel>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  Funding: ResolverTypeWrapper<FundingModel>;
  FundingConnection: ResolverTypeWrapper<FundingConnectionModel>;
  FundingInput: FundingInput;
  FundingTotal: ResolverTypeWrapper<FundingTotalModel>;
  ImportResult: ResolverTypeWrapper<ImportResult>;
  InputProblem: ResolverTypeWrapper<InputProblem>;
  LearningNeedInput: LearningNeedInput;
  LearningNeedTotal: ResolverTypeWrapper<LearningNeedTotalModel>;
  LearningWeekInput: LearningWeekInput;
  LearningWeekTotal: ResolverTypeWrapper<LearningWeekTotalModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeriodLock: ResolverTypeWrapper<PeriodLock>;
  ProgrammeAgency: ResolverTypeWrapper<ProgrammeAgencyModel>;
  ProgrammeTask: ResolverTypeWrapper<ProgrammeTaskModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Provenance: Provenance;
  ProvinceYear: ResolverTypeWrapper<ProvinceYearModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReportingPeriod: ResolverTypeWrapper<ReportingPeriod>;
  ReportingResult: ResolverTypeWrapper<ReportingResult>;
  ReportingTransition: ResolverTypeWrapper<ReportingTransition>;
  RowChange: ResolverTypeWrapper<RowChange>;
  SubmissionChange: ResolverTypeWrapper<SubmissionChange>;
  SubmissionChangeConnection: ResolverTypeWrapper<SubmissionChangeConnection>;
  TaskReport: ResolverTypeWrapper<TaskReportModel>;
  TaskReportConnection: ResolverTypeWrapper<TaskReportConnectionModel>;
  TaskReportInput: TaskReportInput;
  TaskStanding: ResolverTypeWrapper<TaskStandingModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditRecord: AuditRecordModel;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ClcTrainingInput: ClcTrainingInput;
  ClcTrainingTotal: ClcTrainingTotalModel;
  DatasetColumn: DatasetColumn;
  Boolean: Scalars['Boolean']['output'];
  Float: Scalars['Float']['output'];
  DatasetDescription: DatasetDescription;
  DatasetReporting: DatasetReporting;
  DeletedRow: DeletedRow;
  DistrictYear: DistrictYearModel;
  FieldChange: FieldChange;
  Funding: FundingModel;
  FundingConnection: FundingConnectionModel;
  FundingInput: FundingInput;
  FundingTotal: FundingTotalModel;
  ImportResult: ImportResult;
  InputProblem: InputProblem;
  LearningNeedInput: LearningNeedInput;
  LearningNeedTotal: LearningNeedTotalModel;
  LearningWeekInput: LearningWeekInput;
  LearningWeekTotal: LearningWeekTotalModel;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PeriodLock: PeriodLock;
  ProgrammeAgency: ProgrammeAgencyModel;
  ProgrammeTask: ProgrammeTaskModel;
  ID: Scalars['ID']['output'];
  ProvinceYear: ProvinceYearModel;
  Query: Record<PropertyKey, never>;
  ReportingPeriod: ReportingPeriod;
  ReportingResult: ReportingResult;
  ReportingTransition: ReportingTransition;
  RowChange: RowChange;
  SubmissionChange: SubmissionChange;
  SubmissionChangeConnection: SubmissionChangeConnection;
  TaskReport: TaskReportModel;
  TaskReportConnection: TaskReportConnectionModel;
  TaskReportInput: TaskReportInput;
  TaskStanding: TaskStandingModel;
};

export type AuditRecordResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['AuditRecord'] = ResolversParentTypes['AuditRecord']> = {
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

export type ClcTrainingTotalResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['ClcTrainingTotal'] = ResolversParentTypes['ClcTrainingTotal']> = {
  dataLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sessions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  traineeRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trainees?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unitsReporting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DatasetColumnResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['DatasetColumn'] = ResolversParentTypes['DatasetColumn']> = {
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

export type DatasetDescriptionResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['DatasetDescription'] = ResolversParentTypes['DatasetDescription']> = {
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

export type DatasetReportingResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['DatasetReporting'] = ResolversParentTypes['DatasetReporting']> = {
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

export type DeletedRowResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['DeletedRow'] = ResolversParentTypes['DeletedRow']> = {
  deletedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DistrictYearResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['DistrictYear'] = ResolversParentTypes['DistrictYear'], FederationReferenceType extends FederationReferenceTypes['DistrictYear'] = FederationReferenceTypes['DistrictYear']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DistrictYear']> | FederationReferenceType, FederationReferenceType, ContextType>;
  clcSupportSpent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  clcTrainings?: Resolver<Maybe<Array<ResolversTypes['ClcTrainingTotal']>>, ParentType, ContextType>;
  districtCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  learningNeeds?: Resolver<Maybe<Array<ResolversTypes['LearningNeedTotal']>>, ParentType, ContextType>;
  lifelongLearningWeek?: Resolver<Maybe<ResolversTypes['LearningWeekTotal']>, ParentType, ContextType>;
  programmeFunding?: Resolver<Maybe<Array<ResolversTypes['FundingTotal']>>, ParentType, ContextType>;
  programmeLocked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  programmeReporting?: Resolver<Array<ResolversTypes['DatasetReporting']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FundingResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['Funding'] = ResolversParentTypes['Funding']> = {
  allocated?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  dataLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  spent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FundingConnectionResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['FundingConnection'] = ResolversParentTypes['FundingConnection']> = {
  deleted?: Resolver<Array<ResolversTypes['DeletedRow']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Funding']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FundingTotalResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['FundingTotal'] = ResolversParentTypes['FundingTotal']> = {
  allocated?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  dataLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  planned?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  provenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  spent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unitsReporting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportResultResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = {
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

export type InputProblemResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['InputProblem'] = ResolversParentTypes['InputProblem']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type LearningNeedTotalResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['LearningNeedTotal'] = ResolversParentTypes['LearningNeedTotal']> = {
  dataLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  respondentGroup?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  respondents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitsReporting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LearningWeekTotalResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['LearningWeekTotal'] = ResolversParentTypes['LearningWeekTotal']> = {
  dataLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  events?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  participants?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  participantsCadres?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  participantsOther?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  participantsPupils?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  participantsWorkers?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unitsExpected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitsReporting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  approveProgrammePeriod?: Resolver<ResolversTypes['ReportingResult'], ParentType, ContextType, RequireFields<MutationApproveProgrammePeriodArgs, 'unitCode' | 'year'>>;
  deleteClcTraining?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationDeleteClcTrainingArgs, 'districtCode' | 'traineeRole' | 'year'>>;
  deleteFunding?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationDeleteFundingArgs, 'source' | 'unitCode' | 'year'>>;
  deleteLearningNeed?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationDeleteLearningNeedArgs, 'districtCode' | 'respondentGroup' | 'topic' | 'year'>>;
  deleteLearningWeek?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationDeleteLearningWeekArgs, 'districtCode' | 'year'>>;
  deleteTaskReport?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationDeleteTaskReportArgs, 'taskId' | 'year'>>;
  importClcTrainingsCsv?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportClcTrainingsCsvArgs, 'csv' | 'dryRun'>>;
  importFundingCsv?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportFundingCsvArgs, 'csv' | 'dryRun'>>;
  importLearningNeedsCsv?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportLearningNeedsCsvArgs, 'csv' | 'dryRun'>>;
  importLearningWeeksCsv?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportLearningWeeksCsvArgs, 'csv' | 'dryRun'>>;
  importTaskReportsCsv?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportTaskReportsCsvArgs, 'csv' | 'dryRun'>>;
  lockProgrammePeriod?: Resolver<ResolversTypes['PeriodLock'], ParentType, ContextType, RequireFields<MutationLockProgrammePeriodArgs, 'year'>>;
  recordClcTraining?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationRecordClcTrainingArgs, 'input'>>;
  recordFunding?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationRecordFundingArgs, 'input'>>;
  recordLearningNeed?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationRecordLearningNeedArgs, 'input'>>;
  recordLearningWeek?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationRecordLearningWeekArgs, 'input'>>;
  recordTaskReport?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationRecordTaskReportArgs, 'input'>>;
  returnProgrammePeriod?: Resolver<ResolversTypes['ReportingResult'], ParentType, ContextType, RequireFields<MutationReturnProgrammePeriodArgs, 'comment' | 'unitCode' | 'year'>>;
  submitProgrammePeriod?: Resolver<ResolversTypes['ReportingResult'], ParentType, ContextType, RequireFields<MutationSubmitProgrammePeriodArgs, 'unitCode' | 'year'>>;
  unapproveProgrammePeriod?: Resolver<ResolversTypes['ReportingResult'], ParentType, ContextType, RequireFields<MutationUnapproveProgrammePeriodArgs, 'unitCode' | 'year'>>;
  unlockProgrammePeriod?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnlockProgrammePeriodArgs, 'year'>>;
};

export type PageInfoResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PeriodLockResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['PeriodLock'] = ResolversParentTypes['PeriodLock']> = {
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  districtCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lockedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lockedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgrammeAgencyResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['ProgrammeAgency'] = ResolversParentTypes['ProgrammeAgency']> = {
  clause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProgrammeTaskResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['ProgrammeTask'] = ResolversParentTypes['ProgrammeTask']> = {
  agency?: Resolver<ResolversTypes['ProgrammeAgency'], ParentType, ContextType>;
  clause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueNoteVi?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['ProgrammeAgency']>, ParentType, ContextType>;
  recurrence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  what?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  wordingVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProvinceYearResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['ProvinceYear'] = ResolversParentTypes['ProvinceYear'], FederationReferenceType extends FederationReferenceTypes['ProvinceYear'] = FederationReferenceTypes['ProvinceYear']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProvinceYear']> | FederationReferenceType, FederationReferenceType, ContextType>;
  clcSupportSpent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  clcTrainings?: Resolver<Maybe<Array<ResolversTypes['ClcTrainingTotal']>>, ParentType, ContextType>;
  learningNeeds?: Resolver<Maybe<Array<ResolversTypes['LearningNeedTotal']>>, ParentType, ContextType>;
  lifelongLearningWeek?: Resolver<Maybe<ResolversTypes['LearningWeekTotal']>, ParentType, ContextType>;
  overdueProgrammeTasks?: Resolver<Array<ResolversTypes['TaskStanding']>, ParentType, ContextType>;
  programmeFunding?: Resolver<Maybe<Array<ResolversTypes['FundingTotal']>>, ParentType, ContextType>;
  programmeLocked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  programmeReporting?: Resolver<Array<ResolversTypes['DatasetReporting']>, ParentType, ContextType>;
  programmeTasks?: Resolver<Array<ResolversTypes['TaskStanding']>, ParentType, ContextType, Partial<ProvinceYearProgrammeTasksArgs>>;
  provinceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  programmeAgencies?: Resolver<Array<ResolversTypes['ProgrammeAgency']>, ParentType, ContextType>;
  programmeAudit?: Resolver<Array<ResolversTypes['AuditRecord']>, ParentType, ContextType, RequireFields<QueryProgrammeAuditArgs, 'first'>>;
  programmeDatasets?: Resolver<Array<ResolversTypes['DatasetDescription']>, ParentType, ContextType>;
  programmeFunding?: Resolver<ResolversTypes['FundingConnection'], ParentType, ContextType, RequireFields<QueryProgrammeFundingArgs, 'first' | 'year'>>;
  programmePeriodLocks?: Resolver<Array<ResolversTypes['PeriodLock']>, ParentType, ContextType, Partial<QueryProgrammePeriodLocksArgs>>;
  programmeReportingPeriods?: Resolver<Array<ResolversTypes['ReportingPeriod']>, ParentType, ContextType, RequireFields<QueryProgrammeReportingPeriodsArgs, 'year'>>;
  programmeSubmissionChanges?: Resolver<ResolversTypes['SubmissionChangeConnection'], ParentType, ContextType, RequireFields<QueryProgrammeSubmissionChangesArgs, 'dataset' | 'first' | 'unitCode' | 'year'>>;
  programmeTask?: Resolver<Maybe<ResolversTypes['ProgrammeTask']>, ParentType, ContextType, RequireFields<QueryProgrammeTaskArgs, 'id'>>;
  programmeTasks?: Resolver<Array<ResolversTypes['ProgrammeTask']>, ParentType, ContextType, Partial<QueryProgrammeTasksArgs>>;
  taskReports?: Resolver<ResolversTypes['TaskReportConnection'], ParentType, ContextType, RequireFields<QueryTaskReportsArgs, 'first' | 'year'>>;
};

export type ReportingPeriodResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['ReportingPeriod'] = ResolversParentTypes['ReportingPeriod']> = {
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

export type ReportingResultResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['ReportingResult'] = ResolversParentTypes['ReportingResult']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['ReportingPeriod'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['InputProblem']>, ParentType, ContextType>;
};

export type ReportingTransitionResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['ReportingTransition'] = ResolversParentTypes['ReportingTransition']> = {
  acknowledgedWarnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RowChangeResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['RowChange'] = ResolversParentTypes['RowChange']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubmissionChangeResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['SubmissionChange'] = ResolversParentTypes['SubmissionChange']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  batchId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubmissionChangeConnectionResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['SubmissionChangeConnection'] = ResolversParentTypes['SubmissionChangeConnection']> = {
  dataset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SubmissionChange']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TaskReportResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['TaskReport'] = ResolversParentTypes['TaskReport']> = {
  dataLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reporter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['ProgrammeTask'], ParentType, ContextType>;
  taskId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TaskReportConnectionResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['TaskReportConnection'] = ResolversParentTypes['TaskReportConnection']> = {
  deleted?: Resolver<Array<ResolversTypes['DeletedRow']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['TaskReport']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TaskStandingResolvers<ContextType = ProgrammeContext, ParentType extends ResolversParentTypes['TaskStanding'] = ResolversParentTypes['TaskStanding']> = {
  due?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['TaskReport']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['ProgrammeTask'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ProgrammeContext> = {
  AuditRecord?: AuditRecordResolvers<ContextType>;
  ClcTrainingTotal?: ClcTrainingTotalResolvers<ContextType>;
  DatasetColumn?: DatasetColumnResolvers<ContextType>;
  DatasetDescription?: DatasetDescriptionResolvers<ContextType>;
  DatasetReporting?: DatasetReportingResolvers<ContextType>;
  DeletedRow?: DeletedRowResolvers<ContextType>;
  DistrictYear?: DistrictYearResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  Funding?: FundingResolvers<ContextType>;
  FundingConnection?: FundingConnectionResolvers<ContextType>;
  FundingTotal?: FundingTotalResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  InputProblem?: InputProblemResolvers<ContextType>;
  LearningNeedTotal?: LearningNeedTotalResolvers<ContextType>;
  LearningWeekTotal?: LearningWeekTotalResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PeriodLock?: PeriodLockResolvers<ContextType>;
  ProgrammeAgency?: ProgrammeAgencyResolvers<ContextType>;
  ProgrammeTask?: ProgrammeTaskResolvers<ContextType>;
  ProvinceYear?: ProvinceYearResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReportingPeriod?: ReportingPeriodResolvers<ContextType>;
  ReportingResult?: ReportingResultResolvers<ContextType>;
  ReportingTransition?: ReportingTransitionResolvers<ContextType>;
  RowChange?: RowChangeResolvers<ContextType>;
  SubmissionChange?: SubmissionChangeResolvers<ContextType>;
  SubmissionChangeConnection?: SubmissionChangeConnectionResolvers<ContextType>;
  TaskReport?: TaskReportResolvers<ContextType>;
  TaskReportConnection?: TaskReportConnectionResolvers<ContextType>;
  TaskStanding?: TaskStandingResolvers<ContextType>;
};

