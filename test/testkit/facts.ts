import { factsDrift, type FactSource } from '@lsp/shared';
import { gql, type RunningSubgraph } from '.';

/**
 * The common steps of a department's indicator-facts test (kit facts.ts): every write is followed by a check
 * that the stored facts equal a fresh computation from the department's tables.
 */
export function factsSteps(sg: () => RunningSubgraph, source: FactSource, editor: Parameters<typeof gql>[3]) {
  return {
    /** Rows in indicator_fact. */
    factCount: async () => Number((await sg().db.query('SELECT COUNT(*) AS n FROM indicator_fact'))[0].n),
    /** A write that must succeed with no problems, after which the facts are true. */
    write: async (query: string, vars: Record<string, unknown> = {}) => {
      const r = await gql(sg().url, query, vars, editor);
      expect(r.errors).toBeUndefined();
      const result = Object.values(r.data)[0] as { ok: boolean; problems: unknown[] };
      expect(result.problems).toEqual([]);
      expect(result.ok).toBe(true);
      expect(await factsDrift(sg().db, source)).toEqual([]);
    },
  };
}
