import type { GraphQLResolveInfo } from 'graphql';
import type { EmulationTitleModel, CriteriaSetModel, RecognitionCountModel, AssessmentModel, CommendationModel, RecognitionCountConnectionModel, AssessmentConnectionModel, CommendationConnectionModel, CommuneYearModel, DistrictYearModel, ProvinceYearModel, AuditRecordModel, GradeCountModel } from './models';
import type { AwardsContext } from './context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
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

/**
 * One assessment (đánh giá, xếp loại) of a learning unit or of a commune title in one year.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type Assessment = {
  __typename?: 'Assessment';
  /** Who assessed and recognised it (e.g. Hội Khuyến học tỉnh, QĐ 354 V.8; UBND cấp huyện under TT 44/2014). */
  assessingBody: Scalars['String']['output'];
  /** Reporting commune the unit is in (the commune itself for commune titles). */
  communeCode: Scalars['String']['output'];
  /** The criteria set it was assessed under (in force that year). */
  criteriaSet: TitleCriteriaSet;
  /**
   * Former paging cursor (subjectCode|titleCode).
   * @deprecated Query.assessments is a connection: page with pageInfo.endCursor.
   */
  cursor: Scalars['String']['output'];
  /** SYNTHETIC demo data or IMPORTED. */
  dataLabel: Scalars['String']['output'];
  /** Recognition decision reference, when recognised. */
  decisionRef?: Maybe<Scalars['String']['output']>;
  /** Grade or level; null when the scheme's grades are not known or it was not graded. */
  grade?: Maybe<RecognitionGrade>;
  /** Whether the title was granted. */
  recognised: Scalars['Boolean']['output'];
  /** Date of recognition (YYYY-MM-DD). */
  recognisedOn?: Maybe<Scalars['String']['output']>;
  /** Total score (points schemes with known scale only, e.g. 0–100 under TT 22/2020); null otherwise. */
  score?: Maybe<Scalars['Float']['output']>;
  /** UNIT for learning units, COMMUNE for commune titles. */
  subject: TitleSubject;
  /** Code of the unit as registered by the assessing body; the commune code for commune titles. */
  subjectCode: Scalars['String']['output'];
  /** Name of the unit or commune. */
  subjectName: Scalars['String']['output'];
  /** The title assessed. */
  title: EmulationTitle;
  /** Kind of organisation (school, agency, cooperative...); null for communes. */
  unitKind?: Maybe<Scalars['String']['output']>;
  /** When the row was last written (ISO-8601 UTC). */
  updatedAt: Scalars['String']['output'];
  /** Assessed year. */
  year: Scalars['Int']['output'];
};

/** A page of assessments. */
export type AssessmentConnection = {
  __typename?: 'AssessmentConnection';
  /** Rows deleted at or after updatedSince (empty without it). */
  deleted: Array<DeletedRow>;
  /** Rows of this page, in natural-key order. */
  nodes: Array<Assessment>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Rows matching the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Input of recordAssessment (same rules as a CSV row). */
export type AssessmentInput = {
  /** Who assessed and recognised it. */
  assessingBody: Scalars['String']['input'];
  /** Reporting commune the subject is in, valid that year. */
  communeCode: Scalars['String']['input'];
  /** Recognition decision reference. */
  decisionRef?: InputMaybe<Scalars['String']['input']>;
  /** Must be a grade of the criteria set; derived from the score when the bands are known. */
  grade?: InputMaybe<RecognitionGrade>;
  /** Whether the title was granted (not with a failing grade). */
  recognised: Scalars['Boolean']['input'];
  /** YYYY-MM-DD. */
  recognisedOn?: InputMaybe<Scalars['String']['input']>;
  /** Only for points schemes; the grade is derived from it where the bands are known. */
  score?: InputMaybe<Scalars['Float']['input']>;
  /** Unit code; for commune titles, the commune code. */
  subjectCode: Scalars['String']['input'];
  /** Name of the unit or commune. */
  subjectName: Scalars['String']['input'];
  /** A unit or commune title valid that year. */
  titleCode: Scalars['String']['input'];
  /** Kind of organisation (units only). */
  unitKind?: InputMaybe<Scalars['String']['input']>;
  /** Assessed year, 2010–2030. */
  year: Scalars['Int']['input'];
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
 * A commendation (khen thưởng) or emulation title awarded to an individual or a collective.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type Commendation = {
  __typename?: 'Commendation';
  /** Date awarded (YYYY-MM-DD): in the year or the year after. */
  awardedOn: Scalars['String']['output'];
  /** Reporting commune of the recipient; null for provincial bodies. */
  communeCode?: Maybe<Scalars['String']['output']>;
  /** SYNTHETIC demo data or IMPORTED. */
  dataLabel: Scalars['String']['output'];
  /** Who signed it, e.g. Chủ tịch UBND tỉnh. */
  issuedBy: Scalars['String']['output'];
  /** Whether building the learning society was one of the criteria weighed (QĐ 354 IV.10, V.5). */
  learningSocietyCriterion: Scalars['Boolean']['output'];
  /** Level of the awarding body. */
  level: CommendationLevel;
  /** Achievement cited. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Individual or collective. */
  recipientKind: RecipientKind;
  /** Name of the person or collective (as in the decision; SYNTHETIC placeholders in the demo data). */
  recipientName: Scalars['String']['output'];
  /** Decision number plus line, the natural key. */
  reference: Scalars['String']['output'];
  /** Form of the commendation, e.g. Bằng khen, Giấy khen, Chiến sĩ thi đua cơ sở. */
  title: Scalars['String']['output'];
  /** When the row was last written (ISO-8601 UTC). */
  updatedAt: Scalars['String']['output'];
  /** Emulation year the commendation is for. */
  year: Scalars['Int']['output'];
};

/** A page of commendations. */
export type CommendationConnection = {
  __typename?: 'CommendationConnection';
  /** Rows deleted at or after updatedSince (empty without it). */
  deleted: Array<DeletedRow>;
  /** Rows of this page, in natural-key order. */
  nodes: Array<Commendation>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Rows matching the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Input of recordCommendation (same rules as a CSV row). */
export type CommendationInput = {
  /** YYYY-MM-DD, in the emulation year or the year after. */
  awardedOn: Scalars['String']['input'];
  /** Reporting commune of the recipient, if commune-based. */
  communeCode?: InputMaybe<Scalars['String']['input']>;
  /** Who signed it. */
  issuedBy: Scalars['String']['input'];
  /** Whether the learning-society criterion counted (QĐ 354 IV.10, V.5). */
  learningSocietyCriterion: Scalars['Boolean']['input'];
  /** Level of the awarding body. */
  level: CommendationLevel;
  /** Achievement cited. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Individual or collective. */
  recipientKind: RecipientKind;
  /** Name of the person or collective. */
  recipientName: Scalars['String']['input'];
  /** Decision number plus line: the natural key. */
  reference: Scalars['String']['input'];
  /** Form of the commendation (Bằng khen, Giấy khen, ...). */
  title: Scalars['String']['input'];
  /** Emulation year, 2010–2030. */
  year: Scalars['Int']['input'];
};

/** Level of the body that awards a commendation. */
export type CommendationLevel =
  /** Central (Thủ tướng, bộ, trung ương hội). */
  | 'CENTRAL'
  /** Commune (UBND xã). */
  | 'COMMUNE'
  /** District (UBND huyện, until 30/06/2025). */
  | 'DISTRICT'
  /** Province (UBND tỉnh, sở, Hội Khuyến học tỉnh). */
  | 'PROVINCE';

/** Commendations of a year entity's reporting communes (SYNTHETIC in the demo database). */
export type CommendationSummary = {
  __typename?: 'CommendationSummary';
  /** Of which to collectives. */
  collectives: Scalars['Int']['output'];
  /** Of which to individuals. */
  individuals: Scalars['Int']['output'];
  /** Commendations of the year. */
  total: Scalars['Int']['output'];
  /** Those where the learning-society criterion counted (QĐ 354 IV.10, V.5). */
  withLearningSocietyCriterion: Scalars['Int']['output'];
};

/**
 * A commune in one data year: awards figures over its reporting communes (REPORTED: itself; CURRENT: its predecessors).
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type CommuneYear = {
  __typename?: 'CommuneYear';
  /** Grades of a title's assessments (default: commune Cộng đồng học tập). */
  assessmentGrades?: Maybe<Array<GradeCount>>;
  /** Assessments of units and commune titles located in it, optionally of one title. */
  assessments?: Maybe<Array<Assessment>>;
  /** Uniform list of the awards indicators (AW_*), ratio of sums; null value = no data. SYNTHETIC in the demo database. */
  awardsIndicators?: Maybe<Array<IndicatorValue>>;
  /** True when the awards data of this year is locked (approved) over the whole territory (see lockAwardsPeriod). */
  awardsLocked?: Maybe<Scalars['Boolean']['output']>;
  /** REPORTED (the unit of that year) or CURRENT (today's commune through its predecessors). */
  boundaries: Boundaries;
  /** Commendations of the year to recipients in it. */
  commendations?: Maybe<CommendationSummary>;
  /** GSO commune code. */
  communeCode: Scalars['String']['output'];
  /** Villages and residential groups recognised "văn hóa - sức khỏe - học tập" (II.2.3), %. */
  cultureHealthLearningVillages?: Maybe<RecognitionShare>;
  /** Clans recognised (dòng họ khuyến học / học tập), % of clans. */
  learningClans?: Maybe<RecognitionShare>;
  /** Learning units recognised, % of units assessed (V.8). */
  learningUnits?: Maybe<RecognitionShare>;
  /** Villages and residential groups recognised (cộng đồng khuyến học / học tập), %. */
  learningVillages?: Maybe<RecognitionShare>;
  /** Recognition counts of its reporting communes, one per title. */
  recognitionCounts?: Maybe<Array<RecognitionCount>>;
  /** Households recognised as studious/learning families, % of households (target over 70% by 2015, II.2.3). */
  studiousFamilies?: Maybe<RecognitionShare>;
  /** Data year (figures as of 31 December). */
  year: Scalars['Int']['output'];
};


/**
 * A commune in one data year: awards figures over its reporting communes (REPORTED: itself; CURRENT: its predecessors).
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type CommuneYearAssessmentGradesArgs = {
  titleCode?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A commune in one data year: awards figures over its reporting communes (REPORTED: itself; CURRENT: its predecessors).
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type CommuneYearAssessmentsArgs = {
  titleCode?: InputMaybe<Scalars['String']['input']>;
};

/** How a criteria set decides a recognition. */
export type CriteriaScheme =
  /** Levels without points (mức độ 1/2, TT 25/2023). */
  | 'LEVELS'
  /** Points per criterion, a total score, grade bands (e.g. TT 22/2020, TT 44/2014). */
  | 'POINTS'
  /** The decision's method was not seen: criteria, points and threshold are UNCONFIRMED. */
  | 'UNCONFIRMED';

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
 * A district in one data year: awards figures rolled up over its communes (ratio of sums).
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type DistrictYear = {
  __typename?: 'DistrictYear';
  /** Grades of a title's assessments over its communes (default: commune Cộng đồng học tập). */
  assessmentGrades?: Maybe<Array<GradeCount>>;
  /** Uniform list of the awards indicators (AW_*), ratio of sums over its communes. */
  awardsIndicators?: Maybe<Array<IndicatorValue>>;
  /** True when the awards data of this year is locked (approved) over the whole territory (see lockAwardsPeriod). */
  awardsLocked?: Maybe<Scalars['Boolean']['output']>;
  /** Reporting rates of the awards datasets for this district and year (DHIS2 completeness and timeliness); empty when the district did not report that year. */
  awardsReporting: Array<DatasetReporting>;
  /** Commendations of the year to recipients in its communes. */
  commendations?: Maybe<CommendationSummary>;
  /** Villages and residential groups recognised "văn hóa - sức khỏe - học tập", %. */
  cultureHealthLearningVillages?: Maybe<RecognitionShare>;
  /** GSO district code. */
  districtCode: Scalars['String']['output'];
  /** Clans recognised, % of clans. */
  learningClans?: Maybe<RecognitionShare>;
  /** Learning units recognised, % of units assessed. */
  learningUnits?: Maybe<RecognitionShare>;
  /** Villages and residential groups recognised as learning communities, %. */
  learningVillages?: Maybe<RecognitionShare>;
  /** Households recognised as studious/learning families, % of households (target over 70% by 2015, II.2.3). */
  studiousFamilies?: Maybe<RecognitionShare>;
  /** Data year. */
  year: Scalars['Int']['output'];
};


/**
 * A district in one data year: awards figures rolled up over its communes (ratio of sums).
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type DistrictYearAssessmentGradesArgs = {
  titleCode?: InputMaybe<Scalars['String']['input']>;
};

/** An emulation title (danh hiệu thi đua) of the learning-society movement, with its criteria sets by decision. */
export type EmulationTitle = {
  __typename?: 'EmulationTitle';
  /** Stable code, e.g. GIA_DINH_HIEU_HOC. */
  code: Scalars['String']['output'];
  /** The criteria set in force in a data year; null when the title was not in use that year. */
  criteriaSetFor?: Maybe<TitleCriteriaSet>;
  /** Its criteria sets, oldest first. */
  criteriaSets: Array<TitleCriteriaSet>;
  /** What the title is and how it is counted. */
  description: Scalars['String']['output'];
  /** Code of the uniform-list indicator its recognitions count towards (AW_*), null when none. */
  indicatorCode?: Maybe<Scalars['String']['output']>;
  /** English name, e.g. "Studious family". */
  name: Scalars['String']['output'];
  /** Vietnamese name, e.g. "Gia đình hiếu học". */
  nameVi: Scalars['String']['output'];
  /** Clauses of QĐ 354/QĐ-UBND (2013) that name the title or its recognition. */
  seedClauses: Array<Scalars['String']['output']>;
  /** Who the title is awarded to. */
  subject: TitleSubject;
};


/** An emulation title (danh hiệu thi đua) of the learning-society movement, with its criteria sets by decision. */
export type EmulationTitleCriteriaSetForArgs = {
  year: Scalars['Int']['input'];
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
 * How many assessed subjects got a grade.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type GradeCount = {
  __typename?: 'GradeCount';
  /** Number of assessed units or communes. */
  count: Scalars['Int']['output'];
  /** null = not graded (scheme without known grades). */
  grade?: Maybe<RecognitionGrade>;
  /** Whether these subjects were recognised. */
  recognised: Scalars['Boolean']['output'];
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
 * Writes of the awards subgraph; each needs the role editor:awards (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED. Refused input comes back as ImportResult.ok = false with coded problems.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Approves a submitted unit-year (role approver:awards): this locks the period (PERIOD_LOCKED). */
  approveAwardsPeriod: ReportingResult;
  /** Deletes one assessment (leaves a tombstone; audited). */
  deleteAssessment: ImportResult;
  /** Deletes one commendation (leaves a tombstone; audited). */
  deleteCommendation: ImportResult;
  /** Deletes one recognition count (leaves a tombstone; audited). */
  deleteRecognitionCount: ImportResult;
  /**
   * CSV import of assessments (header = the fields of AssessmentInput: subjectCode,subjectName,unitKind,communeCode,
   * year,titleCode,score,grade,recognised,assessingBody,decisionRef,recognisedOn; the snake_case forms are accepted).
   * dryRun only checks.
   */
  importAssessmentsCsv: ImportResult;
  /**
   * CSV import of commendations (header = the fields of CommendationInput: reference,year,awardedOn,recipientKind,
   * recipientName,communeCode,title,level,issuedBy,learningSocietyCriterion,reason; the snake_case forms are accepted).
   * dryRun only checks.
   */
  importCommendationsCsv: ImportResult;
  /**
   * CSV import of recognition counts (UTF-8, comma-separated; header = the fields of RecognitionCountInput:
   * communeCode,year,titleCode,recognised,eligible; commune_code and title_code are accepted). dryRun only checks.
   */
  importRecognitionCountsCsv: ImportResult;
  /**
   * Locks (approves) the awards data of a year, for one district or (districtCode absent) the whole province: writes
   * into it are then refused with PERIOD_LOCKED. Role editor:awards; audited.
   */
  lockAwardsPeriod: PeriodLock;
  /** Records one assessment of a learning unit or of a commune title, with grade and score where the scheme has points. */
  recordAssessment: ImportResult;
  /** Records one commendation (khen thưởng). */
  recordCommendation: ImportResult;
  /** Records (insert or update) one commune's recognised/eligible count for a household, clan or village title in a year. */
  recordRecognitionCount: ImportResult;
  /** Returns a submitted unit-year to its reporter with a comment (role approver:awards): the unit may edit and submit again. */
  returnAwardsPeriod: ReportingResult;
  /** Submits a reporting unit's awards data of a year for approval (role reporter:awards:<unitCode> or editor:awards); refused with HAS_ERRORS while its stored rows have problems. Freezes the unit's writes (PERIOD_SUBMITTED). */
  submitAwardsPeriod: ReportingResult;
  /** Unapproves an approved unit-year (role admin only): removes its lock, OPEN again. */
  unapproveAwardsPeriod: ReportingResult;
  /** Unlocks a locked period (role admin only; audited). False when it was not locked. */
  unlockAwardsPeriod: Scalars['Boolean']['output'];
};


/**
 * Writes of the awards subgraph; each needs the role editor:awards (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED. Refused input comes back as ImportResult.ok = false with coded problems.
 */
export type MutationApproveAwardsPeriodArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the awards subgraph; each needs the role editor:awards (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED. Refused input comes back as ImportResult.ok = false with coded problems.
 */
export type MutationDeleteAssessmentArgs = {
  subjectCode: Scalars['String']['input'];
  titleCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the awards subgraph; each needs the role editor:awards (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED. Refused input comes back as ImportResult.ok = false with coded problems.
 */
export type MutationDeleteCommendationArgs = {
  reference: Scalars['String']['input'];
};


/**
 * Writes of the awards subgraph; each needs the role editor:awards (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED. Refused input comes back as ImportResult.ok = false with coded problems.
 */
export type MutationDeleteRecognitionCountArgs = {
  communeCode: Scalars['String']['input'];
  titleCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the awards subgraph; each needs the role editor:awards (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED. Refused input comes back as ImportResult.ok = false with coded problems.
 */
export type MutationImportAssessmentsCsvArgs = {
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedDigest?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Writes of the awards subgraph; each needs the role editor:awards (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED. Refused input comes back as ImportResult.ok = false with coded problems.
 */
export type MutationImportCommendationsCsvArgs = {
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedDigest?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Writes of the awards subgraph; each needs the role editor:awards (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED. Refused input comes back as ImportResult.ok = false with coded problems.
 */
export type MutationImportRecognitionCountsCsvArgs = {
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedDigest?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Writes of the awards subgraph; each needs the role editor:awards (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED. Refused input comes back as ImportResult.ok = false with coded problems.
 */
export type MutationLockAwardsPeriodArgs = {
  districtCode?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Writes of the awards subgraph; each needs the role editor:awards (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED. Refused input comes back as ImportResult.ok = false with coded problems.
 */
export type MutationRecordAssessmentArgs = {
  input: AssessmentInput;
};


/**
 * Writes of the awards subgraph; each needs the role editor:awards (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED. Refused input comes back as ImportResult.ok = false with coded problems.
 */
export type MutationRecordCommendationArgs = {
  input: CommendationInput;
};


/**
 * Writes of the awards subgraph; each needs the role editor:awards (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED. Refused input comes back as ImportResult.ok = false with coded problems.
 */
export type MutationRecordRecognitionCountArgs = {
  input: RecognitionCountInput;
};


/**
 * Writes of the awards subgraph; each needs the role editor:awards (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED. Refused input comes back as ImportResult.ok = false with coded problems.
 */
export type MutationReturnAwardsPeriodArgs = {
  comment: Scalars['String']['input'];
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the awards subgraph; each needs the role editor:awards (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED. Refused input comes back as ImportResult.ok = false with coded problems.
 */
export type MutationSubmitAwardsPeriodArgs = {
  acknowledgedWarnings?: InputMaybe<Array<Scalars['String']['input']>>;
  comment?: InputMaybe<Scalars['String']['input']>;
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the awards subgraph; each needs the role editor:awards (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED. Refused input comes back as ImportResult.ok = false with coded problems.
 */
export type MutationUnapproveAwardsPeriodArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the awards subgraph; each needs the role editor:awards (unlocking: admin). All-or-nothing, idempotent on
 * the natural key, audited with the values before and after; every problem reported at once, each naming row (CSV
 * data row, or 1 for a single record) and field (the input field name). A write into a locked period is refused with
 * PERIOD_LOCKED. Refused input comes back as ImportResult.ok = false with coded problems.
 */
export type MutationUnlockAwardsPeriodArgs = {
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
 * The province in one data year: awards figures rolled up over its communes (ratio of sums).
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type ProvinceYear = {
  __typename?: 'ProvinceYear';
  /** Grades of a title's assessments over the province (default: commune Cộng đồng học tập). */
  assessmentGrades?: Maybe<Array<GradeCount>>;
  /** Uniform list of the awards indicators (AW_*), ratio of sums over every reporting commune. */
  awardsIndicators?: Maybe<Array<IndicatorValue>>;
  /** True when the awards data of this year is locked (approved) over the whole territory (see lockAwardsPeriod). */
  awardsLocked?: Maybe<Scalars['Boolean']['output']>;
  /** Reporting rates of the awards datasets for every reporting unit of the year (districts until 2024, communes from 2025). */
  awardsReporting: Array<DatasetReporting>;
  /** Commendations of the year to recipients in its communes. */
  commendations?: Maybe<CommendationSummary>;
  /** Villages and residential groups recognised "văn hóa - sức khỏe - học tập", %. */
  cultureHealthLearningVillages?: Maybe<RecognitionShare>;
  /** Clans recognised, % of clans. */
  learningClans?: Maybe<RecognitionShare>;
  /** Learning units recognised, % of units assessed. */
  learningUnits?: Maybe<RecognitionShare>;
  /** Villages and residential groups recognised as learning communities, %. */
  learningVillages?: Maybe<RecognitionShare>;
  /** GSO province code ("14"). */
  provinceCode: Scalars['String']['output'];
  /** Households recognised as studious/learning families, % of households (target over 70% by 2015, II.2.3). */
  studiousFamilies?: Maybe<RecognitionShare>;
  /** Data year. */
  year: Scalars['Int']['output'];
};


/**
 * The province in one data year: awards figures rolled up over its communes (ratio of sums).
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type ProvinceYearAssessmentGradesArgs = {
  titleCode?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Awards subgraph (owners: Ban Thi đua - Khen thưởng and Hội Khuyến học tỉnh Sơn La). Emulation titles (danh hiệu)
 * and their criteria sets versioned by the issuing decision; recognitions per year (households, clans and villages
 * counted per commune; learning units and communes assessed one by one); commendations (khen thưởng).
 * Source clauses: QĐ 354/QĐ-UBND (2013) II.2.3, III.2, IV.7, IV.10, V.5, V.8. Recognition figures and commendations
 * in the demo database are SYNTHETIC (see each `dataLabel`); titles and criteria sets are reference data, and
 * every item not confirmed by a source says so (`confirmed: false`) and carries no invented number.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Assessed units and communes of one year (one record each), in subject-code order, paged (at most 1,000 per page).
   * Filter by title, commune or district (communes of that year). Needs a signed-in role.
   */
  assessments: AssessmentConnection;
  /** Audit trail of awards writes, newest first: filter by entity key (natural key joined by |) or batch. Needs a signed-in role. */
  awardsAudit: Array<AuditRecord>;
  /** The awards datasets as the intake templates and page need them (columns, keys, labels, template version). Open to every caller: it is metadata. */
  awardsDatasets: Array<DatasetDescription>;
  /** Locked (approved) periods of the awards department, optionally of one year, by year and district. Needs a signed-in role (a lock names who approved it). */
  awardsPeriodLocks: Array<PeriodLock>;
  /** Where each reporting unit of a year stands in the awards reporting workflow (OPEN when untouched); one unit with unitCode. Needs a signed-in role. */
  awardsReportingPeriods: Array<ReportingPeriod>;
  /** What a reporting unit changed in one awards dataset of a year since the period was last approved, per row and field (before → after, from the audit trail); paged, newest first. Needs a signed-in role. */
  awardsSubmissionChanges: SubmissionChangeConnection;
  /** Commendations of one emulation year, in reference order, paged (at most 1,000 per page). Needs a signed-in role. */
  commendations: CommendationConnection;
  /** One criteria set by code (e.g. TT22_2020); null for an unknown code. */
  criteriaSet?: Maybe<TitleCriteriaSet>;
  /** Criteria sets, filtered by title and/or by the data year they apply to, oldest first. */
  criteriaSets: Array<TitleCriteriaSet>;
  /** One title by code (e.g. GIA_DINH_HIEU_HOC); null for an unknown code. */
  emulationTitle?: Maybe<EmulationTitle>;
  /** Every emulation title of the catalogue, optionally only those of one subject (households, clans, ...). */
  emulationTitles: Array<EmulationTitle>;
  /**
   * Recognition counts of one year as a flat table (one row per commune and title; BI tools): households, clans
   * and villages recognised and eligible. Filter by title, commune or district (communes of that year).
   */
  recognitionCounts: RecognitionCountConnection;
};


/**
 * Awards subgraph (owners: Ban Thi đua - Khen thưởng and Hội Khuyến học tỉnh Sơn La). Emulation titles (danh hiệu)
 * and their criteria sets versioned by the issuing decision; recognitions per year (households, clans and villages
 * counted per commune; learning units and communes assessed one by one); commendations (khen thưởng).
 * Source clauses: QĐ 354/QĐ-UBND (2013) II.2.3, III.2, IV.7, IV.10, V.5, V.8. Recognition figures and commendations
 * in the demo database are SYNTHETIC (see each `dataLabel`); titles and criteria sets are reference data, and
 * every item not confirmed by a source says so (`confirmed: false`) and carries no invented number.
 */
export type QueryAssessmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communeCode?: InputMaybe<Scalars['String']['input']>;
  districtCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  titleCode?: InputMaybe<Scalars['String']['input']>;
  updatedSince?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Awards subgraph (owners: Ban Thi đua - Khen thưởng and Hội Khuyến học tỉnh Sơn La). Emulation titles (danh hiệu)
 * and their criteria sets versioned by the issuing decision; recognitions per year (households, clans and villages
 * counted per commune; learning units and communes assessed one by one); commendations (khen thưởng).
 * Source clauses: QĐ 354/QĐ-UBND (2013) II.2.3, III.2, IV.7, IV.10, V.5, V.8. Recognition figures and commendations
 * in the demo database are SYNTHETIC (see each `dataLabel`); titles and criteria sets are reference data, and
 * every item not confirmed by a source says so (`confirmed: false`) and carries no invented number.
 */
export type QueryAwardsAuditArgs = {
  batchId?: InputMaybe<Scalars['String']['input']>;
  entityKey?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Awards subgraph (owners: Ban Thi đua - Khen thưởng and Hội Khuyến học tỉnh Sơn La). Emulation titles (danh hiệu)
 * and their criteria sets versioned by the issuing decision; recognitions per year (households, clans and villages
 * counted per commune; learning units and communes assessed one by one); commendations (khen thưởng).
 * Source clauses: QĐ 354/QĐ-UBND (2013) II.2.3, III.2, IV.7, IV.10, V.5, V.8. Recognition figures and commendations
 * in the demo database are SYNTHETIC (see each `dataLabel`); titles and criteria sets are reference data, and
 * every item not confirmed by a source says so (`confirmed: false`) and carries no invented number.
 */
export type QueryAwardsPeriodLocksArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Awards subgraph (owners: Ban Thi đua - Khen thưởng and Hội Khuyến học tỉnh Sơn La). Emulation titles (danh hiệu)
 * and their criteria sets versioned by the issuing decision; recognitions per year (households, clans and villages
 * counted per commune; learning units and communes assessed one by one); commendations (khen thưởng).
 * Source clauses: QĐ 354/QĐ-UBND (2013) II.2.3, III.2, IV.7, IV.10, V.5, V.8. Recognition figures and commendations
 * in the demo database are SYNTHETIC (see each `dataLabel`); titles and criteria sets are reference data, and
 * every item not confirmed by a source says so (`confirmed: false`) and carries no invented number.
 */
export type QueryAwardsReportingPeriodsArgs = {
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Awards subgraph (owners: Ban Thi đua - Khen thưởng and Hội Khuyến học tỉnh Sơn La). Emulation titles (danh hiệu)
 * and their criteria sets versioned by the issuing decision; recognitions per year (households, clans and villages
 * counted per commune; learning units and communes assessed one by one); commendations (khen thưởng).
 * Source clauses: QĐ 354/QĐ-UBND (2013) II.2.3, III.2, IV.7, IV.10, V.5, V.8. Recognition figures and commendations
 * in the demo database are SYNTHETIC (see each `dataLabel`); titles and criteria sets are reference data, and
 * every item not confirmed by a source says so (`confirmed: false`) and carries no invented number.
 */
export type QueryAwardsSubmissionChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  dataset: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Awards subgraph (owners: Ban Thi đua - Khen thưởng and Hội Khuyến học tỉnh Sơn La). Emulation titles (danh hiệu)
 * and their criteria sets versioned by the issuing decision; recognitions per year (households, clans and villages
 * counted per commune; learning units and communes assessed one by one); commendations (khen thưởng).
 * Source clauses: QĐ 354/QĐ-UBND (2013) II.2.3, III.2, IV.7, IV.10, V.5, V.8. Recognition figures and commendations
 * in the demo database are SYNTHETIC (see each `dataLabel`); titles and criteria sets are reference data, and
 * every item not confirmed by a source says so (`confirmed: false`) and carries no invented number.
 */
export type QueryCommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communeCode?: InputMaybe<Scalars['String']['input']>;
  districtCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  learningSocietyCriterion?: InputMaybe<Scalars['Boolean']['input']>;
  level?: InputMaybe<CommendationLevel>;
  updatedSince?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Awards subgraph (owners: Ban Thi đua - Khen thưởng and Hội Khuyến học tỉnh Sơn La). Emulation titles (danh hiệu)
 * and their criteria sets versioned by the issuing decision; recognitions per year (households, clans and villages
 * counted per commune; learning units and communes assessed one by one); commendations (khen thưởng).
 * Source clauses: QĐ 354/QĐ-UBND (2013) II.2.3, III.2, IV.7, IV.10, V.5, V.8. Recognition figures and commendations
 * in the demo database are SYNTHETIC (see each `dataLabel`); titles and criteria sets are reference data, and
 * every item not confirmed by a source says so (`confirmed: false`) and carries no invented number.
 */
export type QueryCriteriaSetArgs = {
  code: Scalars['String']['input'];
};


/**
 * Awards subgraph (owners: Ban Thi đua - Khen thưởng and Hội Khuyến học tỉnh Sơn La). Emulation titles (danh hiệu)
 * and their criteria sets versioned by the issuing decision; recognitions per year (households, clans and villages
 * counted per commune; learning units and communes assessed one by one); commendations (khen thưởng).
 * Source clauses: QĐ 354/QĐ-UBND (2013) II.2.3, III.2, IV.7, IV.10, V.5, V.8. Recognition figures and commendations
 * in the demo database are SYNTHETIC (see each `dataLabel`); titles and criteria sets are reference data, and
 * every item not confirmed by a source says so (`confirmed: false`) and carries no invented number.
 */
export type QueryCriteriaSetsArgs = {
  titleCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Awards subgraph (owners: Ban Thi đua - Khen thưởng and Hội Khuyến học tỉnh Sơn La). Emulation titles (danh hiệu)
 * and their criteria sets versioned by the issuing decision; recognitions per year (households, clans and villages
 * counted per commune; learning units and communes assessed one by one); commendations (khen thưởng).
 * Source clauses: QĐ 354/QĐ-UBND (2013) II.2.3, III.2, IV.7, IV.10, V.5, V.8. Recognition figures and commendations
 * in the demo database are SYNTHETIC (see each `dataLabel`); titles and criteria sets are reference data, and
 * every item not confirmed by a source says so (`confirmed: false`) and carries no invented number.
 */
export type QueryEmulationTitleArgs = {
  code: Scalars['String']['input'];
};


/**
 * Awards subgraph (owners: Ban Thi đua - Khen thưởng and Hội Khuyến học tỉnh Sơn La). Emulation titles (danh hiệu)
 * and their criteria sets versioned by the issuing decision; recognitions per year (households, clans and villages
 * counted per commune; learning units and communes assessed one by one); commendations (khen thưởng).
 * Source clauses: QĐ 354/QĐ-UBND (2013) II.2.3, III.2, IV.7, IV.10, V.5, V.8. Recognition figures and commendations
 * in the demo database are SYNTHETIC (see each `dataLabel`); titles and criteria sets are reference data, and
 * every item not confirmed by a source says so (`confirmed: false`) and carries no invented number.
 */
export type QueryEmulationTitlesArgs = {
  subject?: InputMaybe<TitleSubject>;
};


/**
 * Awards subgraph (owners: Ban Thi đua - Khen thưởng and Hội Khuyến học tỉnh Sơn La). Emulation titles (danh hiệu)
 * and their criteria sets versioned by the issuing decision; recognitions per year (households, clans and villages
 * counted per commune; learning units and communes assessed one by one); commendations (khen thưởng).
 * Source clauses: QĐ 354/QĐ-UBND (2013) II.2.3, III.2, IV.7, IV.10, V.5, V.8. Recognition figures and commendations
 * in the demo database are SYNTHETIC (see each `dataLabel`); titles and criteria sets are reference data, and
 * every item not confirmed by a source says so (`confirmed: false`) and carries no invented number.
 */
export type QueryRecognitionCountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communeCode?: InputMaybe<Scalars['String']['input']>;
  districtCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  titleCode?: InputMaybe<Scalars['String']['input']>;
  updatedSince?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};

/** Individual (cá nhân) or collective (tập thể). */
export type RecipientKind =
  /** Tập thể: an agency, unit, school, association or community. */
  | 'COLLECTIVE'
  /** Cá nhân: a person. */
  | 'INDIVIDUAL';

/**
 * Recognised out of eligible households, clans or villages of one reporting commune, for one title and year.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type RecognitionCount = {
  __typename?: 'RecognitionCount';
  /** Reporting commune (GSO code) that reported the count. */
  communeCode: Scalars['String']['output'];
  /** The criteria set it was assessed under (in force that year). */
  criteriaSet: TitleCriteriaSet;
  /** SYNTHETIC demo data or IMPORTED. */
  dataLabel: Scalars['String']['output'];
  /** All households / clans / villages of the commune (the denominator). */
  eligible: Scalars['Int']['output'];
  /** Households / clans / villages recognised. */
  recognised: Scalars['Int']['output'];
  /** The title recognised. */
  title: EmulationTitle;
  /** When the row was last written (ISO-8601 UTC). */
  updatedAt: Scalars['String']['output'];
  /** Data year. */
  year: Scalars['Int']['output'];
};

/** A page of recognition counts. */
export type RecognitionCountConnection = {
  __typename?: 'RecognitionCountConnection';
  /** Rows deleted at or after updatedSince (empty without it). */
  deleted: Array<DeletedRow>;
  /** Rows of this page, in natural-key order. */
  nodes: Array<RecognitionCount>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Rows matching the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Input of recordRecognitionCount (same rules as a CSV row). */
export type RecognitionCountInput = {
  /** Reporting commune (GSO code), valid on 31 December of the year. */
  communeCode: Scalars['String']['input'];
  /** All households / clans / villages of the commune (≥ 0). */
  eligible: Scalars['Int']['input'];
  /** Households / clans / villages recognised (≥ 0, ≤ eligible). */
  recognised: Scalars['Int']['input'];
  /** A household, clan or village title valid that year (see criteriaSets). */
  titleCode: Scalars['String']['input'];
  /** Data year, 2010–2030. */
  year: Scalars['Int']['input'];
};

/** Grade (xếp loại) or level of an assessment. */
export type RecognitionGrade =
  /** Chưa đạt (not yet achieved; TT 22/2020). */
  | 'CHUA_DAT'
  /** Khá (fairly good). */
  | 'KHA'
  /** Không đạt (not achieved; TT 44/2014). */
  | 'KHONG_DAT'
  /** Mức độ 1 (Khá; TT 25/2023). */
  | 'MUC_DO_1'
  /** Mức độ 2 (Tốt; TT 25/2023). */
  | 'MUC_DO_2'
  /** Tốt (good). */
  | 'TOT'
  /** Trung bình (average). */
  | 'TRUNG_BINH';

/**
 * Share of households, clans, villages or units recognised under the title in use that year, for a year entity:
 * ratio of sums over its reporting communes (numerator = recognised, denominator = eligible or assessed),
 * value in percent, null when no commune has data. SYNTHETIC in the demo database.
 */
export type RecognitionShare = {
  __typename?: 'RecognitionShare';
  /** The criteria set that applied that year to the title. */
  criteriaSet?: Maybe<TitleCriteriaSet>;
  /** Where the figures come from: SYNTHETIC demo data unless imported. */
  dataLabel: Scalars['String']['output'];
  /** Eligible households, clans, villages, or units assessed. */
  denominator?: Maybe<Scalars['Float']['output']>;
  /** Uniform-list indicator code (AW_*); null for a title outside the list. */
  indicatorCode?: Maybe<Scalars['String']['output']>;
  /** Recognised (households, clans, villages or units), summed over reporting communes with data. */
  numerator?: Maybe<Scalars['Float']['output']>;
  /** Targets for this share (QĐ 354 II.2.3 for Sơn La; national decisions for context). */
  targets: Array<RecognitionTarget>;
  /** The title in use that year (e.g. Gia đình hiếu học to 2015, Gia đình học tập from 2016). */
  title?: Maybe<EmulationTitle>;
  /** Reporting communes the figure should cover. */
  unitsExpected: Scalars['Int']['output'];
  /** Reporting communes with data. */
  unitsReporting: Scalars['Int']['output'];
  /** numerator / denominator × 100 (percent); null = no data. */
  value?: Maybe<Scalars['Float']['output']>;
  /** Data year (31 December). */
  year: Scalars['Int']['output'];
};

/** A target for a recognition share, from a cited decision. */
export type RecognitionTarget = {
  __typename?: 'RecognitionTarget';
  /** ABOVE = strictly more than ("trên"), AT_LEAST = reach the figure. */
  comparison: Scalars['String']['output'];
  /** Who it applies to (Sơn La province, national, mountainous areas...). */
  scope: Scalars['String']['output'];
  /** Decision and clause that sets the target. */
  source: Scalars['String']['output'];
  /** Percent of the denominator. */
  value: Scalars['Float']['output'];
  /** Year the target is due. */
  year: Scalars['Int']['output'];
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
 * A versioned set of criteria for a title, as issued by one decision, used for the data years validFromYear–
 * validToYear. Unconfirmed items are flagged and carry no number.
 */
export type TitleCriteriaSet = {
  __typename?: 'TitleCriteriaSet';
  /** Stable code, e.g. TT22_2020, KHVN_448_GIA_DINH_HOC_TAP. */
  code: Scalars['String']['output'];
  /** True only when every criterion, point and band of the set is confirmed by a source. */
  confirmed: Scalars['Boolean']['output'];
  /** Criteria (tiêu chí) in the order of the decision; unknown ones flagged. */
  criteria: Array<TitleCriterion>;
  /** The decision that issued it. */
  decision: TitleDecision;
  /** Grade bands or levels, best first; empty when not known. */
  gradeBands: Array<TitleGradeBand>;
  /** Maximum total score (points schemes); null when not known. */
  maxPoints?: Maybe<Scalars['Int']['output']>;
  /** What is known and unknown about the set as a whole. */
  notes: Array<Scalars['String']['output']>;
  /** Points, levels, or UNCONFIRMED when the method was not seen. */
  scheme: CriteriaScheme;
  /** Where the content comes from (pages cited in shared/domain/learning-society-scoring.md). */
  sources: Array<Scalars['String']['output']>;
  /** The title the set is for. */
  title: EmulationTitle;
  /** First data year the set applies to (inclusive). */
  validFromYear: Scalars['Int']['output'];
  /** Last data year it applies to (inclusive); null = still in force. */
  validToYear?: Maybe<Scalars['Int']['output']>;
  /** False when the validity years are a modelling assumption (see validityNote). */
  validityConfirmed: Scalars['Boolean']['output'];
  /** Where the validity years come from, or why they are an assumption. */
  validityNote?: Maybe<Scalars['String']['output']>;
};

/** One criterion (tiêu chí) of a criteria set, with its items (nội dung / chỉ tiêu). */
export type TitleCriterion = {
  __typename?: 'TitleCriterion';
  /** Code within the set, e.g. TC1, N3. */
  code: Scalars['String']['output'];
  /** False when its content or points are not confirmed; see note. */
  confirmed: Scalars['Boolean']['output'];
  /** Items (nội dung, chỉ tiêu) with their points where known. */
  items: Array<TitleCriterionItem>;
  /** Points of the criterion; null when not point-based or not known. */
  maxPoints?: Maybe<Scalars['Int']['output']>;
  /** Name of the criterion in the decision (Vietnamese). */
  nameVi: Scalars['String']['output'];
  /** What is not confirmed, and why. */
  note?: Maybe<Scalars['String']['output']>;
};

/** One item of a criterion. */
export type TitleCriterionItem = {
  __typename?: 'TitleCriterionItem';
  /** Code within the criterion, e.g. TC1.2. */
  code: Scalars['String']['output'];
  /** False when its content or points are not confirmed; see note. */
  confirmed: Scalars['Boolean']['output'];
  /** Points of the item; null when not point-based or not known. */
  maxPoints?: Maybe<Scalars['Int']['output']>;
  /** Content of the item (Vietnamese, summarised). */
  nameVi: Scalars['String']['output'];
  /** What is not confirmed, and why. */
  note?: Maybe<Scalars['String']['output']>;
};

/** The decision that issued a criteria set. */
export type TitleDecision = {
  __typename?: 'TitleDecision';
  /** False when number or date is not confirmed by a source; see note. */
  confirmed: Scalars['Boolean']['output'];
  /** Date it took effect (YYYY-MM-DD); null when not known. */
  effectiveOn?: Maybe<Scalars['String']['output']>;
  /** Date of issue (YYYY-MM-DD); null when not known. */
  issuedOn?: Maybe<Scalars['String']['output']>;
  /** Issuing body, e.g. "Bộ Giáo dục và Đào tạo", "Hội Khuyến học Việt Nam". */
  issuer: Scalars['String']['output'];
  /** What the decision covers, or what is not confirmed about it. */
  note?: Maybe<Scalars['String']['output']>;
  /** Number, e.g. "TT 22/2020/TT-BGDĐT"; null when the issuing text is not known (UNCONFIRMED). */
  number?: Maybe<Scalars['String']['output']>;
};

/** One grade band of a criteria set: grade by score range, or a level. */
export type TitleGradeBand = {
  __typename?: 'TitleGradeBand';
  /** False when the cut-off or the label is not confirmed. */
  confirmed: Scalars['Boolean']['output'];
  /** The grade or level. */
  grade: RecognitionGrade;
  /** Vietnamese label, e.g. "Tốt", "Mức độ 1 (Khá)". */
  labelVi: Scalars['String']['output'];
  /** True when maxScore belongs to the band (the top band, 100). */
  maxInclusive: Scalars['Boolean']['output'];
  /** Upper score bound (exclusive unless maxInclusive); null when not known. */
  maxScore?: Maybe<Scalars['Float']['output']>;
  /** Inclusive lower score bound; null when the cut-off is not known or the scheme has no points. */
  minScore?: Maybe<Scalars['Float']['output']>;
  /** Remarks, e.g. what is not confirmed. */
  note?: Maybe<Scalars['String']['output']>;
  /** Whether the grade counts as recognised (đạt). */
  passing: Scalars['Boolean']['output'];
};

/** Who or what a title is awarded to. */
export type TitleSubject =
  /** Dòng họ: a clan. */
  | 'CLAN'
  /** Xã, phường, thị trấn: a commune. */
  | 'COMMUNE'
  /** Hộ gia đình: a household (gia đình hiếu học, gia đình học tập). */
  | 'HOUSEHOLD'
  /** Đơn vị: an agency, school, enterprise or other organisation (đơn vị học tập). */
  | 'UNIT'
  /** Thôn, bản, tổ dân phố, tiểu khu: a village or residential group. */
  | 'VILLAGE';



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
  Assessment: ResolverTypeWrapper<AssessmentModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AssessmentConnection: ResolverTypeWrapper<AssessmentConnectionModel>;
  AssessmentInput: AssessmentInput;
  AuditRecord: ResolverTypeWrapper<AuditRecordModel>;
  Boundaries: Boundaries;
  Commendation: ResolverTypeWrapper<CommendationModel>;
  CommendationConnection: ResolverTypeWrapper<CommendationConnectionModel>;
  CommendationInput: CommendationInput;
  CommendationLevel: CommendationLevel;
  CommendationSummary: ResolverTypeWrapper<CommendationSummary>;
  CommuneYear: ResolverTypeWrapper<CommuneYearModel>;
  CriteriaScheme: CriteriaScheme;
  DatasetColumn: ResolverTypeWrapper<DatasetColumn>;
  DatasetDescription: ResolverTypeWrapper<DatasetDescription>;
  DatasetReporting: ResolverTypeWrapper<DatasetReporting>;
  DeletedRow: ResolverTypeWrapper<DeletedRow>;
  DistrictYear: ResolverTypeWrapper<DistrictYearModel>;
  EmulationTitle: ResolverTypeWrapper<EmulationTitleModel>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  GradeCount: ResolverTypeWrapper<GradeCountModel>;
  ImportResult: ResolverTypeWrapper<ImportResult>;
  IndicatorValue: ResolverTypeWrapper<IndicatorValue>;
  InputProblem: ResolverTypeWrapper<InputProblem>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeriodLock: ResolverTypeWrapper<PeriodLock>;
  Provenance: Provenance;
  ProvinceYear: ResolverTypeWrapper<ProvinceYearModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecipientKind: RecipientKind;
  RecognitionCount: ResolverTypeWrapper<RecognitionCountModel>;
  RecognitionCountConnection: ResolverTypeWrapper<RecognitionCountConnectionModel>;
  RecognitionCountInput: RecognitionCountInput;
  RecognitionGrade: RecognitionGrade;
  RecognitionShare: ResolverTypeWrapper<Omit<RecognitionShare, 'criteriaSet' | 'title'> & { criteriaSet?: Maybe<ResolversTypes['TitleCriteriaSet']>, title?: Maybe<ResolversTypes['EmulationTitle']> }>;
  RecognitionTarget: ResolverTypeWrapper<RecognitionTarget>;
  ReportingPeriod: ResolverTypeWrapper<ReportingPeriod>;
  ReportingResult: ResolverTypeWrapper<ReportingResult>;
  ReportingTransition: ResolverTypeWrapper<ReportingTransition>;
  RowChange: ResolverTypeWrapper<RowChange>;
  SubmissionChange: ResolverTypeWrapper<SubmissionChange>;
  SubmissionChangeConnection: ResolverTypeWrapper<SubmissionChangeConnection>;
  TitleCriteriaSet: ResolverTypeWrapper<CriteriaSetModel>;
  TitleCriterion: ResolverTypeWrapper<TitleCriterion>;
  TitleCriterionItem: ResolverTypeWrapper<TitleCriterionItem>;
  TitleDecision: ResolverTypeWrapper<TitleDecision>;
  TitleGradeBand: ResolverTypeWrapper<TitleGradeBand>;
  TitleSubject: TitleSubject;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Assessment: AssessmentModel;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  Float: Scalars['Float']['output'];
  Int: Scalars['Int']['output'];
  AssessmentConnection: AssessmentConnectionModel;
  AssessmentInput: AssessmentInput;
  AuditRecord: AuditRecordModel;
  Commendation: CommendationModel;
  CommendationConnection: CommendationConnectionModel;
  CommendationInput: CommendationInput;
  CommendationSummary: CommendationSummary;
  CommuneYear: CommuneYearModel;
  DatasetColumn: DatasetColumn;
  DatasetDescription: DatasetDescription;
  DatasetReporting: DatasetReporting;
  DeletedRow: DeletedRow;
  DistrictYear: DistrictYearModel;
  EmulationTitle: EmulationTitleModel;
  FieldChange: FieldChange;
  GradeCount: GradeCountModel;
  ImportResult: ImportResult;
  IndicatorValue: IndicatorValue;
  InputProblem: InputProblem;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PeriodLock: PeriodLock;
  ProvinceYear: ProvinceYearModel;
  Query: Record<PropertyKey, never>;
  RecognitionCount: RecognitionCountModel;
  RecognitionCountConnection: RecognitionCountConnectionModel;
  RecognitionCountInput: RecognitionCountInput;
  RecognitionShare: Omit<RecognitionShare, 'criteriaSet' | 'title'> & { criteriaSet?: Maybe<ResolversParentTypes['TitleCriteriaSet']>, title?: Maybe<ResolversParentTypes['EmulationTitle']> };
  RecognitionTarget: RecognitionTarget;
  ReportingPeriod: ReportingPeriod;
  ReportingResult: ReportingResult;
  ReportingTransition: ReportingTransition;
  RowChange: RowChange;
  SubmissionChange: SubmissionChange;
  SubmissionChangeConnection: SubmissionChangeConnection;
  TitleCriteriaSet: CriteriaSetModel;
  TitleCriterion: TitleCriterion;
  TitleCriterionItem: TitleCriterionItem;
  TitleDecision: TitleDecision;
  TitleGradeBand: TitleGradeBand;
};

export type AssessmentResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['Assessment'] = ResolversParentTypes['Assessment']> = {
  assessingBody?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  communeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  criteriaSet?: Resolver<ResolversTypes['TitleCriteriaSet'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dataLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decisionRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['RecognitionGrade']>, ParentType, ContextType>;
  recognised?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recognisedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['TitleSubject'], ParentType, ContextType>;
  subjectCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['EmulationTitle'], ParentType, ContextType>;
  unitKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AssessmentConnectionResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['AssessmentConnection'] = ResolversParentTypes['AssessmentConnection']> = {
  deleted?: Resolver<Array<ResolversTypes['DeletedRow']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Assessment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditRecordResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['AuditRecord'] = ResolversParentTypes['AuditRecord']> = {
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

export type CommendationResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['Commendation'] = ResolversParentTypes['Commendation']> = {
  awardedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  communeCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dataLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  learningSocietyCriterion?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['CommendationLevel'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recipientKind?: Resolver<ResolversTypes['RecipientKind'], ParentType, ContextType>;
  recipientName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommendationConnectionResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['CommendationConnection'] = ResolversParentTypes['CommendationConnection']> = {
  deleted?: Resolver<Array<ResolversTypes['DeletedRow']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Commendation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommendationSummaryResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['CommendationSummary'] = ResolversParentTypes['CommendationSummary']> = {
  collectives?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  individuals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withLearningSocietyCriterion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommuneYearResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['CommuneYear'] = ResolversParentTypes['CommuneYear'], FederationReferenceType extends FederationReferenceTypes['CommuneYear'] = FederationReferenceTypes['CommuneYear']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CommuneYear']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assessmentGrades?: Resolver<Maybe<Array<ResolversTypes['GradeCount']>>, ParentType, ContextType, RequireFields<CommuneYearAssessmentGradesArgs, 'titleCode'>>;
  assessments?: Resolver<Maybe<Array<ResolversTypes['Assessment']>>, ParentType, ContextType, Partial<CommuneYearAssessmentsArgs>>;
  awardsIndicators?: Resolver<Maybe<Array<ResolversTypes['IndicatorValue']>>, ParentType, ContextType>;
  awardsLocked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  boundaries?: Resolver<ResolversTypes['Boundaries'], ParentType, ContextType>;
  commendations?: Resolver<Maybe<ResolversTypes['CommendationSummary']>, ParentType, ContextType>;
  communeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cultureHealthLearningVillages?: Resolver<Maybe<ResolversTypes['RecognitionShare']>, ParentType, ContextType>;
  learningClans?: Resolver<Maybe<ResolversTypes['RecognitionShare']>, ParentType, ContextType>;
  learningUnits?: Resolver<Maybe<ResolversTypes['RecognitionShare']>, ParentType, ContextType>;
  learningVillages?: Resolver<Maybe<ResolversTypes['RecognitionShare']>, ParentType, ContextType>;
  recognitionCounts?: Resolver<Maybe<Array<ResolversTypes['RecognitionCount']>>, ParentType, ContextType>;
  studiousFamilies?: Resolver<Maybe<ResolversTypes['RecognitionShare']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DatasetColumnResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['DatasetColumn'] = ResolversParentTypes['DatasetColumn']> = {
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

export type DatasetDescriptionResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['DatasetDescription'] = ResolversParentTypes['DatasetDescription']> = {
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

export type DatasetReportingResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['DatasetReporting'] = ResolversParentTypes['DatasetReporting']> = {
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

export type DeletedRowResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['DeletedRow'] = ResolversParentTypes['DeletedRow']> = {
  deletedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DistrictYearResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['DistrictYear'] = ResolversParentTypes['DistrictYear'], FederationReferenceType extends FederationReferenceTypes['DistrictYear'] = FederationReferenceTypes['DistrictYear']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DistrictYear']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assessmentGrades?: Resolver<Maybe<Array<ResolversTypes['GradeCount']>>, ParentType, ContextType, RequireFields<DistrictYearAssessmentGradesArgs, 'titleCode'>>;
  awardsIndicators?: Resolver<Maybe<Array<ResolversTypes['IndicatorValue']>>, ParentType, ContextType>;
  awardsLocked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  awardsReporting?: Resolver<Array<ResolversTypes['DatasetReporting']>, ParentType, ContextType>;
  commendations?: Resolver<Maybe<ResolversTypes['CommendationSummary']>, ParentType, ContextType>;
  cultureHealthLearningVillages?: Resolver<Maybe<ResolversTypes['RecognitionShare']>, ParentType, ContextType>;
  districtCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  learningClans?: Resolver<Maybe<ResolversTypes['RecognitionShare']>, ParentType, ContextType>;
  learningUnits?: Resolver<Maybe<ResolversTypes['RecognitionShare']>, ParentType, ContextType>;
  learningVillages?: Resolver<Maybe<ResolversTypes['RecognitionShare']>, ParentType, ContextType>;
  studiousFamilies?: Resolver<Maybe<ResolversTypes['RecognitionShare']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmulationTitleResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['EmulationTitle'] = ResolversParentTypes['EmulationTitle']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  criteriaSetFor?: Resolver<Maybe<ResolversTypes['TitleCriteriaSet']>, ParentType, ContextType, RequireFields<EmulationTitleCriteriaSetForArgs, 'year'>>;
  criteriaSets?: Resolver<Array<ResolversTypes['TitleCriteriaSet']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  indicatorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seedClauses?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['TitleSubject'], ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GradeCountResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['GradeCount'] = ResolversParentTypes['GradeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['RecognitionGrade']>, ParentType, ContextType>;
  recognised?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ImportResultResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = {
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

export type IndicatorValueResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['IndicatorValue'] = ResolversParentTypes['IndicatorValue']> = {
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

export type InputProblemResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['InputProblem'] = ResolversParentTypes['InputProblem']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  approveAwardsPeriod?: Resolver<ResolversTypes['ReportingResult'], ParentType, ContextType, RequireFields<MutationApproveAwardsPeriodArgs, 'unitCode' | 'year'>>;
  deleteAssessment?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationDeleteAssessmentArgs, 'subjectCode' | 'titleCode' | 'year'>>;
  deleteCommendation?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationDeleteCommendationArgs, 'reference'>>;
  deleteRecognitionCount?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationDeleteRecognitionCountArgs, 'communeCode' | 'titleCode' | 'year'>>;
  importAssessmentsCsv?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportAssessmentsCsvArgs, 'csv' | 'dryRun'>>;
  importCommendationsCsv?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportCommendationsCsvArgs, 'csv' | 'dryRun'>>;
  importRecognitionCountsCsv?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportRecognitionCountsCsvArgs, 'csv' | 'dryRun'>>;
  lockAwardsPeriod?: Resolver<ResolversTypes['PeriodLock'], ParentType, ContextType, RequireFields<MutationLockAwardsPeriodArgs, 'year'>>;
  recordAssessment?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationRecordAssessmentArgs, 'input'>>;
  recordCommendation?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationRecordCommendationArgs, 'input'>>;
  recordRecognitionCount?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationRecordRecognitionCountArgs, 'input'>>;
  returnAwardsPeriod?: Resolver<ResolversTypes['ReportingResult'], ParentType, ContextType, RequireFields<MutationReturnAwardsPeriodArgs, 'comment' | 'unitCode' | 'year'>>;
  submitAwardsPeriod?: Resolver<ResolversTypes['ReportingResult'], ParentType, ContextType, RequireFields<MutationSubmitAwardsPeriodArgs, 'unitCode' | 'year'>>;
  unapproveAwardsPeriod?: Resolver<ResolversTypes['ReportingResult'], ParentType, ContextType, RequireFields<MutationUnapproveAwardsPeriodArgs, 'unitCode' | 'year'>>;
  unlockAwardsPeriod?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnlockAwardsPeriodArgs, 'year'>>;
};

export type PageInfoResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PeriodLockResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['PeriodLock'] = ResolversParentTypes['PeriodLock']> = {
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  districtCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lockedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lockedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProvinceYearResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['ProvinceYear'] = ResolversParentTypes['ProvinceYear'], FederationReferenceType extends FederationReferenceTypes['ProvinceYear'] = FederationReferenceTypes['ProvinceYear']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProvinceYear']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assessmentGrades?: Resolver<Maybe<Array<ResolversTypes['GradeCount']>>, ParentType, ContextType, RequireFields<ProvinceYearAssessmentGradesArgs, 'titleCode'>>;
  awardsIndicators?: Resolver<Maybe<Array<ResolversTypes['IndicatorValue']>>, ParentType, ContextType>;
  awardsLocked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  awardsReporting?: Resolver<Array<ResolversTypes['DatasetReporting']>, ParentType, ContextType>;
  commendations?: Resolver<Maybe<ResolversTypes['CommendationSummary']>, ParentType, ContextType>;
  cultureHealthLearningVillages?: Resolver<Maybe<ResolversTypes['RecognitionShare']>, ParentType, ContextType>;
  learningClans?: Resolver<Maybe<ResolversTypes['RecognitionShare']>, ParentType, ContextType>;
  learningUnits?: Resolver<Maybe<ResolversTypes['RecognitionShare']>, ParentType, ContextType>;
  learningVillages?: Resolver<Maybe<ResolversTypes['RecognitionShare']>, ParentType, ContextType>;
  provinceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  studiousFamilies?: Resolver<Maybe<ResolversTypes['RecognitionShare']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  assessments?: Resolver<ResolversTypes['AssessmentConnection'], ParentType, ContextType, RequireFields<QueryAssessmentsArgs, 'first' | 'year'>>;
  awardsAudit?: Resolver<Array<ResolversTypes['AuditRecord']>, ParentType, ContextType, RequireFields<QueryAwardsAuditArgs, 'first'>>;
  awardsDatasets?: Resolver<Array<ResolversTypes['DatasetDescription']>, ParentType, ContextType>;
  awardsPeriodLocks?: Resolver<Array<ResolversTypes['PeriodLock']>, ParentType, ContextType, Partial<QueryAwardsPeriodLocksArgs>>;
  awardsReportingPeriods?: Resolver<Array<ResolversTypes['ReportingPeriod']>, ParentType, ContextType, RequireFields<QueryAwardsReportingPeriodsArgs, 'year'>>;
  awardsSubmissionChanges?: Resolver<ResolversTypes['SubmissionChangeConnection'], ParentType, ContextType, RequireFields<QueryAwardsSubmissionChangesArgs, 'dataset' | 'first' | 'unitCode' | 'year'>>;
  commendations?: Resolver<ResolversTypes['CommendationConnection'], ParentType, ContextType, RequireFields<QueryCommendationsArgs, 'first' | 'year'>>;
  criteriaSet?: Resolver<Maybe<ResolversTypes['TitleCriteriaSet']>, ParentType, ContextType, RequireFields<QueryCriteriaSetArgs, 'code'>>;
  criteriaSets?: Resolver<Array<ResolversTypes['TitleCriteriaSet']>, ParentType, ContextType, Partial<QueryCriteriaSetsArgs>>;
  emulationTitle?: Resolver<Maybe<ResolversTypes['EmulationTitle']>, ParentType, ContextType, RequireFields<QueryEmulationTitleArgs, 'code'>>;
  emulationTitles?: Resolver<Array<ResolversTypes['EmulationTitle']>, ParentType, ContextType, Partial<QueryEmulationTitlesArgs>>;
  recognitionCounts?: Resolver<ResolversTypes['RecognitionCountConnection'], ParentType, ContextType, RequireFields<QueryRecognitionCountsArgs, 'first' | 'year'>>;
};

export type RecognitionCountResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['RecognitionCount'] = ResolversParentTypes['RecognitionCount']> = {
  communeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  criteriaSet?: Resolver<ResolversTypes['TitleCriteriaSet'], ParentType, ContextType>;
  dataLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eligible?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recognised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['EmulationTitle'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RecognitionCountConnectionResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['RecognitionCountConnection'] = ResolversParentTypes['RecognitionCountConnection']> = {
  deleted?: Resolver<Array<ResolversTypes['DeletedRow']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['RecognitionCount']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RecognitionShareResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['RecognitionShare'] = ResolversParentTypes['RecognitionShare']> = {
  criteriaSet?: Resolver<Maybe<ResolversTypes['TitleCriteriaSet']>, ParentType, ContextType>;
  dataLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  denominator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  indicatorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  numerator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['RecognitionTarget']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['EmulationTitle']>, ParentType, ContextType>;
  unitsExpected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitsReporting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RecognitionTargetResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['RecognitionTarget'] = ResolversParentTypes['RecognitionTarget']> = {
  comparison?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportingPeriodResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['ReportingPeriod'] = ResolversParentTypes['ReportingPeriod']> = {
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

export type ReportingResultResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['ReportingResult'] = ResolversParentTypes['ReportingResult']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['ReportingPeriod'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['InputProblem']>, ParentType, ContextType>;
};

export type ReportingTransitionResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['ReportingTransition'] = ResolversParentTypes['ReportingTransition']> = {
  acknowledgedWarnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RowChangeResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['RowChange'] = ResolversParentTypes['RowChange']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubmissionChangeResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['SubmissionChange'] = ResolversParentTypes['SubmissionChange']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  batchId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubmissionChangeConnectionResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['SubmissionChangeConnection'] = ResolversParentTypes['SubmissionChangeConnection']> = {
  dataset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SubmissionChange']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TitleCriteriaSetResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['TitleCriteriaSet'] = ResolversParentTypes['TitleCriteriaSet']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confirmed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  criteria?: Resolver<Array<ResolversTypes['TitleCriterion']>, ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['TitleDecision'], ParentType, ContextType>;
  gradeBands?: Resolver<Array<ResolversTypes['TitleGradeBand']>, ParentType, ContextType>;
  maxPoints?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  scheme?: Resolver<ResolversTypes['CriteriaScheme'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['EmulationTitle'], ParentType, ContextType>;
  validFromYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  validToYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  validityConfirmed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  validityNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TitleCriterionResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['TitleCriterion'] = ResolversParentTypes['TitleCriterion']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confirmed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['TitleCriterionItem']>, ParentType, ContextType>;
  maxPoints?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nameVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TitleCriterionItemResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['TitleCriterionItem'] = ResolversParentTypes['TitleCriterionItem']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confirmed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  maxPoints?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nameVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TitleDecisionResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['TitleDecision'] = ResolversParentTypes['TitleDecision']> = {
  confirmed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  effectiveOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TitleGradeBandResolvers<ContextType = AwardsContext, ParentType extends ResolversParentTypes['TitleGradeBand'] = ResolversParentTypes['TitleGradeBand']> = {
  confirmed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['RecognitionGrade'], ParentType, ContextType>;
  labelVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxInclusive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  maxScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  minScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  passing?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type Resolvers<ContextType = AwardsContext> = {
  Assessment?: AssessmentResolvers<ContextType>;
  AssessmentConnection?: AssessmentConnectionResolvers<ContextType>;
  AuditRecord?: AuditRecordResolvers<ContextType>;
  Commendation?: CommendationResolvers<ContextType>;
  CommendationConnection?: CommendationConnectionResolvers<ContextType>;
  CommendationSummary?: CommendationSummaryResolvers<ContextType>;
  CommuneYear?: CommuneYearResolvers<ContextType>;
  DatasetColumn?: DatasetColumnResolvers<ContextType>;
  DatasetDescription?: DatasetDescriptionResolvers<ContextType>;
  DatasetReporting?: DatasetReportingResolvers<ContextType>;
  DeletedRow?: DeletedRowResolvers<ContextType>;
  DistrictYear?: DistrictYearResolvers<ContextType>;
  EmulationTitle?: EmulationTitleResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  GradeCount?: GradeCountResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  IndicatorValue?: IndicatorValueResolvers<ContextType>;
  InputProblem?: InputProblemResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PeriodLock?: PeriodLockResolvers<ContextType>;
  ProvinceYear?: ProvinceYearResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecognitionCount?: RecognitionCountResolvers<ContextType>;
  RecognitionCountConnection?: RecognitionCountConnectionResolvers<ContextType>;
  RecognitionShare?: RecognitionShareResolvers<ContextType>;
  RecognitionTarget?: RecognitionTargetResolvers<ContextType>;
  ReportingPeriod?: ReportingPeriodResolvers<ContextType>;
  ReportingResult?: ReportingResultResolvers<ContextType>;
  ReportingTransition?: ReportingTransitionResolvers<ContextType>;
  RowChange?: RowChangeResolvers<ContextType>;
  SubmissionChange?: SubmissionChangeResolvers<ContextType>;
  SubmissionChangeConnection?: SubmissionChangeConnectionResolvers<ContextType>;
  TitleCriteriaSet?: TitleCriteriaSetResolvers<ContextType>;
  TitleCriterion?: TitleCriterionResolvers<ContextType>;
  TitleCriterionItem?: TitleCriterionItemResolvers<ContextType>;
  TitleDecision?: TitleDecisionResolvers<ContextType>;
  TitleGradeBand?: TitleGradeBandResolvers<ContextType>;
};

