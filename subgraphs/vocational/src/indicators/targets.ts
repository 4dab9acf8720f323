import { indicatorsOf, targetsOf, type IndicatorDefinition } from '@lsp/shared';

/** The department's indicators, in catalogue order (shared/src/indicators.ts). */
export const VOCATIONAL_INDICATORS: IndicatorDefinition[] = indicatorsOf('vocational');

/**
 * The department's targets, read from the programme's one catalogue (shared/data/targets.json, QĐ 354/QĐ-UBND
 * II.2.2 "Đối với người lao động"): by 2015, 85% of agriculture/forestry/fishery workers reached by training
 * programmes, 40% of workers vocationally trained, 70% receiving technology transfer. No target for trainees per 1,000.
 */
export const TARGETS: Record<string, { value: number; year: number } | undefined> = Object.fromEntries(
  targetsOf({ department: 'vocational' }).flatMap((t) => (t.indicatorCode && t.value !== null && t.targetYear !== null ? [[t.indicatorCode, { value: t.value, year: t.targetYear }]] : [])),
);
