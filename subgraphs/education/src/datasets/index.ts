import {
  FIRST_DATA_YEAR, LAST_DATA_YEAR, col, communePeriod, defineDataset, districtPeriod, partOf, reportingUnitOfDistrict, reportingUnitOn, yearEnd,
  type AdminUnits, type InputProblem, type ParsedRow, type Period,
} from '@lsp/shared';
import {
  ContinuingEducationCentreEntity, EducationStatisticsEntity, LEARNING_CENTRE_RATINGS, LearningCentreEntity, STATISTICS_COUNTS,
  STEERING_COMMITTEE_LEVELS, SteeringCommitteeEntity, type StatisticsCountField,
} from '../store';
import { refreshTouchedFacts } from '../indicators/facts';
import { educationStatisticsLabels, educationStatisticsTitleVi, communityLearningCentresLabels, communityLearningCentresTitleVi, continuingEducationCentresLabels, continuingEducationCentresTitleVi, steeringCommitteesLabels, steeringCommitteesTitleVi } from './labels';

/**
 * What the education department writes, declared once: commune-year statistics, community learning centres,
 * district continuing-education centres, steering committees. Mutations, CSV imports and the command line are
 * derived from these definitions by the shared kit (shared/src/kit). CSV headers are the GraphQL input field
 * names, as they already were before the kit: education has no older header names to accept as aliases.
 * Writing statistics, a continuing-education centre or a steering committee (deletions too) refreshes the
 * indicator facts of the units concerned in the same transaction (afterWrite), so the indicators read the new
 * state at once; learning centres feed no indicator.
 */


const communeCode = () => col.text(10, { doc: 'GSO code of a commune valid on 31 December of year' });
/** Data years accepted: from the first year of the platform's data to the current year (the kit refuses the future, as for every department). */
const year = () => col.dataYear({ min: FIRST_DATA_YEAR, max: LAST_DATA_YEAR }, { doc: 'data year, 2010 to the current year' });

const problem = (row: number | null, field: string, code: string, message: string): InputProblem => ({ row, field, code, message });


const communeRowPeriod = (r: { year?: number; communeCode?: string }, units: AdminUnits): Period | null => communePeriod(units, r.year, r.communeCode);

function communeProblems(units: AdminUnits, rows: Array<ParsedRow<{ communeCode: string; year: number }>>): InputProblem[] {
  const out: InputProblem[] = [];
  for (const { row, values } of rows) {
    if (!units.commune(values.communeCode)) out.push(problem(row, 'communeCode', 'UNKNOWN_COMMUNE', `no commune has the code "${values.communeCode}"`));
    else if (!units.commune(values.communeCode, yearEnd(values.year))) {
      out.push(problem(row, 'communeCode', 'COMMUNE_NOT_VALID_IN_YEAR', `commune "${values.communeCode}" was not a unit on 31/12/${values.year} (the reporting units of a year are those valid on its last day)`));
    }
  }
  return out;
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

const countColumns = Object.fromEntries(STATISTICS_COUNTS.map(([prop]) => [prop, col.count()])) as Record<StatisticsCountField, ReturnType<typeof col.count>>;

export const educationStatistics = defineDataset({
  name: 'educationStatistics',
  cliKind: 'statistics',
  department: 'education',
  title: 'Education statistics of one commune in one year (counts of persons as of 31 December)',
  titleVi: educationStatisticsTitleVi,
  labels: educationStatisticsLabels,
  columns: { communeCode: communeCode(), year: year(), ...countColumns },
  key: ['communeCode', 'year'],
  rules: [...STATISTICS_PARTS.map(([part, whole]) => partOf<Record<string, unknown>>(part, whole))],
  check: (rows, ctx) => communeProblems(ctx.units, rows),
  period: (r, units) => communeRowPeriod(r, units),
  afterWrite: refreshTouchedFacts,
  graphql: { upsert: 'recordEducationStatistics', input: 'EducationStatisticsInput', importCsv: 'importEducationStatisticsCsv' },
  tables: [{
    entity: EducationStatisticsEntity, auditEntity: 'EducationStatistics', key: ['communeCode', 'year'], constants: { synthetic: false },
    fields: { communeCode: 'communeCode', year: 'year', ...Object.fromEntries(STATISTICS_COUNTS.map(([prop]) => [prop, prop])) },
  }],
});

export const communityLearningCentres = defineDataset({
  name: 'communityLearningCentres',
  cliKind: 'learning-centres',
  department: 'education',
  title: "The commune's community learning centre (trung tâm học tập cộng đồng) in one year",
  titleVi: communityLearningCentresTitleVi,
  labels: communityLearningCentresLabels,
  columns: {
    communeCode: communeCode(),
    year: year(),
    established: col.bool({ doc: 'whether the centre exists by the end of the year' }),
    establishedOn: col.date({ optional: true, doc: 'YYYY-MM-DD, not after the end of year' }),
    rating: col.oneOf(LEARNING_CENTRE_RATINGS, { optional: true, doc: 'only for an established centre' }),
    learners: col.count({ doc: 'persons; 0 when not established' }),
    activities: col.count({ doc: '0 when not established' }),
  },
  key: ['communeCode', 'year'],
  rules: [
    (v) => {
      const out: Array<Omit<InputProblem, 'row'>> = [];
      if (v.established === false) {
        for (const f of ['learners', 'activities'] as const) {
          if (v[f] > 0) out.push({ field: f, code: 'INCONSISTENT', message: `${f} is ${v[f]} but the centre is not established` });
        }
        if (v.rating) out.push({ field: 'rating', code: 'INCONSISTENT', message: 'a centre that is not established has no rating' });
      }
      if (v.establishedOn && v.establishedOn > yearEnd(v.year)) out.push({ field: 'establishedOn', code: 'OUT_OF_RANGE', message: `${v.establishedOn} is after the end of ${v.year}` });
      return out;
    },
  ],
  check: (rows, ctx) => communeProblems(ctx.units, rows),
  period: (r, units) => communeRowPeriod(r, units),
  graphql: { upsert: 'recordCommunityLearningCentre', input: 'CommunityLearningCentreInput', importCsv: 'importCommunityLearningCentresCsv' },
  tables: [{
    entity: LearningCentreEntity, auditEntity: 'CommunityLearningCentre', key: ['communeCode', 'year'], constants: { synthetic: false },
    fields: { communeCode: 'communeCode', year: 'year', established: 'established', establishedOn: 'establishedOn', rating: 'rating', learners: 'learners', activities: 'activities' },
  }],
});

export const continuingEducationCentres = defineDataset({
  name: 'continuingEducationCentres',
  cliKind: 'continuing-education-centres',
  department: 'education',
  title: 'A district continuing-education centre (trung tâm giáo dục thường xuyên huyện) in one year',
  titleVi: continuingEducationCentresTitleVi,
  labels: continuingEducationCentresLabels,
  columns: {
    districtCode: col.text(10, { doc: 'GSO code of a district valid on 31 December of year' }),
    year: year(),
    name: col.text(200, { doc: 'name of the centre' }),
    alsoVocational: col.bool({ doc: 'whether it also runs vocational training or professional secondary courses that year' }),
  },
  key: ['districtCode', 'year'],
  check: (rows, ctx) => {
    const out: InputProblem[] = [];
    for (const { row, values } of rows) {
      const district = ctx.units.district(values.districtCode);
      if (!district) out.push(problem(row, 'districtCode', 'UNKNOWN_DISTRICT', `no district has the code "${values.districtCode}"`));
      else if (!ctx.units.isValidOn(district, yearEnd(values.year))) {
        out.push(problem(row, 'districtCode', 'DISTRICT_NOT_VALID_IN_YEAR', `district "${values.districtCode}" was not a unit on 31/12/${values.year}`));
      }
    }
    return out;
  },
  period: (r, units): Period | null => districtPeriod(units, r.year, r.districtCode),
  afterWrite: refreshTouchedFacts,
  graphql: { upsert: 'recordContinuingEducationCentre', input: 'ContinuingEducationCentreInput', importCsv: 'importContinuingEducationCentresCsv' },
  tables: [{
    entity: ContinuingEducationCentreEntity, auditEntity: 'ContinuingEducationCentre', key: ['districtCode', 'year'], constants: { synthetic: false },
    fields: { districtCode: 'districtCode', year: 'year', name: 'name', alsoVocational: 'alsoVocational' },
  }],
});

/**
 * The period of a committee is the year it was established (V.11 is judged on that date), in the district it
 * belonged to then; a committee not (yet) established belongs to no period and is not held by a lock.
 */
function committeePeriod(r: { level?: string; unitCode?: string; establishedOn?: string | null }, units: AdminUnits): Period | null {
  if (!r.establishedOn) return null;
  const y = Number(r.establishedOn.slice(0, 4));
  const unitCode = r.level === 'DISTRICT' ? reportingUnitOfDistrict(units, r.unitCode, y) : r.level === 'COMMUNE' && r.unitCode ? reportingUnitOn(units, r.unitCode, r.establishedOn) : null;
  return { year: y, unitCode };
}

export const steeringCommittees = defineDataset({
  name: 'steeringCommittees',
  cliKind: 'steering-committees',
  department: 'education',
  title: 'A steering committee for building a learning society (Ban Chỉ đạo xây dựng XHHT) of the province, a district or a commune',
  titleVi: steeringCommitteesTitleVi,
  labels: steeringCommitteesLabels,
  columns: {
    level: col.oneOf(STEERING_COMMITTEE_LEVELS, { doc: 'PROVINCE, DISTRICT or COMMUNE' }),
    unitCode: col.text(10, { doc: 'GSO code of the province ("14"), a district or a commune' }),
    establishedOn: col.date({ optional: true, doc: 'YYYY-MM-DD, not in the future; empty when not established' }),
    decisionRef: col.text(120, { optional: true, doc: 'reference of the establishing decision (số quyết định)' }),
  },
  key: ['level', 'unitCode'],
  check: (rows, ctx) => {
    const units = ctx.units;
    const out: InputProblem[] = [];
    for (const { row, values: v } of rows) {
      const unitProblems: InputProblem[] = [];
      const code = v.unitCode;
      if (v.level === 'PROVINCE' && code !== units.province.code && !(units.national && units.provinceUnit(code))) {
        unitProblems.push(problem(row, 'unitCode', 'UNKNOWN_UNIT', units.national ? `no province this service loads has the code "${code}"` : `the province code is "${units.province.code}", not "${code}"`));
      }
      if (v.level === 'DISTRICT' && !units.district(code)) unitProblems.push(problem(row, 'unitCode', 'UNKNOWN_DISTRICT', `no district has the code "${code}"`));
      if (v.level === 'COMMUNE' && !units.commune(code)) unitProblems.push(problem(row, 'unitCode', 'UNKNOWN_COMMUNE', `no commune has the code "${code}"`));
      out.push(...unitProblems);
      // A date in the future is refused by the kit's date column (OUT_OF_RANGE), before this check runs.
      if (unitProblems.length === 0 && v.establishedOn && v.level !== 'PROVINCE') {
        // GSO reused codes in 2025: the committee belongs to the unit that carried the code when it was established.
        const on = v.establishedOn;
        const unit = v.level === 'DISTRICT' ? units.district(code) : units.commune(code, on);
        if (!unit || !units.isValidOn(unit, on)) out.push(problem(row, 'establishedOn', 'UNIT_NOT_VALID_ON_DATE', `no ${v.level.toLowerCase()} carried the code "${code}" on ${on}`));
      }
    }
    return out;
  },
  period: (r, units) => committeePeriod(r, units),
  afterWrite: refreshTouchedFacts,
  graphql: { upsert: 'recordSteeringCommittee', input: 'SteeringCommitteeInput', importCsv: 'importSteeringCommitteesCsv' },
  tables: [{
    entity: SteeringCommitteeEntity, auditEntity: 'SteeringCommittee', key: ['unitCode', 'level'], constants: { synthetic: false },
    fields: { level: 'level', unitCode: 'unitCode', establishedOn: 'establishedOn', decisionRef: 'decisionRef' },
  }],
});

/** Every dataset of the department (CLI kinds, documentation, the generic dataset contract test). */
export const educationDatasets = [educationStatistics, communityLearningCentres, continuingEducationCentres, steeringCommittees];
