import type { GraphQLResolveInfo } from 'graphql';
import type { BookCabinetsModel, CultureCommuneModel, BookCabinetsConnectionModel, CultureCommuneConnectionModel, BookCabinetTotalModel, ReadingFacilitiesModel, IndicatorValueModel, CommuneYearModel, DistrictYearModel, ProvinceYearModel, AuditRecordModel } from './models';
import type { CultureContext } from './context';
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

/**
 * The book cabinets of one kind of holder summed over the reporting communes of a year entity that reported it.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type BookCabinetTotal = {
  __typename?: 'BookCabinetTotal';
  books: Scalars['Int']['output'];
  /** Holders with a book cabinet (HOUSEHOLD: households with a book cabinet). */
  cabinets: Scalars['Int']['output'];
  /** SYNTHETIC, IMPORTED or mixed, in words. */
  dataLabel: Scalars['String']['output'];
  /** HOUSEHOLD, AGENCY or CLC. */
  holderKind: Scalars['String']['output'];
  provenance?: Maybe<Provenance>;
  readers: Scalars['Int']['output'];
  /** Communes that reported this kind of holder (0: no data, the sums are not zeros then). */
  unitsReporting: Scalars['Int']['output'];
};

/**
 * The book cabinets of one kind of holder in one reporting commune and year.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type BookCabinets = {
  __typename?: 'BookCabinets';
  /** Books in those cabinets. */
  books: Scalars['Int']['output'];
  /** Holders with a book cabinet. */
  cabinets: Scalars['Int']['output'];
  /** Reporting commune (GSO code). */
  communeCode: Scalars['String']['output'];
  /** SYNTHETIC demo data or IMPORTED. */
  dataLabel: Scalars['String']['output'];
  /** HOUSEHOLD, AGENCY (agencies and units) or CLC (community learning centres). */
  holderKind: Scalars['String']['output'];
  /** People who read from them in the year. */
  readers: Scalars['Int']['output'];
  /** When the row was last written (ISO-8601 UTC). */
  updatedAt: Scalars['String']['output'];
  /** Data year. */
  year: Scalars['Int']['output'];
};

/** A page of book cabinets. */
export type BookCabinetsConnection = {
  __typename?: 'BookCabinetsConnection';
  /** Rows deleted at or after updatedSince (empty without it). */
  deleted: Array<DeletedRow>;
  /** Rows of this page, in natural-key order. */
  nodes: Array<BookCabinets>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Rows matching the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Input of recordBookCabinets: one row of the CSV import, same field names. */
export type BookCabinetsInput = {
  /** Books in those cabinets (≥ 0). */
  books: Scalars['Int']['input'];
  /** Holders with a book cabinet (≥ 0). */
  cabinets: Scalars['Int']['input'];
  /** GSO code of a reporting commune of the year. */
  communeCode: Scalars['String']['input'];
  /** HOUSEHOLD, AGENCY or CLC. */
  holderKind: Scalars['String']['input'];
  /** People who read from them in the year (≥ 0). */
  readers: Scalars['Int']['input'];
  /** Data year, 2010–2030. */
  year: Scalars['Int']['input'];
};

/** Which boundaries a commune's yearly figures are read in. */
export type Boundaries =
  /** The commune as it is since 01/07/2025; earlier years are the sums of the units whose area it took. */
  | 'CURRENT'
  /** The unit that carried the code in that year, as it reported (2013–2024 data: the units of before 2025). */
  | 'REPORTED';

/**
 * A commune in one data year: culture figures over its reporting communes (REPORTED: itself; CURRENT: its predecessors).
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type CommuneYear = {
  __typename?: 'CommuneYear';
  /** Book cabinets per kind of holder: HOUSEHOLD, AGENCY, CLC. */
  bookCabinets?: Maybe<Array<BookCabinetTotal>>;
  /** Books in every book cabinet and public library or reading room, per person (CU_BOOKS_PER_PERSON). */
  booksPerPerson?: Maybe<IndicatorValue>;
  /** REPORTED (the unit of that year) or CURRENT (today's commune through its predecessors). */
  boundaries: Boundaries;
  /** GSO commune code. */
  communeCode: Scalars['String']['output'];
  /** Uniform list of the culture indicators (CU_*), ratio of sums; null value = no data. SYNTHETIC in the demo database. */
  cultureIndicators?: Maybe<Array<IndicatorValue>>;
  /** True when the culture data of this year is locked (approved) over the whole territory (see lockCulturePeriod). */
  cultureLocked?: Maybe<Scalars['Boolean']['output']>;
  /** Households with a book cabinet per 100 households (CU_HOUSEHOLD_BOOK_CABINETS; numerator = households with one). */
  householdBookCabinets?: Maybe<IndicatorValue>;
  /** Public libraries or reading rooms and cultural houses used for learning. */
  readingFacilities?: Maybe<ReadingFacilities>;
  /** Data year (figures as of 31 December). */
  year: Scalars['Int']['output'];
};

/**
 * One reporting commune's households, people, public libraries or reading rooms and cultural houses in a year.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type CultureCommune = {
  __typename?: 'CultureCommune';
  communeCode: Scalars['String']['output'];
  /** Cultural houses of the commune and its villages. */
  culturalHouses: Scalars['Int']['output'];
  /** Of them, used for learning. */
  culturalHousesForLearning: Scalars['Int']['output'];
  /** SYNTHETIC demo data or IMPORTED. */
  dataLabel: Scalars['String']['output'];
  /** Households of the commune. */
  households: Scalars['Int']['output'];
  /** Public libraries and reading rooms. */
  libraries: Scalars['Int']['output'];
  /** Books of those libraries and reading rooms. */
  libraryBooks: Scalars['Int']['output'];
  /** People of the commune. */
  population: Scalars['Int']['output'];
  /** When the row was last written (ISO-8601 UTC). */
  updatedAt: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** A page of commune culture figures. */
export type CultureCommuneConnection = {
  __typename?: 'CultureCommuneConnection';
  /** Rows deleted at or after updatedSince (empty without it). */
  deleted: Array<DeletedRow>;
  /** Rows of this page, in natural-key order. */
  nodes: Array<CultureCommune>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Rows matching the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Input of recordCultureCommune: one row of the CSV import, same field names. */
export type CultureCommuneInput = {
  /** GSO code of a reporting commune of the year. */
  communeCode: Scalars['String']['input'];
  culturalHouses: Scalars['Int']['input'];
  /** At most culturalHouses. */
  culturalHousesForLearning: Scalars['Int']['input'];
  households: Scalars['Int']['input'];
  /** Public libraries and reading rooms. */
  libraries: Scalars['Int']['input'];
  libraryBooks: Scalars['Int']['input'];
  population: Scalars['Int']['input'];
  /** Data year, 2010–2030. */
  year: Scalars['Int']['input'];
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
 * A district in one data year: culture figures over its communes (ratio of sums).
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type DistrictYear = {
  __typename?: 'DistrictYear';
  /** Book cabinets per kind of holder: HOUSEHOLD, AGENCY, CLC. */
  bookCabinets?: Maybe<Array<BookCabinetTotal>>;
  /** Books in every book cabinet and public library or reading room, per person (CU_BOOKS_PER_PERSON). */
  booksPerPerson?: Maybe<IndicatorValue>;
  /** Uniform list of the culture indicators (CU_*), ratio of sums over its communes. */
  cultureIndicators?: Maybe<Array<IndicatorValue>>;
  /** True when the culture data of this year is locked (approved) over the whole territory (see lockCulturePeriod). */
  cultureLocked?: Maybe<Scalars['Boolean']['output']>;
  /** Reporting rates of the culture datasets for this district and year (DHIS2 completeness and timeliness); empty when the district did not report that year. */
  cultureReporting: Array<DatasetReporting>;
  /** GSO district code. */
  districtCode: Scalars['String']['output'];
  /** Households with a book cabinet per 100 households (CU_HOUSEHOLD_BOOK_CABINETS; numerator = households with one). */
  householdBookCabinets?: Maybe<IndicatorValue>;
  /** Public libraries or reading rooms and cultural houses used for learning. */
  readingFacilities?: Maybe<ReadingFacilities>;
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
 * Writes of the culture subgraph; each needs the role editor:culture (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Approves a submitted unit-year (role approver:culture): this locks the period (PERIOD_LOCKED). */
  approveCulturePeriod: ReportingResult;
  /** Deletes one row of book cabinets (leaves a tombstone; audited). */
  deleteBookCabinets: ImportResult;
  /** Deletes a commune's figures of a year (leaves a tombstone; audited). */
  deleteCultureCommune: ImportResult;
  /** CSV import of book cabinets (header = the fields of BookCabinetsInput: communeCode,year,holderKind,cabinets,books,readers). dryRun only checks. */
  importBookCabinetsCsv: ImportResult;
  /** CSV import of commune figures (header = the fields of CultureCommuneInput: communeCode,year,households,population,libraries,libraryBooks,culturalHouses,culturalHousesForLearning). dryRun only checks. */
  importCultureCommunesCsv: ImportResult;
  /** Locks (approves) the culture data of a year, for one district or (districtCode absent) the whole province. Role editor:culture; audited. */
  lockCulturePeriod: PeriodLock;
  /** Records (insert or update) the book cabinets of one kind of holder of a commune in a year. */
  recordBookCabinets: ImportResult;
  /** Records (insert or update) a commune's households, people, libraries and cultural houses of a year. */
  recordCultureCommune: ImportResult;
  /** Returns a submitted unit-year to its reporter with a comment (role approver:culture): the unit may edit and submit again. */
  returnCulturePeriod: ReportingResult;
  /** Submits a reporting unit's culture data of a year for approval (role reporter:culture:<unitCode> or editor:culture); refused with HAS_ERRORS while its stored rows have problems. Freezes the unit's writes (PERIOD_SUBMITTED). */
  submitCulturePeriod: ReportingResult;
  /** Unapproves an approved unit-year (role admin only): removes its lock, OPEN again. */
  unapproveCulturePeriod: ReportingResult;
  /** Unlocks a locked period (role admin only; audited). False when it was not locked. */
  unlockCulturePeriod: Scalars['Boolean']['output'];
};


/**
 * Writes of the culture subgraph; each needs the role editor:culture (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationApproveCulturePeriodArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the culture subgraph; each needs the role editor:culture (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationDeleteBookCabinetsArgs = {
  communeCode: Scalars['String']['input'];
  holderKind: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the culture subgraph; each needs the role editor:culture (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationDeleteCultureCommuneArgs = {
  communeCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the culture subgraph; each needs the role editor:culture (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationImportBookCabinetsCsvArgs = {
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedDigest?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Writes of the culture subgraph; each needs the role editor:culture (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationImportCultureCommunesCsvArgs = {
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedDigest?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Writes of the culture subgraph; each needs the role editor:culture (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationLockCulturePeriodArgs = {
  districtCode?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Writes of the culture subgraph; each needs the role editor:culture (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationRecordBookCabinetsArgs = {
  input: BookCabinetsInput;
};


/**
 * Writes of the culture subgraph; each needs the role editor:culture (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationRecordCultureCommuneArgs = {
  input: CultureCommuneInput;
};


/**
 * Writes of the culture subgraph; each needs the role editor:culture (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationReturnCulturePeriodArgs = {
  comment: Scalars['String']['input'];
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the culture subgraph; each needs the role editor:culture (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationSubmitCulturePeriodArgs = {
  acknowledgedWarnings?: InputMaybe<Array<Scalars['String']['input']>>;
  comment?: InputMaybe<Scalars['String']['input']>;
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the culture subgraph; each needs the role editor:culture (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationUnapproveCulturePeriodArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the culture subgraph; each needs the role editor:culture (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED.
 */
export type MutationUnlockCulturePeriodArgs = {
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

/** Where a figure's rows come from. */
export type Provenance =
  /** Written by a department's import or mutation. */
  | 'IMPORTED'
  /** A roll-up over both synthetic and imported rows. */
  | 'MIXED'
  /** Written by the deterministic demo generator: SYNTHETIC, not official statistics. */
  | 'SYNTHETIC';

/**
 * The province in one data year: culture figures over every reporting commune (ratio of sums).
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type ProvinceYear = {
  __typename?: 'ProvinceYear';
  /** Book cabinets per kind of holder: HOUSEHOLD, AGENCY, CLC. */
  bookCabinets?: Maybe<Array<BookCabinetTotal>>;
  /** Books in every book cabinet and public library or reading room, per person (CU_BOOKS_PER_PERSON). */
  booksPerPerson?: Maybe<IndicatorValue>;
  /** Uniform list of the culture indicators (CU_*), ratio of sums over every reporting commune. */
  cultureIndicators?: Maybe<Array<IndicatorValue>>;
  /** True when the culture data of this year is locked (approved) over the whole territory (see lockCulturePeriod). */
  cultureLocked?: Maybe<Scalars['Boolean']['output']>;
  /** Reporting rates of the culture datasets for every reporting unit of the year (districts until 2024, communes from 2025). */
  cultureReporting: Array<DatasetReporting>;
  /** Households with a book cabinet per 100 households (CU_HOUSEHOLD_BOOK_CABINETS; numerator = households with one). */
  householdBookCabinets?: Maybe<IndicatorValue>;
  /** GSO province code ("14"). */
  provinceCode: Scalars['String']['output'];
  /** Public libraries or reading rooms and cultural houses used for learning. */
  readingFacilities?: Maybe<ReadingFacilities>;
  /** Data year. */
  year: Scalars['Int']['output'];
};

/**
 * Culture subgraph (owner: Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La). Per commune and year: the book cabinets of
 * households, of agencies and units and of community learning centres (cabinets, books, readers), and the commune's
 * public libraries or reading rooms and cultural houses used for learning. Source clauses: QĐ 354/QĐ-UBND (2013)
 * IV.2 ("tổ chức hướng dẫn xây dựng và sử dụng tủ sách của từng người, từng gia đình") and V.6 (Sở VHTT&DL guides
 * the building and use of the book cabinets of every person, agency and unit). Figures in the demo database are
 * SYNTHETIC (see each `dataLabel` and provenance).
 */
export type Query = {
  __typename?: 'Query';
  /** Book cabinets of one year as a flat table (one row per commune and kind of holder; BI tools). Needs a signed-in role. */
  bookCabinets: BookCabinetsConnection;
  /** Audit trail of culture writes, newest first: filter by entity key (natural key joined by |) or batch. Needs a signed-in role. */
  cultureAudit: Array<AuditRecord>;
  /** Households, people, libraries and cultural houses of one year as a flat table (one row per commune). Needs a signed-in role. */
  cultureCommunes: CultureCommuneConnection;
  /** The culture datasets as the intake templates and page need them (columns, keys, labels, template version). Open to every caller: it is metadata. */
  cultureDatasets: Array<DatasetDescription>;
  /** Locked (approved) periods of the culture department, optionally of one year. Needs a signed-in role (a lock names who approved it). */
  culturePeriodLocks: Array<PeriodLock>;
  /** Where each reporting unit of a year stands in the culture reporting workflow (OPEN when untouched); one unit with unitCode. Needs a signed-in role. */
  cultureReportingPeriods: Array<ReportingPeriod>;
  /** What a reporting unit changed in one culture dataset of a year since the period was last approved, per row and field (before → after, from the audit trail); paged, newest first. Needs a signed-in role. */
  cultureSubmissionChanges: SubmissionChangeConnection;
};


/**
 * Culture subgraph (owner: Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La). Per commune and year: the book cabinets of
 * households, of agencies and units and of community learning centres (cabinets, books, readers), and the commune's
 * public libraries or reading rooms and cultural houses used for learning. Source clauses: QĐ 354/QĐ-UBND (2013)
 * IV.2 ("tổ chức hướng dẫn xây dựng và sử dụng tủ sách của từng người, từng gia đình") and V.6 (Sở VHTT&DL guides
 * the building and use of the book cabinets of every person, agency and unit). Figures in the demo database are
 * SYNTHETIC (see each `dataLabel` and provenance).
 */
export type QueryBookCabinetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communeCode?: InputMaybe<Scalars['String']['input']>;
  districtCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  holderKind?: InputMaybe<Scalars['String']['input']>;
  updatedSince?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Culture subgraph (owner: Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La). Per commune and year: the book cabinets of
 * households, of agencies and units and of community learning centres (cabinets, books, readers), and the commune's
 * public libraries or reading rooms and cultural houses used for learning. Source clauses: QĐ 354/QĐ-UBND (2013)
 * IV.2 ("tổ chức hướng dẫn xây dựng và sử dụng tủ sách của từng người, từng gia đình") and V.6 (Sở VHTT&DL guides
 * the building and use of the book cabinets of every person, agency and unit). Figures in the demo database are
 * SYNTHETIC (see each `dataLabel` and provenance).
 */
export type QueryCultureAuditArgs = {
  batchId?: InputMaybe<Scalars['String']['input']>;
  entityKey?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Culture subgraph (owner: Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La). Per commune and year: the book cabinets of
 * households, of agencies and units and of community learning centres (cabinets, books, readers), and the commune's
 * public libraries or reading rooms and cultural houses used for learning. Source clauses: QĐ 354/QĐ-UBND (2013)
 * IV.2 ("tổ chức hướng dẫn xây dựng và sử dụng tủ sách của từng người, từng gia đình") and V.6 (Sở VHTT&DL guides
 * the building and use of the book cabinets of every person, agency and unit). Figures in the demo database are
 * SYNTHETIC (see each `dataLabel` and provenance).
 */
export type QueryCultureCommunesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communeCode?: InputMaybe<Scalars['String']['input']>;
  districtCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  updatedSince?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Culture subgraph (owner: Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La). Per commune and year: the book cabinets of
 * households, of agencies and units and of community learning centres (cabinets, books, readers), and the commune's
 * public libraries or reading rooms and cultural houses used for learning. Source clauses: QĐ 354/QĐ-UBND (2013)
 * IV.2 ("tổ chức hướng dẫn xây dựng và sử dụng tủ sách của từng người, từng gia đình") and V.6 (Sở VHTT&DL guides
 * the building and use of the book cabinets of every person, agency and unit). Figures in the demo database are
 * SYNTHETIC (see each `dataLabel` and provenance).
 */
export type QueryCulturePeriodLocksArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Culture subgraph (owner: Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La). Per commune and year: the book cabinets of
 * households, of agencies and units and of community learning centres (cabinets, books, readers), and the commune's
 * public libraries or reading rooms and cultural houses used for learning. Source clauses: QĐ 354/QĐ-UBND (2013)
 * IV.2 ("tổ chức hướng dẫn xây dựng và sử dụng tủ sách của từng người, từng gia đình") and V.6 (Sở VHTT&DL guides
 * the building and use of the book cabinets of every person, agency and unit). Figures in the demo database are
 * SYNTHETIC (see each `dataLabel` and provenance).
 */
export type QueryCultureReportingPeriodsArgs = {
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Culture subgraph (owner: Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La). Per commune and year: the book cabinets of
 * households, of agencies and units and of community learning centres (cabinets, books, readers), and the commune's
 * public libraries or reading rooms and cultural houses used for learning. Source clauses: QĐ 354/QĐ-UBND (2013)
 * IV.2 ("tổ chức hướng dẫn xây dựng và sử dụng tủ sách của từng người, từng gia đình") and V.6 (Sở VHTT&DL guides
 * the building and use of the book cabinets of every person, agency and unit). Figures in the demo database are
 * SYNTHETIC (see each `dataLabel` and provenance).
 */
export type QueryCultureSubmissionChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  dataset: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

/**
 * Public libraries or reading rooms and cultural houses summed over the reporting communes that reported them; null = none did.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type ReadingFacilities = {
  __typename?: 'ReadingFacilities';
  culturalHouses?: Maybe<Scalars['Int']['output']>;
  /** Cultural houses used for learning (classes of the community learning centre, talks). */
  culturalHousesForLearning?: Maybe<Scalars['Int']['output']>;
  dataLabel: Scalars['String']['output'];
  libraries?: Maybe<Scalars['Int']['output']>;
  libraryBooks?: Maybe<Scalars['Int']['output']>;
  provenance?: Maybe<Provenance>;
  unitsExpected: Scalars['Int']['output'];
  unitsReporting: Scalars['Int']['output'];
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
  BookCabinetTotal: ResolverTypeWrapper<BookCabinetTotalModel>;
  BookCabinets: ResolverTypeWrapper<BookCabinetsModel>;
  BookCabinetsConnection: ResolverTypeWrapper<BookCabinetsConnectionModel>;
  BookCabinetsInput: BookCabinetsInput;
  Boundaries: Boundaries;
  CommuneYear: ResolverTypeWrapper<CommuneYearModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CultureCommune: ResolverTypeWrapper<CultureCommuneModel>;
  CultureCommuneConnection: ResolverTypeWrapper<CultureCommuneConnectionModel>;
  CultureCommuneInput: CultureCommuneInput;
  DatasetColumn: ResolverTypeWrapper<DatasetColumn>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DatasetDescription: ResolverTypeWrapper<DatasetDescription>;
  DatasetReporting: ResolverTypeWrapper<DatasetReporting>;
  DeletedRow: ResolverTypeWrapper<DeletedRow>;
  DistrictYear: ResolverTypeWrapper<DistrictYearModel>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  ImportResult: ResolverTypeWrapper<ImportResult>;
  IndicatorValue: ResolverTypeWrapper<IndicatorValueModel>;
  InputProblem: ResolverTypeWrapper<InputProblem>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeriodLock: ResolverTypeWrapper<PeriodLock>;
  Provenance: Provenance;
  ProvinceYear: ResolverTypeWrapper<ProvinceYearModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReadingFacilities: ResolverTypeWrapper<ReadingFacilitiesModel>;
  ReportingPeriod: ResolverTypeWrapper<ReportingPeriod>;
  ReportingResult: ResolverTypeWrapper<ReportingResult>;
  ReportingTransition: ResolverTypeWrapper<ReportingTransition>;
  RowChange: ResolverTypeWrapper<RowChange>;
  SubmissionChange: ResolverTypeWrapper<SubmissionChange>;
  SubmissionChangeConnection: ResolverTypeWrapper<SubmissionChangeConnection>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditRecord: AuditRecordModel;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  BookCabinetTotal: BookCabinetTotalModel;
  BookCabinets: BookCabinetsModel;
  BookCabinetsConnection: BookCabinetsConnectionModel;
  BookCabinetsInput: BookCabinetsInput;
  CommuneYear: CommuneYearModel;
  Boolean: Scalars['Boolean']['output'];
  CultureCommune: CultureCommuneModel;
  CultureCommuneConnection: CultureCommuneConnectionModel;
  CultureCommuneInput: CultureCommuneInput;
  DatasetColumn: DatasetColumn;
  Float: Scalars['Float']['output'];
  DatasetDescription: DatasetDescription;
  DatasetReporting: DatasetReporting;
  DeletedRow: DeletedRow;
  DistrictYear: DistrictYearModel;
  FieldChange: FieldChange;
  ImportResult: ImportResult;
  IndicatorValue: IndicatorValueModel;
  InputProblem: InputProblem;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PeriodLock: PeriodLock;
  ProvinceYear: ProvinceYearModel;
  Query: Record<PropertyKey, never>;
  ReadingFacilities: ReadingFacilitiesModel;
  ReportingPeriod: ReportingPeriod;
  ReportingResult: ReportingResult;
  ReportingTransition: ReportingTransition;
  RowChange: RowChange;
  SubmissionChange: SubmissionChange;
  SubmissionChangeConnection: SubmissionChangeConnection;
};

export type AuditRecordResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['AuditRecord'] = ResolversParentTypes['AuditRecord']> = {
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

export type BookCabinetTotalResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['BookCabinetTotal'] = ResolversParentTypes['BookCabinetTotal']> = {
  books?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cabinets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dataLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holderKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType>;
  readers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitsReporting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BookCabinetsResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['BookCabinets'] = ResolversParentTypes['BookCabinets']> = {
  books?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cabinets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  communeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dataLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holderKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BookCabinetsConnectionResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['BookCabinetsConnection'] = ResolversParentTypes['BookCabinetsConnection']> = {
  deleted?: Resolver<Array<ResolversTypes['DeletedRow']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['BookCabinets']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommuneYearResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['CommuneYear'] = ResolversParentTypes['CommuneYear'], FederationReferenceType extends FederationReferenceTypes['CommuneYear'] = FederationReferenceTypes['CommuneYear']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CommuneYear']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bookCabinets?: Resolver<Maybe<Array<ResolversTypes['BookCabinetTotal']>>, ParentType, ContextType>;
  booksPerPerson?: Resolver<Maybe<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
  boundaries?: Resolver<ResolversTypes['Boundaries'], ParentType, ContextType>;
  communeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cultureIndicators?: Resolver<Maybe<Array<ResolversTypes['IndicatorValue']>>, ParentType, ContextType>;
  cultureLocked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  householdBookCabinets?: Resolver<Maybe<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
  readingFacilities?: Resolver<Maybe<ResolversTypes['ReadingFacilities']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CultureCommuneResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['CultureCommune'] = ResolversParentTypes['CultureCommune']> = {
  communeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  culturalHouses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  culturalHousesForLearning?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dataLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  households?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  libraries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  libraryBooks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CultureCommuneConnectionResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['CultureCommuneConnection'] = ResolversParentTypes['CultureCommuneConnection']> = {
  deleted?: Resolver<Array<ResolversTypes['DeletedRow']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CultureCommune']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DatasetColumnResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['DatasetColumn'] = ResolversParentTypes['DatasetColumn']> = {
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

export type DatasetDescriptionResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['DatasetDescription'] = ResolversParentTypes['DatasetDescription']> = {
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

export type DatasetReportingResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['DatasetReporting'] = ResolversParentTypes['DatasetReporting']> = {
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

export type DeletedRowResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['DeletedRow'] = ResolversParentTypes['DeletedRow']> = {
  deletedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DistrictYearResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['DistrictYear'] = ResolversParentTypes['DistrictYear'], FederationReferenceType extends FederationReferenceTypes['DistrictYear'] = FederationReferenceTypes['DistrictYear']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DistrictYear']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bookCabinets?: Resolver<Maybe<Array<ResolversTypes['BookCabinetTotal']>>, ParentType, ContextType>;
  booksPerPerson?: Resolver<Maybe<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
  cultureIndicators?: Resolver<Maybe<Array<ResolversTypes['IndicatorValue']>>, ParentType, ContextType>;
  cultureLocked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  cultureReporting?: Resolver<Array<ResolversTypes['DatasetReporting']>, ParentType, ContextType>;
  districtCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  householdBookCabinets?: Resolver<Maybe<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
  readingFacilities?: Resolver<Maybe<ResolversTypes['ReadingFacilities']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportResultResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = {
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

export type IndicatorValueResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['IndicatorValue'] = ResolversParentTypes['IndicatorValue']> = {
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

export type InputProblemResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['InputProblem'] = ResolversParentTypes['InputProblem']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  approveCulturePeriod?: Resolver<ResolversTypes['ReportingResult'], ParentType, ContextType, RequireFields<MutationApproveCulturePeriodArgs, 'unitCode' | 'year'>>;
  deleteBookCabinets?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationDeleteBookCabinetsArgs, 'communeCode' | 'holderKind' | 'year'>>;
  deleteCultureCommune?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationDeleteCultureCommuneArgs, 'communeCode' | 'year'>>;
  importBookCabinetsCsv?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportBookCabinetsCsvArgs, 'csv' | 'dryRun'>>;
  importCultureCommunesCsv?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportCultureCommunesCsvArgs, 'csv' | 'dryRun'>>;
  lockCulturePeriod?: Resolver<ResolversTypes['PeriodLock'], ParentType, ContextType, RequireFields<MutationLockCulturePeriodArgs, 'year'>>;
  recordBookCabinets?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationRecordBookCabinetsArgs, 'input'>>;
  recordCultureCommune?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationRecordCultureCommuneArgs, 'input'>>;
  returnCulturePeriod?: Resolver<ResolversTypes['ReportingResult'], ParentType, ContextType, RequireFields<MutationReturnCulturePeriodArgs, 'comment' | 'unitCode' | 'year'>>;
  submitCulturePeriod?: Resolver<ResolversTypes['ReportingResult'], ParentType, ContextType, RequireFields<MutationSubmitCulturePeriodArgs, 'unitCode' | 'year'>>;
  unapproveCulturePeriod?: Resolver<ResolversTypes['ReportingResult'], ParentType, ContextType, RequireFields<MutationUnapproveCulturePeriodArgs, 'unitCode' | 'year'>>;
  unlockCulturePeriod?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnlockCulturePeriodArgs, 'year'>>;
};

export type PageInfoResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PeriodLockResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['PeriodLock'] = ResolversParentTypes['PeriodLock']> = {
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  districtCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lockedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lockedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProvinceYearResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['ProvinceYear'] = ResolversParentTypes['ProvinceYear'], FederationReferenceType extends FederationReferenceTypes['ProvinceYear'] = FederationReferenceTypes['ProvinceYear']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProvinceYear']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bookCabinets?: Resolver<Maybe<Array<ResolversTypes['BookCabinetTotal']>>, ParentType, ContextType>;
  booksPerPerson?: Resolver<Maybe<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
  cultureIndicators?: Resolver<Maybe<Array<ResolversTypes['IndicatorValue']>>, ParentType, ContextType>;
  cultureLocked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  cultureReporting?: Resolver<Array<ResolversTypes['DatasetReporting']>, ParentType, ContextType>;
  householdBookCabinets?: Resolver<Maybe<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
  provinceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readingFacilities?: Resolver<Maybe<ResolversTypes['ReadingFacilities']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  bookCabinets?: Resolver<ResolversTypes['BookCabinetsConnection'], ParentType, ContextType, RequireFields<QueryBookCabinetsArgs, 'first' | 'year'>>;
  cultureAudit?: Resolver<Array<ResolversTypes['AuditRecord']>, ParentType, ContextType, RequireFields<QueryCultureAuditArgs, 'first'>>;
  cultureCommunes?: Resolver<ResolversTypes['CultureCommuneConnection'], ParentType, ContextType, RequireFields<QueryCultureCommunesArgs, 'first' | 'year'>>;
  cultureDatasets?: Resolver<Array<ResolversTypes['DatasetDescription']>, ParentType, ContextType>;
  culturePeriodLocks?: Resolver<Array<ResolversTypes['PeriodLock']>, ParentType, ContextType, Partial<QueryCulturePeriodLocksArgs>>;
  cultureReportingPeriods?: Resolver<Array<ResolversTypes['ReportingPeriod']>, ParentType, ContextType, RequireFields<QueryCultureReportingPeriodsArgs, 'year'>>;
  cultureSubmissionChanges?: Resolver<ResolversTypes['SubmissionChangeConnection'], ParentType, ContextType, RequireFields<QueryCultureSubmissionChangesArgs, 'dataset' | 'first' | 'unitCode' | 'year'>>;
};

export type ReadingFacilitiesResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['ReadingFacilities'] = ResolversParentTypes['ReadingFacilities']> = {
  culturalHouses?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  culturalHousesForLearning?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  dataLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  libraries?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  libraryBooks?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  provenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType>;
  unitsExpected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitsReporting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportingPeriodResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['ReportingPeriod'] = ResolversParentTypes['ReportingPeriod']> = {
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

export type ReportingResultResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['ReportingResult'] = ResolversParentTypes['ReportingResult']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['ReportingPeriod'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['InputProblem']>, ParentType, ContextType>;
};

export type ReportingTransitionResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['ReportingTransition'] = ResolversParentTypes['ReportingTransition']> = {
  acknowledgedWarnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RowChangeResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['RowChange'] = ResolversParentTypes['RowChange']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubmissionChangeResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['SubmissionChange'] = ResolversParentTypes['SubmissionChange']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  batchId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubmissionChangeConnectionResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['SubmissionChangeConnection'] = ResolversParentTypes['SubmissionChangeConnection']> = {
  dataset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SubmissionChange']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = CultureContext> = {
  AuditRecord?: AuditRecordResolvers<ContextType>;
  BookCabinetTotal?: BookCabinetTotalResolvers<ContextType>;
  BookCabinets?: BookCabinetsResolvers<ContextType>;
  BookCabinetsConnection?: BookCabinetsConnectionResolvers<ContextType>;
  CommuneYear?: CommuneYearResolvers<ContextType>;
  CultureCommune?: CultureCommuneResolvers<ContextType>;
  CultureCommuneConnection?: CultureCommuneConnectionResolvers<ContextType>;
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
  ProvinceYear?: ProvinceYearResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReadingFacilities?: ReadingFacilitiesResolvers<ContextType>;
  ReportingPeriod?: ReportingPeriodResolvers<ContextType>;
  ReportingResult?: ReportingResultResolvers<ContextType>;
  ReportingTransition?: ReportingTransitionResolvers<ContextType>;
  RowChange?: RowChangeResolvers<ContextType>;
  SubmissionChange?: SubmissionChangeResolvers<ContextType>;
  SubmissionChangeConnection?: SubmissionChangeConnectionResolvers<ContextType>;
};

