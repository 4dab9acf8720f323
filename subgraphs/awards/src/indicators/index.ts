import { combineProvenance, indicatorsOf, rollUpRatio, rowProvenance, type IndicatorValue, type RatioPart } from '@lsp/shared';
import type { AssessmentRow, CommendationRow, RecognitionCountRow } from '../store';
import { criteriaSetFor, titleByCode, titleInUse, titlesOfIndicator, type AwardsIndicatorCode, type CriteriaSet, type EmulationTitle } from '../datasets/titles';
import { targetsOf, type RecognitionTarget } from './targets';

/**
 * The awards figures of a year entity, computed from the rows of its reporting communes (one list per
 * commune, in territory order). Ratio of sums; a commune without rows is missing (null part), never zero.
 */
export interface TerritoryRows {
  year: number;
  counts: RecognitionCountRow[][];
  assessments: AssessmentRow[][];
}

/** Households / clans / villages recognised under any of the titles, per commune. */
function countParts(rows: RecognitionCountRow[][], titleCodes: string[]): Array<RatioPart | null> {
  return rows.map((list) => {
    const mine = list.filter((r) => titleCodes.includes(r.titleCode));
    if (mine.length === 0) return null;
    return {
      numerator: mine.reduce((s, r) => s + r.recognised, 0), denominator: mine.reduce((s, r) => s + r.eligible, 0),
      provenance: combineProvenance(mine.map((r) => rowProvenance(r.synthetic)))!,
    };
  });
}

/** Units recognised out of units assessed, per commune. */
function unitParts(rows: AssessmentRow[][], titleCode: string): Array<RatioPart | null> {
  return rows.map((list) => {
    const mine = list.filter((r) => r.titleCode === titleCode);
    if (mine.length === 0) return null;
    return {
      numerator: mine.filter((r) => r.recognised).length, denominator: mine.length,
      provenance: combineProvenance(mine.map((r) => rowProvenance(r.synthetic)))!,
    };
  });
}

export function indicatorValue(code: AwardsIndicatorCode, t: TerritoryRows): IndicatorValue {
  const titleCodes = titlesOfIndicator(code).map((x) => x.code);
  const parts = code === 'AW_LEARNING_UNITS' ? unitParts(t.assessments, 'DON_VI_HOC_TAP') : countParts(t.counts, titleCodes);
  return rollUpRatio(code, parts, parts.length);
}

/** The uniform list: every awards indicator of the shared catalogue, in catalogue order. */
export function awardsIndicators(t: TerritoryRows): IndicatorValue[] {
  return indicatorsOf('awards').map((def) => indicatorValue(def.code as AwardsIndicatorCode, t));
}

export interface RecognitionShare extends Omit<IndicatorValue, 'code' | 'unit'> {
  indicatorCode: AwardsIndicatorCode | null;
  year: number;
  title: EmulationTitle | null;
  criteriaSet: CriteriaSet | null;
  targets: RecognitionTarget[];
}

export function indicatorShare(code: AwardsIndicatorCode, t: TerritoryRows): RecognitionShare {
  const { code: _code, unit: _unit, ...v } = indicatorValue(code, t);
  const inUse = titleInUse(code, t.year);
  return { ...v, indicatorCode: code, year: t.year, title: inUse?.title ?? null, criteriaSet: inUse?.set ?? null, targets: targetsOf(code) };
}

/** Share for a title outside the uniform list (e.g. "văn hóa - sức khỏe - học tập" villages), same rules. */
export function titleShare(titleCode: string, t: TerritoryRows): RecognitionShare {
  const parts = countParts(t.counts, [titleCode]);
  const present = parts.filter((p): p is RatioPart => !!p);
  const numerator = present.length ? present.reduce((s, p) => s + p.numerator, 0) : null;
  const denominator = present.length ? present.reduce((s, p) => s + p.denominator, 0) : null;
  const value = numerator !== null && denominator ? Math.round((numerator / denominator) * 100 * 100) / 100 : null;
  return {
    numerator, denominator, value, unitsReporting: present.length, unitsExpected: parts.length, indicatorCode: null, year: t.year,
    provenance: combineProvenance(present.map((p) => p.provenance)),
    title: titleByCode(titleCode) ?? null, criteriaSet: criteriaSetFor(titleCode, t.year) ?? null, targets: [],
  };
}

export interface GradeCount {
  grade: string | null;
  recognised: boolean;
  count: number;
}

/** How many assessed subjects of a title got each grade (null grade = not graded). */
export function gradeCounts(rows: AssessmentRow[][], titleCode: string): GradeCount[] {
  const byGrade = new Map<string, GradeCount>();
  for (const r of rows.flat().filter((x) => x.titleCode === titleCode)) {
    const k = `${r.grade ?? ''}|${r.recognised}`;
    const g = byGrade.get(k) ?? { grade: r.grade, recognised: r.recognised, count: 0 };
    g.count += 1;
    byGrade.set(k, g);
  }
  return [...byGrade.values()].sort((a, b) => (a.grade ?? '~').localeCompare(b.grade ?? '~') || Number(b.recognised) - Number(a.recognised));
}

export interface CommendationSummary {
  total: number;
  individuals: number;
  collectives: number;
  withLearningSocietyCriterion: number;
}

export function commendationSummary(rows: CommendationRow[][]): CommendationSummary {
  const all = rows.flat();
  return {
    total: all.length,
    individuals: all.filter((c) => c.recipientKind === 'INDIVIDUAL').length,
    collectives: all.filter((c) => c.recipientKind === 'COLLECTIVE').length,
    withLearningSocietyCriterion: all.filter((c) => c.learningSocietyCriterion).length,
  };
}
