import type { AwardsIndicatorCode } from '../datasets/titles';

/**
 * Targets for the recognition shares, each from a cited text. Sơn La's own target is the programme's
 * (QĐ 354/QĐ-UBND II.2.3); the national ones are context (../shared/domain/learning-society-scoring.md §4).
 */
export interface RecognitionTarget {
  indicatorCode: AwardsIndicatorCode;
  year: number;
  /** Percent of the denominator. */
  value: number;
  /** ABOVE = "trên" (strictly more than), AT_LEAST = reach the figure. */
  comparison: 'ABOVE' | 'AT_LEAST';
  scope: string;
  source: string;
}

const QD281 = 'QĐ 281/QĐ-TTg (2014), national, by 2020';
const QD387 = 'QĐ 387/QĐ-TTg (2022), national, by 2025';

export const TARGETS: readonly RecognitionTarget[] = [
  { indicatorCode: 'AW_STUDIOUS_FAMILIES', year: 2015, value: 70, comparison: 'ABOVE', scope: 'Sơn La province', source: 'QĐ 354/QĐ-UBND (2013) II.2.3: "trên 70% số hộ gia đình trong tỉnh được công nhận gia đình hiếu học"' },
  { indicatorCode: 'AW_STUDIOUS_FAMILIES', year: 2020, value: 70, comparison: 'AT_LEAST', scope: 'national', source: QD281 },
  { indicatorCode: 'AW_STUDIOUS_FAMILIES', year: 2020, value: 60, comparison: 'AT_LEAST', scope: 'mountainous / extremely difficult areas', source: QD281 },
  { indicatorCode: 'AW_STUDIOUS_FAMILIES', year: 2025, value: 70, comparison: 'AT_LEAST', scope: 'national', source: QD387 },
  { indicatorCode: 'AW_LEARNING_CLANS', year: 2020, value: 50, comparison: 'AT_LEAST', scope: 'national', source: QD281 },
  { indicatorCode: 'AW_LEARNING_CLANS', year: 2020, value: 40, comparison: 'AT_LEAST', scope: 'mountainous / extremely difficult areas', source: QD281 },
  { indicatorCode: 'AW_LEARNING_CLANS', year: 2025, value: 65, comparison: 'AT_LEAST', scope: 'national', source: QD387 },
  { indicatorCode: 'AW_LEARNING_VILLAGES', year: 2020, value: 60, comparison: 'AT_LEAST', scope: 'national', source: QD281 },
  { indicatorCode: 'AW_LEARNING_VILLAGES', year: 2020, value: 50, comparison: 'AT_LEAST', scope: 'mountainous / extremely difficult areas', source: QD281 },
  { indicatorCode: 'AW_LEARNING_VILLAGES', year: 2025, value: 65, comparison: 'AT_LEAST', scope: 'national', source: QD387 },
  { indicatorCode: 'AW_LEARNING_UNITS', year: 2020, value: 50, comparison: 'AT_LEAST', scope: 'national (organisations)', source: QD281 },
  { indicatorCode: 'AW_LEARNING_UNITS', year: 2025, value: 80, comparison: 'AT_LEAST', scope: 'national (xã-level organisations)', source: QD387 },
];

export const targetsOf = (code: AwardsIndicatorCode): RecognitionTarget[] => TARGETS.filter((t) => t.indicatorCode === code);
