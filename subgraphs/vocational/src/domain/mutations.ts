import type { AdminUnits, InputProblem, WriteOutcome } from '@lsp/shared';
import type { DataSource } from 'typeorm';
import { COLUMNS, rowsFromRecords, writeRows, type ImportKind } from './imports';

/**
 * Single-record writes: the mutation input is turned into the rows of the matching CSV import, so one set of
 * rules serves both; problems are then named after the input's fields (e.g. "enrolments.graduated").
 */
const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

interface ProviderInput { code: string; name: string; kind: string; districtCode: string; source?: string | null }
interface EnrolmentInput { communeCode: string; sex: string; ethnicGroup: string; enrolled: number; graduated: number }
interface CourseInput {
  code: string; providerCode: string; occupation: string; level: string; ruralLabourProgramme: boolean; year: number;
  enrolments: EnrolmentInput[]; source?: string | null;
}
type LabourInput = Record<string, unknown>;

const ENROLMENT_FIELDS = new Set(['commune_code', 'sex', 'ethnic_group', 'enrolled', 'graduated']);

async function write(db: DataSource, units: AdminUnits, kind: ImportKind, records: Array<Record<string, unknown>>, rename: (p: InputProblem) => InputProblem, actor: string): Promise<WriteOutcome> {
  const { rows, problems } = rowsFromRecords(records, COLUMNS[kind]);
  const outcome = await writeRows(db, units, kind, rows, problems, { actor, action: 'mutation' });
  const seen = new Set<string>();
  const renamed = outcome.problems.map(rename).filter((p) => {
    const key = `${p.row}|${p.field}|${p.code}|${p.message}`;
    return !seen.has(key) && !!seen.add(key);
  });
  return { ...outcome, problems: renamed };
}

export function upsertProvider(db: DataSource, units: AdminUnits, input: ProviderInput, actor: string) {
  const record = { provider_code: input.code, name: input.name, kind: input.kind, district_code: input.districtCode, source: input.source };
  return write(db, units, 'providers', [record], (p) => ({ ...p, row: null, field: p.field === 'provider_code' ? 'code' : camel(p.field) }), actor);
}

/** A course is written with its enrolments (at least one); enrolments already stored and not listed are kept. */
export async function upsertCourse(db: DataSource, units: AdminUnits, input: CourseInput, actor: string) {
  if (input.enrolments.length === 0) {
    const none: InputProblem = { row: null, field: 'enrolments', code: 'REQUIRED', message: 'a course is recorded with at least one enrolment row' };
    return writeRows(db, units, 'courses', [], [none], { actor, action: 'mutation' });
  }
  const course = {
    course_code: input.code, provider_code: input.providerCode, occupation: input.occupation, level: input.level,
    rural_labour_programme: input.ruralLabourProgramme, year: input.year, source: input.source,
  };
  const records = input.enrolments.map((e) => ({ ...course, commune_code: e.communeCode, sex: e.sex, ethnic_group: e.ethnicGroup, enrolled: e.enrolled, graduated: e.graduated }));
  return write(db, units, 'courses', records, (p) => ({
    ...p,
    row: ENROLMENT_FIELDS.has(p.field) || p.code === 'DUPLICATE_ROW' ? p.row : null,
    field: ENROLMENT_FIELDS.has(p.field) ? `enrolments.${camel(p.field)}` : p.field === 'course_code' ? 'code' : camel(p.field),
  }), actor);
}

export function upsertLabourForce(db: DataSource, units: AdminUnits, input: LabourInput, actor: string) {
  const record = Object.fromEntries(COLUMNS['labour-force'].map((f) => [f.name, input[camel(f.name)]]));
  return write(db, units, 'labour-force', [record], (p) => ({ ...p, row: null, field: camel(p.field) }), actor);
}
