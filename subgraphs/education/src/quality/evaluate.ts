import { indicatorByCode, INDICATORS, type IndicatorValue, type Provenance, type QualityCatalogue, type QualityOperand, type QualityRule } from '@lsp/shared';

/**
 * Data-quality findings (issue 24), computed from what the score already reads: each department's uniform
 * indicator list per commune and year (numerators, denominators, values, provenance) and education's community
 * learning centre rows. Pure: the resolver (quality/index.ts) gathers the data.
 *
 * - RULE: a rule of shared/data/quality-rules.json broken in a commune and year (both sides with data).
 * - RANGE: a column outside its declared plausible range.
 * - OUTLIER: per indicator (percent values) and commune, the change from the previous year, flagged by the modified
 *   z-score of Iglewicz and Hoaglin over the communes of the province that have both years:
 *   z = 0.6745 × (x − median) ÷ MAD, MAD = median |x − median|, flagged when |z| > 3.5. When the MAD is 0 (more than
 *   half the communes changed by exactly the median) the mean absolute deviation stands in:
 *   z = (x − median) ÷ (1.253314 × meanAD) (the usual substitute: 1.253314 × meanAD estimates the standard
 *   deviation as 1.4826 × MAD does); when that is 0 too, every change is equal and nothing is flagged. Fewer than
 *   OUTLIER_MIN_UNITS communes with both years: no outlier test.
 */
export type FindingKind = 'RULE' | 'RANGE' | 'OUTLIER';
export type Importance = 'ERROR' | 'WARNING';

export interface FindingSide {
  label: string;
  value: number | null;
  year: number;
  department: string;
  dataset: string;
  /** The row (key) of the dataset that gave the value. */
  row: string;
  indicator: string | null;
  part: string | null;
  provenance: Provenance | null;
}

export interface Finding {
  kind: FindingKind;
  ruleCode: string;
  importance: Importance;
  /** The department that declared the rule (for an outlier: the indicator's). */
  department: string;
  unitCode: string;
  unitName: string;
  year: number;
  message: string;
  messageVi: string;
  left: FindingSide;
  right: FindingSide | null;
  /** Plausible range (RANGE) or allowed ratio (RULE RATIO_WITHIN). */
  min: number | null;
  max: number | null;
  /** Modified z-score (OUTLIER). */
  score: number | null;
  median: number | null;
  mad: number | null;
}

/** What one commune holds in one year. */
export interface CommuneYearData {
  lists: Partial<Record<string, IndicatorValue[] | null>>;
  learningCentre: { established: boolean; learners: number; activities: number; synthetic: boolean } | null;
}

export interface CommuneSeries {
  code: string;
  name: string;
  years: Map<number, CommuneYearData>;
}

export const OUTLIER_THRESHOLD = 3.5;
export const OUTLIER_MIN_UNITS = 10;

/** The dataset each indicator part comes from in its department (for the finding's source). */
function datasetOf(o: QualityOperand): string {
  if ('dataset' in o) return o.dataset;
  if (o.department === 'education') return 'educationStatistics';
  if (o.department === 'vocational') return o.indicator === 'VOC_TRAINEES_PER_1000' && o.part === 'numerator' ? 'vocationalCourses' : 'labourForce';
  if (o.department === 'workforce') return o.part === 'numerator' ? 'qualifications' : 'roster';
  return 'recognitionCounts';
}
const rowOf = (dataset: string, code: string, year: number) =>
  dataset === 'roster' || dataset === 'qualifications' ? `postings in communeCode=${code} on ${year}-12-31`
    : dataset === 'vocationalCourses' ? `enrolments of communeCode=${code}, courses of ${year}` : `communeCode=${code}, year=${year}`;

function labelOf(o: QualityOperand): string {
  const scale = o.factor && o.factor !== 1 ? `${o.factor} × ` : '';
  const when = o.yearOffset ? ` (year ${o.yearOffset})` : '';
  if ('dataset' in o) return `${scale}${o.column} of the community learning centre${when}`;
  const def = indicatorByCode(o.indicator)!;
  return `${scale}${o.part === 'numerator' ? def.numerator : def.denominator}${when}`;
}

const r4 = (x: number) => Math.round(x * 10000) / 10000;

function side(o: QualityOperand, unit: CommuneSeries, year: number): FindingSide {
  const y = year + (o.yearOffset ?? 0);
  const data = unit.years.get(y);
  const dataset = datasetOf(o);
  const base = { label: labelOf(o), year: y, department: o.department, dataset, row: rowOf(dataset, unit.code, y) };
  const factor = o.factor ?? 1;
  if ('dataset' in o) {
    const c = data?.learningCentre;
    const raw = c ? (o.column === 'established' ? (c.established ? 1 : 0) : c[o.column]) : null;
    return { ...base, indicator: null, part: o.column, value: raw === null ? null : r4(raw * factor), provenance: c ? (c.synthetic ? 'SYNTHETIC' : 'IMPORTED') : null };
  }
  const iv = data?.lists[o.department]?.find((i) => i.code === o.indicator);
  const raw = iv && iv.unitsExpected > 0 ? iv[o.part] : null;
  return { ...base, indicator: o.indicator, part: o.part, value: raw === null || raw === undefined ? null : r4(raw * factor), provenance: iv?.provenance ?? null };
}

const fmt = (x: number | null) => (x === null ? '—' : String(x));

function broken(rule: QualityRule, l: FindingSide, r: FindingSide): boolean | null {
  if (rule.op === 'REQUIRES') return l.value === null ? null : l.value > 0 && !(r.value !== null && r.value > 0);
  if (l.value === null || r.value === null) return null;
  if (rule.op === 'LTE') return l.value > r.value;
  if (r.value === 0) return l.value !== 0;
  const ratio = l.value / r.value;
  return ratio < rule.min! || ratio > rule.max!;
}

const empty = { min: null, max: null, score: null, median: null, mad: null };

/** The RULE and RANGE findings of these communes in `year`. */
export function ruleFindings(catalogue: QualityCatalogue, units: CommuneSeries[], year: number): Finding[] {
  const out: Finding[] = [];
  for (const unit of units) {
    if (!unit.years.get(year)) continue;
    for (const rule of catalogue.rules) {
      const l = side(rule.left, unit, year);
      const r = side(rule.right, unit, year);
      if (!broken(rule, l, r)) continue;
      const ratio = rule.op === 'RATIO_WITHIN' && r.value ? ` (ratio ${r4(l.value! / r.value)}, allowed ${rule.min}–${rule.max})` : '';
      out.push({
        kind: 'RULE', ruleCode: rule.code, importance: rule.importance, department: rule.department, unitCode: unit.code, unitName: unit.name, year,
        message: `${rule.en}: ${l.label} ${fmt(l.value)} (${l.department} ${l.dataset}), ${r.label} ${fmt(r.value)} (${r.department} ${r.dataset})${ratio}.`,
        messageVi: `${rule.vi}: ${fmt(l.value)} so với ${fmt(r.value)}${ratio ? ` (tỷ số ${r4(l.value! / r.value!)}, cho phép ${rule.min}–${rule.max})` : ''}.`,
        left: l, right: r, ...empty, min: rule.op === 'RATIO_WITHIN' ? rule.min! : null, max: rule.op === 'RATIO_WITHIN' ? rule.max! : null,
      });
    }
    for (const range of catalogue.ranges) {
      const v = side(range.operand, unit, year);
      if (v.value === null || (v.value >= range.min && v.value <= range.max)) continue;
      const code = `RANGE-${'indicator' in range.operand ? `${range.operand.indicator}-${range.operand.part}` : `${range.operand.dataset}-${range.operand.column}`}`.toUpperCase();
      out.push({
        kind: 'RANGE', ruleCode: code, importance: range.importance, department: range.operand.department, unitCode: unit.code, unitName: unit.name, year,
        message: `${range.label} is ${v.value}, outside the plausible range ${range.min}–${range.max} for one commune (${v.department} ${v.dataset}).`,
        messageVi: `${range.label}: ${v.value} nằm ngoài khoảng hợp lý ${range.min}–${range.max} của một xã.`,
        left: v, right: null, ...empty, min: range.min, max: range.max,
      });
    }
  }
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Modified z-scores of a sample (Iglewicz–Hoaglin; meanAD when the MAD is 0; null when every value is equal). */
export function modifiedZ(xs: number[]): { median: number; mad: number; z: Array<number | null> } {
  const med = median(xs);
  const mad = median(xs.map((x) => Math.abs(x - med)));
  if (mad > 0) return { median: med, mad, z: xs.map((x) => (0.6745 * (x - med)) / mad) };
  const meanAD = xs.reduce((s, x) => s + Math.abs(x - med), 0) / xs.length;
  if (meanAD === 0) return { median: med, mad, z: xs.map(() => null) };
  return { median: med, mad, z: xs.map((x) => (x - med) / (1.253314 * meanAD)) };
}

/** OUTLIER findings of the communes in `scope`, the statistics over every commune in `population`. */
export function outlierFindings(population: CommuneSeries[], scope: Set<string>, year: number): Finding[] {
  const out: Finding[] = [];
  for (const def of INDICATORS.filter((d) => d.unit === 'percent')) {
    const changes: Array<{ unit: CommuneSeries; now: IndicatorValue; before: IndicatorValue }> = [];
    for (const unit of population) {
      const now = unit.years.get(year)?.lists[def.department]?.find((i) => i.code === def.code);
      const before = unit.years.get(year - 1)?.lists[def.department]?.find((i) => i.code === def.code);
      if (now?.value != null && before?.value != null) changes.push({ unit, now, before });
    }
    if (changes.length < OUTLIER_MIN_UNITS) continue;
    const { median: med, mad, z } = modifiedZ(changes.map((c) => c.now.value! - c.before.value!));
    changes.forEach((c, i) => {
      const score = z[i];
      if (score === null || score === undefined || Math.abs(score) <= OUTLIER_THRESHOLD || !scope.has(c.unit.code)) return;
      const o = { department: def.department, indicator: def.code, part: 'numerator' as const };
      const dataset = datasetOf(o);
      const mk = (iv: IndicatorValue, y: number): FindingSide => ({
        label: `${def.label} (${y})`, value: iv.value, year: y, department: def.department, dataset, row: rowOf(dataset, c.unit.code, y), indicator: def.code, part: 'value', provenance: iv.provenance,
      });
      const change = r4(c.now.value! - c.before.value!);
      out.push({
        kind: 'OUTLIER', ruleCode: `OUTLIER-${def.code}`, importance: 'WARNING', department: def.department, unitCode: c.unit.code, unitName: c.unit.name, year,
        message: `${def.label}: ${c.before.value} in ${year - 1} → ${c.now.value} in ${year} (change ${change}); modified z-score ${r4(score)} against the change of the province's communes (median ${r4(med)}, MAD ${r4(mad)}), beyond ±${OUTLIER_THRESHOLD}.`,
        messageVi: `${def.labelVi}: ${c.before.value} năm ${year - 1} → ${c.now.value} năm ${year}; điểm z hiệu chỉnh ${r4(score)} vượt ±${OUTLIER_THRESHOLD} so với các xã trong tỉnh.`,
        left: mk(c.now, year), right: mk(c.before, year - 1), min: null, max: null, score: r4(score), median: r4(med), mad: r4(mad),
      });
    });
  }
  return out;
}
