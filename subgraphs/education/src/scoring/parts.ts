import type DataLoader from 'dataloader';
import { PartsReader, PartsUnavailable, type DepartmentParts, type IndicatorValue, type PartsKey, type SubgraphContext, type YearRef } from '@lsp/shared';
import type { SourceDepartment, SourceLocks } from './engine';

/**
 * The other departments' parts of the score and of target progress, read from their score-parts feeds
 * (shared/src/kit/score-parts.ts) with the delegation the gateway sent along: one process-wide cache keyed by
 * each department's data version (so after a write only that department's parts are fetched again), one
 * per-request loader (so a ranking of every commune is one feed call per department, or none when held).
 * A department that does not answer its data version within 2 s (or its parts within 30 s), or by the gateway's
 * deadline for this call (less a margin to answer), is unavailable: its list and lock are null (its components
 * SOURCE_UNAVAILABLE) and its error is added to the answer. After SUBGRAPH_BREAKER_FAILURES such failures in a row
 * its breaker opens (the same settings as the gateway's breakers): unavailable at once until a probe succeeds.
 */
// SCORE_PARTS_TIMEOUT_MS: the wait for a department's data version (2 s: not answering it = unavailable); tests
// that run every subgraph in one process (one event loop) wait longer. SCORE_PARTS_FEED_TIMEOUT_MS: the wait for
// the parts of a department that answered (30 s: every commune of the country, the first time after a write).
export const reader = new PartsReader({
  timeoutMs: Number(process.env.SCORE_PARTS_TIMEOUT_MS) || 2000,
  feedTimeoutMs: Number(process.env.SCORE_PARTS_FEED_TIMEOUT_MS) || 30_000,
  breaker: { failures: Number(process.env.SUBGRAPH_BREAKER_FAILURES) || 5, openMs: Number(process.env.SUBGRAPH_BREAKER_OPEN_MS) || 10_000 },
});
const loaders = new WeakMap<object, DataLoader<PartsKey, DepartmentParts | PartsUnavailable>>();

function partsLoader(ctx: SubgraphContext<unknown>) {
  let l = loaders.get(ctx);
  if (!l) loaders.set(ctx, (l = reader.loader(ctx.delegation, ctx.requestId, ctx.deadline)));
  return l;
}

export interface OtherDepartments {
  lists: Partial<Record<SourceDepartment, IndicatorValue[] | null>>;
  locks: SourceLocks;
}

/**
 * Each department's uniform list and lock for the entity, with each value's previous year (same territory,
 * paired by code, as withPreviousYear does) when `previousYear`; both years come in the same feed call.
 */
export async function otherDepartments(ctx: SubgraphContext<unknown>, ref: YearRef, departments: SourceDepartment[], previousYear: boolean): Promise<OtherDepartments> {
  const load = partsLoader(ctx);
  // One load per department and year, awaited together (no async function per department: a national ranking
  // runs this for every commune).
  const keys: PartsKey[] = [];
  for (const department of departments) {
    keys.push({ department, ref });
    if (previousYear) keys.push({ department, ref: { ...ref, year: ref.year - 1 } });
  }
  const got = await Promise.all(keys.map((k) => load.load(k)));
  const out: OtherDepartments = { lists: {}, locks: {} };
  let at = 0;
  for (const department of departments) {
    const now = got[at++];
    const before = previousYear ? got[at++] : null;
    const failed = now instanceof PartsUnavailable ? now : before instanceof PartsUnavailable ? before : undefined;
    if (failed) {
      ctx.responseErrors?.push(failed.error);
      out.lists[department] = null;
      out.locks[department] = null;
      continue;
    }
    const parts = now as DepartmentParts;
    if (before) {
      const previous = new Map((before as DepartmentParts).indicators.map((i) => [i.code, i.value]));
      out.lists[department] = parts.indicators.map((i) => ({ ...i, previousValue: previous.get(i.code) ?? null }));
    } else out.lists[department] = parts.indicators;
    out.locks[department] = parts.locked;
  }
  return out;
}
