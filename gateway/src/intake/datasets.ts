import { readFileSync, statSync } from 'node:fs';
import {
  getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType,
  type GraphQLField, type GraphQLInputType, type GraphQLInputObjectType, type GraphQLObjectType, type GraphQLSchema,
} from 'graphql';

/**
 * What the intake needs to know of a dataset, learnt from the supergraph only (the gateway imports no department
 * code and keeps no department words). The shape comes from the published API itself: every `import<X>Csv(csv,
 * dryRun)` mutation, the input type whose fields are that CSV's header (described "Also the CSV header of
 * import<X>Csv", or named `<X>Input`), and the list query `<x>(year, districtCode)` that reads the stored rows
 * back; the owning department comes from the supergraph's `@join__field(graph: …)` of the mutation. The words
 * (Vietnamese column labels and titles) come from each department's `<dept>Datasets` descriptions (kit-generated),
 * merged in by `withDescriptions`; a column a department does not describe shows its CSV header.
 */
export type IntakeKind = 'int' | 'number' | 'text' | 'bool' | 'enum' | 'date';

export interface IntakeColumn {
  /** GraphQL input field name = CSV header = the template's first header row. */
  name: string;
  kind: IntakeKind;
  required: boolean;
  values?: string[];
  description: string;
  labelVi: string;
  /** Part of the natural key: pre-filled in the template and protected. */
  key: boolean;
}

export interface IntakeDataset {
  /** kebab-case, as /export names things: education-statistics. */
  name: string;
  department: string;
  title: string;
  /** Vietnamese title from the department's description (the English title until it is read). */
  titleVi: string;
  columns: IntakeColumn[];
  /** The import mutation (dry run and commit): importEducationStatisticsCsv. */
  importField: string;
  /** Which units the rows of a unit's template are: communes, or the district itself; null: no pre-filled rows. */
  unitKey: 'communeCode' | 'districtCode' | null;
  /** Reads the stored rows of a year (optionally one district): query field and where each column sits in a node. */
  stored?: { field: string; paths: Record<string, string[]> };
}

const kebab = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const lowerFirst = (s: string) => s[0].toLowerCase() + s.slice(1);

function departmentsOf(supergraphPath: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of readFileSync(supergraphPath, 'utf8').matchAll(/^\s+(import\w+Csv)\(.*@join__field\(graph: (\w+)\)/gm)) out.set(m[1], m[2].toLowerCase());
  return out;
}

function inputTypeOf(schema: GraphQLSchema, importField: string, x: string, published: PublishedDescription[]): GraphQLInputObjectType | undefined {
  const types = Object.values(schema.getTypeMap()).filter(isInputObjectType);
  // The department's description names the columns of its import: the input type with exactly those fields
  // (the workforce roster's PersonInput), when the names alone do not say it.
  const header = published.find((d) => d.importMutation === importField)?.columns.map((c) => c.name).sort().join(',');
  return types.find((t) => t.description?.includes(`CSV header of ${importField}`))
    ?? types.find((t) => t.name === `${x}Input`)
    ?? types.find((t) => t.name === `${x.replace(/s$/, '')}Input`)
    ?? (header ? types.find((t) => Object.keys(t.getFields()).sort().join(',') === header) : undefined);
}

function kindOf(field: { type: GraphQLInputType; description?: string | null }): { kind: IntakeKind; values?: string[] } {
  const t = getNamedType(field.type);
  if (isEnumType(t)) return { kind: 'enum', values: t.getValues().map((v) => v.name) };
  if (t.name === 'Int') return { kind: 'int' };
  if (t.name === 'Float') return { kind: 'number' };
  if (t.name === 'Boolean') return { kind: 'bool' };
  if (/YYYY-MM-DD/.test(field.description ?? '')) return { kind: 'date' };
  return { kind: 'text' };
}

/** Where each column is in a node of the list query: top level, or one object field down (counts { … }). */
function storedPaths(node: GraphQLObjectType, columns: string[]): Record<string, string[]> | undefined {
  const paths: Record<string, string[]> = {};
  const fields = node.getFields();
  for (const c of columns) {
    if (fields[c] && !isObjectType(getNamedType(fields[c].type))) {
      paths[c] = [c];
      continue;
    }
    for (const f of Object.values(fields)) {
      const t = getNamedType(f.type);
      if (isObjectType(t) && !isListType(getNullableType(f.type)) && t.getFields()[c] && f.args.length === 0) {
        paths[c] = [f.name, c];
        break;
      }
    }
    if (!paths[c]) return undefined;
  }
  return paths;
}

function storedQuery(schema: GraphQLSchema, x: string, columns: string[]): IntakeDataset['stored'] {
  const query = schema.getQueryType()?.getFields() ?? {};
  const field: GraphQLField<unknown, unknown> | undefined = query[lowerFirst(x)];
  if (!field || !field.args.some((a) => a.name === 'year') || !field.args.some((a) => a.name === 'districtCode')) return undefined;
  const conn = getNamedType(field.type);
  if (!isObjectType(conn) || !conn.getFields().nodes || !conn.getFields().pageInfo) return undefined;
  const node = getNamedType(conn.getFields().nodes.type);
  if (!isObjectType(node)) return undefined;
  const paths = storedPaths(node, columns);
  return paths ? { field: field.name, paths } : undefined;
}

export function describeDatasets(schema: GraphQLSchema, supergraphPath: string, published: PublishedDescription[] = []): IntakeDataset[] {
  const owners = departmentsOf(supergraphPath);
  const mutations = schema.getMutationType()?.getFields() ?? {};
  const out: IntakeDataset[] = [];
  for (const [name, field] of Object.entries(mutations)) {
    const m = /^import(\w+)Csv$/.exec(name);
    if (!m || !field.args.some((a) => a.name === 'csv') || !field.args.some((a) => a.name === 'dryRun')) continue;
    const input = inputTypeOf(schema, name, m[1], published);
    if (!input) continue;
    // An input type found by the description's columns: in the department's CSV header order (the schema's field
    // order is not a contract there); any other keeps its own order, with or without descriptions (the template
    // version depends on it).
    const byName = inputTypeOf(schema, name, m[1], []) === input;
    const order = byName ? [] : (published.find((d) => d.importMutation === name)?.columns ?? []).map((c) => c.name);
    const at = (n: string) => (order.includes(n) ? order.indexOf(n) : order.length);
    const fields = Object.values(input.getFields()).sort((a, b) => at(a.name) - at(b.name));
    const names = fields.map((f) => f.name);
    const unitKey = names.includes('communeCode') ? 'communeCode' : names.includes('districtCode') ? 'districtCode' : null;
    const keyNames = new Set(unitKey && names.includes('year') ? [unitKey, 'year'] : []);
    const described = new Map((published.find((d) => d.importMutation === name)?.columns ?? []).map((c) => [c.name, c]));
    const columns: IntakeColumn[] = fields.map((f) => ({
      name: f.name, ...kindOf(f), ...(described.get(f.name)?.type === 'DATE' ? { kind: 'date' as const } : {}), required: isNonNullType(f.type), description: f.description ?? '', labelVi: f.name, key: keyNames.has(f.name),
    }));
    out.push({
      name: kebab(m[1]), department: owners.get(name) ?? 'unknown', title: (input.description ?? m[1]).split('. Also the CSV header')[0],
      titleVi: (input.description ?? m[1]).split('. Also the CSV header')[0], columns, importField: name, unitKey: keyNames.size ? unitKey : null, stored: keyNames.size ? storedQuery(schema, m[1], names) : undefined,
    });
  }
  return out.sort((a, b) => a.department.localeCompare(b.department) || a.name.localeCompare(b.name));
}

/** A department that did not describe its datasets is asked again after this long (not on every request). */
const RETRY_DESCRIPTIONS_MS = 15_000;

/** What the gateway reads of a department's `<dept>Datasets` (shared/src/kit/describe.ts). */
export interface PublishedDescription {
  kebabName: string;
  titleVi: string;
  importMutation: string;
  columns: Array<{ name: string; labelVi: string; labelEn: string; type: string }>;
}

/** The root fields that publish dataset descriptions: `<dept>Datasets: [DatasetDescription!]!`. */
export function descriptionFields(schema: GraphQLSchema): string[] {
  return Object.values(schema.getQueryType()?.getFields() ?? {})
    .filter((f) => /Datasets$/.test(f.name) && getNamedType(f.type).name === 'DatasetDescription')
    .map((f) => f.name).sort();
}

export const descriptionsQuery = (fields: string[]) =>
  `query IntakeDescriptions { ${fields.map((f) => `${f} { kebabName titleVi importMutation columns { name labelVi labelEn type } }`).join(' ')} }`;

/** The datasets with the departments' own words: Vietnamese title and column labels. */
export function withDescriptions(datasets: IntakeDataset[], published: PublishedDescription[]): IntakeDataset[] {
  const byName = new Map(published.map((d) => [d.kebabName, d]));
  return datasets.map((d) => {
    const p = byName.get(d.name);
    if (!p) return d;
    const labels = new Map(p.columns.map((c) => [c.name, c]));
    return { ...d, titleVi: p.titleVi || d.title, columns: d.columns.map((c) => ({ ...c, labelVi: labels.get(c.name)?.labelVi || c.name })) };
  });
}

/**
 * The datasets of the schema now, recomputed when the schema object or the supergraph file changes; the
 * descriptions are asked of the departments once per schema (metadata: anonymous is allowed), and again 15 s
 * after a department that did not answer.
 */
export function datasetCatalogue(
  schema: () => GraphQLSchema | undefined, supergraphPath: string,
  ask: (query: string) => Promise<{ data?: Record<string, PublishedDescription[] | null> | null }>,
): () => Promise<IntakeDataset[]> {
  let cached: { schema: GraphQLSchema; mtime: number; datasets: IntakeDataset[]; complete: boolean; at: number } | undefined;
  return async () => {
    const s = schema();
    if (!s) return [];
    const mtime = statSync(supergraphPath).mtimeMs;
    if (!cached || cached.schema !== s || cached.mtime !== mtime || (!cached.complete && Date.now() - cached.at > RETRY_DESCRIPTIONS_MS)) {
      const fields = descriptionFields(s);
      let published: PublishedDescription[] = [];
      let complete = true;
      // One query per department: a department that is down (its field is non-null) must not hide the others' words.
      await Promise.all(fields.map(async (f) => {
        try {
          const list = (await ask(descriptionsQuery([f]))).data?.[f];
          if (list) published = published.concat(list);
          else complete = false;
        } catch {
          complete = false;
        }
      }));
      cached = { schema: s, mtime, datasets: withDescriptions(describeDatasets(s, supergraphPath, published), published), complete, at: Date.now() };
    }
    return cached.datasets;
  };
}
