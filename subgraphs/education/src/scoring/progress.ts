import { indicatorByCode, type CountedUnit, type IndicatorValue, type Provenance } from '@lsp/shared';
import type { ProgrammeTargetRow } from '../store/programme-target';
import { meets, type Comparator, type SourceDepartment, type SourceLocks } from './engine';

/**
 * Progress towards every catalogue target for one year entity: the actual value of its indicator, met or
 * not, the gap, and the change from the previous year. A deadline target (V.11 steering committees) is
 * read through its indicator (share of units whose committee was established by the deadline, must be 100%).
 */
/** NOT_APPLICABLE: nothing the target counts exists in the unit (Vân Hồ had no district committee due by 30/04/2013). */
export type ProgressStatus = 'MET' | 'NOT_MET' | 'MISSING' | 'SOURCE_UNAVAILABLE' | 'NOT_MEASURED' | 'NOT_APPLICABLE';

export interface TargetProgress {
  targetId: string;
  clause: string;
  indicator: string | null;
  source: string;
  targetYear: number | null;
  deadline: string | null;
  comparator: Comparator;
  target: number | null;
  actual: number | null;
  numerator: number | null;
  denominator: number | null;
  met: boolean | null;
  /** How far from the target, in the indicator's unit: positive = short of it, 0 or less = reached. */
  gap: number | null;
  previous: number | null;
  change: number | null;
  /** True when the data year is at or after the target year. */
  due: boolean;
  status: ProgressStatus;
  /** Where the actual value comes from; null without one. */
  provenance: Provenance | null;
  /** Whether the source department's data is locked for the unit and year; null when its lock state did not arrive. */
  locked: boolean | null;
  /** How many are still missing to reach the target, in `shortfallUnit` (0 when met); null without data or on an incomplete territory. */
  shortfall: number | null;
  /** What the shortfall counts: the indicator's numerator unit (children, adults, workers, …); null without an indicator. */
  shortfallUnit: CountedUnit | null;
}

/** Rounds away float noise before a ceiling or floor (0.2 × 200 is 40.00000000000001 in binary). */
const clean = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * The shortfall in people (or households, clans, …) of a rate target: how many more numerator units the
 * denominator must hold to reach it. At least p% (GTE): max(0, ceil(p/100 × den − num)); above p% (GT, "trên"):
 * the smallest n with (num + n)/den > p/100, i.e. max(0, floor(p/100 × den − num) + 1); at most p% (LTE,
 * illiteracy): max(0, ceil(num − p/100 × den)), how many must leave the numerator. Only for percent indicators.
 */
export function shortfallOf(comparator: Comparator, target: number, numerator: number, denominator: number): number {
  const threshold = clean((target / 100) * denominator);
  if (comparator === 'LTE') return Math.max(0, Math.ceil(clean(numerator - threshold)));
  if (comparator === 'GT') return Math.max(0, Math.floor(clean(threshold - numerator)) + 1);
  return Math.max(0, Math.ceil(clean(threshold - numerator)));
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function targetProgress(
  targets: ProgrammeTargetRow[],
  lists: Partial<Record<SourceDepartment, IndicatorValue[] | null | undefined>>,
  year: number,
  locks: SourceLocks = {},
  complete = true,
): TargetProgress[] {
  return targets.map((t): TargetProgress => {
    const isDeadline = t.kind === 'DEADLINE';
    const target = isDeadline ? (t.indicatorCode ? 100 : null) : t.value;
    const comparator: Comparator = isDeadline ? 'GTE' : (t.comparator as Comparator);
    const dueYear = t.targetYear ?? (t.deadline ? Number(t.deadline.slice(0, 4)) : null);
    const base = {
      targetId: t.id, clause: t.clause, indicator: t.indicatorCode, source: t.department, targetYear: t.targetYear, deadline: t.deadline,
      comparator, target, due: dueYear === null ? true : year >= dueYear, locked: locks[t.department as SourceDepartment] ?? null,
      shortfallUnit: t.indicatorCode ? indicatorByCode(t.indicatorCode)?.counts ?? null : null,
    };
    const empty = { actual: null, numerator: null, denominator: null, met: null, gap: null, previous: null, change: null, provenance: null, shortfall: null };
    if (!t.indicatorCode || target === null) return { ...base, ...empty, status: 'NOT_MEASURED' };
    const list = lists[t.department as SourceDepartment];
    if (list === null || list === undefined) return { ...base, ...empty, status: 'SOURCE_UNAVAILABLE' };
    const iv = list.find((i) => i.code === t.indicatorCode);
    if (iv && iv.unitsExpected === 0) return { ...base, ...empty, status: 'NOT_APPLICABLE' };
    if (!iv || iv.value === null) return { ...base, ...empty, numerator: iv?.numerator ?? null, denominator: iv?.denominator ?? null, status: 'MISSING' };
    const met = meets(comparator, iv.value, target);
    const gap = round2(comparator === 'GTE' || comparator === 'GT' ? target - iv.value : iv.value - target);
    const previous = iv.previousValue ?? null;
    const shortfall = complete && iv.unit === 'percent' && iv.numerator !== null && iv.denominator !== null && iv.denominator > 0
      ? shortfallOf(comparator, target, iv.numerator, iv.denominator) : null;
    return {
      shortfall,
      ...base, actual: iv.value, numerator: iv.numerator, denominator: iv.denominator, met, gap, previous,
      change: previous === null ? null : round2(iv.value - previous), status: met ? 'MET' : 'NOT_MET', provenance: iv.provenance ?? null,
    };
  });
}
