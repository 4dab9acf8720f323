import { unitsOfChanges, type AuditChange, type ComputedFact, type FactSource, type Provenance } from '@lsp/shared';
import { titlesOfIndicator, type AwardsIndicatorCode } from '../datasets/titles';

/** The indicators counted from recognition counts (households, clans, villages), each with its titles. */
const COUNT_INDICATORS: AwardsIndicatorCode[] = ['AW_STUDIOUS_FAMILIES', 'AW_LEARNING_CLANS', 'AW_LEARNING_VILLAGES'];
/** AW_LEARNING_UNITS: units recognised out of units assessed under this title. */
const UNIT_TITLE = 'DON_VI_HOC_TAP';

// The catalogue's codes are written into the statement as literals (they are constants, never input).
const literal = (code: string) => {
  if (!/^[A-Z0-9_]+$/.test(code)) throw new Error(`awards facts: unexpected code ${code}`);
  return `'${code}'`;
};
const indicatorOfTitle = `CASE ${COUNT_INDICATORS.map((code) => `WHEN r.title_code IN (${titlesOfIndicator(code).map((t) => literal(t.code)).join(', ')}) THEN ${literal(code)}`).join(' ')} END`;
const countTitles = COUNT_INDICATORS.flatMap((code) => titlesOfIndicator(code).map((t) => literal(t.code))).join(', ');

/** All rows synthetic: SYNTHETIC; none: IMPORTED; else MIXED (combineProvenance of rowProvenance, per row). */
const provenanceOf = (rows: number, synthetic: number): Provenance => (synthetic === rows ? 'SYNTHETIC' : synthetic === 0 ? 'IMPORTED' : 'MIXED');

const inList = (xs: unknown[]) => xs.map(() => '?').join(', ');

/**
 * The awards facts (shared kit facts.ts), per reporting commune and year, in one statement for any number of
 * communes: for the household, clan and village indicators the recognised and eligible of the commune's
 * recognition counts under the indicator's titles (Gia đình hiếu học and Gia đình học tập both count as
 * studious families); for AW_LEARNING_UNITS the units recognised out of the units assessed under Đơn vị học tập.
 * A commune without rows for an indicator has no fact. Rows whose eligible sum to 0 still make a fact (0 of 0):
 * the commune reported, with nothing eligible (it counts in unitsReporting, its value is null), hence
 * `zeroDenominatorIsData`.
 */
export const awardsFacts: FactSource = {
  zeroDenominatorIsData: true,
  async compute(m, unitCodes, years) {
    if (unitCodes.length === 0 || years.length === 0) return [];
    const where = (t: string) => `${t}.year IN (${inList(years)}) AND ${t}.commune_code IN (${inList(unitCodes)})`;
    const sql = `SELECT r.commune_code AS unitCode, r.year AS year, ${indicatorOfTitle} AS indicatorCode,
  SUM(r.recognised) AS numerator, SUM(r.eligible) AS denominator, COUNT(*) AS n, SUM(CASE WHEN r.synthetic THEN 1 ELSE 0 END) AS syn
FROM recognition_count r
WHERE ${where('r')} AND r.title_code IN (${countTitles})
GROUP BY r.commune_code, r.year, ${indicatorOfTitle}
UNION ALL
SELECT a.commune_code AS unitCode, a.year AS year, ${literal('AW_LEARNING_UNITS')} AS indicatorCode,
  SUM(CASE WHEN a.recognised THEN 1 ELSE 0 END) AS numerator, COUNT(*) AS denominator, COUNT(*) AS n, SUM(CASE WHEN a.synthetic THEN 1 ELSE 0 END) AS syn
FROM assessment a
WHERE ${where('a')} AND a.title_code = ${literal(UNIT_TITLE)}
GROUP BY a.commune_code, a.year`;
    const rows = (await m.query(sql, [...years, ...unitCodes, ...years, ...unitCodes])) as Array<Record<string, unknown>>;
    return rows.map((r): ComputedFact => ({
      year: Number(r.year), unitCode: String(r.unitCode), indicatorCode: String(r.indicatorCode),
      numerator: Number(r.numerator), denominator: Number(r.denominator), provenance: provenanceOf(Number(r.n), Number(r.syn)),
    }));
  },
  async units(m) {
    const rows = (await m.query(
      `SELECT commune_code AS u FROM recognition_count UNION SELECT commune_code AS u FROM assessment WHERE title_code = ${literal(UNIT_TITLE)}`,
    )) as Array<{ u: string }>;
    return rows.map((r) => String(r.u));
  },
};

/**
 * The communes whose facts a write changes: the commune of every recognition count or assessment written or
 * deleted, before and after (an assessment may move to another commune). Commendations change no indicator.
 */
export function unitsTouched(changes: AuditChange[]): string[] {
  return [...unitsOfChanges(changes, { RecognitionCount: 'communeCode', Assessment: 'communeCode' })];
}
