import type { GraphQLResolveInfo } from 'graphql';
import type { ProviderModel, CourseModel, EnrolmentModel, LabourForceRowModel, ProviderConnectionModel, CourseConnectionModel, EnrolmentConnectionModel, LabourForceConnectionModel, TrainingFiguresModel, CommuneYearModel, DistrictYearModel, ProvinceYearModel, AuditRecordModel, AuditConnectionModel } from './models';
import type { VocationalContext } from './context';
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

/** A commune (owned by geography), referenced by enrolments and labour-force rows. */
export type Commune = {
  __typename?: 'Commune';
  /** GSO code of the commune. */
  code: Scalars['String']['output'];
};

/**
 * A commune in one data year; vocational adds the labour force, trainees and labour indicators of that year.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type CommuneYear = {
  __typename?: 'CommuneYear';
  /** REPORTED: the unit of that year; CURRENT: the commune of today over its predecessors. */
  boundaries: Boundaries;
  /** GSO code of the commune (with boundaries: the unit of that year, or the commune of today). */
  communeCode: Scalars['String']['output'];
  /** Labour force of the commune's reporting units (SYNTHETIC in the demo database). */
  labourForce?: Maybe<LabourForceFigures>;
  /** Labour indicators of seed II.2.2 with numerators, denominators and targets. */
  labourIndicators?: Maybe<LabourIndicators>;
  /** Uniform indicator list of the vocational department (every VOC_* indicator of the catalogue). */
  vocationalIndicators?: Maybe<Array<IndicatorValue>>;
  /** True when the vocational data of this year is locked (approved) over the whole territory (see lockVocationalPeriod). */
  vocationalLocked?: Maybe<Scalars['Boolean']['output']>;
  /** Vocational trainees from the commune's reporting units (SYNTHETIC in the demo database). */
  vocationalTraining?: Maybe<VocationalTrainingFigures>;
  /** Data year (figures as of 31 December). */
  year: Scalars['Int']['output'];
};

/**
 * Enrolment and graduates of one course from one commune, one sex and one ethnic group (persons).
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type CourseEnrolment = {
  __typename?: 'CourseEnrolment';
  /** The commune (resolved by geography). */
  commune: Commune;
  /** GSO code of the trainees' commune (a reporting commune of the course year). */
  communeCode: Scalars['String']['output'];
  /** Code of the course. */
  courseCode: Scalars['String']['output'];
  /** Trainees enrolled (persons). */
  enrolled: Scalars['Int']['output'];
  /** Ethnic group (dân tộc) of the trainees: one of Sơn La's groups (Thái, Kinh, Mông, Mường, Dao, Khơ Mú, Xinh Mun, Kháng, Lào, La Ha, Lự, Tày) or Khác. */
  ethnicGroup: Scalars['String']['output'];
  /** Trainees who graduated (persons), at most enrolled. */
  graduated: Scalars['Int']['output'];
  /** Sex of the trainees of this row. */
  sex: TraineeSex;
  /** Where the row comes from; SYNTHETIC for demo data. */
  source: Scalars['String']['output'];
  /** When the row was last written (ISO-8601 UTC). */
  updatedAt: Scalars['String']['output'];
  /** Year of the course. */
  year: Scalars['Int']['output'];
};

/** A page of course enrolment rows. */
export type CourseEnrolmentConnection = {
  __typename?: 'CourseEnrolmentConnection';
  /** Rows deleted at or after updatedSince (empty without it). */
  deleted: Array<DeletedRow>;
  /** Rows of this page, in key order (course, commune, sex, ethnic group). */
  nodes: Array<CourseEnrolment>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Rows matching the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One enrolment row of a course. */
export type CourseEnrolmentInput = {
  /** GSO code of a reporting commune of the course year. */
  communeCode: Scalars['String']['input'];
  /** Trainees enrolled (persons, ≥ 0). */
  enrolled: Scalars['Int']['input'];
  /** Ethnic group: Thái, Kinh, Mông, Mường, Dao, Khơ Mú, Xinh Mun, Kháng, Lào, La Ha, Lự, Tày or Khác. */
  ethnicGroup: Scalars['String']['input'];
  /** Trainees who graduated (persons, at most enrolled). */
  graduated: Scalars['Int']['input'];
  /** Sex of the trainees of this row. */
  sex: TraineeSex;
};

/** Level of a vocational course. */
export type CourseLevel =
  /** Cao đẳng (college). */
  | 'COLLEGE'
  /** Sơ cấp (elementary). */
  | 'ELEMENTARY'
  /** Trung cấp (intermediate). */
  | 'INTERMEDIATE'
  /** Short course of under 3 months (dạy nghề dưới 3 tháng), the usual level of rural-labour courses. */
  | 'UNDER_3_MONTHS';

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

/** A district (owned by geography), referenced by providers. */
export type District = {
  __typename?: 'District';
  /** GSO code of the district. */
  code: Scalars['String']['output'];
};

/**
 * A district in one data year; vocational adds its figures summed over the district's reporting communes.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type DistrictYear = {
  __typename?: 'DistrictYear';
  /** GSO code of the district. */
  districtCode: Scalars['String']['output'];
  /** Labour force summed over the district's reporting communes (SYNTHETIC in the demo database). */
  labourForce?: Maybe<LabourForceFigures>;
  /** Labour indicators of seed II.2.2, ratio of sums over the district's communes. */
  labourIndicators?: Maybe<LabourIndicators>;
  /** Uniform indicator list of the vocational department (every VOC_* indicator of the catalogue). */
  vocationalIndicators?: Maybe<Array<IndicatorValue>>;
  /** True when the vocational data of this year is locked (approved) over the whole territory (see lockVocationalPeriod). */
  vocationalLocked?: Maybe<Scalars['Boolean']['output']>;
  /** Reporting rates of the vocational datasets for this district and year (DHIS2 completeness and timeliness); empty when the district did not report that year. */
  vocationalReporting: Array<DatasetReporting>;
  /** Vocational trainees from the district's reporting communes. */
  vocationalTraining?: Maybe<VocationalTrainingFigures>;
  /** Data year (figures as of 31 December). */
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

/** A page of labour-force rows. */
export type LabourForceConnection = {
  __typename?: 'LabourForceConnection';
  /** Rows deleted at or after updatedSince (empty without it). */
  deleted: Array<DeletedRow>;
  /** Rows of this page, in commune order. */
  nodes: Array<LabourForceRow>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Rows matching the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/**
 * Labour-force figures of a year entity: sums over its reporting communes that have data (persons). A null figure
 * means no reporting commune has data; compare unitsReporting with unitsExpected for partial coverage.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type LabourForceFigures = {
  __typename?: 'LabourForceFigures';
  /** Workers in agriculture, forestry and fishery. */
  agriculturalWorkers?: Maybe<Scalars['Int']['output']>;
  /** Agricultural workers who accessed a training programme. */
  agriculturalWorkersTrainingAccess?: Maybe<Scalars['Int']['output']>;
  /** Sources of the rows summed (SYNTHETIC for demo data); empty without data. */
  sources: Array<Scalars['String']['output']>;
  /** Workers who received technology transfer, in total and by sector (sums). */
  technologyTransfer: TechnologyTransfer;
  /** Reporting communes the figures should cover. */
  unitsExpected: Scalars['Int']['output'];
  /** Reporting communes with labour-force data. */
  unitsReporting: Scalars['Int']['output'];
  /** Workers with vocational training. */
  vocationallyTrainedWorkers?: Maybe<Scalars['Int']['output']>;
  /** People of working age (persons). */
  workingAgePopulation?: Maybe<Scalars['Int']['output']>;
};

/** Labour-force figures of one reporting commune in one year (persons). */
export type LabourForceInput = {
  /** Workers in agriculture, forestry and fishery (at most workingAgePopulation). */
  agriculturalWorkers: Scalars['Int']['input'];
  /** Agricultural workers who accessed a training programme (at most agriculturalWorkers). */
  agriculturalWorkersTrainingAccess: Scalars['Int']['input'];
  /** GSO code of a reporting commune of that year. */
  communeCode: Scalars['String']['input'];
  /** Where the figures come from (default: "Sở LĐ-TB&XH (import)"). */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Of them, in agriculture (at most technologyTransferWorkers). */
  technologyTransferAgriculture: Scalars['Int']['input'];
  /** Of them, in forestry (at most technologyTransferWorkers). */
  technologyTransferForestry: Scalars['Int']['input'];
  /** Of them, in processing of goods (at most technologyTransferWorkers). */
  technologyTransferProcessing: Scalars['Int']['input'];
  /** Of them, in tourism (at most technologyTransferWorkers). */
  technologyTransferTourism: Scalars['Int']['input'];
  /** Distinct workers who received technology transfer (at most workingAgePopulation). */
  technologyTransferWorkers: Scalars['Int']['input'];
  /** Workers with vocational training (at most workingAgePopulation). */
  vocationallyTrainedWorkers: Scalars['Int']['input'];
  /** People of working age (persons). */
  workingAgePopulation: Scalars['Int']['input'];
  /** Data year (2010–2030). */
  year: Scalars['Int']['input'];
};

/**
 * The labour-force figures of one reporting commune in one year, as stored (persons, 31 December).
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type LabourForceRow = {
  __typename?: 'LabourForceRow';
  /** Workers in agriculture, forestry and fishery (nông, lâm, ngư nghiệp). */
  agriculturalWorkers: Scalars['Int']['output'];
  /** Agricultural workers who accessed a training programme (được tiếp cận chương trình bồi dưỡng). */
  agriculturalWorkersTrainingAccess: Scalars['Int']['output'];
  /** The commune (resolved by geography). */
  commune: Commune;
  /** GSO code of the reporting commune (valid on 31 December of the year). */
  communeCode: Scalars['String']['output'];
  /** Where the row comes from; SYNTHETIC for demo data. */
  source: Scalars['String']['output'];
  /** Workers who received technology transfer, in total and by sector. */
  technologyTransfer: TechnologyTransfer;
  /** When the row was last written (ISO-8601 UTC). */
  updatedAt: Scalars['String']['output'];
  /** Workers with vocational training (được đào tạo nghề). */
  vocationallyTrainedWorkers: Scalars['Int']['output'];
  /** People of working age (trong độ tuổi lao động), persons. */
  workingAgePopulation: Scalars['Int']['output'];
  /** Data year (figures as of 31 December). */
  year: Scalars['Int']['output'];
};

/**
 * The labour indicators of QĐ 354/QĐ-UBND II.2.2 "Đối với người lao động", ratio of sums over the reporting communes.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type LabourIndicators = {
  __typename?: 'LabourIndicators';
  /** VOC_AGRI_TRAINING_ACCESS: agricultural workers who accessed a training programme / agricultural workers (%, target 85% by 2015). */
  agriculturalTrainingAccess: LabourRatio;
  /** VOC_TECH_TRANSFER: workers who received technology transfer / working-age population (%, target 70% by 2015). */
  technologyTransfer: LabourRatio;
  /** VOC_TRAINEES_PER_1000: course enrolments of the year / working-age population × 1,000 (no target in the seed). */
  traineesPer1000: LabourRatio;
  /** VOC_WORKERS_TRAINED: workers with vocational training / working-age population (%, target 40% by 2015). */
  vocationallyTrained: LabourRatio;
};

/**
 * One labour indicator with its numerator, denominator and the programme's target.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type LabourRatio = {
  __typename?: 'LabourRatio';
  /** Clause of the seed the indicator measures. */
  clause?: Maybe<Scalars['String']['output']>;
  /** Indicator code from the platform catalogue (VOC_*). */
  code: Scalars['String']['output'];
  /** Sum of the denominators over the same communes (persons). */
  denominator?: Maybe<Scalars['Float']['output']>;
  /** Sum of the numerators over the reporting communes with data (persons). */
  numerator?: Maybe<Scalars['Float']['output']>;
  /** Value one year earlier over the same territory (null = no data). */
  previousValue?: Maybe<Scalars['Float']['output']>;
  /** Target of QĐ 354/QĐ-UBND for targetYear (same unit as value); null when the programme sets none. */
  target?: Maybe<Scalars['Float']['output']>;
  /** Year the target is set for (2015 in QĐ 354/QĐ-UBND). */
  targetYear?: Maybe<Scalars['Int']['output']>;
  /** percent or per_1000. */
  unit: Scalars['String']['output'];
  /** Reporting communes the figure should cover. */
  unitsExpected: Scalars['Int']['output'];
  /** Reporting communes with data for this figure. */
  unitsReporting: Scalars['Int']['output'];
  /** numerator / denominator scaled by unit; null without data (never read as zero). */
  value?: Maybe<Scalars['Float']['output']>;
};

/**
 * Writes of Sở LĐ-TB&XH: role editor:vocational only (unlocking: admin). Every write is validated whole (problems name
 * row and field), all-or-nothing, idempotent on its natural key and audited with the values before and after. A write
 * into a locked period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Approves a submitted unit-year (role approver:vocational): this locks the period (PERIOD_LOCKED). */
  approveVocationalPeriod: ReportingResult;
  /** Deletes one enrolment row of a course (leaves a tombstone). */
  deleteCourseEnrolment: ImportResult;
  /** Deletes the labour-force figures of one commune and year (leaves a tombstone). */
  deleteLabourForce: ImportResult;
  /** Deletes a course and all its enrolment rows (each leaves a tombstone). */
  deleteVocationalCourse: ImportResult;
  /**
   * Bulk import of labour-force figures (CSV, one row per reporting commune and year; header = the fields of
   * LabourForceInput: communeCode,year,workingAgePopulation,agriculturalWorkers,vocationallyTrainedWorkers,
   * agriculturalWorkersTrainingAccess,technologyTransferWorkers,technologyTransferAgriculture,technologyTransferForestry,
   * technologyTransferTourism,technologyTransferProcessing[,source]; their snake_case forms are accepted).
   */
  importLabourForceCsv: ImportResult;
  /**
   * Bulk import of training providers (CSV, UTF-8, comma-separated; header code,name,kind,districtCode[,source];
   * provider_code and district_code are accepted for code and districtCode).
   */
  importTrainingProvidersCsv: ImportResult;
  /**
   * Bulk import of courses with their enrolments (CSV, one row per course × commune × sex × ethnic group; header
   * code,providerCode,occupation,level,ruralLabourProgramme,year,communeCode,sex,ethnicGroup,enrolled,graduated[,source];
   * the snake_case headers course_code, provider_code, rural_labour_programme, commune_code, ethnic_group are accepted).
   * The result counts stored records: each course once plus each enrolment row.
   */
  importVocationalCoursesCsv: ImportResult;
  /**
   * Locks (approves) the vocational data of a year, for one district or (districtCode absent) the whole province:
   * writes into it are then refused with PERIOD_LOCKED. Role editor:vocational; audited.
   */
  lockVocationalPeriod: PeriodLock;
  /** Returns a submitted unit-year to its reporter with a comment (role approver:vocational): the unit may edit and submit again. */
  returnVocationalPeriod: ReportingResult;
  /** Submits a reporting unit's vocational data of a year for approval (role reporter:vocational:<unitCode> or editor:vocational); refused with HAS_ERRORS while its stored rows have problems. Freezes the unit's writes (PERIOD_SUBMITTED). */
  submitVocationalPeriod: ReportingResult;
  /** Unapproves an approved unit-year (role admin only): removes its lock, OPEN again. */
  unapproveVocationalPeriod: ReportingResult;
  /** Unlocks a locked period (role admin only; audited). False when it was not locked. */
  unlockVocationalPeriod: Scalars['Boolean']['output'];
  /** Creates or updates the labour-force figures of one reporting commune and year (natural key: commune + year). */
  upsertLabourForce: ImportResult;
  /** Creates or updates one training provider (natural key: code). */
  upsertTrainingProvider: ImportResult;
  /** Creates or updates one course and its enrolments (natural keys: course code; course + commune + sex + ethnic group). */
  upsertVocationalCourse: ImportResult;
};


/**
 * Writes of Sở LĐ-TB&XH: role editor:vocational only (unlocking: admin). Every write is validated whole (problems name
 * row and field), all-or-nothing, idempotent on its natural key and audited with the values before and after. A write
 * into a locked period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationApproveVocationalPeriodArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of Sở LĐ-TB&XH: role editor:vocational only (unlocking: admin). Every write is validated whole (problems name
 * row and field), all-or-nothing, idempotent on its natural key and audited with the values before and after. A write
 * into a locked period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationDeleteCourseEnrolmentArgs = {
  communeCode: Scalars['String']['input'];
  courseCode: Scalars['String']['input'];
  ethnicGroup: Scalars['String']['input'];
  sex: TraineeSex;
};


/**
 * Writes of Sở LĐ-TB&XH: role editor:vocational only (unlocking: admin). Every write is validated whole (problems name
 * row and field), all-or-nothing, idempotent on its natural key and audited with the values before and after. A write
 * into a locked period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationDeleteLabourForceArgs = {
  communeCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of Sở LĐ-TB&XH: role editor:vocational only (unlocking: admin). Every write is validated whole (problems name
 * row and field), all-or-nothing, idempotent on its natural key and audited with the values before and after. A write
 * into a locked period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationDeleteVocationalCourseArgs = {
  code: Scalars['String']['input'];
};


/**
 * Writes of Sở LĐ-TB&XH: role editor:vocational only (unlocking: admin). Every write is validated whole (problems name
 * row and field), all-or-nothing, idempotent on its natural key and audited with the values before and after. A write
 * into a locked period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationImportLabourForceCsvArgs = {
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedDigest?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Writes of Sở LĐ-TB&XH: role editor:vocational only (unlocking: admin). Every write is validated whole (problems name
 * row and field), all-or-nothing, idempotent on its natural key and audited with the values before and after. A write
 * into a locked period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationImportTrainingProvidersCsvArgs = {
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedDigest?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Writes of Sở LĐ-TB&XH: role editor:vocational only (unlocking: admin). Every write is validated whole (problems name
 * row and field), all-or-nothing, idempotent on its natural key and audited with the values before and after. A write
 * into a locked period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationImportVocationalCoursesCsvArgs = {
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedDigest?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Writes of Sở LĐ-TB&XH: role editor:vocational only (unlocking: admin). Every write is validated whole (problems name
 * row and field), all-or-nothing, idempotent on its natural key and audited with the values before and after. A write
 * into a locked period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationLockVocationalPeriodArgs = {
  districtCode?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Writes of Sở LĐ-TB&XH: role editor:vocational only (unlocking: admin). Every write is validated whole (problems name
 * row and field), all-or-nothing, idempotent on its natural key and audited with the values before and after. A write
 * into a locked period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationReturnVocationalPeriodArgs = {
  comment: Scalars['String']['input'];
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of Sở LĐ-TB&XH: role editor:vocational only (unlocking: admin). Every write is validated whole (problems name
 * row and field), all-or-nothing, idempotent on its natural key and audited with the values before and after. A write
 * into a locked period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationSubmitVocationalPeriodArgs = {
  acknowledgedWarnings?: InputMaybe<Array<Scalars['String']['input']>>;
  comment?: InputMaybe<Scalars['String']['input']>;
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of Sở LĐ-TB&XH: role editor:vocational only (unlocking: admin). Every write is validated whole (problems name
 * row and field), all-or-nothing, idempotent on its natural key and audited with the values before and after. A write
 * into a locked period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationUnapproveVocationalPeriodArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of Sở LĐ-TB&XH: role editor:vocational only (unlocking: admin). Every write is validated whole (problems name
 * row and field), all-or-nothing, idempotent on its natural key and audited with the values before and after. A write
 * into a locked period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationUnlockVocationalPeriodArgs = {
  districtCode?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Writes of Sở LĐ-TB&XH: role editor:vocational only (unlocking: admin). Every write is validated whole (problems name
 * row and field), all-or-nothing, idempotent on its natural key and audited with the values before and after. A write
 * into a locked period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationUpsertLabourForceArgs = {
  input: LabourForceInput;
};


/**
 * Writes of Sở LĐ-TB&XH: role editor:vocational only (unlocking: admin). Every write is validated whole (problems name
 * row and field), all-or-nothing, idempotent on its natural key and audited with the values before and after. A write
 * into a locked period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationUpsertTrainingProviderArgs = {
  input: TrainingProviderInput;
};


/**
 * Writes of Sở LĐ-TB&XH: role editor:vocational only (unlocking: admin). Every write is validated whole (problems name
 * row and field), all-or-nothing, idempotent on its natural key and audited with the values before and after. A write
 * into a locked period is refused with PERIOD_LOCKED. Expected refusals are data (ok: false, problems).
 */
export type MutationUpsertVocationalCourseArgs = {
  input: VocationalCourseInput;
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

/** Where a figure's rows come from. */
export type Provenance =
  /** Written by a department's import or mutation. */
  | 'IMPORTED'
  /** A roll-up over both synthetic and imported rows. */
  | 'MIXED'
  /** Written by the deterministic demo generator: SYNTHETIC, not official statistics. */
  | 'SYNTHETIC';

/** Kind of training provider (cơ sở dạy nghề), seed section V.2. */
export type ProviderKind =
  /** District continuing-education centre that also trains (trung tâm giáo dục thường xuyên huyện, thành phố), seed II.2.1, V.2. */
  | 'CONTINUING_EDUCATION_CENTRE'
  /** Cooperative that trains (hợp tác xã). */
  | 'COOPERATIVE'
  /** Enterprise that trains (dạy nghề trong doanh nghiệp), seed V.2. */
  | 'ENTERPRISE'
  /** Vocational training centre: trung tâm dạy nghề / giáo dục nghề nghiệp. */
  | 'VOCATIONAL_CENTRE'
  /** Vocational school: trường cao đẳng / trung cấp nghề. */
  | 'VOCATIONAL_SCHOOL';

/**
 * The province in one data year; vocational adds its figures summed over all reporting communes.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type ProvinceYear = {
  __typename?: 'ProvinceYear';
  /** Labour force summed over the province's reporting communes (SYNTHETIC in the demo database). */
  labourForce?: Maybe<LabourForceFigures>;
  /** Labour indicators of seed II.2.2, ratio of sums over every reporting commune. */
  labourIndicators?: Maybe<LabourIndicators>;
  /** GSO code of the province ("14" for Sơn La). */
  provinceCode: Scalars['String']['output'];
  /** Uniform indicator list of the vocational department (every VOC_* indicator of the catalogue). */
  vocationalIndicators?: Maybe<Array<IndicatorValue>>;
  /** True when the vocational data of this year is locked (approved) over the whole territory (see lockVocationalPeriod). */
  vocationalLocked?: Maybe<Scalars['Boolean']['output']>;
  /** Reporting rates of the vocational datasets for every reporting unit of the year (districts until 2024, communes from 2025). */
  vocationalReporting: Array<DatasetReporting>;
  /** Vocational trainees from the province's reporting communes. */
  vocationalTraining?: Maybe<VocationalTrainingFigures>;
  /** Data year (figures as of 31 December). */
  year: Scalars['Int']['output'];
};

/**
 * Vocational subgraph (owner: Sở Lao động - Thương binh và Xã hội; technology transfer with Sở Nông nghiệp và Phát
 * triển nông thôn). Training providers, vocational courses with their enrolments and graduates, and the labour force
 * of each commune and year, for QĐ 354/QĐ-UBND (2013) section II.2.2 "Đối với người lao động" and sections V.2, V.7.
 * The demo database holds SYNTHETIC data (deterministic seeded generator, 2012–2024), labelled in every `source`.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Enrolment rows as stored, of courses of a year (optionally trainees of one district's communes), in key order,
   * paged (at most 1,000 per page). Needs a signed-in role.
   */
  courseEnrolmentRows: CourseEnrolmentConnection;
  /**
   * Labour-force rows as stored, one per reporting commune, for a year (optionally one district), in commune order,
   * paged (at most 1,000 per page). Needs a signed-in role.
   */
  labourForceRows: LabourForceConnection;
  /** One training provider by its code; null when unknown. Needs a signed-in role. */
  trainingProvider?: Maybe<TrainingProvider>;
  /**
   * Training providers (cơ sở dạy nghề), optionally of one district and/or kind, in code order, paged (at most 1,000
   * per page). Needs a signed-in role.
   */
  trainingProviders: TrainingProviderConnection;
  /**
   * Audit trail of this subgraph's writes and locks, newest first, at most 1,000 records. Needs a signed-in role.
   * @deprecated Use vocationalAuditTrail: the same records as a connection (first/after, totalCount, pageInfo), like educationAudit.
   */
  vocationalAudit: Array<AuditRecord>;
  /**
   * The vocational audit trail, newest first: every change, every write attempt, every lock. Paged (at most 1,000
   * per page). Needs a signed-in role.
   */
  vocationalAuditTrail: VocationalAuditConnection;
  /** One vocational course by its code; null when unknown. Needs a signed-in role. */
  vocationalCourse?: Maybe<VocationalCourse>;
  /** Vocational courses of a year, filtered, in code order, paged (at most 1,000 per page). Needs a signed-in role. */
  vocationalCourses: VocationalCourseConnection;
  /** The vocational datasets as the intake templates and page need them (columns, keys, labels, template version). Open to every caller: it is metadata. */
  vocationalDatasets: Array<DatasetDescription>;
  /** Locked (approved) periods of the vocational department, optionally of one year, by year and district. Needs a signed-in role (a lock names who approved it). */
  vocationalPeriodLocks: Array<PeriodLock>;
  /** Where each reporting unit of a year stands in the vocational reporting workflow (OPEN when untouched); one unit with unitCode. Needs a signed-in role. */
  vocationalReportingPeriods: Array<ReportingPeriod>;
  /** What a reporting unit changed in one vocational dataset of a year since the period was last approved, per row and field (before → after, from the audit trail); paged, newest first. Needs a signed-in role. */
  vocationalSubmissionChanges: SubmissionChangeConnection;
};


/**
 * Vocational subgraph (owner: Sở Lao động - Thương binh và Xã hội; technology transfer with Sở Nông nghiệp và Phát
 * triển nông thôn). Training providers, vocational courses with their enrolments and graduates, and the labour force
 * of each commune and year, for QĐ 354/QĐ-UBND (2013) section II.2.2 "Đối với người lao động" and sections V.2, V.7.
 * The demo database holds SYNTHETIC data (deterministic seeded generator, 2012–2024), labelled in every `source`.
 */
export type QueryCourseEnrolmentRowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  districtCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  updatedSince?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Vocational subgraph (owner: Sở Lao động - Thương binh và Xã hội; technology transfer with Sở Nông nghiệp và Phát
 * triển nông thôn). Training providers, vocational courses with their enrolments and graduates, and the labour force
 * of each commune and year, for QĐ 354/QĐ-UBND (2013) section II.2.2 "Đối với người lao động" and sections V.2, V.7.
 * The demo database holds SYNTHETIC data (deterministic seeded generator, 2012–2024), labelled in every `source`.
 */
export type QueryLabourForceRowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  districtCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  updatedSince?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Vocational subgraph (owner: Sở Lao động - Thương binh và Xã hội; technology transfer with Sở Nông nghiệp và Phát
 * triển nông thôn). Training providers, vocational courses with their enrolments and graduates, and the labour force
 * of each commune and year, for QĐ 354/QĐ-UBND (2013) section II.2.2 "Đối với người lao động" and sections V.2, V.7.
 * The demo database holds SYNTHETIC data (deterministic seeded generator, 2012–2024), labelled in every `source`.
 */
export type QueryTrainingProviderArgs = {
  code: Scalars['String']['input'];
};


/**
 * Vocational subgraph (owner: Sở Lao động - Thương binh và Xã hội; technology transfer with Sở Nông nghiệp và Phát
 * triển nông thôn). Training providers, vocational courses with their enrolments and graduates, and the labour force
 * of each commune and year, for QĐ 354/QĐ-UBND (2013) section II.2.2 "Đối với người lao động" and sections V.2, V.7.
 * The demo database holds SYNTHETIC data (deterministic seeded generator, 2012–2024), labelled in every `source`.
 */
export type QueryTrainingProvidersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  districtCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<ProviderKind>;
  updatedSince?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Vocational subgraph (owner: Sở Lao động - Thương binh và Xã hội; technology transfer with Sở Nông nghiệp và Phát
 * triển nông thôn). Training providers, vocational courses with their enrolments and graduates, and the labour force
 * of each commune and year, for QĐ 354/QĐ-UBND (2013) section II.2.2 "Đối với người lao động" and sections V.2, V.7.
 * The demo database holds SYNTHETIC data (deterministic seeded generator, 2012–2024), labelled in every `source`.
 */
export type QueryVocationalAuditArgs = {
  batchId?: InputMaybe<Scalars['String']['input']>;
  beforeId?: InputMaybe<Scalars['Int']['input']>;
  entityKey?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Vocational subgraph (owner: Sở Lao động - Thương binh và Xã hội; technology transfer with Sở Nông nghiệp và Phát
 * triển nông thôn). Training providers, vocational courses with their enrolments and graduates, and the labour force
 * of each commune and year, for QĐ 354/QĐ-UBND (2013) section II.2.2 "Đối với người lao động" and sections V.2, V.7.
 * The demo database holds SYNTHETIC data (deterministic seeded generator, 2012–2024), labelled in every `source`.
 */
export type QueryVocationalAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  batchId?: InputMaybe<Scalars['String']['input']>;
  entityKey?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Vocational subgraph (owner: Sở Lao động - Thương binh và Xã hội; technology transfer with Sở Nông nghiệp và Phát
 * triển nông thôn). Training providers, vocational courses with their enrolments and graduates, and the labour force
 * of each commune and year, for QĐ 354/QĐ-UBND (2013) section II.2.2 "Đối với người lao động" and sections V.2, V.7.
 * The demo database holds SYNTHETIC data (deterministic seeded generator, 2012–2024), labelled in every `source`.
 */
export type QueryVocationalCourseArgs = {
  code: Scalars['String']['input'];
};


/**
 * Vocational subgraph (owner: Sở Lao động - Thương binh và Xã hội; technology transfer with Sở Nông nghiệp và Phát
 * triển nông thôn). Training providers, vocational courses with their enrolments and graduates, and the labour force
 * of each commune and year, for QĐ 354/QĐ-UBND (2013) section II.2.2 "Đối với người lao động" and sections V.2, V.7.
 * The demo database holds SYNTHETIC data (deterministic seeded generator, 2012–2024), labelled in every `source`.
 */
export type QueryVocationalCoursesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  districtCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<CourseLevel>;
  providerCode?: InputMaybe<Scalars['String']['input']>;
  ruralLabourProgramme?: InputMaybe<Scalars['Boolean']['input']>;
  updatedSince?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Vocational subgraph (owner: Sở Lao động - Thương binh và Xã hội; technology transfer with Sở Nông nghiệp và Phát
 * triển nông thôn). Training providers, vocational courses with their enrolments and graduates, and the labour force
 * of each commune and year, for QĐ 354/QĐ-UBND (2013) section II.2.2 "Đối với người lao động" and sections V.2, V.7.
 * The demo database holds SYNTHETIC data (deterministic seeded generator, 2012–2024), labelled in every `source`.
 */
export type QueryVocationalPeriodLocksArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Vocational subgraph (owner: Sở Lao động - Thương binh và Xã hội; technology transfer with Sở Nông nghiệp và Phát
 * triển nông thôn). Training providers, vocational courses with their enrolments and graduates, and the labour force
 * of each commune and year, for QĐ 354/QĐ-UBND (2013) section II.2.2 "Đối với người lao động" and sections V.2, V.7.
 * The demo database holds SYNTHETIC data (deterministic seeded generator, 2012–2024), labelled in every `source`.
 */
export type QueryVocationalReportingPeriodsArgs = {
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Vocational subgraph (owner: Sở Lao động - Thương binh và Xã hội; technology transfer with Sở Nông nghiệp và Phát
 * triển nông thôn). Training providers, vocational courses with their enrolments and graduates, and the labour force
 * of each commune and year, for QĐ 354/QĐ-UBND (2013) section II.2.2 "Đối với người lao động" and sections V.2, V.7.
 * The demo database holds SYNTHETIC data (deterministic seeded generator, 2012–2024), labelled in every `source`.
 */
export type QueryVocationalSubmissionChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  dataset: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  unitCode: Scalars['String']['input'];
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
 * Workers who received technology transfer (chuyển giao kỹ thuật sản xuất nông - lâm nghiệp - du lịch, chế biến hàng hóa),
 * seed II.2.2 and V.7 (with Sở NN&PTNT). A worker may be counted in several sectors; `workers` counts each once.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type TechnologyTransfer = {
  __typename?: 'TechnologyTransfer';
  /** Workers who received transfer in agriculture (nông nghiệp). */
  agriculture?: Maybe<Scalars['Int']['output']>;
  /** In forestry (lâm nghiệp). */
  forestry?: Maybe<Scalars['Int']['output']>;
  /** In processing of goods (chế biến hàng hóa). */
  processing?: Maybe<Scalars['Int']['output']>;
  /** In tourism (du lịch). */
  tourism?: Maybe<Scalars['Int']['output']>;
  /** Distinct workers who received technology transfer in any sector (persons). */
  workers?: Maybe<Scalars['Int']['output']>;
};

/** Sex of the trainees of an enrolment row. */
export type TraineeSex =
  /** Female trainees (nữ). */
  | 'FEMALE'
  /** Male trainees (nam). */
  | 'MALE';

/** How to break training figures down. */
export type TrainingDimension =
  /** By ethnic group (dân tộc), e.g. Thái, Kinh, Mông. */
  | 'ETHNIC_GROUP'
  /** By course level: UNDER_3_MONTHS, ELEMENTARY, INTERMEDIATE, COLLEGE. */
  | 'LEVEL'
  /** By rural-labour programme: true (đào tạo nghề cho lao động nông thôn) or false. */
  | 'RURAL_LABOUR_PROGRAMME'
  /** By sex: MALE, FEMALE. */
  | 'SEX';

/**
 * Enrolled and graduated trainees of one group.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type TrainingGroup = {
  __typename?: 'TrainingGroup';
  /** Trainees enrolled (persons). */
  enrolled: Scalars['Int']['output'];
  /** Trainees who graduated (persons). */
  graduated: Scalars['Int']['output'];
  /** The group: MALE/FEMALE, an ethnic group, a CourseLevel, or true/false for the rural-labour programme. */
  key: Scalars['String']['output'];
};

/**
 * A training provider (cơ sở dạy nghề): school, centre, continuing-education centre, enterprise or cooperative.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type TrainingProvider = {
  __typename?: 'TrainingProvider';
  /** Provider code (natural key), e.g. "P116-01". */
  code: Scalars['String']['output'];
  /** Courses the provider ran in a year, in code order. */
  courses: Array<VocationalCourse>;
  /** The district (resolved by geography). */
  district: District;
  /** GSO code of the district the provider is in. */
  districtCode: Scalars['String']['output'];
  /** School, centre, continuing-education centre, enterprise or cooperative. */
  kind: ProviderKind;
  /** Name of the provider (Vietnamese); demo providers are marked (SYNTHETIC). */
  name: Scalars['String']['output'];
  /** Where the row comes from; SYNTHETIC for demo providers. */
  source: Scalars['String']['output'];
  /** When the row was last written (ISO-8601 UTC). */
  updatedAt: Scalars['String']['output'];
};


/**
 * A training provider (cơ sở dạy nghề): school, centre, continuing-education centre, enterprise or cooperative.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type TrainingProviderCoursesArgs = {
  year: Scalars['Int']['input'];
};

/** A page of training providers. */
export type TrainingProviderConnection = {
  __typename?: 'TrainingProviderConnection';
  /** Providers deleted at or after updatedSince (empty without it). */
  deleted: Array<DeletedRow>;
  /** Providers of this page, in code order. */
  nodes: Array<TrainingProvider>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Providers matching the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A training provider to create or update. */
export type TrainingProviderInput = {
  /** Provider code (natural key), at most 20 characters. */
  code: Scalars['String']['input'];
  /** GSO code of a district of Sơn La. */
  districtCode: Scalars['String']['input'];
  /** Kind of provider. */
  kind: ProviderKind;
  /** Name of the provider. */
  name: Scalars['String']['input'];
  /** Where the figures come from (default: "Sở LĐ-TB&XH"). */
  source?: InputMaybe<Scalars['String']['input']>;
};

/** A page of the vocational audit trail, newest first. */
export type VocationalAuditConnection = {
  __typename?: 'VocationalAuditConnection';
  /** Audit records of this page, newest first. */
  nodes: Array<AuditRecord>;
  /** Where this page ends (pass endCursor as after for older records). */
  pageInfo: PageInfo;
  /** Records matching the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/**
 * A vocational course run by a provider in a year.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type VocationalCourse = {
  __typename?: 'VocationalCourse';
  /** Course code (natural key). */
  code: Scalars['String']['output'];
  /** Trainees enrolled (persons), over every enrolment row. */
  enrolled: Scalars['Int']['output'];
  /** Enrolments by commune, sex and ethnic group. */
  enrolments: Array<CourseEnrolment>;
  /** Trainees who graduated (persons), over every enrolment row. */
  graduated: Scalars['Int']['output'];
  /** Course level: under 3 months, sơ cấp, trung cấp or cao đẳng. */
  level: CourseLevel;
  /** Occupation taught (nghề), e.g. "Trồng cà phê". */
  occupation: Scalars['String']['output'];
  /** The training provider that ran the course. */
  provider: TrainingProvider;
  /** True when run under the rural-labour vocational training programme (đào tạo nghề cho lao động nông thôn). */
  ruralLabourProgramme: Scalars['Boolean']['output'];
  /** Where the row comes from; SYNTHETIC for demo courses. */
  source: Scalars['String']['output'];
  /** When the row was last written (ISO-8601 UTC). */
  updatedAt: Scalars['String']['output'];
  /** Year the course started. */
  year: Scalars['Int']['output'];
};

/** A page of vocational courses. */
export type VocationalCourseConnection = {
  __typename?: 'VocationalCourseConnection';
  /** Courses deleted at or after updatedSince (empty without it). */
  deleted: Array<DeletedRow>;
  /** Courses of this page, in code order. */
  nodes: Array<VocationalCourse>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Courses matching the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A course to create or update, with its enrolments (existing enrolments not listed are kept). */
export type VocationalCourseInput = {
  /** Course code (natural key), at most 40 characters. */
  code: Scalars['String']['input'];
  /** Enrolment rows, at least one (course + commune + sex + ethnic group is the key of a row). */
  enrolments: Array<CourseEnrolmentInput>;
  /** Course level. */
  level: CourseLevel;
  /** Occupation taught (nghề). */
  occupation: Scalars['String']['input'];
  /** Code of a stored training provider. */
  providerCode: Scalars['String']['input'];
  /** True when run under the rural-labour vocational training programme. */
  ruralLabourProgramme: Scalars['Boolean']['input'];
  /** Where the figures come from (default: "Sở LĐ-TB&XH (import)"). */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Year the course started (2010–2030); a stored course keeps its year. */
  year: Scalars['Int']['input'];
};

/**
 * Vocational trainees of a year entity: enrolments in courses of that year from its reporting communes (persons).
 * Null totals when no course data exists for that year.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type VocationalTrainingFigures = {
  __typename?: 'VocationalTrainingFigures';
  /** Enrolled and graduated, broken down by one dimension (groups with trainees only, in key order). */
  breakdown: Array<TrainingGroup>;
  /** Trainees enrolled (persons). */
  enrolled?: Maybe<Scalars['Int']['output']>;
  /** Trainees who graduated (persons). */
  graduated?: Maybe<Scalars['Int']['output']>;
  /** Sources of the enrolment rows (SYNTHETIC for demo data). */
  sources: Array<Scalars['String']['output']>;
};


/**
 * Vocational trainees of a year entity: enrolments in courses of that year from its reporting communes (persons).
 * Null totals when no course data exists for that year.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type VocationalTrainingFiguresBreakdownArgs = {
  by: TrainingDimension;
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
  Commune: ResolverTypeWrapper<Commune>;
  CommuneYear: ResolverTypeWrapper<CommuneYearModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CourseEnrolment: ResolverTypeWrapper<EnrolmentModel>;
  CourseEnrolmentConnection: ResolverTypeWrapper<EnrolmentConnectionModel>;
  CourseEnrolmentInput: CourseEnrolmentInput;
  CourseLevel: CourseLevel;
  DatasetColumn: ResolverTypeWrapper<DatasetColumn>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DatasetDescription: ResolverTypeWrapper<DatasetDescription>;
  DatasetReporting: ResolverTypeWrapper<DatasetReporting>;
  DeletedRow: ResolverTypeWrapper<DeletedRow>;
  District: ResolverTypeWrapper<District>;
  DistrictYear: ResolverTypeWrapper<DistrictYearModel>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  ImportResult: ResolverTypeWrapper<ImportResult>;
  IndicatorValue: ResolverTypeWrapper<IndicatorValue>;
  InputProblem: ResolverTypeWrapper<InputProblem>;
  LabourForceConnection: ResolverTypeWrapper<LabourForceConnectionModel>;
  LabourForceFigures: ResolverTypeWrapper<LabourForceFigures>;
  LabourForceInput: LabourForceInput;
  LabourForceRow: ResolverTypeWrapper<LabourForceRowModel>;
  LabourIndicators: ResolverTypeWrapper<LabourIndicators>;
  LabourRatio: ResolverTypeWrapper<LabourRatio>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeriodLock: ResolverTypeWrapper<PeriodLock>;
  Provenance: Provenance;
  ProviderKind: ProviderKind;
  ProvinceYear: ResolverTypeWrapper<ProvinceYearModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReportingPeriod: ResolverTypeWrapper<ReportingPeriod>;
  ReportingResult: ResolverTypeWrapper<ReportingResult>;
  ReportingTransition: ResolverTypeWrapper<ReportingTransition>;
  RowChange: ResolverTypeWrapper<RowChange>;
  SubmissionChange: ResolverTypeWrapper<SubmissionChange>;
  SubmissionChangeConnection: ResolverTypeWrapper<SubmissionChangeConnection>;
  TechnologyTransfer: ResolverTypeWrapper<TechnologyTransfer>;
  TraineeSex: TraineeSex;
  TrainingDimension: TrainingDimension;
  TrainingGroup: ResolverTypeWrapper<TrainingGroup>;
  TrainingProvider: ResolverTypeWrapper<ProviderModel>;
  TrainingProviderConnection: ResolverTypeWrapper<ProviderConnectionModel>;
  TrainingProviderInput: TrainingProviderInput;
  VocationalAuditConnection: ResolverTypeWrapper<AuditConnectionModel>;
  VocationalCourse: ResolverTypeWrapper<CourseModel>;
  VocationalCourseConnection: ResolverTypeWrapper<CourseConnectionModel>;
  VocationalCourseInput: VocationalCourseInput;
  VocationalTrainingFigures: ResolverTypeWrapper<TrainingFiguresModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditRecord: AuditRecordModel;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Commune: Commune;
  CommuneYear: CommuneYearModel;
  Boolean: Scalars['Boolean']['output'];
  CourseEnrolment: EnrolmentModel;
  CourseEnrolmentConnection: EnrolmentConnectionModel;
  CourseEnrolmentInput: CourseEnrolmentInput;
  DatasetColumn: DatasetColumn;
  Float: Scalars['Float']['output'];
  DatasetDescription: DatasetDescription;
  DatasetReporting: DatasetReporting;
  DeletedRow: DeletedRow;
  District: District;
  DistrictYear: DistrictYearModel;
  FieldChange: FieldChange;
  ImportResult: ImportResult;
  IndicatorValue: IndicatorValue;
  InputProblem: InputProblem;
  LabourForceConnection: LabourForceConnectionModel;
  LabourForceFigures: LabourForceFigures;
  LabourForceInput: LabourForceInput;
  LabourForceRow: LabourForceRowModel;
  LabourIndicators: LabourIndicators;
  LabourRatio: LabourRatio;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PeriodLock: PeriodLock;
  ProvinceYear: ProvinceYearModel;
  Query: Record<PropertyKey, never>;
  ReportingPeriod: ReportingPeriod;
  ReportingResult: ReportingResult;
  ReportingTransition: ReportingTransition;
  RowChange: RowChange;
  SubmissionChange: SubmissionChange;
  SubmissionChangeConnection: SubmissionChangeConnection;
  TechnologyTransfer: TechnologyTransfer;
  TrainingGroup: TrainingGroup;
  TrainingProvider: ProviderModel;
  TrainingProviderConnection: ProviderConnectionModel;
  TrainingProviderInput: TrainingProviderInput;
  VocationalAuditConnection: AuditConnectionModel;
  VocationalCourse: CourseModel;
  VocationalCourseConnection: CourseConnectionModel;
  VocationalCourseInput: VocationalCourseInput;
  VocationalTrainingFigures: TrainingFiguresModel;
};

export type AuditRecordResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['AuditRecord'] = ResolversParentTypes['AuditRecord']> = {
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

export type CommuneResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['Commune'] = ResolversParentTypes['Commune']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CommuneYearResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['CommuneYear'] = ResolversParentTypes['CommuneYear'], FederationReferenceType extends FederationReferenceTypes['CommuneYear'] = FederationReferenceTypes['CommuneYear']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CommuneYear']> | FederationReferenceType, FederationReferenceType, ContextType>;
  boundaries?: Resolver<ResolversTypes['Boundaries'], ParentType, ContextType>;
  communeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labourForce?: Resolver<Maybe<ResolversTypes['LabourForceFigures']>, ParentType, ContextType>;
  labourIndicators?: Resolver<Maybe<ResolversTypes['LabourIndicators']>, ParentType, ContextType>;
  vocationalIndicators?: Resolver<Maybe<Array<ResolversTypes['IndicatorValue']>>, ParentType, ContextType>;
  vocationalLocked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  vocationalTraining?: Resolver<Maybe<ResolversTypes['VocationalTrainingFigures']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CourseEnrolmentResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['CourseEnrolment'] = ResolversParentTypes['CourseEnrolment']> = {
  commune?: Resolver<ResolversTypes['Commune'], ParentType, ContextType>;
  communeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  courseCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enrolled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ethnicGroup?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  graduated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['TraineeSex'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CourseEnrolmentConnectionResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['CourseEnrolmentConnection'] = ResolversParentTypes['CourseEnrolmentConnection']> = {
  deleted?: Resolver<Array<ResolversTypes['DeletedRow']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CourseEnrolment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DatasetColumnResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['DatasetColumn'] = ResolversParentTypes['DatasetColumn']> = {
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

export type DatasetDescriptionResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['DatasetDescription'] = ResolversParentTypes['DatasetDescription']> = {
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

export type DatasetReportingResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['DatasetReporting'] = ResolversParentTypes['DatasetReporting']> = {
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

export type DeletedRowResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['DeletedRow'] = ResolversParentTypes['DeletedRow']> = {
  deletedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DistrictResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DistrictYearResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['DistrictYear'] = ResolversParentTypes['DistrictYear'], FederationReferenceType extends FederationReferenceTypes['DistrictYear'] = FederationReferenceTypes['DistrictYear']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DistrictYear']> | FederationReferenceType, FederationReferenceType, ContextType>;
  districtCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labourForce?: Resolver<Maybe<ResolversTypes['LabourForceFigures']>, ParentType, ContextType>;
  labourIndicators?: Resolver<Maybe<ResolversTypes['LabourIndicators']>, ParentType, ContextType>;
  vocationalIndicators?: Resolver<Maybe<Array<ResolversTypes['IndicatorValue']>>, ParentType, ContextType>;
  vocationalLocked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  vocationalReporting?: Resolver<Array<ResolversTypes['DatasetReporting']>, ParentType, ContextType>;
  vocationalTraining?: Resolver<Maybe<ResolversTypes['VocationalTrainingFigures']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportResultResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = {
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

export type IndicatorValueResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['IndicatorValue'] = ResolversParentTypes['IndicatorValue']> = {
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

export type InputProblemResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['InputProblem'] = ResolversParentTypes['InputProblem']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type LabourForceConnectionResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['LabourForceConnection'] = ResolversParentTypes['LabourForceConnection']> = {
  deleted?: Resolver<Array<ResolversTypes['DeletedRow']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LabourForceRow']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LabourForceFiguresResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['LabourForceFigures'] = ResolversParentTypes['LabourForceFigures']> = {
  agriculturalWorkers?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  agriculturalWorkersTrainingAccess?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  technologyTransfer?: Resolver<ResolversTypes['TechnologyTransfer'], ParentType, ContextType>;
  unitsExpected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitsReporting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  vocationallyTrainedWorkers?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  workingAgePopulation?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type LabourForceRowResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['LabourForceRow'] = ResolversParentTypes['LabourForceRow']> = {
  agriculturalWorkers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  agriculturalWorkersTrainingAccess?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  commune?: Resolver<ResolversTypes['Commune'], ParentType, ContextType>;
  communeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  technologyTransfer?: Resolver<ResolversTypes['TechnologyTransfer'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vocationallyTrainedWorkers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workingAgePopulation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LabourIndicatorsResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['LabourIndicators'] = ResolversParentTypes['LabourIndicators']> = {
  agriculturalTrainingAccess?: Resolver<ResolversTypes['LabourRatio'], ParentType, ContextType>;
  technologyTransfer?: Resolver<ResolversTypes['LabourRatio'], ParentType, ContextType>;
  traineesPer1000?: Resolver<ResolversTypes['LabourRatio'], ParentType, ContextType>;
  vocationallyTrained?: Resolver<ResolversTypes['LabourRatio'], ParentType, ContextType>;
};

export type LabourRatioResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['LabourRatio'] = ResolversParentTypes['LabourRatio']> = {
  clause?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  denominator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  numerator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  previousValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  targetYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitsExpected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitsReporting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  approveVocationalPeriod?: Resolver<ResolversTypes['ReportingResult'], ParentType, ContextType, RequireFields<MutationApproveVocationalPeriodArgs, 'unitCode' | 'year'>>;
  deleteCourseEnrolment?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationDeleteCourseEnrolmentArgs, 'communeCode' | 'courseCode' | 'ethnicGroup' | 'sex'>>;
  deleteLabourForce?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationDeleteLabourForceArgs, 'communeCode' | 'year'>>;
  deleteVocationalCourse?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationDeleteVocationalCourseArgs, 'code'>>;
  importLabourForceCsv?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportLabourForceCsvArgs, 'csv' | 'dryRun'>>;
  importTrainingProvidersCsv?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportTrainingProvidersCsvArgs, 'csv' | 'dryRun'>>;
  importVocationalCoursesCsv?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportVocationalCoursesCsvArgs, 'csv' | 'dryRun'>>;
  lockVocationalPeriod?: Resolver<ResolversTypes['PeriodLock'], ParentType, ContextType, RequireFields<MutationLockVocationalPeriodArgs, 'year'>>;
  returnVocationalPeriod?: Resolver<ResolversTypes['ReportingResult'], ParentType, ContextType, RequireFields<MutationReturnVocationalPeriodArgs, 'comment' | 'unitCode' | 'year'>>;
  submitVocationalPeriod?: Resolver<ResolversTypes['ReportingResult'], ParentType, ContextType, RequireFields<MutationSubmitVocationalPeriodArgs, 'unitCode' | 'year'>>;
  unapproveVocationalPeriod?: Resolver<ResolversTypes['ReportingResult'], ParentType, ContextType, RequireFields<MutationUnapproveVocationalPeriodArgs, 'unitCode' | 'year'>>;
  unlockVocationalPeriod?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnlockVocationalPeriodArgs, 'year'>>;
  upsertLabourForce?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationUpsertLabourForceArgs, 'input'>>;
  upsertTrainingProvider?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationUpsertTrainingProviderArgs, 'input'>>;
  upsertVocationalCourse?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationUpsertVocationalCourseArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PeriodLockResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['PeriodLock'] = ResolversParentTypes['PeriodLock']> = {
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  districtCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lockedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lockedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProvinceYearResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['ProvinceYear'] = ResolversParentTypes['ProvinceYear'], FederationReferenceType extends FederationReferenceTypes['ProvinceYear'] = FederationReferenceTypes['ProvinceYear']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProvinceYear']> | FederationReferenceType, FederationReferenceType, ContextType>;
  labourForce?: Resolver<Maybe<ResolversTypes['LabourForceFigures']>, ParentType, ContextType>;
  labourIndicators?: Resolver<Maybe<ResolversTypes['LabourIndicators']>, ParentType, ContextType>;
  provinceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vocationalIndicators?: Resolver<Maybe<Array<ResolversTypes['IndicatorValue']>>, ParentType, ContextType>;
  vocationalLocked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  vocationalReporting?: Resolver<Array<ResolversTypes['DatasetReporting']>, ParentType, ContextType>;
  vocationalTraining?: Resolver<Maybe<ResolversTypes['VocationalTrainingFigures']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  courseEnrolmentRows?: Resolver<ResolversTypes['CourseEnrolmentConnection'], ParentType, ContextType, RequireFields<QueryCourseEnrolmentRowsArgs, 'first' | 'year'>>;
  labourForceRows?: Resolver<ResolversTypes['LabourForceConnection'], ParentType, ContextType, RequireFields<QueryLabourForceRowsArgs, 'first' | 'year'>>;
  trainingProvider?: Resolver<Maybe<ResolversTypes['TrainingProvider']>, ParentType, ContextType, RequireFields<QueryTrainingProviderArgs, 'code'>>;
  trainingProviders?: Resolver<ResolversTypes['TrainingProviderConnection'], ParentType, ContextType, RequireFields<QueryTrainingProvidersArgs, 'first'>>;
  vocationalAudit?: Resolver<Array<ResolversTypes['AuditRecord']>, ParentType, ContextType, RequireFields<QueryVocationalAuditArgs, 'first'>>;
  vocationalAuditTrail?: Resolver<ResolversTypes['VocationalAuditConnection'], ParentType, ContextType, RequireFields<QueryVocationalAuditTrailArgs, 'first'>>;
  vocationalCourse?: Resolver<Maybe<ResolversTypes['VocationalCourse']>, ParentType, ContextType, RequireFields<QueryVocationalCourseArgs, 'code'>>;
  vocationalCourses?: Resolver<ResolversTypes['VocationalCourseConnection'], ParentType, ContextType, RequireFields<QueryVocationalCoursesArgs, 'first' | 'year'>>;
  vocationalDatasets?: Resolver<Array<ResolversTypes['DatasetDescription']>, ParentType, ContextType>;
  vocationalPeriodLocks?: Resolver<Array<ResolversTypes['PeriodLock']>, ParentType, ContextType, Partial<QueryVocationalPeriodLocksArgs>>;
  vocationalReportingPeriods?: Resolver<Array<ResolversTypes['ReportingPeriod']>, ParentType, ContextType, RequireFields<QueryVocationalReportingPeriodsArgs, 'year'>>;
  vocationalSubmissionChanges?: Resolver<ResolversTypes['SubmissionChangeConnection'], ParentType, ContextType, RequireFields<QueryVocationalSubmissionChangesArgs, 'dataset' | 'first' | 'unitCode' | 'year'>>;
};

export type ReportingPeriodResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['ReportingPeriod'] = ResolversParentTypes['ReportingPeriod']> = {
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

export type ReportingResultResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['ReportingResult'] = ResolversParentTypes['ReportingResult']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['ReportingPeriod'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['InputProblem']>, ParentType, ContextType>;
};

export type ReportingTransitionResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['ReportingTransition'] = ResolversParentTypes['ReportingTransition']> = {
  acknowledgedWarnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RowChangeResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['RowChange'] = ResolversParentTypes['RowChange']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubmissionChangeResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['SubmissionChange'] = ResolversParentTypes['SubmissionChange']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  batchId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubmissionChangeConnectionResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['SubmissionChangeConnection'] = ResolversParentTypes['SubmissionChangeConnection']> = {
  dataset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SubmissionChange']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TechnologyTransferResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['TechnologyTransfer'] = ResolversParentTypes['TechnologyTransfer']> = {
  agriculture?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  forestry?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  processing?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  tourism?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  workers?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TrainingGroupResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['TrainingGroup'] = ResolversParentTypes['TrainingGroup']> = {
  enrolled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  graduated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TrainingProviderResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['TrainingProvider'] = ResolversParentTypes['TrainingProvider']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  courses?: Resolver<Array<ResolversTypes['VocationalCourse']>, ParentType, ContextType, RequireFields<TrainingProviderCoursesArgs, 'year'>>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  districtCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProviderKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TrainingProviderConnectionResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['TrainingProviderConnection'] = ResolversParentTypes['TrainingProviderConnection']> = {
  deleted?: Resolver<Array<ResolversTypes['DeletedRow']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['TrainingProvider']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VocationalAuditConnectionResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['VocationalAuditConnection'] = ResolversParentTypes['VocationalAuditConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['AuditRecord']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VocationalCourseResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['VocationalCourse'] = ResolversParentTypes['VocationalCourse']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enrolled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enrolments?: Resolver<Array<ResolversTypes['CourseEnrolment']>, ParentType, ContextType>;
  graduated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['CourseLevel'], ParentType, ContextType>;
  occupation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['TrainingProvider'], ParentType, ContextType>;
  ruralLabourProgramme?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VocationalCourseConnectionResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['VocationalCourseConnection'] = ResolversParentTypes['VocationalCourseConnection']> = {
  deleted?: Resolver<Array<ResolversTypes['DeletedRow']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['VocationalCourse']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VocationalTrainingFiguresResolvers<ContextType = VocationalContext, ParentType extends ResolversParentTypes['VocationalTrainingFigures'] = ResolversParentTypes['VocationalTrainingFigures']> = {
  breakdown?: Resolver<Array<ResolversTypes['TrainingGroup']>, ParentType, ContextType, RequireFields<VocationalTrainingFiguresBreakdownArgs, 'by'>>;
  enrolled?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  graduated?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = VocationalContext> = {
  AuditRecord?: AuditRecordResolvers<ContextType>;
  Commune?: CommuneResolvers<ContextType>;
  CommuneYear?: CommuneYearResolvers<ContextType>;
  CourseEnrolment?: CourseEnrolmentResolvers<ContextType>;
  CourseEnrolmentConnection?: CourseEnrolmentConnectionResolvers<ContextType>;
  DatasetColumn?: DatasetColumnResolvers<ContextType>;
  DatasetDescription?: DatasetDescriptionResolvers<ContextType>;
  DatasetReporting?: DatasetReportingResolvers<ContextType>;
  DeletedRow?: DeletedRowResolvers<ContextType>;
  District?: DistrictResolvers<ContextType>;
  DistrictYear?: DistrictYearResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  IndicatorValue?: IndicatorValueResolvers<ContextType>;
  InputProblem?: InputProblemResolvers<ContextType>;
  LabourForceConnection?: LabourForceConnectionResolvers<ContextType>;
  LabourForceFigures?: LabourForceFiguresResolvers<ContextType>;
  LabourForceRow?: LabourForceRowResolvers<ContextType>;
  LabourIndicators?: LabourIndicatorsResolvers<ContextType>;
  LabourRatio?: LabourRatioResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PeriodLock?: PeriodLockResolvers<ContextType>;
  ProvinceYear?: ProvinceYearResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReportingPeriod?: ReportingPeriodResolvers<ContextType>;
  ReportingResult?: ReportingResultResolvers<ContextType>;
  ReportingTransition?: ReportingTransitionResolvers<ContextType>;
  RowChange?: RowChangeResolvers<ContextType>;
  SubmissionChange?: SubmissionChangeResolvers<ContextType>;
  SubmissionChangeConnection?: SubmissionChangeConnectionResolvers<ContextType>;
  TechnologyTransfer?: TechnologyTransferResolvers<ContextType>;
  TrainingGroup?: TrainingGroupResolvers<ContextType>;
  TrainingProvider?: TrainingProviderResolvers<ContextType>;
  TrainingProviderConnection?: TrainingProviderConnectionResolvers<ContextType>;
  VocationalAuditConnection?: VocationalAuditConnectionResolvers<ContextType>;
  VocationalCourse?: VocationalCourseResolvers<ContextType>;
  VocationalCourseConnection?: VocationalCourseConnectionResolvers<ContextType>;
  VocationalTrainingFigures?: VocationalTrainingFiguresResolvers<ContextType>;
};

