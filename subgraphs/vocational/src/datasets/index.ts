import {
  FIRST_DATA_YEAR, LAST_DATA_YEAR, col, communePeriod, defineDataset, partOf, refreshFacts, yearEnd,
  type AdminUnits, type AuditChange, type CheckContext, type InputProblem, type ParsedRow, type Period,
} from '@lsp/shared';
import type { EntityManager } from 'typeorm';
import { unitsTouched, vocationalFacts } from '../indicators/facts';
import { CourseEntity, EnrolmentEntity, LabourForceEntity, ProviderEntity } from '../store';
import { COURSE_LEVELS, DEFAULT_SOURCE, ETHNIC_GROUPS, PROVIDER_KINDS, SEXES } from './reference-lists';
import { trainingProvidersLabels, trainingProvidersTitleVi, vocationalCoursesLabels, vocationalCoursesTitleVi, labourForceLabels, labourForceTitleVi } from './labels';

/**
 * What the vocational department writes, declared once: training providers, courses with their enrolment rows,
 * labour-force figures. Mutations, CSV imports and the command line are derived from these definitions by the
 * shared kit. CSV headers are the GraphQL input field names; the snake_case headers of the files made before
 * the kit are accepted as aliases (listed on each column). Writing courses, enrolments or labour-force rows
 * refreshes the indicator facts of the communes concerned in the same transaction (afterWrite, deletions included),
 * so the indicators read the new state at once.
 */
const communeCode = () => col.text(10, { aliases: ['commune_code'], doc: 'GSO code of a reporting commune of the year' });
const year = () => col.dataYear({ min: FIRST_DATA_YEAR, max: LAST_DATA_YEAR }, { doc: 'data year, 2010 to the current year' });
const source = () => col.text(200, { optional: true, doc: `where the figures come from (default "${DEFAULT_SOURCE}")` });
const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const persons = (name: string, legacy = snake(name)) => col.count({ aliases: [legacy] });


function communeProblems(units: AdminUnits, rows: Array<ParsedRow<{ communeCode: string; year: number }>>): InputProblem[] {
  const out: InputProblem[] = [];
  for (const { row, values } of rows) {
    if (!units.commune(values.communeCode)) out.push({ row, field: 'communeCode', code: 'UNKNOWN_COMMUNE', message: `commune code "${values.communeCode}" is not a commune of Sơn La` });
    else if (!units.commune(values.communeCode, yearEnd(values.year))) {
      out.push({ row, field: 'communeCode', code: 'COMMUNE_NOT_VALID_IN_YEAR', message: `commune "${values.communeCode}" was not a reporting unit on ${yearEnd(values.year)}` });
    }
  }
  return out;
}

/** The facts of the communes a write touched (indicators/facts.ts), in the write's transaction. */
const refreshTouchedFacts = async (m: EntityManager, changes: AuditChange[]) => {
  await refreshFacts(m, vocationalFacts, await unitsTouched(m, changes));
  return [];
};

export const trainingProviders = defineDataset({
  name: 'trainingProviders',
  cliKind: 'providers',
  department: 'vocational',
  title: 'Training providers (cơ sở dạy nghề)',
  titleVi: trainingProvidersTitleVi,
  labels: trainingProvidersLabels,
  columns: {
    code: col.text(20, { aliases: ['provider_code'], doc: 'provider code (natural key)' }),
    name: col.text(200),
    kind: col.oneOf(PROVIDER_KINDS),
    districtCode: col.text(10, { aliases: ['district_code'], doc: 'GSO code of a district of Sơn La' }),
    source: source(),
  },
  key: ['code'],
  defaults: { source: DEFAULT_SOURCE },
  check: (rows, ctx) => rows.filter((r) => !ctx.units.district(r.values.districtCode)).map((r) => ({
    row: r.row, field: 'districtCode', code: 'UNKNOWN_DISTRICT', message: `district code "${r.values.districtCode}" is not a district of Sơn La`,
  })),
  // A provider is of no one year: its district is its unit (a district reporter writes its own providers), no lock holds it.
  period: (r, units): Period | null => (r.districtCode && units.district(r.districtCode) ? { year: null, unitCode: r.districtCode } : null),
  graphql: { upsert: 'upsertTrainingProvider', input: 'TrainingProviderInput', importCsv: 'importTrainingProvidersCsv' },
  tables: [{
    entity: ProviderEntity, auditEntity: 'TrainingProvider', key: ['code'], constants: { synthetic: false },
    fields: { code: 'code', name: 'name', kind: 'kind', districtCode: 'districtCode', source: 'source' },
  }],
});

export const vocationalCourses = defineDataset({
  name: 'vocationalCourses',
  cliKind: 'courses',
  department: 'vocational',
  title: 'Courses with their enrolments (one row per course × commune × sex × ethnic group; course columns repeat and must agree)',
  titleVi: vocationalCoursesTitleVi,
  labels: vocationalCoursesLabels,
  columns: {
    code: col.text(40, { aliases: ['course_code'], doc: 'course code (natural key of the course)' }),
    providerCode: col.text(20, { aliases: ['provider_code'], doc: 'a stored training provider' }),
    occupation: col.text(120),
    level: col.oneOf(COURSE_LEVELS),
    ruralLabourProgramme: col.bool({ aliases: ['rural_labour_programme'] }),
    year: year(),
    communeCode: communeCode(),
    sex: col.oneOf(SEXES),
    ethnicGroup: col.oneOf(ETHNIC_GROUPS, { aliases: ['ethnic_group'] }),
    enrolled: col.count(),
    graduated: col.count({ doc: 'at most enrolled' }),
    source: source(),
  },
  key: ['code', 'communeCode', 'sex', 'ethnicGroup'],
  nested: { field: 'enrolments', columns: ['communeCode', 'sex', 'ethnicGroup', 'enrolled', 'graduated'] },
  rules: [partOf('graduated', 'enrolled')],
  defaults: { source: DEFAULT_SOURCE },
  async check(rows, ctx: CheckContext) {
    const problems = communeProblems(ctx.units, rows);
    const known = new Set((await ctx.findIn(ProviderEntity, 'code', rows.map((r) => r.values.providerCode))).map((p) => p.code));
    const stored = new Map((await ctx.findIn(CourseEntity, 'code', rows.map((r) => r.values.code))).map((c) => [c.code, c]));
    for (const { row, values } of rows) {
      if (!known.has(values.providerCode)) problems.push({ row, field: 'providerCode', code: 'UNKNOWN_PROVIDER', message: `training provider "${values.providerCode}" is not stored: import it first` });
      const before = stored.get(values.code);
      if (before && Number(before.year) !== values.year) {
        problems.push({ row, field: 'year', code: 'CONFLICTS_WITH_STORED', message: `course "${values.code}" is stored for ${before.year}; a course cannot move to another year (use a new course code)` });
      }
    }
    return problems;
  },
  period: (r, units): Period | null => communePeriod(units, r.year, r.communeCode),
  afterWrite: refreshTouchedFacts,
  graphql: { upsert: 'upsertVocationalCourse', input: 'VocationalCourseInput', importCsv: 'importVocationalCoursesCsv' },
  tables: [
    {
      entity: CourseEntity, auditEntity: 'VocationalCourse', key: ['code'], constants: { synthetic: false },
      fields: { code: 'code', providerCode: 'providerCode', occupation: 'occupation', level: 'level', ruralLabourProgramme: 'ruralLabourProgramme', year: 'year', source: 'source' },
      // vocationalCourses(districtCode) selects by the providers of the district: a course is listed under its provider.
      tombstoneScopes: (r) => [{ year: Number(r.year), scopeCode: String(r.providerCode) }],
    },
    {
      entity: EnrolmentEntity, auditEntity: 'CourseEnrolment', key: ['courseCode', 'communeCode', 'sex', 'ethnicGroup'], constants: { synthetic: false },
      fields: { courseCode: 'code', communeCode: 'communeCode', sex: 'sex', ethnicGroup: 'ethnicGroup', year: 'year', enrolled: 'enrolled', graduated: 'graduated', source: 'source' },
    },
  ],
});

const SECTORS = ['Agriculture', 'Forestry', 'Tourism', 'Processing'] as const;

export const labourForce = defineDataset({
  name: 'labourForce',
  cliKind: 'labour-force',
  department: 'vocational',
  title: 'Labour force per reporting commune and year (persons, 31 December)',
  titleVi: labourForceTitleVi,
  labels: labourForceLabels,
  columns: {
    communeCode: communeCode(),
    year: year(),
    workingAgePopulation: persons('workingAgePopulation'),
    agriculturalWorkers: persons('agriculturalWorkers'),
    vocationallyTrainedWorkers: persons('vocationallyTrainedWorkers'),
    agriculturalWorkersTrainingAccess: persons('agriculturalWorkersTrainingAccess'),
    technologyTransferWorkers: persons('technologyTransferWorkers'),
    technologyTransferAgriculture: persons('technologyTransferAgriculture'),
    technologyTransferForestry: persons('technologyTransferForestry'),
    technologyTransferTourism: persons('technologyTransferTourism'),
    technologyTransferProcessing: persons('technologyTransferProcessing'),
    source: source(),
  },
  key: ['communeCode', 'year'],
  rules: [
    partOf('agriculturalWorkers', 'workingAgePopulation'),
    partOf('vocationallyTrainedWorkers', 'workingAgePopulation'),
    partOf('agriculturalWorkersTrainingAccess', 'agriculturalWorkers'),
    partOf('technologyTransferWorkers', 'workingAgePopulation'),
    ...SECTORS.map((s) => partOf<{ [k: string]: unknown }>(`technologyTransfer${s}`, 'technologyTransferWorkers')),
  ],
  defaults: { source: DEFAULT_SOURCE },
  check: (rows, ctx) => communeProblems(ctx.units, rows),
  period: (r, units): Period | null => communePeriod(units, r.year, r.communeCode),
  afterWrite: refreshTouchedFacts,
  graphql: { upsert: 'upsertLabourForce', input: 'LabourForceInput', importCsv: 'importLabourForceCsv' },
  tables: [{
    entity: LabourForceEntity, auditEntity: 'LabourForce', key: ['communeCode', 'year'], constants: { synthetic: false },
    fields: {
      communeCode: 'communeCode', year: 'year', workingAgePopulation: 'workingAgePopulation', agriculturalWorkers: 'agriculturalWorkers',
      vocationallyTrainedWorkers: 'vocationallyTrainedWorkers', agriculturalWorkersTrainingAccess: 'agriculturalWorkersTrainingAccess',
      technologyTransferWorkers: 'technologyTransferWorkers', technologyTransferAgriculture: 'technologyTransferAgriculture',
      technologyTransferForestry: 'technologyTransferForestry', technologyTransferTourism: 'technologyTransferTourism',
      technologyTransferProcessing: 'technologyTransferProcessing', source: 'source',
    },
  }],
});

/** Every dataset of the department (CLI kinds, documentation, the generic dataset tests). */
export const vocationalDatasets = [trainingProviders, vocationalCourses, labourForce];
