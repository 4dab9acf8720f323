import { combineProvenance, indicatorsOf, rollUpRatio, rowProvenance, type IndicatorValue, type RatioPart, type UnitYearFacts } from '@lsp/shared';
import type { AssessmentRow, CommendationRow, RecognitionCountRow } from '../store';
import { criteriaSetFor, titleByCode, titleInUse, type AwardsIndicatorCode, type CriteriaSet, type EmulationTitle } from '../datasets/titles';
import { targetsOf, type RecognitionTarget } from './targets';

/**
 * The awards indicators of a year entity, from the facts of its reporting communes (one per commune, in
 * territory order; null = the commune has no awards data): ratio of sums, a commune without a fact for an
 * indicator is missing (null part), never zero. The facts are computed per commune and year by ./facts.ts.
 */
export interface TerritoryFacts {
  year: number;
  facts: Array<UnitYearFacts | null>;
}

/** The rows of the reporting communes of a year entity (one list per commune), for the figures that need row detail. */
export interface TerritoryRows {
  year: number;
  counts: RecognitionCountRow[][];
  assessments: AssessmentRow[][];
}

/** Households / clans / villages recognised under any of the titles, per commune (titles outside the uniform list). */
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

export function indicatorValue(code: AwardsIndicatorCode, t: TerritoryFacts): IndicatorValue {
  return rollUpRatio(code, t.facts.map((f) => f?.get(code) ?? null), t.facts.length);
}

/** The uniform list: every awards indicator of the shared catalogue, in catalogue order. */
export function awardsIndicators(t: TerritoryFacts): IndicatorValue[] {
  return indicatorsOf('awards').map((def) => indicatorValue(def.code as AwardsIndicatorCode, t));
}

export interface RecognitionShare extends Omit<IndicatorValue, 'code' | 'unit'> {
  indicatorCode: AwardsIndicatorCode | null;
  year: number;
  title: EmulationTitle | null;
  criteriaSet: CriteriaSet | null;
  targets: RecognitionTarget[];
}

export function indicatorShare(code: AwardsIndicatorCode, t: TerritoryFacts): RecognitionShare {
  const { code: _code, unit: _unit, ...v } = indicatorValue(code, t);
  const inUse = titleInUse(code, t.year);
  return { ...v, indicatorCode: code, year: t.year, title: inUse?.title ?? null, criteriaSet: inUse?.set ?? null, targets: targetsOf(code) };
}

/** Share for a title outside the uniform list (e.g. "văn hóa - sức khỏe - học tập" villages), same rules, from the rows. */
export function titleShare(titleCode: string, t: Pick<TerritoryRows, 'year' | 'counts'>): RecognitionShare {
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
