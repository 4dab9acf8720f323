import { createHash } from 'node:crypto';
import type { Dataset } from './dataset';

/**
 * What a department publishes about each dataset (`<department>Datasets`): enough for the gateway to build
 * templates and the /intake page without importing any department code. The template version is a digest of
 * what a filled template must agree with (column names, order, types, required, enumerations, ranges), so a
 * workbook made from an older template is recognised as such.
 */
export interface DatasetColumnDescription {
  name: string;
  labelVi: string;
  labelEn: string;
  type: 'TEXT' | 'INT' | 'NUMBER' | 'BOOL' | 'DATE' | 'ENUM';
  required: boolean;
  key: boolean;
  values: string[] | null;
  min: number | null;
  max: number | null;
  maxLength: number | null;
  doc: string | null;
}

export interface DatasetDescription {
  name: string;
  kebabName: string;
  department: string;
  title: string;
  titleVi: string;
  importMutation: string;
  keyColumns: string[];
  unitColumn: string | null;
  yearColumn: string | null;
  unitLevel: 'COMMUNE' | 'DISTRICT' | 'MIXED' | null;
  periodic: boolean;
  columns: DatasetColumnDescription[];
  templateVersion: string;
  /** Month-day the figures of a year are due in the following year. */
  due: string;
}

export const DEFAULT_DUE = '01-31';

/**
 * Due dates per dataset from the environment: INTAKE_DUE_DATES="education-statistics=03-31,labour-force=02-28"
 * (month-day of the year after the data year); a dataset not named keeps its declared or the default due date.
 */
export function dueOverrides(env: NodeJS.ProcessEnv = process.env): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (env.INTAKE_DUE_DATES ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^([a-z0-9-]+)=((0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))$/.exec(part);
    if (!m) throw new Error(`INTAKE_DUE_DATES: "${part}" is not <dataset>=MM-DD`);
    out.set(m[1], m[2]);
  }
  return out;
}

export const dueOf = (ds: Dataset<any>, env: NodeJS.ProcessEnv = process.env): string => dueOverrides(env).get(ds.kebabName) ?? ds.due ?? DEFAULT_DUE;

/** The date (YYYY-MM-DD) a year's figures of a dataset are due: its month-day in the following year. */
export const dueDate = (ds: Dataset<any>, year: number, env: NodeJS.ProcessEnv = process.env): string => `${year + 1}-${dueOf(ds, env)}`;

function columnsOf(ds: Dataset<any>): DatasetColumnDescription[] {
  return ds.header.map((name) => {
    const c = ds.columns[name];
    // A column without a label yet shows its CSV header (the template still works; the label is missing, not invented).
    const label = (ds.labels as Record<string, { vi: string; en: string }> | undefined)?.[name] ?? { vi: name, en: name };
    return {
      name, labelVi: label.vi, labelEn: label.en, type: c.kind.toUpperCase() as DatasetColumnDescription['type'],
      required: !c.optional, key: ds.key.includes(name), values: c.values ? [...c.values] : null,
      min: c.min ?? null, max: c.max ?? null, maxLength: c.kind === 'text' || c.kind === 'enum' ? (c.maxLength ?? null) : null, doc: c.doc ?? null,
    };
  });
}

export function templateVersion(ds: Dataset<any>): string {
  const basis = columnsOf(ds).map((c) => [c.name, c.type, c.required, c.key, c.values, c.min, c.max, c.maxLength]);
  return createHash('sha256').update(JSON.stringify([ds.name, basis])).digest('hex').slice(0, 16);
}

export function describeDataset(ds: Dataset<any>, env: NodeJS.ProcessEnv = process.env): DatasetDescription {
  const counts = ds.counts;
  return {
    name: ds.name, kebabName: ds.kebabName, department: ds.department, title: ds.title, titleVi: ds.titleVi ?? ds.title,
    importMutation: ds.graphql?.importCsv ?? '', keyColumns: [...ds.key], unitColumn: ds.unitField, yearColumn: ds.yearField,
    unitLevel: !ds.unitField ? null : counts === 'COMMUNES' ? 'COMMUNE' : counts === 'DISTRICT' ? 'DISTRICT' : 'MIXED',
    periodic: !!ds.period, columns: columnsOf(ds), templateVersion: templateVersion(ds), due: dueOf(ds, env),
  };
}
