/**
 * SDL of the kit's value types; every department that uses the kit declares them verbatim in its schema.graphql
 * (a contract test checks it), as with WRITE_SDL.
 */
export const KIT_SDL = `"Paging state of a connection: pass endCursor as after for the next page."
type PageInfo @shareable {
  "Cursor of the last node of this page (opaque); null on an empty first page."
  endCursor: String
  "True when more nodes follow endCursor."
  hasNextPage: Boolean!
}

"A row deleted since the updatedSince of the request (a tombstone): its natural key and when."
type DeletedRow @shareable {
  "Natural key of the deleted row, its fields joined with |, as in the audit trail."
  key: String!
  "When it was deleted (ISO-8601 UTC)."
  deletedAt: String!
}

"An approved (locked) period of a department: a year, in one reporting unit (a district until 2024, a commune from 2025) or the whole province. Writes into it are refused with PERIOD_LOCKED."
type PeriodLock @shareable {
  "Department whose data is locked."
  department: String!
  "Data year locked."
  year: Int!
  "GSO code of the district of a district lock; null for a commune lock or the whole province (see unitCode)."
  districtCode: String
  "GSO code of the reporting unit locked (district or commune); null = the whole province."
  unitCode: String
  "APPROVAL (an approver approved the unit's submission) or DIRECT (an editor's lock: the province's own corrections)."
  kind: String!
  "When it was locked (ISO-8601 UTC)."
  lockedAt: String!
  "Who locked it."
  lockedBy: String!
  "Why, as given when locking."
  note: String
}

"A dataset as the intake templates and page need it: the CSV columns with labels, the key, the unit and year columns."
type DatasetDescription @shareable {
  "Dataset id (camelCase), e.g. educationStatistics."
  name: String!
  "Kebab-case name, as /export and /intake name datasets: education-statistics, labour-force."
  kebabName: String!
  "Department that owns it."
  department: String!
  "Title in English."
  title: String!
  "Title in Vietnamese."
  titleVi: String!
  "Root Mutation field that imports a CSV of it (arguments csv, dryRun, year, unitCode, expectedDigest)."
  importMutation: String!
  "Columns of the natural key (CSV headers)."
  keyColumns: [String!]!
  "Column holding the row's unit (communeCode, districtCode, unitCode); null when none."
  unitColumn: String
  "Column holding the data year; null when the year comes from a date column or there is none."
  yearColumn: String
  "What unitColumn holds: COMMUNE, DISTRICT or MIXED (several levels); null when there is no unit column."
  unitLevel: String
  "Whether rows belong to a (year, reporting unit) period; false: reporters cannot write it."
  periodic: Boolean!
  "The CSV columns in order."
  columns: [DatasetColumn!]!
  "Digest of the columns (names, types, required, enumerations, ranges): a template carries it, so a file of another version is recognised."
  templateVersion: String!
  "Date (YYYY-MM-DD) the figures of that year are due: by default 31 January of the next year (setting INTAKE_DUE_DATES)."
  dueDate(year: Int!): String!
}

"One CSV column of a dataset."
type DatasetColumn @shareable {
  "CSV header = GraphQL input field name."
  name: String!
  "Label in Vietnamese."
  labelVi: String!
  "Label in English."
  labelEn: String!
  "TEXT, INT, NUMBER, BOOL, DATE or ENUM."
  type: String!
  "An empty cell is REQUIRED (never read as zero)."
  required: Boolean!
  "Part of the natural key."
  key: Boolean!
  "The allowed values of an ENUM column; null otherwise."
  values: [String!]
  "INT and NUMBER: lowest value; DATE: first year."
  min: Float
  "INT and NUMBER: highest value; DATE: last year."
  max: Float
  "TEXT and ENUM: maximum length in characters."
  maxLength: Int
  "One line of documentation (English)."
  doc: String
}

"Where a reporting unit's year stands in a department's workflow: OPEN, SUBMITTED, RETURNED or APPROVED (= locked)."
type ReportingPeriod @shareable {
  "Department of the workflow."
  department: String!
  "Data year."
  year: Int!
  "GSO code of the reporting unit: a district (until 2024) or a commune (from 2025)."
  unitCode: String!
  "Its name on 31 December of the year."
  unitName: String!
  "DISTRICT or COMMUNE."
  unitLevel: String!
  "OPEN, SUBMITTED, RETURNED or APPROVED."
  state: String!
  "When and by whom the current state was set (the lock, when APPROVED); null while untouched."
  updatedAt: String
  "Who set the current state."
  updatedBy: String
  "The comment of the last transition (a return says what to correct)."
  comment: String
  "The last submission (kept after approval or return): timeliness is judged on it."
  submittedAt: String
  "Who submitted last."
  submittedBy: String
  "Every transition, oldest first (from the audit trail)."
  history: [ReportingTransition!]!
}

"One step of the reporting workflow, as audited."
type ReportingTransition @shareable {
  "SUBMIT, APPROVE, RETURN or UNAPPROVE."
  action: String!
  "State before."
  from: String!
  "State after."
  to: String!
  "When (ISO-8601 UTC)."
  at: String!
  "Who."
  actor: String!
  "The comment given."
  comment: String
  "SUBMIT: the data-quality warnings the submitter acknowledged with the comment (ruleCode, unit and both sides, as listed by the intake check); empty otherwise."
  acknowledgedWarnings: [String!]!
}

"A reporting unit's changes to one dataset of a year since the period was last approved (from the audit trail), newest first."
type SubmissionChangeConnection @shareable {
  "Dataset name."
  dataset: String!
  "Data year."
  year: Int!
  "GSO code of the reporting unit."
  unitCode: String!
  "When the unit-year was last approved (the changes listed are later); null when never approved."
  since: String
  "Changed rows since then (of at most 5,000 audit records read, see truncated)."
  totalCount: Int!
  "True when more than 5,000 audit records of the dataset's table followed the approval: older changes are not listed."
  truncated: Boolean!
  "Changed rows of this page, newest first."
  nodes: [SubmissionChange!]!
  "Paging: the endCursor to pass as after for the next page of changes."
  pageInfo: PageInfo!
}

"One changed row, as audited: per field, before and after."
type SubmissionChange @shareable {
  "When (ISO-8601 UTC)."
  at: String!
  "Who."
  actor: String!
  "INSERT, UPDATE or DELETE."
  action: String!
  "The write (import) it came with."
  batchId: String
  "Natural key of the row, its fields joined with |, as in the audit trail."
  key: String!
  "The fields that changed (an insert: every field given; a delete: every field, after null)."
  fields: [FieldChange!]!
}

"Outcome of a workflow step: refused steps change nothing."
type ReportingResult @shareable {
  "True when the step was taken."
  ok: Boolean!
  "Null when ok; INVALID_TRANSITION (not allowed from the current state), HAS_ERRORS (the stored rows have problems), PROVINCE_LOCKED (unapproving under a whole-province lock)."
  code: String
  "Why refused, in words; null when ok."
  message: String
  "The unit-year after the step (before it, when refused)."
  period: ReportingPeriod!
  "HAS_ERRORS: the stored rows' problems (message names the dataset and the row's key)."
  problems: [InputProblem!]!
}

"Completeness and timeliness of one dataset for one reporting unit and year (DHIS2's reporting rates)."
type DatasetReporting @shareable {
  "Department of the dataset."
  department: String!
  "Dataset id (camelCase)."
  dataset: String!
  "Kebab-case dataset name (as /export and /intake name it)."
  kebabName: String!
  "Data year."
  year: Int!
  "The reporting unit: a district (until 2024) or a commune (from 2025)."
  unitCode: String!
  "Name of the reporting unit on 31 December of the year."
  unitName: String!
  "Units that existed that year in the reporting unit: its communes of that year (1 for a district-level dataset or a commune)."
  unitsExpected: Int!
  "Of those, the units with at least one stored row of the dataset for the year."
  unitsReporting: Int!
  "unitsReporting / unitsExpected in per cent, to 0.1; 0 when nothing is expected."
  completeness: Float!
  "The department's workflow state of the unit-year: OPEN, SUBMITTED, RETURNED or APPROVED."
  state: String!
  "Date the figures are due (YYYY-MM-DD)."
  dueDate: String!
  "The last submission, if any."
  submittedAt: String
  "ON_TIME (submitted by the due date), LATE (submitted after it, or not submitted and past it) or PENDING (not submitted, not yet due)."
  timeliness: String!
}`;
