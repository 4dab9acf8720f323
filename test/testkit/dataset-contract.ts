import type { DocumentNode, InputObjectTypeDefinitionNode, TypeNode } from 'graphql';
import type { Dataset, Role, SubgraphModule } from '@lsp/shared';
import { gql, startSubgraph, type DbKind, type RunningSubgraph } from './index';

/**
 * The dataset contract, generic over a department's dataset definitions (any department that moves onto the kit
 * gets it by listing its datasets with one valid row each): for every column of every dataset, generated bad
 * values are sent once as a mutation input and once as a CSV row with the same content. Both must be refused
 * with the same coded problems (row, field, code), and neither may write anything. A value that the GraphQL type
 * of the input field cannot carry (hex into an Int, an unknown enum value) must be refused by GraphQL itself.
 * Finally a valid row written by mutation and then imported as CSV is `unchanged`: both paths store the same.
 */
export interface DatasetCase {
  dataset: Dataset<any>;
  /** A valid row, in dataset fields (flat: nested list columns included). */
  valid: Record<string, unknown>;
}

export interface DatasetContractOptions {
  module: SubgraphModule<any>;
  kind: DbKind;
  editor: Role[];
  /** Rows another dataset needs first (e.g. a stored provider for courses), imported as CSV before the cases. */
  setup?: Array<{ dataset: Dataset<any>; rows: Array<Record<string, unknown>> }>;
  cases: DatasetCase[];
  /** Date columns (`dataset.column`) that may lie in the future (a planned end); every other date refuses it. */
  futureAllowed?: string[];
}

type GraphQLKind = 'String' | 'Int' | 'Float' | 'Boolean' | 'enum' | 'other';

const namedType = (t: TypeNode): string => (t.kind === 'NamedType' ? t.name.value : namedType(t.type));

/** Generated bad values per column: each is written as the same content in a CSV cell and an input field. */
export function badValues(c: Dataset['columns'][string]): unknown[] {
  const out: unknown[] = [];
  if (!c.optional) out.push('');
  switch (c.kind) {
    case 'text':
      out.push('x'.repeat((c.maxLength ?? 20) + 1));
      break;
    case 'enum':
      out.push('MAYBE', `${c.values![0]}X`);
      break;
    case 'int':
    case 'number':
      out.push('0x2BC', '7e2', 'abc');
      if (c.kind === 'int') out.push('1.5');
      if (c.notFuture) out.push(new Date().getUTCFullYear() + 1);
      if (c.min !== undefined) out.push(c.min - 1);
      if (c.max !== undefined && c.max < 2 ** 31 - 1) out.push(c.max + 1);
      break;
    case 'bool':
      out.push('maybe');
      break;
    case 'date':
      out.push('2013-02-29', '1980-02-31', '2015-13-01', '15/06/2015');
      if (c.notFuture) out.push(futureDate());
      break;
  }
  return out;
}

/** A date after today that exists and lies within the platform's years: tomorrow-next-year, as a qualification "obtained in 2099" would be. */
const futureDate = () => {
  const d = new Date();
  return `${d.getUTCFullYear() + 1}-06-15`;
};

/** Whether the GraphQL type of an input field can carry a value (otherwise GraphQL refuses it before any resolver). */
function carries(kind: GraphQLKind, enumValues: string[] | undefined, v: unknown): boolean {
  if (v === '') return kind === 'String';
  switch (kind) {
    case 'String':
      return typeof v === 'string';
    case 'Int':
      return typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 2 ** 31;
    case 'Float':
      return typeof v === 'number';
    case 'Boolean':
      return typeof v === 'boolean';
    case 'enum':
      return typeof v === 'string' && !!enumValues?.includes(v);
    default:
      return false;
  }
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csvOf = (ds: Dataset<any>, rows: Array<Record<string, unknown>>) =>
  [ds.header.join(','), ...rows.map((r) => ds.header.map((h) => csvCell(r[h])).join(','))].join('\n');

export function describeDatasetContract(opts: DatasetContractOptions): void {
  const typeDefs = opts.module.definition.typeDefs as DocumentNode;
  const inputs = new Map<string, InputObjectTypeDefinitionNode>();
  const enums = new Map<string, string[]>();
  for (const d of typeDefs.definitions) {
    if (d.kind === 'InputObjectTypeDefinition') inputs.set(d.name.value, d);
    if (d.kind === 'EnumTypeDefinition') enums.set(d.name.value, (d.values ?? []).map((v) => v.name.value));
  }
  const fieldType = (inputName: string, field: string): { kind: GraphQLKind; enumValues?: string[] } => {
    const f = inputs.get(inputName)?.fields?.find((x) => x.name.value === field);
    if (!f) throw new Error(`input ${inputName} has no field ${field}: the CSV header must equal the input field names`);
    const name = namedType(f.type);
    if (enums.has(name)) return { kind: 'enum', enumValues: enums.get(name) };
    return { kind: (['String', 'Int', 'Float', 'Boolean'].includes(name) ? name : 'other') as GraphQLKind };
  };

  describe(`dataset contract of ${opts.module.definition.name} on ${opts.kind}`, () => {
    let sg: RunningSubgraph;
    const as = { as: opts.editor };
    const counts = async (ds: Dataset<any>) =>
      Promise.all(ds.tables.map(async (t) => Number((await sg.db.query(`SELECT COUNT(*) AS n FROM ${sg.db.getMetadata(t.entity).tableName}`))[0].n)));
    beforeAll(async () => {
      sg = await startSubgraph(opts.module, { kind: opts.kind, seed: false });
      for (const s of opts.setup ?? []) {
        const r = await gql(sg.url, `mutation($csv: String!) { ${s.dataset.graphql!.importCsv}(csv: $csv) { ok problems { row field code message } } }`, { csv: csvOf(s.dataset, s.rows) }, as);
        expect(r.data[s.dataset.graphql!.importCsv]).toMatchObject({ ok: true });
      }
    });
    afterAll(() => sg?.stop());

    it('publishes a Vietnamese label for every column and a Vietnamese title (DatasetDescription, read by the /intake templates and page)', () => {
      for (const { dataset: ds } of opts.cases) {
        const labels = (ds.labels ?? {}) as Record<string, { vi: string; en: string } | undefined>;
        expect(ds.header.filter((h) => !labels[h]?.vi || labels[h]!.vi === h)).toEqual([]);
        expect(ds.titleVi).toBeTruthy();
      }
    });

    it('refuses the future in every date column (but the declared planned ones) and every data-year column', () => {
      for (const { dataset: ds } of opts.cases) {
        for (const h of ds.header) {
          const c = ds.columns[h];
          if (c.kind === 'date') expect([`${ds.name}.${h}`, !!c.notFuture]).toEqual([`${ds.name}.${h}`, !opts.futureAllowed?.includes(`${ds.name}.${h}`)]);
          if (h === 'year') expect([`${ds.name}.${h}`, !!c.notFuture]).toEqual([`${ds.name}.${h}`, true]);
        }
      }
    });

    for (const c of opts.cases) {
      const ds = c.dataset;
      const g = ds.graphql!;
      const nested = ds.nested;
      const inputOf = (row: Record<string, unknown>) => {
        if (!nested) return Object.fromEntries(ds.header.filter((h) => row[h] !== undefined).map((h) => [h, row[h]]));
        const top = Object.fromEntries(ds.header.filter((h) => !nested.columns.includes(h) && row[h] !== undefined).map((h) => [h, row[h]]));
        return { ...top, [nested.field]: [Object.fromEntries(nested.columns.map((h) => [h, row[h]]))] };
      };
      const typeOf = (field: string) => {
        if (nested?.columns.includes(field)) {
          const list = inputs.get(g.input)!.fields!.find((f) => f.name.value === nested.field)!;
          return fieldType(namedType(list.type), field);
        }
        return fieldType(g.input, field);
      };
      const M = `mutation($i: ${g.input}!) { ${g.upsert}(input: $i) { ok inserted updated unchanged problems { row field code } } }`;
      const I = `mutation($csv: String!) { ${g.importCsv}(csv: $csv) { ok inserted updated unchanged problems { row field code } } }`;
      const key = (ps: Array<{ row: number | null; field: string; code: string }>) => ps.map((p) => `${p.row}:${p.field}:${p.code}`).sort();

      for (const field of ds.header) {
        for (const bad of badValues(ds.columns[field])) {
          const shown = typeof bad === 'string' && bad.length > 30 ? `"${bad[0]}"×${bad.length}` : JSON.stringify(bad);
          it(`${ds.name}.${field} = ${shown}: the same coded problems by mutation and by CSV, nothing written`, async () => {
            const row = { ...c.valid, [field]: bad };
            const before = await counts(ds);
            const csv = (await gql(sg.url, I, { csv: csvOf(ds, [row]) }, as)).data[g.importCsv];
            expect(csv.ok).toBe(false);
            expect(csv.problems.some((p: { field: string; row: number | null }) => p.field === field && p.row === 1)).toBe(true);
            const t = typeOf(field);
            const m = await gql(sg.url, M, { i: inputOf(row) }, as);
            if (carries(t.kind, t.enumValues, bad)) {
              expect(m.errors).toBeUndefined();
              expect(m.data[g.upsert].ok).toBe(false);
              expect(key(m.data[g.upsert].problems)).toEqual(key(csv.problems));
            } else {
              expect(m.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
            }
            expect(await counts(ds)).toEqual(before);
          });
        }
      }

      const futureColumns = ds.header.filter((h) => ds.columns[h].notFuture);
      if (futureColumns.length) {
        it(`${ds.name}: the future is refused the same way in ${futureColumns.join(', ')} (the kit's OUT_OF_RANGE), by mutation and by CSV, nothing written`, async () => {
          const before = await counts(ds);
          for (const [field, bad] of futureColumns.flatMap((f) => (ds.columns[f].kind === 'date' ? [[f, futureDate()], [f, '2099-06-15']] : [[f, new Date().getUTCFullYear() + 1]]))) {
            const row = { ...c.valid, [field]: bad };
            const csv = (await gql(sg.url, I, { csv: csvOf(ds, [row]) }, as)).data[g.importCsv];
            const m = (await gql(sg.url, M, { i: inputOf(row) }, as)).data[g.upsert];
            for (const r of [csv, m]) {
              expect(r.ok).toBe(false);
              expect(r.problems).toContainEqual({ row: 1, field, code: 'OUT_OF_RANGE' });
            }
          }
          expect(await counts(ds)).toEqual(before);
        });
      }

      it(`${ds.name}: a valid row stored by mutation is unchanged when the same content comes as CSV`, async () => {
        const m = await gql(sg.url, M, { i: inputOf(c.valid) }, as);
        expect(m.errors).toBeUndefined();
        expect(m.data[g.upsert]).toMatchObject({ ok: true, problems: [] });
        const csv = (await gql(sg.url, I, { csv: csvOf(ds, [c.valid]) }, as)).data[g.importCsv];
        expect(csv).toMatchObject({ ok: true, inserted: 0, updated: 0, problems: [] });
        expect(csv.unchanged).toBeGreaterThan(0);
      });
    }
  });
}
