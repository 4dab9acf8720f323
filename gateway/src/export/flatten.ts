import type { ExportPlan, PlanField } from './plan';

/** A cell as the answer holds it: a scalar, a list of scalars, or a custom scalar's JSON value. */
export type Cell = string | number | boolean | null | readonly unknown[] | Record<string, unknown>;

/**
 * The rows of an answer, one at a time (a generator, so a writer pulls rows as fast as its client reads and
 * only the answer itself is held), by the rule documented in plan.ts.
 */
export function* flatten(plan: ExportPlan, data: unknown, opts: { laterPage?: boolean } = {}): Generator<Cell[]> {
  const empty: Cell[] = new Array<Cell>(plan.columns.length).fill(null);
  yield* walk(plan, data, plan.fields, empty, '', !!opts.laterPage, true);
}

function* walk(plan: ExportPlan, value: unknown, fields: PlanField[], above: Cell[], list: string, laterPage: boolean, root = false): Generator<Cell[]> {
  const row = above.slice();
  const branches: Array<[PlanField, unknown]> = [];
  fill(value, fields, row, branches);
  let emitted = false;
  for (const [field, items] of branches) {
    if (!Array.isArray(items) || (laterPage && field.firstPageOnly)) continue;
    for (const item of items) {
      for (const r of walk(plan, item, field.children, row, field.path, laterPage)) {
        emitted = true;
        yield r;
      }
    }
  }
  // A list element with empty lists still gives its row; the answer itself gives one only when it holds no
  // list at all (an incremental refresh with nothing changed is an empty table, not one blank row).
  if (!emitted && !(root && plan.hasLists)) {
    if (plan.listColumn >= 0) row[plan.listColumn] = list;
    yield row;
  }
}

/** Writes the scalars reachable through single objects into `row`, and collects the lists below for rows of their own. */
function fill(value: unknown, fields: PlanField[], row: Cell[], branches: Array<[PlanField, unknown]>): void {
  const obj = value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  for (const f of fields) {
    const v = obj?.[f.key];
    if (f.kind === 'leaf') row[f.column] = v === undefined ? null : (v as Cell);
    else if (f.kind === 'object') fill(v, f.children, row, branches);
    else branches.push([f, v]);
  }
}
