import type { GraphQLResolveInfo } from 'graphql';
import type { ProgrammeTargetModel, StatisticsRowModel, LearningCentreModel, ContinuingEducationCentreModel, SteeringCommitteeModel, StatisticsConnectionModel, LearningCentreConnectionModel, ContinuingEducationCentreConnectionModel, SteeringCommitteeConnectionModel, AuditConnectionModel, AuditRecordModel, ScoringModelModel, CommuneYearModel, DistrictYearModel, ProvinceYearModel, ScoringComponentSpecModel, ScoreModel, ScoreComponentModel, TargetProgressModel } from './models';
import type { EducationContext } from './context';
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
 * One reporting commune's stored education counts for one year.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type CommuneEducationStatistics = {
  __typename?: 'CommuneEducationStatistics';
  /** GSO code of the reporting commune. */
  communeCode: Scalars['String']['output'];
  /** The counts as stored (reportingUnits is 1), with their source. */
  counts: EducationCounts;
  /** When the row was last written (ISO-8601 UTC); rows stored before updatedAt existed carry the time it was added. */
  updatedAt: Scalars['String']['output'];
  /** Data year; counts are as of 31 December. */
  year: Scalars['Int']['output'];
};

/**
 * A commune in one data year, with the education department's figures (counts as of 31 December).
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type CommuneYear = {
  __typename?: 'CommuneYear';
  /** REPORTED (the unit of that year) or CURRENT (a commune of today, summed over its predecessors). */
  boundaries: Boundaries;
  /** GSO code of the commune (the reporting unit, or with CURRENT a commune of today). */
  communeCode: Scalars['String']['output'];
  /** V.11: the commune's steering committee established before 7/2013 (EDU_COMMUNE_COMMITTEE_ON_TIME; reporting units that existed on 30/06/2013). */
  communeCommitteesOnTime?: Maybe<EducationRate>;
  /** The community learning centre(s) (trung tâm học tập cộng đồng) of the reporting units. */
  communityLearningCentres?: Maybe<CommunityLearningCentreSummary>;
  /** District continuing-education centres also running vocational training (II.2.1): none belong to a commune, so always null here. */
  continuingEducationCentresAlsoVocational?: Maybe<EducationRate>;
  /** The stored counts summed over the reporting units; null unless every reporting unit has a row. */
  educationCounts?: Maybe<EducationCounts>;
  /** Every education indicator of the platform catalogue, in catalogue order: the list the learning-society score reads. */
  educationIndicators?: Maybe<Array<IndicatorValue>>;
  /** True when the education data of this year is locked (approved) over the whole territory (see lockEducationPeriod). */
  educationLocked: Scalars['Boolean']['output'];
  /** Out-of-school children in difficult circumstances in flexible (universalisation) programmes (II.2.1). */
  flexibleLearning?: Maybe<FlexibleLearningIndicators>;
  /** Six-year-olds entering grade 1 (II.2.1, EDU_GRADE1_AGE6). */
  grade1Entry?: Maybe<EducationRate>;
  /**
   * The learning-society score: every component of the scoring model with its value, target, points, weight and
   * source subgraph. model: a scoring model id (default: the model in force for the year, QD354-2015 for 2013–2017,
   * QD354-2020 from 2018). Missing data lowers coverage and is never read as zero.
   */
  learningSociety?: Maybe<LearningSocietyScore>;
  /** Literacy of 15–35-year-olds and illiteracy of the working-age population, overall and by sex (II.2.2). */
  literacy?: Maybe<LiteracyIndicators>;
  /** Preschool participation (QĐ 354/QĐ-UBND II.2.1). */
  preschool?: Maybe<PreschoolIndicators>;
  /** The steering committees due at the V.11 deadlines (the commune's own). */
  steeringCommittees?: Maybe<Array<SteeringCommittee>>;
  /** Progress towards every target of the programme's catalogue (QĐ 354/QĐ-UBND sections II and V) in this year. */
  targetProgress?: Maybe<Array<TargetProgress>>;
  /** Data year; counts are as of 31 December. */
  year: Scalars['Int']['output'];
};


/**
 * A commune in one data year, with the education department's figures (counts as of 31 December).
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type CommuneYearLearningSocietyArgs = {
  model?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * A commune's community learning centre (trung tâm học tập cộng đồng, TTHTCĐ) in one year (II.2.4).
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type CommunityLearningCentre = {
  __typename?: 'CommunityLearningCentre';
  /** Learning activities (classes, talks) held during the year. */
  activities: Scalars['Int']['output'];
  /** GSO code of the reporting commune. */
  communeCode: Scalars['String']['output'];
  /** Whether the centre exists by the end of the year. */
  established: Scalars['Boolean']['output'];
  /** Date the centre was established (YYYY-MM-DD), when known. */
  establishedOn?: Maybe<Scalars['String']['output']>;
  /** Learners (persons) who attended during the year. */
  learners: Scalars['Int']['output'];
  /** Rating for the year, when rated. */
  rating?: Maybe<LearningCentreRating>;
  /** SYNTHETIC label for generated demo data, else who recorded it. */
  source: Scalars['String']['output'];
  /** When the row was last written (ISO-8601 UTC); rows stored before updatedAt existed carry the time it was added. */
  updatedAt: Scalars['String']['output'];
  /** Data year. */
  year: Scalars['Int']['output'];
};

/** A page of community learning centre rows. */
export type CommunityLearningCentreConnection = {
  __typename?: 'CommunityLearningCentreConnection';
  /** Keys of community learning centre rows deleted at or after updatedSince (empty without it). */
  deleted: Array<DeletedRow>;
  /** Community learning centre rows of this page, in commune order. */
  nodes: Array<CommunityLearningCentre>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Community learning centre rows matching the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A commune's community learning centre in one year. Also the CSV header of importCommunityLearningCentresCsv. */
export type CommunityLearningCentreInput = {
  /** 0 when not established. */
  activities: Scalars['Int']['input'];
  /** GSO code of a commune valid on 31 December of year. */
  communeCode: Scalars['String']['input'];
  /** Whether the centre exists by the end of the year. */
  established: Scalars['Boolean']['input'];
  /** YYYY-MM-DD, not after the end of year. */
  establishedOn?: InputMaybe<Scalars['String']['input']>;
  /** Persons; 0 when not established. */
  learners: Scalars['Int']['input'];
  /** Only for an established centre. */
  rating?: InputMaybe<LearningCentreRating>;
  /** Data year, 2010 to the current year. */
  year: Scalars['Int']['input'];
};

/**
 * Community learning centres of the communes that make up a year entity.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type CommunityLearningCentreSummary = {
  __typename?: 'CommunityLearningCentreSummary';
  /** Learning activities in the year (summed); null without data. */
  activities?: Maybe<Scalars['Int']['output']>;
  /** The centre records. */
  centres: Array<CommunityLearningCentre>;
  /** Reporting communes of the entity. */
  communes: Scalars['Int']['output'];
  /** Communes with a centre record that year. */
  communesReporting: Scalars['Int']['output'];
  /** Centres established. */
  established: Scalars['Int']['output'];
  /** Learners in the year (persons, summed); null without data. */
  learners?: Maybe<Scalars['Int']['output']>;
  /** Centres rated Trung bình. */
  ratedAverage: Scalars['Int']['output'];
  /** Centres rated Khá. */
  ratedFair: Scalars['Int']['output'];
  /** Centres rated Tốt. */
  ratedGood: Scalars['Int']['output'];
  /** Centres rated Yếu. */
  ratedWeak: Scalars['Int']['output'];
};

export type ComponentStatus =
  /** The department published no value for this unit and year: no points, lowers coverage (never read as zero). */
  | 'MISSING'
  /** Nothing of the kind is due for this unit (a commune has no district committee or centre): no points, not in the weight. */
  | 'NOT_APPLICABLE'
  /** Scored from data. */
  | 'SCORED'
  /** The department's subgraph did not answer: no points, lowers coverage; the response carries the subgraph's error. */
  | 'SOURCE_UNAVAILABLE';

/**
 * A district continuing-education centre (trung tâm giáo dục thường xuyên huyện, thành phố) in one year (II.2.1).
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type ContinuingEducationCentre = {
  __typename?: 'ContinuingEducationCentre';
  /** Whether it also runs vocational training or professional secondary courses (liên kết đào tạo nghề, trung cấp chuyên nghiệp). */
  alsoVocational: Scalars['Boolean']['output'];
  /** GSO code of the district. */
  districtCode: Scalars['String']['output'];
  /** Name of the centre as recorded. */
  name: Scalars['String']['output'];
  /** SYNTHETIC label for generated demo data, else who recorded it. */
  source: Scalars['String']['output'];
  /** When the row was last written (ISO-8601 UTC); rows stored before updatedAt existed carry the time it was added. */
  updatedAt: Scalars['String']['output'];
  /** Data year. */
  year: Scalars['Int']['output'];
};

/** A page of continuing-education centre rows. */
export type ContinuingEducationCentreConnection = {
  __typename?: 'ContinuingEducationCentreConnection';
  /** Keys of continuing-education centre rows deleted at or after updatedSince (empty without it). */
  deleted: Array<DeletedRow>;
  /** Continuing-education centre rows of this page, in district order. */
  nodes: Array<ContinuingEducationCentre>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Continuing-education centre rows matching the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A district continuing-education centre in one year. Also the CSV header of importContinuingEducationCentresCsv. */
export type ContinuingEducationCentreInput = {
  /** Whether it also runs vocational training or professional secondary courses that year. */
  alsoVocational: Scalars['Boolean']['input'];
  /** GSO code of a district valid on 31 December of year. */
  districtCode: Scalars['String']['input'];
  /** Name of the centre. */
  name: Scalars['String']['input'];
  /** Data year, 2010 to the current year. */
  year: Scalars['Int']['input'];
};

/**
 * One data-quality finding for one commune and year. SYNTHETIC in the demo databases: seeded figures are
 * generated demo data, not official statistics (each side's provenance says which).
 */
export type DataQualityFinding = {
  __typename?: 'DataQualityFinding';
  /** The department that declared the rule (an outlier's: the indicator's). */
  department: Scalars['String']['output'];
  importance: DataQualityImportance;
  kind: DataQualityKind;
  /** The checked value (an outlier's: this year's). */
  left: DataQualitySide;
  mad?: Maybe<Scalars['Float']['output']>;
  max?: Maybe<Scalars['Float']['output']>;
  median?: Maybe<Scalars['Float']['output']>;
  message: Scalars['String']['output'];
  messageVi: Scalars['String']['output'];
  /** The plausible range (RANGE) or allowed ratio (RATIO_WITHIN rules). */
  min?: Maybe<Scalars['Float']['output']>;
  /** What it is checked against (an outlier's: the previous year's); null for a range. */
  right?: Maybe<DataQualitySide>;
  ruleCode: Scalars['String']['output'];
  /** Modified z-score (OUTLIER), with the median and MAD of the change over the province's communes. */
  score?: Maybe<Scalars['Float']['output']>;
  unitCode: Scalars['String']['output'];
  /** The commune's name in that year. */
  unitName: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type DataQualityImportance =
  /** The figures cannot both be right. */
  | 'ERROR'
  /** Unlikely: to be checked or explained. */
  | 'WARNING';

export type DataQualityKind =
  /**
   * A year-over-year change of an indicator far from the other communes': modified z-score (Iglewicz–Hoaglin)
   * 0.6745 × (x − median) ÷ MAD over the province's communes with both years, |z| > 3.5. When the MAD is 0 the
   * mean absolute deviation stands in, z = (x − median) ÷ (1.253314 × meanAD); when that is 0 too nothing is
   * flagged; with fewer than 10 communes having both years no test is made.
   */
  | 'OUTLIER'
  /** A column outside its declared plausible range for one commune. */
  | 'RANGE'
  /** A rule of the catalogue broken (both sides with data). */
  | 'RULE';

export type DataQualityRange = {
  __typename?: 'DataQualityRange';
  importance: DataQualityImportance;
  label: Scalars['String']['output'];
  max: Scalars['Float']['output'];
  min: Scalars['Float']['output'];
  operand: Scalars['String']['output'];
};

/** A rule of shared/data/quality-rules.json. */
export type DataQualityRule = {
  __typename?: 'DataQualityRule';
  code: Scalars['String']['output'];
  department: Scalars['String']['output'];
  en: Scalars['String']['output'];
  importance: DataQualityImportance;
  /** The left operand as JSON: {department, indicator, part, yearOffset?, factor?} or {department, dataset, column}. */
  left: Scalars['String']['output'];
  max?: Maybe<Scalars['Float']['output']>;
  min?: Maybe<Scalars['Float']['output']>;
  /** LTE, RATIO_WITHIN or REQUIRES. */
  op: Scalars['String']['output'];
  right: Scalars['String']['output'];
  vi: Scalars['String']['output'];
};

export type DataQualityRuleCatalogue = {
  __typename?: 'DataQualityRuleCatalogue';
  ranges: Array<DataQualityRange>;
  rules: Array<DataQualityRule>;
};

/** One side of a finding: a value and the department, dataset and row that gave it. */
export type DataQualitySide = {
  __typename?: 'DataQualitySide';
  dataset: Scalars['String']['output'];
  department: Scalars['String']['output'];
  indicator?: Maybe<Scalars['String']['output']>;
  /** What the value counts (the indicator part, with its factor and year offset). */
  label: Scalars['String']['output'];
  /** numerator, denominator, value (outliers) or a column. */
  part?: Maybe<Scalars['String']['output']>;
  provenance?: Maybe<Provenance>;
  /** The dataset row (key) that gave the value. */
  row: Scalars['String']['output'];
  value?: Maybe<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
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
 * A district in one data year (until 2024), with the education department's figures summed over its communes.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type DistrictYear = {
  __typename?: 'DistrictYear';
  /** V.11: its communes' steering committees established before 7/2013 (EDU_COMMUNE_COMMITTEE_ON_TIME; communes that existed on 30/06/2013). */
  communeCommitteesOnTime?: Maybe<EducationRate>;
  /** Community learning centres of the district's communes. */
  communityLearningCentres?: Maybe<CommunityLearningCentreSummary>;
  /** The district's continuing-education centre that year. */
  continuingEducationCentres?: Maybe<Array<ContinuingEducationCentre>>;
  /** Whether the district's continuing-education centre also runs vocational training (II.2.1): 0 or 100%. */
  continuingEducationCentresAlsoVocational?: Maybe<EducationRate>;
  /**
   * Data-quality findings of the communes of this unit and year (issue 24): the rules of
   * shared/data/quality-rules.json broken (RULE), columns outside their plausible range (RANGE), and year-over-year
   * changes flagged by the modified z-score over the province's communes (OUTLIER). ERRORs first, then by commune.
   * Computed by education from every department's per-commune figures (the score-parts feeds). SYNTHETIC in the
   * demo databases: the seeded figures are generated demo data.
   */
  dataQuality: Array<DataQualityFinding>;
  /** GSO code of the district (huyện, thị xã, thành phố; until 30/06/2025). */
  districtCode: Scalars['String']['output'];
  /** V.11: the district's steering committee established before 5/2013 (EDU_DISTRICT_COMMITTEE_ON_TIME); null for a district formed later (Vân Hồ, 10/06/2013). */
  districtCommitteesOnTime?: Maybe<EducationRate>;
  /** The stored counts summed over the district's communes; null unless every commune has a row. */
  educationCounts?: Maybe<EducationCounts>;
  /** Every education indicator of the platform catalogue, in catalogue order (ratio of sums over the district's communes). */
  educationIndicators?: Maybe<Array<IndicatorValue>>;
  /** True when the education data of this year is locked (approved) over the whole territory (see lockEducationPeriod). */
  educationLocked: Scalars['Boolean']['output'];
  /** Reporting rates of the education datasets for this district and year (DHIS2 completeness and timeliness); empty when the district did not report that year. */
  educationReporting: Array<DatasetReporting>;
  /** Out-of-school children in flexible programmes (II.2.1). */
  flexibleLearning?: Maybe<FlexibleLearningIndicators>;
  /** Six-year-olds entering grade 1 (II.2.1). */
  grade1Entry?: Maybe<EducationRate>;
  /**
   * The learning-society score: every component of the scoring model with its value, target, points, weight and
   * source subgraph. model: a scoring model id (default: the model in force for the year, QD354-2015 for 2013–2017,
   * QD354-2020 from 2018). Missing data lowers coverage and is never read as zero.
   */
  learningSociety?: Maybe<LearningSocietyScore>;
  /** Literacy and illiteracy (II.2.2). */
  literacy?: Maybe<LiteracyIndicators>;
  /** Preschool participation (II.2.1), ratio of sums over the district's communes. */
  preschool?: Maybe<PreschoolIndicators>;
  /** The steering committees due at the V.11 deadlines: the district's and its communes'. */
  steeringCommittees?: Maybe<Array<SteeringCommittee>>;
  /** Progress towards every target of the programme's catalogue (QĐ 354/QĐ-UBND sections II and V) in this year. */
  targetProgress?: Maybe<Array<TargetProgress>>;
  /** Data year; counts are as of 31 December. */
  year: Scalars['Int']['output'];
};


/**
 * A district in one data year (until 2024), with the education department's figures summed over its communes.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type DistrictYearDataQualityArgs = {
  kinds?: InputMaybe<Array<DataQualityKind>>;
};


/**
 * A district in one data year (until 2024), with the education department's figures summed over its communes.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type DistrictYearLearningSocietyArgs = {
  model?: InputMaybe<Scalars['ID']['input']>;
};

/** A page of the education audit trail, newest first. */
export type EducationAuditConnection = {
  __typename?: 'EducationAuditConnection';
  /** Audit records of this page, newest first. */
  nodes: Array<AuditRecord>;
  /** Where this page ends (pass endCursor as after for older records). */
  pageInfo: PageInfo;
  /** Records matching the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/**
 * The stored education counts (persons) of a commune-year, or their sums over reporting units.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type EducationCounts = {
  __typename?: 'EducationCounts';
  /** Children 3–5 in kindergarten (mẫu giáo). */
  age3To5InKindergarten: Scalars['Int']['output'];
  /** Of whom in non-public classes. */
  age3To5InKindergartenNonPublic: Scalars['Int']['output'];
  /** Five-year-olds in kindergarten. */
  age5InKindergarten: Scalars['Int']['output'];
  /** Six-year-olds entering grade 1. */
  age6EnteringGrade1: Scalars['Int']['output'];
  /** Children aged 3–5. */
  children3To5: Scalars['Int']['output'];
  /** Five-year-olds. */
  childrenAge5: Scalars['Int']['output'];
  /** Six-year-olds. */
  childrenAge6: Scalars['Int']['output'];
  /** Children under 3. */
  childrenUnder3: Scalars['Int']['output'];
  /** Illiterate women of working age. */
  illiterateWorkingAgeFemale: Scalars['Int']['output'];
  /** Illiterate men of working age. */
  illiterateWorkingAgeMale: Scalars['Int']['output'];
  /** Literate women aged 15–35. */
  literate15To35Female: Scalars['Int']['output'];
  /** Literate men aged 15–35. */
  literate15To35Male: Scalars['Int']['output'];
  /** Children 6–10 in difficult circumstances outside regular schools. */
  outOfSchool6To10: Scalars['Int']['output'];
  /** Of whom in flexible (universalisation) programmes. */
  outOfSchool6To10InFlexible: Scalars['Int']['output'];
  /** Children 11–14 in difficult circumstances outside regular schools. */
  outOfSchool11To14: Scalars['Int']['output'];
  /** Of whom in flexible programmes. */
  outOfSchool11To14InFlexible: Scalars['Int']['output'];
  /** Women aged 15–35. */
  population15To35Female: Scalars['Int']['output'];
  /** Men aged 15–35. */
  population15To35Male: Scalars['Int']['output'];
  /** Reporting units summed. */
  reportingUnits: Scalars['Int']['output'];
  /** SYNTHETIC label for generated demo data, else who recorded it. */
  source: Scalars['String']['output'];
  /** Children under 3 in nursery groups (nhà nhóm trẻ). */
  under3InNursery: Scalars['Int']['output'];
  /** Of whom in non-public (ngoài công lập) groups. */
  under3InNurseryNonPublic: Scalars['Int']['output'];
  /** Women of working age. */
  workingAgeFemale: Scalars['Int']['output'];
  /** Men of working age. */
  workingAgeMale: Scalars['Int']['output'];
};

/**
 * A rate computed from stored counts: numerator / denominator × 100 (percent), a ratio of sums for roll-ups
 * (never a mean of rates). value null = no data or a zero denominator, never read as zero.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type EducationRate = {
  __typename?: 'EducationRate';
  /** Count of people or units the rate is taken over. */
  denominator?: Maybe<Scalars['Float']['output']>;
  /** Indicator code of the platform catalogue; null for a breakdown outside it (e.g. by sex). */
  indicatorCode?: Maybe<Scalars['String']['output']>;
  /** Count of people or units meeting the condition (summed over reporting units with data). */
  numerator?: Maybe<Scalars['Float']['output']>;
  /** Where the rows behind the rate come from: SYNTHETIC demo data, IMPORTED, or MIXED; null without data. */
  provenance?: Maybe<Provenance>;
  /** Always percent for education rates. */
  unit: Scalars['String']['output'];
  /** Reporting units the figure should cover. */
  unitsExpected: Scalars['Int']['output'];
  /** Reporting units (communes, or districts for centres) with data. */
  unitsReporting: Scalars['Int']['output'];
  /** Percent, rounded to 2 decimals. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** A page of commune statistics rows. */
export type EducationStatisticsConnection = {
  __typename?: 'EducationStatisticsConnection';
  /** Keys of commune statistics rows deleted at or after updatedSince (empty without it). */
  deleted: Array<DeletedRow>;
  /** Commune statistics rows of this page, in commune order. */
  nodes: Array<CommuneEducationStatistics>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Commune statistics rows matching the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One commune-year's education counts (persons, as of 31 December). Also the CSV header of importEducationStatisticsCsv. */
export type EducationStatisticsInput = {
  /** ≤ children3To5. */
  age3To5InKindergarten: Scalars['Int']['input'];
  /** ≤ age3To5InKindergarten. */
  age3To5InKindergartenNonPublic: Scalars['Int']['input'];
  /** ≤ childrenAge5 and ≤ age3To5InKindergarten. */
  age5InKindergarten: Scalars['Int']['input'];
  /** ≤ childrenAge6. */
  age6EnteringGrade1: Scalars['Int']['input'];
  /** Children aged 3–5. */
  children3To5: Scalars['Int']['input'];
  /** ≤ children3To5. */
  childrenAge5: Scalars['Int']['input'];
  /** Six-year-olds. */
  childrenAge6: Scalars['Int']['input'];
  /** Children under 3 living in the commune. */
  childrenUnder3: Scalars['Int']['input'];
  /** GSO code of a commune valid on 31 December of year. */
  communeCode: Scalars['String']['input'];
  /** ≤ workingAgeFemale. */
  illiterateWorkingAgeFemale: Scalars['Int']['input'];
  /** ≤ workingAgeMale. */
  illiterateWorkingAgeMale: Scalars['Int']['input'];
  /** ≤ population15To35Female. */
  literate15To35Female: Scalars['Int']['input'];
  /** ≤ population15To35Male. */
  literate15To35Male: Scalars['Int']['input'];
  /** Children 6–10 in difficult circumstances outside regular schools. */
  outOfSchool6To10: Scalars['Int']['input'];
  /** ≤ outOfSchool6To10. */
  outOfSchool6To10InFlexible: Scalars['Int']['input'];
  /** Children 11–14 in difficult circumstances outside regular schools. */
  outOfSchool11To14: Scalars['Int']['input'];
  /** ≤ outOfSchool11To14. */
  outOfSchool11To14InFlexible: Scalars['Int']['input'];
  /** Women aged 15–35. */
  population15To35Female: Scalars['Int']['input'];
  /** Men aged 15–35. */
  population15To35Male: Scalars['Int']['input'];
  /** ≤ childrenUnder3. */
  under3InNursery: Scalars['Int']['input'];
  /** ≤ under3InNursery. */
  under3InNurseryNonPublic: Scalars['Int']['input'];
  /** Women of working age. */
  workingAgeFemale: Scalars['Int']['input'];
  /** Men of working age. */
  workingAgeMale: Scalars['Int']['input'];
  /** Data year, 2010 to the current year. */
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
 * Children in difficult circumstances (hoàn cảnh cơ nhỡ, khó khăn) outside regular schools, in flexible universalisation programmes (II.2.1).
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type FlexibleLearningIndicators = {
  __typename?: 'FlexibleLearningIndicators';
  /** Aged 6–10 in flexible programmes / aged 6–10 outside regular schools (EDU_FLEXIBLE_6_10). */
  age6To10: EducationRate;
  /** Aged 11–14 in flexible programmes / aged 11–14 outside regular schools (EDU_FLEXIBLE_11_14). */
  age11To14: EducationRate;
};

export type ForecastMethod =
  /**
   * Deadline ahead (UNESCAP's anticipated-progress comparison of actual and required change). From the recorded
   * years FORECAST_FIRST_YEAR (2012, the programme's baseline) to the data year: baseline b = the first with a value,
   * latest c = the last. actual = (x_c − x_b) / (c − b); required = (target − x_b) / (T − b); progress ratio =
   * actual ÷ required; projected value at T = x_c + actual × (T − c), a percent kept within 0–100. Cut-offs 0.95
   * and 0.5 are the platform's choice, not an official scale.
   */
  | 'ANTICIPATED_PROGRESS'
  /** Deadline reached or past, or a target without a year: assessed on the value recorded in the target year (the data year when it has none), never projected. */
  | 'RECORDED_AT_DEADLINE';

/** A forecast's verdict; the words ProgressStatus uses where they mean the same. */
export type ForecastStatus =
  /** Deadline ahead; progress ratio from 0.5 to below 0.95. */
  | 'AT_RISK'
  /** The latest recorded value (at the deadline: the deadline year's) meets the target. */
  | 'MET'
  /** Not enough recorded years: none at the deadline once it is reached, fewer than 2 before it. */
  | 'MISSING'
  /** Deadline ahead and progress ratio below 0.5 (standing still or moving away included), or deadline reached and the recorded value does not meet the target. */
  | 'OFF_TRACK'
  /** Deadline ahead; progress ratio ≥ 0.95 (or, the baseline having met the target, the projection meets it). */
  | 'ON_TRACK';

/** A grade band of a scoring model. */
export type GradeBand = {
  __typename?: 'GradeBand';
  grade: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Lowest total (0–100) of the band. */
  minTotal: Scalars['Float']['output'];
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

/** Rating of a community learning centre as recorded (Tốt, Khá, Trung bình, Yếu); no point bands are defined here. */
export type LearningCentreRating =
  /** Trung bình. */
  | 'AVERAGE'
  /** Khá. */
  | 'FAIR'
  /** Tốt. */
  | 'GOOD'
  /** Yếu. */
  | 'WEAK';

/**
 * The learning-society score of a unit in a year: total = 100 × points ÷ weight of the components with data;
 * coverage = weight with data ÷ all weight; no grade below the model's minimum coverage.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type LearningSocietyScore = {
  __typename?: 'LearningSocietyScore';
  /**
   * True only when every department whose components are used (scored, missing or unavailable; not the
   * NOT_APPLICABLE ones) has this year locked (approved) over the unit's whole territory; false when any is
   * unlocked or its lock state did not arrive.
   */
  approved?: Maybe<Scalars['Boolean']['output']>;
  /**
   * False when part of the unit's area in that year cannot be placed (a commune of today read in an earlier year
   * with a predecessor whose successor is not known): the total is still shown, but no grade is given.
   */
  complete: Scalars['Boolean']['output'];
  components: Array<ScoreComponent>;
  /** Share (0–1) of the model's weight whose indicator has data. */
  coverage: Scalars['Float']['output'];
  /** Grade band of the total (null when coverage is below the model's minimum). */
  grade?: Maybe<Scalars['String']['output']>;
  model: ScoringModel;
  /** Where the scored figures come from: SYNTHETIC demo data, IMPORTED, or MIXED; null when nothing is scored. */
  provenance?: Maybe<Provenance>;
  /** 0–100; null when no component has data. */
  total?: Maybe<Scalars['Float']['output']>;
  /** The departments whose components are used but whose data of this year is not locked (or whose lock state did not arrive). */
  unapprovedSources?: Maybe<Array<Scalars['String']['output']>>;
  /** Departments whose indicator list did not arrive (their subgraph failed). */
  unavailableSources: Array<Scalars['String']['output']>;
  /** The reporting units of that year whose data could not be placed and may belong to this unit (empty when complete). */
  unplacedUnits: Array<Scalars['String']['output']>;
};

/**
 * Literacy (biết chữ) and illiteracy (mù chữ), II.2.2; by sex for the balance the clause asks for.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type LiteracyIndicators = {
  __typename?: 'LiteracyIndicators';
  /** Illiterate people of working age / people of working age (EDU_ILLITERACY_WORKING_AGE). */
  illiterateWorkingAge: EducationRate;
  /** Illiterate women of working age / women of working age. */
  illiterateWorkingAgeFemale: EducationRate;
  /** Illiterate men of working age / men of working age. */
  illiterateWorkingAgeMale: EducationRate;
  /** Literate people 15–35 / people 15–35 (EDU_LITERACY_15_35). */
  literate15To35: EducationRate;
  /** Literate women 15–35 / women 15–35. */
  literate15To35Female: EducationRate;
  /** Literate men 15–35 / men 15–35. */
  literate15To35Male: EducationRate;
};

/**
 * Writes of the education department; each needs the role editor:education (unlocking: admin). All-or-nothing and
 * idempotent on the natural key; every change is audited with its values before and after, every attempt too. A
 * write into a locked period is refused with PERIOD_LOCKED. Problems come back as data (ok: false), naming row
 * (1 for a single record) and field.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Approves a submitted unit-year (role approver:education): this locks the period (PERIOD_LOCKED). */
  approveEducationPeriod: ReportingResult;
  /** Deletes the community learning centre record of one commune and year (leaves a tombstone). */
  deleteCommunityLearningCentre: ImportResult;
  /** Deletes the continuing-education centre record of one district and year (leaves a tombstone). */
  deleteContinuingEducationCentre: ImportResult;
  /** Deletes the statistics of one commune and year (leaves a tombstone). */
  deleteEducationStatistics: ImportResult;
  /** Deletes a steering committee (leaves a tombstone). */
  deleteSteeringCommittee: ImportResult;
  /** Imports a CSV of community learning centres (header = the fields of CommunityLearningCentreInput). */
  importCommunityLearningCentresCsv: ImportResult;
  /** Imports a CSV of continuing-education centres (header = the fields of ContinuingEducationCentreInput). */
  importContinuingEducationCentresCsv: ImportResult;
  /** Imports a CSV of commune-year statistics (header = the fields of EducationStatisticsInput). For small files; use the CLI for large ones. */
  importEducationStatisticsCsv: ImportResult;
  /** Imports a CSV of steering committees (header = the fields of SteeringCommitteeInput). */
  importSteeringCommitteesCsv: ImportResult;
  /**
   * Locks (approves) the education data of a year, for one district or (districtCode absent) the whole province:
   * writes into it are then refused with PERIOD_LOCKED. Role editor:education; audited. A steering committee
   * belongs to the year it was established in.
   */
  lockEducationPeriod: PeriodLock;
  /** Records a commune's community learning centre for one year (natural key: communeCode + year). */
  recordCommunityLearningCentre: ImportResult;
  /** Records a district continuing-education centre for one year (natural key: districtCode + year). */
  recordContinuingEducationCentre: ImportResult;
  /** Records one commune-year's statistics (natural key: communeCode + year). */
  recordEducationStatistics: ImportResult;
  /** Records a steering committee (natural key: level + unitCode). */
  recordSteeringCommittee: ImportResult;
  /** Returns a submitted unit-year to its reporter with a comment (role approver:education): the unit may edit and submit again. */
  returnEducationPeriod: ReportingResult;
  /** Submits a reporting unit's education data of a year for approval (role reporter:education:<unitCode> or editor:education); refused with HAS_ERRORS while its stored rows have problems. Freezes the unit's writes (PERIOD_SUBMITTED). */
  submitEducationPeriod: ReportingResult;
  /** Unapproves an approved unit-year (role admin only): removes its lock, OPEN again. */
  unapproveEducationPeriod: ReportingResult;
  /** Unlocks a locked period (role admin only; audited). False when it was not locked. */
  unlockEducationPeriod: Scalars['Boolean']['output'];
};


/**
 * Writes of the education department; each needs the role editor:education (unlocking: admin). All-or-nothing and
 * idempotent on the natural key; every change is audited with its values before and after, every attempt too. A
 * write into a locked period is refused with PERIOD_LOCKED. Problems come back as data (ok: false), naming row
 * (1 for a single record) and field.
 */
export type MutationApproveEducationPeriodArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the education department; each needs the role editor:education (unlocking: admin). All-or-nothing and
 * idempotent on the natural key; every change is audited with its values before and after, every attempt too. A
 * write into a locked period is refused with PERIOD_LOCKED. Problems come back as data (ok: false), naming row
 * (1 for a single record) and field.
 */
export type MutationDeleteCommunityLearningCentreArgs = {
  communeCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the education department; each needs the role editor:education (unlocking: admin). All-or-nothing and
 * idempotent on the natural key; every change is audited with its values before and after, every attempt too. A
 * write into a locked period is refused with PERIOD_LOCKED. Problems come back as data (ok: false), naming row
 * (1 for a single record) and field.
 */
export type MutationDeleteContinuingEducationCentreArgs = {
  districtCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the education department; each needs the role editor:education (unlocking: admin). All-or-nothing and
 * idempotent on the natural key; every change is audited with its values before and after, every attempt too. A
 * write into a locked period is refused with PERIOD_LOCKED. Problems come back as data (ok: false), naming row
 * (1 for a single record) and field.
 */
export type MutationDeleteEducationStatisticsArgs = {
  communeCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the education department; each needs the role editor:education (unlocking: admin). All-or-nothing and
 * idempotent on the natural key; every change is audited with its values before and after, every attempt too. A
 * write into a locked period is refused with PERIOD_LOCKED. Problems come back as data (ok: false), naming row
 * (1 for a single record) and field.
 */
export type MutationDeleteSteeringCommitteeArgs = {
  level: SteeringCommitteeLevel;
  unitCode: Scalars['String']['input'];
};


/**
 * Writes of the education department; each needs the role editor:education (unlocking: admin). All-or-nothing and
 * idempotent on the natural key; every change is audited with its values before and after, every attempt too. A
 * write into a locked period is refused with PERIOD_LOCKED. Problems come back as data (ok: false), naming row
 * (1 for a single record) and field.
 */
export type MutationImportCommunityLearningCentresCsvArgs = {
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedDigest?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Writes of the education department; each needs the role editor:education (unlocking: admin). All-or-nothing and
 * idempotent on the natural key; every change is audited with its values before and after, every attempt too. A
 * write into a locked period is refused with PERIOD_LOCKED. Problems come back as data (ok: false), naming row
 * (1 for a single record) and field.
 */
export type MutationImportContinuingEducationCentresCsvArgs = {
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedDigest?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Writes of the education department; each needs the role editor:education (unlocking: admin). All-or-nothing and
 * idempotent on the natural key; every change is audited with its values before and after, every attempt too. A
 * write into a locked period is refused with PERIOD_LOCKED. Problems come back as data (ok: false), naming row
 * (1 for a single record) and field.
 */
export type MutationImportEducationStatisticsCsvArgs = {
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedDigest?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Writes of the education department; each needs the role editor:education (unlocking: admin). All-or-nothing and
 * idempotent on the natural key; every change is audited with its values before and after, every attempt too. A
 * write into a locked period is refused with PERIOD_LOCKED. Problems come back as data (ok: false), naming row
 * (1 for a single record) and field.
 */
export type MutationImportSteeringCommitteesCsvArgs = {
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedDigest?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Writes of the education department; each needs the role editor:education (unlocking: admin). All-or-nothing and
 * idempotent on the natural key; every change is audited with its values before and after, every attempt too. A
 * write into a locked period is refused with PERIOD_LOCKED. Problems come back as data (ok: false), naming row
 * (1 for a single record) and field.
 */
export type MutationLockEducationPeriodArgs = {
  districtCode?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Writes of the education department; each needs the role editor:education (unlocking: admin). All-or-nothing and
 * idempotent on the natural key; every change is audited with its values before and after, every attempt too. A
 * write into a locked period is refused with PERIOD_LOCKED. Problems come back as data (ok: false), naming row
 * (1 for a single record) and field.
 */
export type MutationRecordCommunityLearningCentreArgs = {
  input: CommunityLearningCentreInput;
};


/**
 * Writes of the education department; each needs the role editor:education (unlocking: admin). All-or-nothing and
 * idempotent on the natural key; every change is audited with its values before and after, every attempt too. A
 * write into a locked period is refused with PERIOD_LOCKED. Problems come back as data (ok: false), naming row
 * (1 for a single record) and field.
 */
export type MutationRecordContinuingEducationCentreArgs = {
  input: ContinuingEducationCentreInput;
};


/**
 * Writes of the education department; each needs the role editor:education (unlocking: admin). All-or-nothing and
 * idempotent on the natural key; every change is audited with its values before and after, every attempt too. A
 * write into a locked period is refused with PERIOD_LOCKED. Problems come back as data (ok: false), naming row
 * (1 for a single record) and field.
 */
export type MutationRecordEducationStatisticsArgs = {
  input: EducationStatisticsInput;
};


/**
 * Writes of the education department; each needs the role editor:education (unlocking: admin). All-or-nothing and
 * idempotent on the natural key; every change is audited with its values before and after, every attempt too. A
 * write into a locked period is refused with PERIOD_LOCKED. Problems come back as data (ok: false), naming row
 * (1 for a single record) and field.
 */
export type MutationRecordSteeringCommitteeArgs = {
  input: SteeringCommitteeInput;
};


/**
 * Writes of the education department; each needs the role editor:education (unlocking: admin). All-or-nothing and
 * idempotent on the natural key; every change is audited with its values before and after, every attempt too. A
 * write into a locked period is refused with PERIOD_LOCKED. Problems come back as data (ok: false), naming row
 * (1 for a single record) and field.
 */
export type MutationReturnEducationPeriodArgs = {
  comment: Scalars['String']['input'];
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the education department; each needs the role editor:education (unlocking: admin). All-or-nothing and
 * idempotent on the natural key; every change is audited with its values before and after, every attempt too. A
 * write into a locked period is refused with PERIOD_LOCKED. Problems come back as data (ok: false), naming row
 * (1 for a single record) and field.
 */
export type MutationSubmitEducationPeriodArgs = {
  acknowledgedWarnings?: InputMaybe<Array<Scalars['String']['input']>>;
  comment?: InputMaybe<Scalars['String']['input']>;
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the education department; each needs the role editor:education (unlocking: admin). All-or-nothing and
 * idempotent on the natural key; every change is audited with its values before and after, every attempt too. A
 * write into a locked period is refused with PERIOD_LOCKED. Problems come back as data (ok: false), naming row
 * (1 for a single record) and field.
 */
export type MutationUnapproveEducationPeriodArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Writes of the education department; each needs the role editor:education (unlocking: admin). All-or-nothing and
 * idempotent on the natural key; every change is audited with its values before and after, every attempt too. A
 * write into a locked period is refused with PERIOD_LOCKED. Problems come back as data (ok: false), naming row
 * (1 for a single record) and field.
 */
export type MutationUnlockEducationPeriodArgs = {
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

/**
 * Preschool participation, QĐ 354/QĐ-UBND II.2.1 (targets 2015 and 2020).
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type PreschoolIndicators = {
  __typename?: 'PreschoolIndicators';
  /** Children from 3 to under 5 in kindergarten / children 3–4 (EDU_KINDERGARTEN_3_4; the 2020 target's 'từ 3 đến dưới 5 tuổi'). */
  age3To4InKindergarten: EducationRate;
  /** Children 3–5 in kindergarten (lớp mẫu giáo) / children 3–5 (EDU_KINDERGARTEN_3_5). */
  age3To5InKindergarten: EducationRate;
  /** Five-year-olds in kindergarten / five-year-olds (EDU_KINDERGARTEN_AGE5). */
  age5InKindergarten: EducationRate;
  /** Kindergarten children 3–5 in non-public classes / kindergarten children 3–5 (EDU_KINDERGARTEN_NONPUBLIC). */
  kindergartenNonPublic: EducationRate;
  /** Nursery children in non-public groups (ngoài công lập) / nursery children (EDU_NURSERY_NONPUBLIC). */
  nurseryNonPublic: EducationRate;
  /** Children under 3 in nursery groups (nhà nhóm trẻ) / children under 3 (EDU_NURSERY_UNDER3). */
  under3InNursery: EducationRate;
};

/**
 * One quantitative target or deadline of the action programme (QĐ 354/QĐ-UBND, 2013), sections II (Mục tiêu) and
 * V (Tổ chức thực hiện), as listed in the project's data file data/targets.json. A sub-share ('trong đó ngoài công
 * lập') is its own entry. Qualitative aims are not in the catalogue.
 */
export type ProgrammeTarget = {
  __typename?: 'ProgrammeTarget';
  /** The clause of the programme it comes from, e.g. "II.2.1" (section II, objective 2, point 1). */
  clause: Scalars['String']['output'];
  /** How the measured value compares with value (or the date with deadline) when the target is met. */
  comparator: TargetComparator;
  /** For DEADLINE targets: the last day allowed (YYYY-MM-DD); 'trước tháng 5/2013' is 2013-04-30. */
  deadline?: Maybe<Scalars['String']['output']>;
  /** The platform department whose indicator measures it: education, vocational, workforce or awards. */
  department: Scalars['String']['output'];
  /** Stable id: clause, subject and year, e.g. "II.2.1-nursery-under3-2015". */
  id: Scalars['ID']['output'];
  /** Indicator code (shared catalogue) that measures it; null when no indicator does. */
  indicatorCode?: Maybe<Scalars['String']['output']>;
  /** RATE (a percentage by a year) or DEADLINE (something done by a date). */
  kind: TargetKind;
  /** Short English label. */
  labelEn: Scalars['String']['output'];
  /** How the entry was read where the text is ambiguous or incomplete. */
  note?: Maybe<Scalars['String']['output']>;
  /** Who the text makes responsible, in Vietnamese (e.g. Sở Giáo dục và Đào tạo; UBND các huyện, thành phố). */
  responsibleVi: Scalars['String']['output'];
  /** Where the entry comes from. */
  source: Scalars['String']['output'];
  /** For a sub-share ('trong đó …'): the target it is part of. */
  subShareOf?: Maybe<ProgrammeTarget>;
  /** Year the target is set for; null when the text gives none (see note). */
  targetYear?: Maybe<Scalars['Int']['output']>;
  /** percent for rates, date for deadlines. */
  unit: Scalars['String']['output'];
  /** Target value in unit (e.g. 99.5 for 99,5%); null for a deadline. */
  value?: Maybe<Scalars['Float']['output']>;
  /** The wording in Vietnamese, quoted from the decision text. */
  wordingVi: Scalars['String']['output'];
};

export type ProgressStatus =
  | 'MET'
  /** No value for this unit and year. */
  | 'MISSING'
  /** Nothing the target counts exists in this unit (e.g. a district formed after the deadline, a commune for a district target). */
  | 'NOT_APPLICABLE'
  /** The target has no indicator in the platform (e.g. a review deadline). */
  | 'NOT_MEASURED'
  | 'NOT_MET'
  /** The department's subgraph did not answer. */
  | 'SOURCE_UNAVAILABLE';

/** Where a figure's rows come from. */
export type Provenance =
  /** Written by a department's import or mutation. */
  | 'IMPORTED'
  /** A roll-up over both synthetic and imported rows. */
  | 'MIXED'
  /** Written by the deterministic demo generator: SYNTHETIC, not official statistics. */
  | 'SYNTHETIC';

/**
 * The province in one data year, with the education department's figures summed over all reporting communes.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type ProvinceYear = {
  __typename?: 'ProvinceYear';
  /** V.11: commune steering committees established before 7/2013, over the communes that existed on 30/06/2013. */
  communeCommitteesOnTime?: Maybe<EducationRate>;
  /** Community learning centres of all communes. */
  communityLearningCentres?: Maybe<CommunityLearningCentreSummary>;
  /** The district continuing-education centres that year. */
  continuingEducationCentres?: Maybe<Array<ContinuingEducationCentre>>;
  /** District continuing-education centres also running vocational training (II.2.1; target 90% in 2015). */
  continuingEducationCentresAlsoVocational?: Maybe<EducationRate>;
  /**
   * Data-quality findings of the communes of this unit and year (issue 24): the rules of
   * shared/data/quality-rules.json broken (RULE), columns outside their plausible range (RANGE), and year-over-year
   * changes flagged by the modified z-score over the province's communes (OUTLIER). ERRORs first, then by commune.
   * Computed by education from every department's per-commune figures (the score-parts feeds). SYNTHETIC in the
   * demo databases: the seeded figures are generated demo data.
   */
  dataQuality: Array<DataQualityFinding>;
  /** V.11: district steering committees established before 5/2013, over the districts that existed on 30/04/2013 (11: not Vân Hồ). */
  districtCommitteesOnTime?: Maybe<EducationRate>;
  /** The stored counts summed over the province's communes; null unless every commune has a row. */
  educationCounts?: Maybe<EducationCounts>;
  /** Every education indicator of the platform catalogue, in catalogue order (ratio of sums over the province). */
  educationIndicators?: Maybe<Array<IndicatorValue>>;
  /** True when the education data of this year is locked (approved) over the whole territory (see lockEducationPeriod). */
  educationLocked: Scalars['Boolean']['output'];
  /** Reporting rates of the education datasets for every reporting unit of the year (districts until 2024, communes from 2025). */
  educationReporting: Array<DatasetReporting>;
  /** Out-of-school children in flexible programmes (II.2.1). */
  flexibleLearning?: Maybe<FlexibleLearningIndicators>;
  /** Six-year-olds entering grade 1 (II.2.1). */
  grade1Entry?: Maybe<EducationRate>;
  /**
   * The learning-society score: every component of the scoring model with its value, target, points, weight and
   * source subgraph. model: a scoring model id (default: the model in force for the year, QD354-2015 for 2013–2017,
   * QD354-2020 from 2018). Missing data lowers coverage and is never read as zero.
   */
  learningSociety?: Maybe<LearningSocietyScore>;
  /** Literacy and illiteracy (II.2.2). */
  literacy?: Maybe<LiteracyIndicators>;
  /** Preschool participation (II.2.1). */
  preschool?: Maybe<PreschoolIndicators>;
  /** GSO code of the province, "14" for Sơn La. */
  provinceCode: Scalars['String']['output'];
  /** The steering committees due at the V.11 deadlines. */
  steeringCommittees?: Maybe<Array<SteeringCommittee>>;
  /** Progress towards every target of the programme's catalogue (QĐ 354/QĐ-UBND sections II and V) in this year. */
  targetProgress?: Maybe<Array<TargetProgress>>;
  /** Data year; counts are as of 31 December. */
  year: Scalars['Int']['output'];
};


/**
 * The province in one data year, with the education department's figures summed over all reporting communes.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type ProvinceYearDataQualityArgs = {
  kinds?: InputMaybe<Array<DataQualityKind>>;
};


/**
 * The province in one data year, with the education department's figures summed over all reporting communes.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type ProvinceYearLearningSocietyArgs = {
  model?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * Education subgraph (owner: Sở Giáo dục và Đào tạo). The target catalogue of the action programme (Quyết định
 * 354/QĐ-UBND, 27/02/2013, sections II and V), and the education department's counts per commune and year:
 * preschool, grade 1, out-of-school children in flexible programmes, literacy, community learning centres,
 * district continuing-education centres, steering committees. The demo statistics are SYNTHETIC.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Community learning centre rows as stored, one per reporting commune, for a year (optionally one district), in
   * commune order, paged (at most 1,000 per page). Needs a signed-in role.
   */
  communityLearningCentres: CommunityLearningCentreConnection;
  /**
   * District continuing-education centres (trung tâm giáo dục thường xuyên) recorded for a year, in district order,
   * paged (at most 1,000 per page). Needs a signed-in role.
   */
  continuingEducationCentres: ContinuingEducationCentreConnection;
  /** The data-quality rules and plausible ranges (shared/data/quality-rules.json). Open to every caller: it is metadata. */
  dataQualityRules: DataQualityRuleCatalogue;
  /**
   * The education audit trail, newest first: every change, every write attempt, every lock. Paged (at most 1,000
   * per page). Needs a signed-in role.
   */
  educationAudit: EducationAuditConnection;
  /** The education datasets as the intake templates and page need them (columns, keys, labels, template version). Open to every caller: it is metadata. */
  educationDatasets: Array<DatasetDescription>;
  /** Locked (approved) periods of the education department, optionally of one year, by year and district. Needs a signed-in role (a lock names who approved it). */
  educationPeriodLocks: Array<PeriodLock>;
  /** Where each reporting unit of a year stands in the education reporting workflow (OPEN when untouched); one unit with unitCode. Needs a signed-in role. */
  educationReportingPeriods: Array<ReportingPeriod>;
  /**
   * The stored counts of every reporting commune with data in a year (optionally of one district), in commune order,
   * paged (at most 1,000 per page): a flat table for BI tools. Rates are on the year entities. Needs a signed-in role.
   */
  educationStatistics: EducationStatisticsConnection;
  /** What a reporting unit changed in one education dataset of a year since the period was last approved, per row and field (before → after, from the audit trail); paged, newest first. Needs a signed-in role. */
  educationSubmissionChanges: SubmissionChangeConnection;
  /** One scoring model by id (NOT_FOUND for an unknown id). */
  scoringModel?: Maybe<ScoringModel>;
  /** Every stored scoring model of the learning-society score, oldest first. */
  scoringModels: Array<ScoringModel>;
  /**
   * Steering committees for building a learning society (Ban Chỉ đạo xây dựng xã hội học tập), optionally of one
   * level, in level and unit-code order, paged (at most 1,000 per page). Needs a signed-in role.
   */
  steeringCommittees: SteeringCommitteeConnection;
  /** One target by id (e.g. "II.2.1-nursery-under3-2015"); null when there is none. */
  target?: Maybe<ProgrammeTarget>;
  /** Targets and deadlines of QĐ 354/QĐ-UBND sections II and V, in the order of the text, filtered. */
  targets: Array<ProgrammeTarget>;
};


/**
 * Education subgraph (owner: Sở Giáo dục và Đào tạo). The target catalogue of the action programme (Quyết định
 * 354/QĐ-UBND, 27/02/2013, sections II and V), and the education department's counts per commune and year:
 * preschool, grade 1, out-of-school children in flexible programmes, literacy, community learning centres,
 * district continuing-education centres, steering committees. The demo statistics are SYNTHETIC.
 */
export type QueryCommunityLearningCentresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  districtCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  updatedSince?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Education subgraph (owner: Sở Giáo dục và Đào tạo). The target catalogue of the action programme (Quyết định
 * 354/QĐ-UBND, 27/02/2013, sections II and V), and the education department's counts per commune and year:
 * preschool, grade 1, out-of-school children in flexible programmes, literacy, community learning centres,
 * district continuing-education centres, steering committees. The demo statistics are SYNTHETIC.
 */
export type QueryContinuingEducationCentresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  districtCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  updatedSince?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Education subgraph (owner: Sở Giáo dục và Đào tạo). The target catalogue of the action programme (Quyết định
 * 354/QĐ-UBND, 27/02/2013, sections II and V), and the education department's counts per commune and year:
 * preschool, grade 1, out-of-school children in flexible programmes, literacy, community learning centres,
 * district continuing-education centres, steering committees. The demo statistics are SYNTHETIC.
 */
export type QueryEducationAuditArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  batchId?: InputMaybe<Scalars['String']['input']>;
  entityKey?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Education subgraph (owner: Sở Giáo dục và Đào tạo). The target catalogue of the action programme (Quyết định
 * 354/QĐ-UBND, 27/02/2013, sections II and V), and the education department's counts per commune and year:
 * preschool, grade 1, out-of-school children in flexible programmes, literacy, community learning centres,
 * district continuing-education centres, steering committees. The demo statistics are SYNTHETIC.
 */
export type QueryEducationPeriodLocksArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Education subgraph (owner: Sở Giáo dục và Đào tạo). The target catalogue of the action programme (Quyết định
 * 354/QĐ-UBND, 27/02/2013, sections II and V), and the education department's counts per commune and year:
 * preschool, grade 1, out-of-school children in flexible programmes, literacy, community learning centres,
 * district continuing-education centres, steering committees. The demo statistics are SYNTHETIC.
 */
export type QueryEducationReportingPeriodsArgs = {
  unitCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Education subgraph (owner: Sở Giáo dục và Đào tạo). The target catalogue of the action programme (Quyết định
 * 354/QĐ-UBND, 27/02/2013, sections II and V), and the education department's counts per commune and year:
 * preschool, grade 1, out-of-school children in flexible programmes, literacy, community learning centres,
 * district continuing-education centres, steering committees. The demo statistics are SYNTHETIC.
 */
export type QueryEducationStatisticsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  districtCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  updatedSince?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Education subgraph (owner: Sở Giáo dục và Đào tạo). The target catalogue of the action programme (Quyết định
 * 354/QĐ-UBND, 27/02/2013, sections II and V), and the education department's counts per commune and year:
 * preschool, grade 1, out-of-school children in flexible programmes, literacy, community learning centres,
 * district continuing-education centres, steering committees. The demo statistics are SYNTHETIC.
 */
export type QueryEducationSubmissionChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  dataset: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  unitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Education subgraph (owner: Sở Giáo dục và Đào tạo). The target catalogue of the action programme (Quyết định
 * 354/QĐ-UBND, 27/02/2013, sections II and V), and the education department's counts per commune and year:
 * preschool, grade 1, out-of-school children in flexible programmes, literacy, community learning centres,
 * district continuing-education centres, steering committees. The demo statistics are SYNTHETIC.
 */
export type QueryScoringModelArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Education subgraph (owner: Sở Giáo dục và Đào tạo). The target catalogue of the action programme (Quyết định
 * 354/QĐ-UBND, 27/02/2013, sections II and V), and the education department's counts per commune and year:
 * preschool, grade 1, out-of-school children in flexible programmes, literacy, community learning centres,
 * district continuing-education centres, steering committees. The demo statistics are SYNTHETIC.
 */
export type QuerySteeringCommitteesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<SteeringCommitteeLevel>;
  updatedSince?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Education subgraph (owner: Sở Giáo dục và Đào tạo). The target catalogue of the action programme (Quyết định
 * 354/QĐ-UBND, 27/02/2013, sections II and V), and the education department's counts per commune and year:
 * preschool, grade 1, out-of-school children in flexible programmes, literacy, community learning centres,
 * district continuing-education centres, steering committees. The demo statistics are SYNTHETIC.
 */
export type QueryTargetArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Education subgraph (owner: Sở Giáo dục và Đào tạo). The target catalogue of the action programme (Quyết định
 * 354/QĐ-UBND, 27/02/2013, sections II and V), and the education department's counts per commune and year:
 * preschool, grade 1, out-of-school children in flexible programmes, literacy, community learning centres,
 * district continuing-education centres, steering committees. The demo statistics are SYNTHETIC.
 */
export type QueryTargetsArgs = {
  filter?: InputMaybe<TargetFilter>;
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

/**
 * One component of a score, with everything needed to explain it.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type ScoreComponent = {
  __typename?: 'ScoreComponent';
  clause: Scalars['String']['output'];
  comparator: TargetComparator;
  denominator?: Maybe<Scalars['Float']['output']>;
  indicator: Scalars['String']['output'];
  /** Whether the source department's data of this year is locked (approved) over the unit's territory; null when its lock state did not arrive. */
  locked?: Maybe<Scalars['Boolean']['output']>;
  met?: Maybe<Scalars['Boolean']['output']>;
  numerator?: Maybe<Scalars['Float']['output']>;
  /** An optional component of the model: without data (MISSING, SOURCE_UNAVAILABLE) it is neither in the weight nor in the approval. */
  optional: Scalars['Boolean']['output'];
  /** Points earned (≤ weight); null when missing. */
  points?: Maybe<Scalars['Float']['output']>;
  /** Where the component's figure comes from: SYNTHETIC demo data, IMPORTED, or MIXED; null without data. */
  provenance?: Maybe<Provenance>;
  /** Subgraph the value came from: education, vocational, workforce, awards, or culture (QD354-2015-CULTURE). */
  source: Scalars['String']['output'];
  status: ComponentStatus;
  target: Scalars['Float']['output'];
  value?: Maybe<Scalars['Float']['output']>;
  weight: Scalars['Float']['output'];
};

/** One component of a scoring model: an indicator, its target, and its weight. */
export type ScoringComponentSpec = {
  __typename?: 'ScoringComponentSpec';
  /** Clause of QĐ 354/QĐ-UBND the target comes from. */
  clause: Scalars['String']['output'];
  comparator: TargetComparator;
  indicatorCode: Scalars['String']['output'];
  /** Counted only where the unit has data for it (a department joining with a later model version, e.g. culture in QD354-2015-CULTURE): without data it is neither in the weight nor in the approval. */
  optional: Scalars['Boolean']['output'];
  /** Subgraph (department) that publishes the indicator. */
  source: Scalars['String']['output'];
  /** Catalogue target the component comes from. */
  targetId?: Maybe<Scalars['String']['output']>;
  targetValue: Scalars['Float']['output'];
  /** Points at or beyond the target: value ÷ target of it for ≥/> targets, target ÷ value for ≤ targets, never more. */
  weight: Scalars['Float']['output'];
};

/**
 * A scoring model of the learning-society score: stored and versioned (a model never changes; a new version
 * gets a new id). The default models QD354-2015 and QD354-2020 are built from the programme's target catalogue,
 * component by component, with equal weights; they are the platform's monitoring models, not an official
 * scheme (the points and bands of TT 44/2014/TT-BGDĐT are UNCONFIRMED and not used).
 */
export type ScoringModel = {
  __typename?: 'ScoringModel';
  /** Grade bands, highest first. */
  bands: Array<GradeBand>;
  components: Array<ScoringComponentSpec>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Coverage (share of weight with data) below which no grade is given. */
  minCoverageForGrade: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  /** First data year the model applies to. */
  validFromYear: Scalars['Int']['output'];
  /** Last data year (null = open-ended). */
  validToYear?: Maybe<Scalars['Int']['output']>;
};

/** What a target's shortfall counts. */
export type ShortfallUnit =
  /** People of 15 and over (the literacy and illiteracy targets). */
  | 'ADULTS'
  /** Books (culture's books per person). */
  | 'BOOKS'
  /** Cadres, civil servants, village leaders. */
  | 'CADRES'
  /** District continuing-education centres. */
  | 'CENTRES'
  | 'CHILDREN'
  | 'CLANS'
  /** Steering committees (V.11 deadlines). */
  | 'COMMITTEES'
  /** Course enrolments. */
  | 'ENROLMENTS'
  | 'HOUSEHOLDS'
  /** Units assessed (V.8). */
  | 'UNITS'
  /** Villages and residential groups. */
  | 'VILLAGES'
  | 'WORKERS';

/**
 * A steering committee for building a learning society (Ban Chỉ đạo xây dựng xã hội học tập), III.2 and V.11.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type SteeringCommittee = {
  __typename?: 'SteeringCommittee';
  /** The deadline of V.11 for its level (2013-04-30 districts, 2013-06-30 communes); null for the province. */
  deadline?: Maybe<Scalars['String']['output']>;
  /** Reference of the establishing decision, when recorded. */
  decisionRef?: Maybe<Scalars['String']['output']>;
  /** Date established (YYYY-MM-DD); null when not (yet) established. */
  establishedOn?: Maybe<Scalars['String']['output']>;
  /** Province, district or commune. */
  level: SteeringCommitteeLevel;
  /** True when established on or before the deadline. */
  onTime: Scalars['Boolean']['output'];
  /** SYNTHETIC label for generated demo data, else who recorded it. */
  source: Scalars['String']['output'];
  /** GSO code of the province, district or commune. */
  unitCode: Scalars['String']['output'];
  /** When the row was last written (ISO-8601 UTC); rows stored before updatedAt existed carry the time it was added. */
  updatedAt: Scalars['String']['output'];
};

/** A page of steering committees. */
export type SteeringCommitteeConnection = {
  __typename?: 'SteeringCommitteeConnection';
  /** Keys of steering committees deleted at or after updatedSince (empty without it). */
  deleted: Array<DeletedRow>;
  /** Steering committees of this page, in level and unit-code order. */
  nodes: Array<SteeringCommittee>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Steering committees matching the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A steering committee. Also the CSV header of importSteeringCommitteesCsv. */
export type SteeringCommitteeInput = {
  /** Reference of the establishing decision (số quyết định), optional. */
  decisionRef?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, not in the future; null when not established. */
  establishedOn?: InputMaybe<Scalars['String']['input']>;
  /** Province, district or commune. */
  level: SteeringCommitteeLevel;
  /** GSO code of the province ("14"), a district or a commune. */
  unitCode: Scalars['String']['input'];
};

/** Level of a steering committee. */
export type SteeringCommitteeLevel =
  /** Cấp xã, phường, thị trấn (deadline: before 7/2013, V.11). */
  | 'COMMUNE'
  /** Cấp huyện, thành phố (deadline: before 5/2013, V.11). */
  | 'DISTRICT'
  /** Cấp tỉnh. */
  | 'PROVINCE';

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

/** How a measured value is compared with a target value (or a date with a deadline). */
export type TargetComparator =
  /** More than (>): 'trên' a rate. */
  | 'GT'
  /** At least (≥): 'đạt' a rate. */
  | 'GTE'
  /** At most (≤): 'giảm … xuống còn' a rate, or on or before a deadline date. */
  | 'LTE';

/** Filter of the target catalogue; every given condition must hold. */
export type TargetFilter = {
  /** Only targets of this responsible department: education, vocational, workforce or awards. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** Only targets measured by this indicator code (shared indicator catalogue). */
  indicator?: InputMaybe<Scalars['String']['input']>;
  /** Only targets for this year (2013, 2015, 2020). Targets without a year are left out when a year is given. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * On-track forecast of one target for one unit. SYNTHETIC in the demo databases: seeded figures are generated
 * demo data, not official statistics.
 */
export type TargetForecast = {
  __typename?: 'TargetForecast';
  /** Change per year recorded from the baseline to the latest year. */
  actualAnnualChange?: Maybe<Scalars['Float']['output']>;
  baselineYear?: Maybe<Scalars['Int']['output']>;
  latestYear?: Maybe<Scalars['Int']['output']>;
  method: ForecastMethod;
  /** actualAnnualChange ÷ requiredAnnualChange; null when not projected or meaningless (baseline already at the target). */
  progressRatio?: Maybe<Scalars['Float']['output']>;
  /** Value projected at the target year; null when not projected (deadline reached, fewer than 2 years). */
  projectedValue?: Maybe<Scalars['Float']['output']>;
  /** Change per year needed from the baseline to reach the target by its year (indicator units per year). */
  requiredAnnualChange?: Maybe<Scalars['Float']['output']>;
  status: ForecastStatus;
  targetYear?: Maybe<Scalars['Int']['output']>;
  /** How many recorded years the forecast used. */
  yearsUsed: Scalars['Int']['output'];
};

/** Kind of target. */
export type TargetKind =
  /** Something to be done by a deadline date (e.g. steering committees established). */
  | 'DEADLINE'
  /** A rate (percent) to reach by the target year. */
  | 'RATE';

/**
 * Progress of one unit in one year towards one catalogue target.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type TargetProgress = {
  __typename?: 'TargetProgress';
  actual?: Maybe<Scalars['Float']['output']>;
  /** actual − previous. */
  change?: Maybe<Scalars['Float']['output']>;
  clause: Scalars['String']['output'];
  comparator: TargetComparator;
  deadline?: Maybe<Scalars['String']['output']>;
  denominator?: Maybe<Scalars['Float']['output']>;
  /** True when the data year is at or after the target's year. */
  due: Scalars['Boolean']['output'];
  /** Will the target be reached by its year at the pace recorded? Null for a target not measured or not applicable to the unit. */
  forecast?: Maybe<TargetForecast>;
  /** Distance to the target in the indicator's unit: positive = short of it. */
  gap?: Maybe<Scalars['Float']['output']>;
  indicator?: Maybe<Scalars['String']['output']>;
  /** Whether the source department's data of this year is locked (approved) over the unit's territory; null when its lock state did not arrive. */
  locked?: Maybe<Scalars['Boolean']['output']>;
  met?: Maybe<Scalars['Boolean']['output']>;
  numerator?: Maybe<Scalars['Float']['output']>;
  /** Value one year earlier. */
  previous?: Maybe<Scalars['Float']['output']>;
  /** Where the actual value comes from: SYNTHETIC demo data, IMPORTED, or MIXED; null without data. */
  provenance?: Maybe<Provenance>;
  /**
   * How many are still missing to reach the target, in shortfallUnit (0 when met): at least p% (GTE)
   * max(0, ceil(p/100 × denominator − numerator)); above p% (GT, "trên") the smallest n with (numerator + n) /
   * denominator > p/100; at most p% (LTE, illiteracy) max(0, ceil(numerator − p/100 × denominator)), how many
   * must leave the numerator. Null without data, and for a commune of today read in an earlier year whose territory
   * is incomplete (complete: false).
   */
  shortfall?: Maybe<Scalars['Int']['output']>;
  /**
   * District and province: the sum of the shortfalls of the units below, over its reporting communes (for a
   * target no commune reports — district centres, district civil servants, district committees — over the
   * districts for the province, the district's own for a district). It is at least shortfall: a commune above the
   * target does not fill another's gap. Units without data add nothing; null when none has a shortfall, and on a commune.
   */
  shortfallOfUnits?: Maybe<Scalars['Int']['output']>;
  /** What the shortfall counts: the target indicator's numerator unit. */
  shortfallUnit?: Maybe<ShortfallUnit>;
  source: Scalars['String']['output'];
  status: ProgressStatus;
  /** Target value (deadline targets: 100% of units on time). */
  target?: Maybe<Scalars['Float']['output']>;
  targetId: Scalars['String']['output'];
  targetYear?: Maybe<Scalars['Int']['output']>;
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
  CommuneEducationStatistics: ResolverTypeWrapper<StatisticsRowModel>;
  CommuneYear: ResolverTypeWrapper<CommuneYearModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CommunityLearningCentre: ResolverTypeWrapper<LearningCentreModel>;
  CommunityLearningCentreConnection: ResolverTypeWrapper<LearningCentreConnectionModel>;
  CommunityLearningCentreInput: CommunityLearningCentreInput;
  CommunityLearningCentreSummary: ResolverTypeWrapper<Omit<CommunityLearningCentreSummary, 'centres'> & { centres: Array<ResolversTypes['CommunityLearningCentre']> }>;
  ComponentStatus: ComponentStatus;
  ContinuingEducationCentre: ResolverTypeWrapper<ContinuingEducationCentreModel>;
  ContinuingEducationCentreConnection: ResolverTypeWrapper<ContinuingEducationCentreConnectionModel>;
  ContinuingEducationCentreInput: ContinuingEducationCentreInput;
  DataQualityFinding: ResolverTypeWrapper<DataQualityFinding>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DataQualityImportance: DataQualityImportance;
  DataQualityKind: DataQualityKind;
  DataQualityRange: ResolverTypeWrapper<DataQualityRange>;
  DataQualityRule: ResolverTypeWrapper<DataQualityRule>;
  DataQualityRuleCatalogue: ResolverTypeWrapper<DataQualityRuleCatalogue>;
  DataQualitySide: ResolverTypeWrapper<DataQualitySide>;
  DatasetColumn: ResolverTypeWrapper<DatasetColumn>;
  DatasetDescription: ResolverTypeWrapper<DatasetDescription>;
  DatasetReporting: ResolverTypeWrapper<DatasetReporting>;
  DeletedRow: ResolverTypeWrapper<DeletedRow>;
  DistrictYear: ResolverTypeWrapper<DistrictYearModel>;
  EducationAuditConnection: ResolverTypeWrapper<AuditConnectionModel>;
  EducationCounts: ResolverTypeWrapper<EducationCounts>;
  EducationRate: ResolverTypeWrapper<EducationRate>;
  EducationStatisticsConnection: ResolverTypeWrapper<StatisticsConnectionModel>;
  EducationStatisticsInput: EducationStatisticsInput;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  FlexibleLearningIndicators: ResolverTypeWrapper<FlexibleLearningIndicators>;
  ForecastMethod: ForecastMethod;
  ForecastStatus: ForecastStatus;
  GradeBand: ResolverTypeWrapper<GradeBand>;
  ImportResult: ResolverTypeWrapper<ImportResult>;
  IndicatorValue: ResolverTypeWrapper<IndicatorValue>;
  InputProblem: ResolverTypeWrapper<InputProblem>;
  LearningCentreRating: LearningCentreRating;
  LearningSocietyScore: ResolverTypeWrapper<ScoreModel>;
  LiteracyIndicators: ResolverTypeWrapper<LiteracyIndicators>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeriodLock: ResolverTypeWrapper<PeriodLock>;
  PreschoolIndicators: ResolverTypeWrapper<PreschoolIndicators>;
  ProgrammeTarget: ResolverTypeWrapper<ProgrammeTargetModel>;
  ProgressStatus: ProgressStatus;
  Provenance: Provenance;
  ProvinceYear: ResolverTypeWrapper<ProvinceYearModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReportingPeriod: ResolverTypeWrapper<ReportingPeriod>;
  ReportingResult: ResolverTypeWrapper<ReportingResult>;
  ReportingTransition: ResolverTypeWrapper<ReportingTransition>;
  RowChange: ResolverTypeWrapper<RowChange>;
  ScoreComponent: ResolverTypeWrapper<ScoreComponentModel>;
  ScoringComponentSpec: ResolverTypeWrapper<ScoringComponentSpecModel>;
  ScoringModel: ResolverTypeWrapper<ScoringModelModel>;
  ShortfallUnit: ShortfallUnit;
  SteeringCommittee: ResolverTypeWrapper<SteeringCommitteeModel>;
  SteeringCommitteeConnection: ResolverTypeWrapper<SteeringCommitteeConnectionModel>;
  SteeringCommitteeInput: SteeringCommitteeInput;
  SteeringCommitteeLevel: SteeringCommitteeLevel;
  SubmissionChange: ResolverTypeWrapper<SubmissionChange>;
  SubmissionChangeConnection: ResolverTypeWrapper<SubmissionChangeConnection>;
  TargetComparator: TargetComparator;
  TargetFilter: TargetFilter;
  TargetForecast: ResolverTypeWrapper<TargetForecast>;
  TargetKind: TargetKind;
  TargetProgress: ResolverTypeWrapper<TargetProgressModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditRecord: AuditRecordModel;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  CommuneEducationStatistics: StatisticsRowModel;
  CommuneYear: CommuneYearModel;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  CommunityLearningCentre: LearningCentreModel;
  CommunityLearningCentreConnection: LearningCentreConnectionModel;
  CommunityLearningCentreInput: CommunityLearningCentreInput;
  CommunityLearningCentreSummary: Omit<CommunityLearningCentreSummary, 'centres'> & { centres: Array<ResolversParentTypes['CommunityLearningCentre']> };
  ContinuingEducationCentre: ContinuingEducationCentreModel;
  ContinuingEducationCentreConnection: ContinuingEducationCentreConnectionModel;
  ContinuingEducationCentreInput: ContinuingEducationCentreInput;
  DataQualityFinding: DataQualityFinding;
  Float: Scalars['Float']['output'];
  DataQualityRange: DataQualityRange;
  DataQualityRule: DataQualityRule;
  DataQualityRuleCatalogue: DataQualityRuleCatalogue;
  DataQualitySide: DataQualitySide;
  DatasetColumn: DatasetColumn;
  DatasetDescription: DatasetDescription;
  DatasetReporting: DatasetReporting;
  DeletedRow: DeletedRow;
  DistrictYear: DistrictYearModel;
  EducationAuditConnection: AuditConnectionModel;
  EducationCounts: EducationCounts;
  EducationRate: EducationRate;
  EducationStatisticsConnection: StatisticsConnectionModel;
  EducationStatisticsInput: EducationStatisticsInput;
  FieldChange: FieldChange;
  FlexibleLearningIndicators: FlexibleLearningIndicators;
  GradeBand: GradeBand;
  ImportResult: ImportResult;
  IndicatorValue: IndicatorValue;
  InputProblem: InputProblem;
  LearningSocietyScore: ScoreModel;
  LiteracyIndicators: LiteracyIndicators;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PeriodLock: PeriodLock;
  PreschoolIndicators: PreschoolIndicators;
  ProgrammeTarget: ProgrammeTargetModel;
  ProvinceYear: ProvinceYearModel;
  Query: Record<PropertyKey, never>;
  ReportingPeriod: ReportingPeriod;
  ReportingResult: ReportingResult;
  ReportingTransition: ReportingTransition;
  RowChange: RowChange;
  ScoreComponent: ScoreComponentModel;
  ScoringComponentSpec: ScoringComponentSpecModel;
  ScoringModel: ScoringModelModel;
  SteeringCommittee: SteeringCommitteeModel;
  SteeringCommitteeConnection: SteeringCommitteeConnectionModel;
  SteeringCommitteeInput: SteeringCommitteeInput;
  SubmissionChange: SubmissionChange;
  SubmissionChangeConnection: SubmissionChangeConnection;
  TargetFilter: TargetFilter;
  TargetForecast: TargetForecast;
  TargetProgress: TargetProgressModel;
};

export type AuditRecordResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['AuditRecord'] = ResolversParentTypes['AuditRecord']> = {
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

export type CommuneEducationStatisticsResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['CommuneEducationStatistics'] = ResolversParentTypes['CommuneEducationStatistics']> = {
  communeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['EducationCounts'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommuneYearResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['CommuneYear'] = ResolversParentTypes['CommuneYear'], FederationReferenceType extends FederationReferenceTypes['CommuneYear'] = FederationReferenceTypes['CommuneYear']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CommuneYear']> | FederationReferenceType, FederationReferenceType, ContextType>;
  boundaries?: Resolver<ResolversTypes['Boundaries'], ParentType, ContextType>;
  communeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  communeCommitteesOnTime?: Resolver<Maybe<ResolversTypes['EducationRate']>, ParentType, ContextType>;
  communityLearningCentres?: Resolver<Maybe<ResolversTypes['CommunityLearningCentreSummary']>, ParentType, ContextType>;
  continuingEducationCentresAlsoVocational?: Resolver<Maybe<ResolversTypes['EducationRate']>, ParentType, ContextType>;
  educationCounts?: Resolver<Maybe<ResolversTypes['EducationCounts']>, ParentType, ContextType>;
  educationIndicators?: Resolver<Maybe<Array<ResolversTypes['IndicatorValue']>>, ParentType, ContextType>;
  educationLocked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  flexibleLearning?: Resolver<Maybe<ResolversTypes['FlexibleLearningIndicators']>, ParentType, ContextType>;
  grade1Entry?: Resolver<Maybe<ResolversTypes['EducationRate']>, ParentType, ContextType>;
  learningSociety?: Resolver<Maybe<ResolversTypes['LearningSocietyScore']>, ParentType, ContextType, Partial<CommuneYearLearningSocietyArgs>>;
  literacy?: Resolver<Maybe<ResolversTypes['LiteracyIndicators']>, ParentType, ContextType>;
  preschool?: Resolver<Maybe<ResolversTypes['PreschoolIndicators']>, ParentType, ContextType>;
  steeringCommittees?: Resolver<Maybe<Array<ResolversTypes['SteeringCommittee']>>, ParentType, ContextType>;
  targetProgress?: Resolver<Maybe<Array<ResolversTypes['TargetProgress']>>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommunityLearningCentreResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['CommunityLearningCentre'] = ResolversParentTypes['CommunityLearningCentre']> = {
  activities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  communeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  established?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  establishedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  learners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['LearningCentreRating']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommunityLearningCentreConnectionResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['CommunityLearningCentreConnection'] = ResolversParentTypes['CommunityLearningCentreConnection']> = {
  deleted?: Resolver<Array<ResolversTypes['DeletedRow']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CommunityLearningCentre']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommunityLearningCentreSummaryResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['CommunityLearningCentreSummary'] = ResolversParentTypes['CommunityLearningCentreSummary']> = {
  activities?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  centres?: Resolver<Array<ResolversTypes['CommunityLearningCentre']>, ParentType, ContextType>;
  communes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  communesReporting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  established?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  learners?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ratedAverage?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ratedFair?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ratedGood?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ratedWeak?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContinuingEducationCentreResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['ContinuingEducationCentre'] = ResolversParentTypes['ContinuingEducationCentre']> = {
  alsoVocational?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  districtCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContinuingEducationCentreConnectionResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['ContinuingEducationCentreConnection'] = ResolversParentTypes['ContinuingEducationCentreConnection']> = {
  deleted?: Resolver<Array<ResolversTypes['DeletedRow']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ContinuingEducationCentre']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DataQualityFindingResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['DataQualityFinding'] = ResolversParentTypes['DataQualityFinding']> = {
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  importance?: Resolver<ResolversTypes['DataQualityImportance'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DataQualityKind'], ParentType, ContextType>;
  left?: Resolver<ResolversTypes['DataQualitySide'], ParentType, ContextType>;
  mad?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  median?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  right?: Resolver<Maybe<ResolversTypes['DataQualitySide']>, ParentType, ContextType>;
  ruleCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DataQualityRangeResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['DataQualityRange'] = ResolversParentTypes['DataQualityRange']> = {
  importance?: Resolver<ResolversTypes['DataQualityImportance'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  operand?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DataQualityRuleResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['DataQualityRule'] = ResolversParentTypes['DataQualityRule']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  importance?: Resolver<ResolversTypes['DataQualityImportance'], ParentType, ContextType>;
  left?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  op?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  right?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DataQualityRuleCatalogueResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['DataQualityRuleCatalogue'] = ResolversParentTypes['DataQualityRuleCatalogue']> = {
  ranges?: Resolver<Array<ResolversTypes['DataQualityRange']>, ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['DataQualityRule']>, ParentType, ContextType>;
};

export type DataQualitySideResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['DataQualitySide'] = ResolversParentTypes['DataQualitySide']> = {
  dataset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  part?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType>;
  row?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DatasetColumnResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['DatasetColumn'] = ResolversParentTypes['DatasetColumn']> = {
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

export type DatasetDescriptionResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['DatasetDescription'] = ResolversParentTypes['DatasetDescription']> = {
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

export type DatasetReportingResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['DatasetReporting'] = ResolversParentTypes['DatasetReporting']> = {
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

export type DeletedRowResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['DeletedRow'] = ResolversParentTypes['DeletedRow']> = {
  deletedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DistrictYearResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['DistrictYear'] = ResolversParentTypes['DistrictYear'], FederationReferenceType extends FederationReferenceTypes['DistrictYear'] = FederationReferenceTypes['DistrictYear']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DistrictYear']> | FederationReferenceType, FederationReferenceType, ContextType>;
  communeCommitteesOnTime?: Resolver<Maybe<ResolversTypes['EducationRate']>, ParentType, ContextType>;
  communityLearningCentres?: Resolver<Maybe<ResolversTypes['CommunityLearningCentreSummary']>, ParentType, ContextType>;
  continuingEducationCentres?: Resolver<Maybe<Array<ResolversTypes['ContinuingEducationCentre']>>, ParentType, ContextType>;
  continuingEducationCentresAlsoVocational?: Resolver<Maybe<ResolversTypes['EducationRate']>, ParentType, ContextType>;
  dataQuality?: Resolver<Array<ResolversTypes['DataQualityFinding']>, ParentType, ContextType, Partial<DistrictYearDataQualityArgs>>;
  districtCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  districtCommitteesOnTime?: Resolver<Maybe<ResolversTypes['EducationRate']>, ParentType, ContextType>;
  educationCounts?: Resolver<Maybe<ResolversTypes['EducationCounts']>, ParentType, ContextType>;
  educationIndicators?: Resolver<Maybe<Array<ResolversTypes['IndicatorValue']>>, ParentType, ContextType>;
  educationLocked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  educationReporting?: Resolver<Array<ResolversTypes['DatasetReporting']>, ParentType, ContextType>;
  flexibleLearning?: Resolver<Maybe<ResolversTypes['FlexibleLearningIndicators']>, ParentType, ContextType>;
  grade1Entry?: Resolver<Maybe<ResolversTypes['EducationRate']>, ParentType, ContextType>;
  learningSociety?: Resolver<Maybe<ResolversTypes['LearningSocietyScore']>, ParentType, ContextType, Partial<DistrictYearLearningSocietyArgs>>;
  literacy?: Resolver<Maybe<ResolversTypes['LiteracyIndicators']>, ParentType, ContextType>;
  preschool?: Resolver<Maybe<ResolversTypes['PreschoolIndicators']>, ParentType, ContextType>;
  steeringCommittees?: Resolver<Maybe<Array<ResolversTypes['SteeringCommittee']>>, ParentType, ContextType>;
  targetProgress?: Resolver<Maybe<Array<ResolversTypes['TargetProgress']>>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EducationAuditConnectionResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['EducationAuditConnection'] = ResolversParentTypes['EducationAuditConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['AuditRecord']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EducationCountsResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['EducationCounts'] = ResolversParentTypes['EducationCounts']> = {
  age3To5InKindergarten?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  age3To5InKindergartenNonPublic?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  age5InKindergarten?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  age6EnteringGrade1?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  children3To5?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  childrenAge5?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  childrenAge6?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  childrenUnder3?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  illiterateWorkingAgeFemale?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  illiterateWorkingAgeMale?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  literate15To35Female?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  literate15To35Male?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outOfSchool6To10?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outOfSchool6To10InFlexible?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outOfSchool11To14?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outOfSchool11To14InFlexible?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  population15To35Female?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  population15To35Male?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportingUnits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  under3InNursery?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  under3InNurseryNonPublic?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workingAgeFemale?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workingAgeMale?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EducationRateResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['EducationRate'] = ResolversParentTypes['EducationRate']> = {
  denominator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  indicatorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  numerator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  provenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitsExpected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitsReporting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type EducationStatisticsConnectionResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['EducationStatisticsConnection'] = ResolversParentTypes['EducationStatisticsConnection']> = {
  deleted?: Resolver<Array<ResolversTypes['DeletedRow']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CommuneEducationStatistics']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FlexibleLearningIndicatorsResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['FlexibleLearningIndicators'] = ResolversParentTypes['FlexibleLearningIndicators']> = {
  age6To10?: Resolver<ResolversTypes['EducationRate'], ParentType, ContextType>;
  age11To14?: Resolver<ResolversTypes['EducationRate'], ParentType, ContextType>;
};

export type GradeBandResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['GradeBand'] = ResolversParentTypes['GradeBand']> = {
  grade?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minTotal?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ImportResultResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = {
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

export type IndicatorValueResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['IndicatorValue'] = ResolversParentTypes['IndicatorValue']> = {
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

export type InputProblemResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['InputProblem'] = ResolversParentTypes['InputProblem']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type LearningSocietyScoreResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['LearningSocietyScore'] = ResolversParentTypes['LearningSocietyScore']> = {
  approved?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  components?: Resolver<Array<ResolversTypes['ScoreComponent']>, ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  model?: Resolver<ResolversTypes['ScoringModel'], ParentType, ContextType>;
  provenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unapprovedSources?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  unavailableSources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  unplacedUnits?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LiteracyIndicatorsResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['LiteracyIndicators'] = ResolversParentTypes['LiteracyIndicators']> = {
  illiterateWorkingAge?: Resolver<ResolversTypes['EducationRate'], ParentType, ContextType>;
  illiterateWorkingAgeFemale?: Resolver<ResolversTypes['EducationRate'], ParentType, ContextType>;
  illiterateWorkingAgeMale?: Resolver<ResolversTypes['EducationRate'], ParentType, ContextType>;
  literate15To35?: Resolver<ResolversTypes['EducationRate'], ParentType, ContextType>;
  literate15To35Female?: Resolver<ResolversTypes['EducationRate'], ParentType, ContextType>;
  literate15To35Male?: Resolver<ResolversTypes['EducationRate'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  approveEducationPeriod?: Resolver<ResolversTypes['ReportingResult'], ParentType, ContextType, RequireFields<MutationApproveEducationPeriodArgs, 'unitCode' | 'year'>>;
  deleteCommunityLearningCentre?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationDeleteCommunityLearningCentreArgs, 'communeCode' | 'year'>>;
  deleteContinuingEducationCentre?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationDeleteContinuingEducationCentreArgs, 'districtCode' | 'year'>>;
  deleteEducationStatistics?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationDeleteEducationStatisticsArgs, 'communeCode' | 'year'>>;
  deleteSteeringCommittee?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationDeleteSteeringCommitteeArgs, 'level' | 'unitCode'>>;
  importCommunityLearningCentresCsv?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportCommunityLearningCentresCsvArgs, 'csv' | 'dryRun'>>;
  importContinuingEducationCentresCsv?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportContinuingEducationCentresCsvArgs, 'csv' | 'dryRun'>>;
  importEducationStatisticsCsv?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportEducationStatisticsCsvArgs, 'csv' | 'dryRun'>>;
  importSteeringCommitteesCsv?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportSteeringCommitteesCsvArgs, 'csv' | 'dryRun'>>;
  lockEducationPeriod?: Resolver<ResolversTypes['PeriodLock'], ParentType, ContextType, RequireFields<MutationLockEducationPeriodArgs, 'year'>>;
  recordCommunityLearningCentre?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationRecordCommunityLearningCentreArgs, 'input'>>;
  recordContinuingEducationCentre?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationRecordContinuingEducationCentreArgs, 'input'>>;
  recordEducationStatistics?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationRecordEducationStatisticsArgs, 'input'>>;
  recordSteeringCommittee?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationRecordSteeringCommitteeArgs, 'input'>>;
  returnEducationPeriod?: Resolver<ResolversTypes['ReportingResult'], ParentType, ContextType, RequireFields<MutationReturnEducationPeriodArgs, 'comment' | 'unitCode' | 'year'>>;
  submitEducationPeriod?: Resolver<ResolversTypes['ReportingResult'], ParentType, ContextType, RequireFields<MutationSubmitEducationPeriodArgs, 'unitCode' | 'year'>>;
  unapproveEducationPeriod?: Resolver<ResolversTypes['ReportingResult'], ParentType, ContextType, RequireFields<MutationUnapproveEducationPeriodArgs, 'unitCode' | 'year'>>;
  unlockEducationPeriod?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnlockEducationPeriodArgs, 'year'>>;
};

export type PageInfoResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PeriodLockResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['PeriodLock'] = ResolversParentTypes['PeriodLock']> = {
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  districtCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lockedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lockedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PreschoolIndicatorsResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['PreschoolIndicators'] = ResolversParentTypes['PreschoolIndicators']> = {
  age3To4InKindergarten?: Resolver<ResolversTypes['EducationRate'], ParentType, ContextType>;
  age3To5InKindergarten?: Resolver<ResolversTypes['EducationRate'], ParentType, ContextType>;
  age5InKindergarten?: Resolver<ResolversTypes['EducationRate'], ParentType, ContextType>;
  kindergartenNonPublic?: Resolver<ResolversTypes['EducationRate'], ParentType, ContextType>;
  nurseryNonPublic?: Resolver<ResolversTypes['EducationRate'], ParentType, ContextType>;
  under3InNursery?: Resolver<ResolversTypes['EducationRate'], ParentType, ContextType>;
};

export type ProgrammeTargetResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['ProgrammeTarget'] = ResolversParentTypes['ProgrammeTarget']> = {
  clause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comparator?: Resolver<ResolversTypes['TargetComparator'], ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicatorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TargetKind'], ParentType, ContextType>;
  labelEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responsibleVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subShareOf?: Resolver<Maybe<ResolversTypes['ProgrammeTarget']>, ParentType, ContextType>;
  targetYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  wordingVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProvinceYearResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['ProvinceYear'] = ResolversParentTypes['ProvinceYear'], FederationReferenceType extends FederationReferenceTypes['ProvinceYear'] = FederationReferenceTypes['ProvinceYear']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProvinceYear']> | FederationReferenceType, FederationReferenceType, ContextType>;
  communeCommitteesOnTime?: Resolver<Maybe<ResolversTypes['EducationRate']>, ParentType, ContextType>;
  communityLearningCentres?: Resolver<Maybe<ResolversTypes['CommunityLearningCentreSummary']>, ParentType, ContextType>;
  continuingEducationCentres?: Resolver<Maybe<Array<ResolversTypes['ContinuingEducationCentre']>>, ParentType, ContextType>;
  continuingEducationCentresAlsoVocational?: Resolver<Maybe<ResolversTypes['EducationRate']>, ParentType, ContextType>;
  dataQuality?: Resolver<Array<ResolversTypes['DataQualityFinding']>, ParentType, ContextType, Partial<ProvinceYearDataQualityArgs>>;
  districtCommitteesOnTime?: Resolver<Maybe<ResolversTypes['EducationRate']>, ParentType, ContextType>;
  educationCounts?: Resolver<Maybe<ResolversTypes['EducationCounts']>, ParentType, ContextType>;
  educationIndicators?: Resolver<Maybe<Array<ResolversTypes['IndicatorValue']>>, ParentType, ContextType>;
  educationLocked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  educationReporting?: Resolver<Array<ResolversTypes['DatasetReporting']>, ParentType, ContextType>;
  flexibleLearning?: Resolver<Maybe<ResolversTypes['FlexibleLearningIndicators']>, ParentType, ContextType>;
  grade1Entry?: Resolver<Maybe<ResolversTypes['EducationRate']>, ParentType, ContextType>;
  learningSociety?: Resolver<Maybe<ResolversTypes['LearningSocietyScore']>, ParentType, ContextType, Partial<ProvinceYearLearningSocietyArgs>>;
  literacy?: Resolver<Maybe<ResolversTypes['LiteracyIndicators']>, ParentType, ContextType>;
  preschool?: Resolver<Maybe<ResolversTypes['PreschoolIndicators']>, ParentType, ContextType>;
  provinceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  steeringCommittees?: Resolver<Maybe<Array<ResolversTypes['SteeringCommittee']>>, ParentType, ContextType>;
  targetProgress?: Resolver<Maybe<Array<ResolversTypes['TargetProgress']>>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  communityLearningCentres?: Resolver<ResolversTypes['CommunityLearningCentreConnection'], ParentType, ContextType, RequireFields<QueryCommunityLearningCentresArgs, 'first' | 'year'>>;
  continuingEducationCentres?: Resolver<ResolversTypes['ContinuingEducationCentreConnection'], ParentType, ContextType, RequireFields<QueryContinuingEducationCentresArgs, 'first' | 'year'>>;
  dataQualityRules?: Resolver<ResolversTypes['DataQualityRuleCatalogue'], ParentType, ContextType>;
  educationAudit?: Resolver<ResolversTypes['EducationAuditConnection'], ParentType, ContextType, RequireFields<QueryEducationAuditArgs, 'first'>>;
  educationDatasets?: Resolver<Array<ResolversTypes['DatasetDescription']>, ParentType, ContextType>;
  educationPeriodLocks?: Resolver<Array<ResolversTypes['PeriodLock']>, ParentType, ContextType, Partial<QueryEducationPeriodLocksArgs>>;
  educationReportingPeriods?: Resolver<Array<ResolversTypes['ReportingPeriod']>, ParentType, ContextType, RequireFields<QueryEducationReportingPeriodsArgs, 'year'>>;
  educationStatistics?: Resolver<ResolversTypes['EducationStatisticsConnection'], ParentType, ContextType, RequireFields<QueryEducationStatisticsArgs, 'first' | 'year'>>;
  educationSubmissionChanges?: Resolver<ResolversTypes['SubmissionChangeConnection'], ParentType, ContextType, RequireFields<QueryEducationSubmissionChangesArgs, 'dataset' | 'first' | 'unitCode' | 'year'>>;
  scoringModel?: Resolver<Maybe<ResolversTypes['ScoringModel']>, ParentType, ContextType, RequireFields<QueryScoringModelArgs, 'id'>>;
  scoringModels?: Resolver<Array<ResolversTypes['ScoringModel']>, ParentType, ContextType>;
  steeringCommittees?: Resolver<ResolversTypes['SteeringCommitteeConnection'], ParentType, ContextType, RequireFields<QuerySteeringCommitteesArgs, 'first'>>;
  target?: Resolver<Maybe<ResolversTypes['ProgrammeTarget']>, ParentType, ContextType, RequireFields<QueryTargetArgs, 'id'>>;
  targets?: Resolver<Array<ResolversTypes['ProgrammeTarget']>, ParentType, ContextType, Partial<QueryTargetsArgs>>;
};

export type ReportingPeriodResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['ReportingPeriod'] = ResolversParentTypes['ReportingPeriod']> = {
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

export type ReportingResultResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['ReportingResult'] = ResolversParentTypes['ReportingResult']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['ReportingPeriod'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['InputProblem']>, ParentType, ContextType>;
};

export type ReportingTransitionResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['ReportingTransition'] = ResolversParentTypes['ReportingTransition']> = {
  acknowledgedWarnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RowChangeResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['RowChange'] = ResolversParentTypes['RowChange']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ScoreComponentResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['ScoreComponent'] = ResolversParentTypes['ScoreComponent']> = {
  clause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comparator?: Resolver<ResolversTypes['TargetComparator'], ParentType, ContextType>;
  denominator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  met?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  numerator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  optional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  points?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  provenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComponentStatus'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ScoringComponentSpecResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['ScoringComponentSpec'] = ResolversParentTypes['ScoringComponentSpec']> = {
  clause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comparator?: Resolver<ResolversTypes['TargetComparator'], ParentType, ContextType>;
  indicatorCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  optional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ScoringModelResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['ScoringModel'] = ResolversParentTypes['ScoringModel']> = {
  bands?: Resolver<Array<ResolversTypes['GradeBand']>, ParentType, ContextType>;
  components?: Resolver<Array<ResolversTypes['ScoringComponentSpec']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minCoverageForGrade?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFromYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  validToYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type SteeringCommitteeResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['SteeringCommittee'] = ResolversParentTypes['SteeringCommittee']> = {
  deadline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  establishedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['SteeringCommitteeLevel'], ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SteeringCommitteeConnectionResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['SteeringCommitteeConnection'] = ResolversParentTypes['SteeringCommitteeConnection']> = {
  deleted?: Resolver<Array<ResolversTypes['DeletedRow']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SteeringCommittee']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubmissionChangeResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['SubmissionChange'] = ResolversParentTypes['SubmissionChange']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  batchId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubmissionChangeConnectionResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['SubmissionChangeConnection'] = ResolversParentTypes['SubmissionChangeConnection']> = {
  dataset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SubmissionChange']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TargetForecastResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['TargetForecast'] = ResolversParentTypes['TargetForecast']> = {
  actualAnnualChange?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  baselineYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  latestYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ForecastMethod'], ParentType, ContextType>;
  progressRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  projectedValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  requiredAnnualChange?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ForecastStatus'], ParentType, ContextType>;
  targetYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  yearsUsed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TargetProgressResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['TargetProgress'] = ResolversParentTypes['TargetProgress']> = {
  actual?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  change?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  clause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comparator?: Resolver<ResolversTypes['TargetComparator'], ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  denominator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  due?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  forecast?: Resolver<Maybe<ResolversTypes['TargetForecast']>, ParentType, ContextType>;
  gap?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  met?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  numerator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  provenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType>;
  shortfall?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  shortfallOfUnits?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  shortfallUnit?: Resolver<Maybe<ResolversTypes['ShortfallUnit']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProgressStatus'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = EducationContext> = {
  AuditRecord?: AuditRecordResolvers<ContextType>;
  CommuneEducationStatistics?: CommuneEducationStatisticsResolvers<ContextType>;
  CommuneYear?: CommuneYearResolvers<ContextType>;
  CommunityLearningCentre?: CommunityLearningCentreResolvers<ContextType>;
  CommunityLearningCentreConnection?: CommunityLearningCentreConnectionResolvers<ContextType>;
  CommunityLearningCentreSummary?: CommunityLearningCentreSummaryResolvers<ContextType>;
  ContinuingEducationCentre?: ContinuingEducationCentreResolvers<ContextType>;
  ContinuingEducationCentreConnection?: ContinuingEducationCentreConnectionResolvers<ContextType>;
  DataQualityFinding?: DataQualityFindingResolvers<ContextType>;
  DataQualityRange?: DataQualityRangeResolvers<ContextType>;
  DataQualityRule?: DataQualityRuleResolvers<ContextType>;
  DataQualityRuleCatalogue?: DataQualityRuleCatalogueResolvers<ContextType>;
  DataQualitySide?: DataQualitySideResolvers<ContextType>;
  DatasetColumn?: DatasetColumnResolvers<ContextType>;
  DatasetDescription?: DatasetDescriptionResolvers<ContextType>;
  DatasetReporting?: DatasetReportingResolvers<ContextType>;
  DeletedRow?: DeletedRowResolvers<ContextType>;
  DistrictYear?: DistrictYearResolvers<ContextType>;
  EducationAuditConnection?: EducationAuditConnectionResolvers<ContextType>;
  EducationCounts?: EducationCountsResolvers<ContextType>;
  EducationRate?: EducationRateResolvers<ContextType>;
  EducationStatisticsConnection?: EducationStatisticsConnectionResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  FlexibleLearningIndicators?: FlexibleLearningIndicatorsResolvers<ContextType>;
  GradeBand?: GradeBandResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  IndicatorValue?: IndicatorValueResolvers<ContextType>;
  InputProblem?: InputProblemResolvers<ContextType>;
  LearningSocietyScore?: LearningSocietyScoreResolvers<ContextType>;
  LiteracyIndicators?: LiteracyIndicatorsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PeriodLock?: PeriodLockResolvers<ContextType>;
  PreschoolIndicators?: PreschoolIndicatorsResolvers<ContextType>;
  ProgrammeTarget?: ProgrammeTargetResolvers<ContextType>;
  ProvinceYear?: ProvinceYearResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReportingPeriod?: ReportingPeriodResolvers<ContextType>;
  ReportingResult?: ReportingResultResolvers<ContextType>;
  ReportingTransition?: ReportingTransitionResolvers<ContextType>;
  RowChange?: RowChangeResolvers<ContextType>;
  ScoreComponent?: ScoreComponentResolvers<ContextType>;
  ScoringComponentSpec?: ScoringComponentSpecResolvers<ContextType>;
  ScoringModel?: ScoringModelResolvers<ContextType>;
  SteeringCommittee?: SteeringCommitteeResolvers<ContextType>;
  SteeringCommitteeConnection?: SteeringCommitteeConnectionResolvers<ContextType>;
  SubmissionChange?: SubmissionChangeResolvers<ContextType>;
  SubmissionChangeConnection?: SubmissionChangeConnectionResolvers<ContextType>;
  TargetForecast?: TargetForecastResolvers<ContextType>;
  TargetProgress?: TargetProgressResolvers<ContextType>;
};

