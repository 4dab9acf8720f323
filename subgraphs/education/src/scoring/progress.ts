import type { IndicatorValue, Provenance } from '@lsp/shared';
import type { ProgrammeTargetRow } from '../store/programme-target';
import { meets, type Comparator, type SourceDepartment } from './engine';

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
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function targetProgress(
  targets: ProgrammeTargetRow[],
  lists: Partial<Record<SourceDepartment, IndicatorValue[] | null | undefined>>,
  year: number,
): TargetProgress[] {
  return targets.map((t): TargetProgress => {
    const isDeadline = t.kind === 'DEADLINE';
    const target = isDeadline ? (t.indicatorCode ? 100 : null) : t.value;
    const comparator: Comparator = isDeadline ? 'GTE' : (t.comparator as Comparator);
    const dueYear = t.targetYear ?? (t.deadline ? Number(t.deadline.slice(0, 4)) : null);
    const base = {
      targetId: t.id, clause: t.clause, indicator: t.indicatorCode, source: t.department, targetYear: t.targetYear, deadline: t.deadline,
      comparator, target, due: dueYear === null ? true : year >= dueYear,
    };
    const empty = { actual: null, numerator: null, denominator: null, met: null, gap: null, previous: null, change: null, provenance: null };
    if (!t.indicatorCode || target === null) return { ...base, ...empty, status: 'NOT_MEASURED' };
    const list = lists[t.department as SourceDepartment];
    if (list === null || list === undefined) return { ...base, ...empty, status: 'SOURCE_UNAVAILABLE' };
    const iv = list.find((i) => i.code === t.indicatorCode);
    if (iv && iv.unitsExpected === 0) return { ...base, ...empty, status: 'NOT_APPLICABLE' };
    if (!iv || iv.value === null) return { ...base, ...empty, numerator: iv?.numerator ?? null, denominator: iv?.denominator ?? null, status: 'MISSING' };
    const met = meets(comparator, iv.value, target);
    const gap = round2(comparator === 'GTE' || comparator === 'GT' ? target - iv.value : iv.value - target);
    const previous = iv.previousValue ?? null;
    return {
      ...base, actual: iv.value, numerator: iv.numerator, denominator: iv.denominator, met, gap, previous,
      change: previous === null ? null : round2(iv.value - previous), status: met ? 'MET' : 'NOT_MET', provenance: iv.provenance ?? null,
    };
  });
}
