import { indicatorsOf, type IndicatorDefinition } from '@lsp/shared';

/** The department's indicators, in catalogue order (shared/src/indicators.ts). */
export const VOCATIONAL_INDICATORS: IndicatorDefinition[] = indicatorsOf('vocational');

/**
 * Targets of QĐ 354/QĐ-UBND (2013), II.2.2 "Đối với người lao động": by 2015, 85% of agriculture/forestry/fishery
 * workers reached by training programmes, 40% of workers vocationally trained, 70% receiving technology transfer.
 * The seed sets no target for trainees per 1,000.
 */
export const TARGETS: Record<string, { value: number; year: number } | undefined> = {
  VOC_AGRI_TRAINING_ACCESS: { value: 85, year: 2015 },
  VOC_WORKERS_TRAINED: { value: 40, year: 2015 },
  VOC_TECH_TRANSFER: { value: 70, year: 2015 },
};
