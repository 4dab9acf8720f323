import { meets, type Comparator } from './engine';

/**
 * On-track forecast of one target for one unit, from the unit's recorded years (the anticipated-progress idea of
 * UNESCAP's SDG progress assessment: compare the change actually made with the change the target requires).
 *
 * - Deadline ahead (data year < target year), at least 2 recorded years from FORECAST_FIRST_YEAR to the data
 *   year: baseline b = the first recorded year, latest c = the last one.
 *   actual annual change  a = (x_c − x_b) / (c − b)
 *   required annual change r = (target − x_b) / (T − b)
 *   ratio = a / r; projected value at T = x_c + a × (T − c) (a percent is kept within 0–100).
 *   MET when x_c already meets the target; otherwise ON_TRACK when ratio ≥ 0.95, AT_RISK when 0.5 ≤ ratio < 0.95,
 *   OFF_TRACK below 0.5 (standing still or moving away included). When the baseline already met the target
 *   (r points the wrong way or is 0) the ratio means nothing: ON_TRACK if the projection meets it, else OFF_TRACK.
 *   Fewer than 2 recorded years: MISSING.
 * - Deadline reached or past (data year ≥ T), or a target without a year: assessed on the recorded value of the
 *   target year (of the data year for a target without one), never projected: MET or OFF_TRACK; MISSING without it.
 * The cut-offs 0.95 and 0.5 are this platform's choice, not an official scale.
 */
export type ForecastStatus = 'MET' | 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'MISSING';
export type ForecastMethod = 'ANTICIPATED_PROGRESS' | 'RECORDED_AT_DEADLINE';

export interface Forecast {
  status: ForecastStatus;
  method: ForecastMethod;
  /** Value projected at the target year; null when not projected (deadline reached, or too few years). */
  projectedValue: number | null;
  requiredAnnualChange: number | null;
  actualAnnualChange: number | null;
  /** actual ÷ required annual change; null when not projected or meaningless. */
  progressRatio: number | null;
  /** Recorded years the forecast used. */
  yearsUsed: number;
  baselineYear: number | null;
  latestYear: number | null;
  targetYear: number | null;
}

/** The first data year a forecast reads: the year before the programme (QĐ 354/QĐ-UBND, 02/2013), its baseline. */
export const FORECAST_FIRST_YEAR = 2012;
export const ON_TRACK_RATIO = 0.95;
export const AT_RISK_RATIO = 0.5;

export interface YearValue {
  year: number;
  value: number | null;
}

const r4 = (x: number) => Math.round(x * 10000) / 10000;
const r2 = (x: number) => Math.round(x * 100) / 100;

export function forecast(
  seriesIn: YearValue[], target: { comparator: Comparator; value: number; targetYear: number | null }, dataYear: number, percent = true,
): Forecast {
  const series = seriesIn.filter((p): p is { year: number; value: number } => p.value !== null && p.year <= dataYear).sort((a, b) => a.year - b.year);
  const T = target.targetYear;
  const none = { projectedValue: null, requiredAnnualChange: null, actualAnnualChange: null, progressRatio: null, baselineYear: null, latestYear: null, targetYear: T };
  if (T === null || dataYear >= T) {
    const at = series.find((p) => p.year === (T ?? dataYear));
    if (!at) return { ...none, status: 'MISSING', method: 'RECORDED_AT_DEADLINE', yearsUsed: 0 };
    return {
      ...none, status: meets(target.comparator, at.value, target.value) ? 'MET' : 'OFF_TRACK', method: 'RECORDED_AT_DEADLINE',
      yearsUsed: 1, baselineYear: at.year, latestYear: at.year,
    };
  }
  const method: ForecastMethod = 'ANTICIPATED_PROGRESS';
  if (series.length === 0) return { ...none, status: 'MISSING', method, yearsUsed: 0 };
  const base = series[0]!;
  const last = series[series.length - 1]!;
  if (series.length < 2) {
    return { ...none, status: meets(target.comparator, last.value, target.value) ? 'MET' : 'MISSING', method, yearsUsed: 1, baselineYear: base.year, latestYear: last.year };
  }
  const actual = (last.value - base.value) / (last.year - base.year);
  const required = (target.value - base.value) / (T - base.year);
  let projected = last.value + actual * (T - last.year);
  if (percent) projected = Math.min(100, Math.max(0, projected));
  const direction = target.comparator === 'LTE' ? -1 : 1;
  const ratio = direction * required > 0 ? actual / required : null;
  let status: ForecastStatus;
  if (meets(target.comparator, last.value, target.value)) status = 'MET';
  else if (ratio === null) status = meets(target.comparator, projected, target.value) ? 'ON_TRACK' : 'OFF_TRACK';
  else status = ratio >= ON_TRACK_RATIO ? 'ON_TRACK' : ratio >= AT_RISK_RATIO ? 'AT_RISK' : 'OFF_TRACK';
  return {
    status, method, projectedValue: r2(projected), requiredAnnualChange: r4(required), actualAnnualChange: r4(actual),
    progressRatio: ratio === null ? null : r4(ratio), yearsUsed: series.length, baselineYear: base.year, latestYear: last.year, targetYear: T,
  };
}
