import { rollUpRatio, type IndicatorValue, type UnitYearFacts } from '@lsp/shared';
import type { LabourForceRow, TrainingGroupRow } from '../store';
import { TARGETS, VOCATIONAL_INDICATORS } from './targets';

/** The VOC_* indicators of the catalogue (their per-commune parts: indicators/facts.ts). */
export type VocationalIndicatorCode = 'VOC_AGRI_TRAINING_ACCESS' | 'VOC_WORKERS_TRAINED' | 'VOC_TECH_TRANSFER' | 'VOC_TRAINEES_PER_1000';

/**
 * The rows that make up one year entity, aligned with its reporting communes: labour[i] and training[i] belong to
 * the i-th reporting commune. `yearHasCourses` says whether any course of that year is stored: only then does a
 * commune without enrolment rows count 0 trainees (otherwise its trainees are missing, not zero). The figures
 * (labourForce, vocationalTraining) read these rows; the indicators read the facts of the same communes.
 */
export interface TerritoryRows {
  labour: Array<LabourForceRow | null>;
  training: TrainingGroupRow[][];
  yearHasCourses: boolean;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Every VOC_* indicator of the catalogue, rolled up as a ratio of sums over the reporting communes from their
 * facts (facts[i]: the i-th reporting commune's, null = no labour-force row; the parts: indicators/facts.ts).
 */
export function vocationalIndicators(facts: Array<UnitYearFacts | null>): IndicatorValue[] {
  return VOCATIONAL_INDICATORS.map((def) => rollUpRatio(def.code, facts.map((f) => f?.get(def.code) ?? null), facts.length));
}

/** The typed labour indicators, with targets, from the uniform list (previousValue included when computed). */
export function labourIndicators(list: IndicatorValue[]) {
  const byCode = new Map(list.map((v) => [v.code, v]));
  const withTarget = (code: string) => {
    const v = byCode.get(code)!;
    const def = VOCATIONAL_INDICATORS.find((d) => d.code === code)!;
    return { ...v, previousValue: v.previousValue ?? null, target: TARGETS[code]?.value ?? null, targetYear: TARGETS[code]?.year ?? null, clause: def.clause };
  };
  return {
    agriculturalTrainingAccess: withTarget('VOC_AGRI_TRAINING_ACCESS'),
    vocationallyTrained: withTarget('VOC_WORKERS_TRAINED'),
    technologyTransfer: withTarget('VOC_TECH_TRANSFER'),
    traineesPer1000: withTarget('VOC_TRAINEES_PER_1000'),
  };
}

/** Sums of the labour-force rows present; null figures when no reporting commune has data. */
export function labourForceFigures(t: TerritoryRows) {
  const rows = t.labour.filter((r): r is LabourForceRow => !!r);
  const total = (f: (r: LabourForceRow) => number) => (rows.length ? sum(rows.map(f)) : null);
  return {
    workingAgePopulation: total((r) => r.workingAgePopulation),
    agriculturalWorkers: total((r) => r.agriculturalWorkers),
    vocationallyTrainedWorkers: total((r) => r.vocationallyTrainedWorkers),
    agriculturalWorkersTrainingAccess: total((r) => r.agriculturalWorkersTrainingAccess),
    technologyTransfer: {
      workers: total((r) => r.technologyTransferWorkers),
      agriculture: total((r) => r.technologyTransferAgriculture),
      forestry: total((r) => r.technologyTransferForestry),
      tourism: total((r) => r.technologyTransferTourism),
      processing: total((r) => r.technologyTransferProcessing),
    },
    unitsReporting: rows.length,
    unitsExpected: t.labour.length,
    sources: [...new Set(rows.map((r) => r.source))].sort(),
  };
}

export type TrainingDimension = 'SEX' | 'ETHNIC_GROUP' | 'LEVEL' | 'RURAL_LABOUR_PROGRAMME';

const keyOf: Record<TrainingDimension, (g: TrainingGroupRow) => string> = {
  SEX: (g) => g.sex,
  ETHNIC_GROUP: (g) => g.ethnicGroup,
  LEVEL: (g) => g.level,
  RURAL_LABOUR_PROGRAMME: (g) => String(g.ruralLabourProgramme),
};

/** Trainees of a year entity; totals null when no course of that year is stored. */
export function trainingFigures(t: TerritoryRows) {
  const groups = t.training.flat();
  return {
    enrolled: t.yearHasCourses ? sum(groups.map((g) => g.enrolled)) : null,
    graduated: t.yearHasCourses ? sum(groups.map((g) => g.graduated)) : null,
    sources: [...new Set(groups.map((g) => g.source))].sort(),
    breakdown(by: TrainingDimension) {
      const out = new Map<string, { key: string; enrolled: number; graduated: number }>();
      for (const g of groups) {
        const key = keyOf[by](g);
        const acc = out.get(key) ?? { key, enrolled: 0, graduated: 0 };
        acc.enrolled += g.enrolled;
        acc.graduated += g.graduated;
        out.set(key, acc);
      }
      return [...out.values()].sort((a, b) => a.key.localeCompare(b.key));
    },
  };
}
export type TrainingFigures = ReturnType<typeof trainingFigures>;
