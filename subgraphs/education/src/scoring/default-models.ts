import { indicatorByCode, FIGURE_DEPARTMENTS } from '@lsp/shared';
import type { ProgrammeTargetRow } from '../store/programme-target';
import type { GradeBand, ScoringComponentSpec, ScoringModelSpec, SourceDepartment } from './engine';

/**
 * The default scoring models, built from the programme's target catalogue (QĐ 354/QĐ-UBND, 2013), one per
 * target horizon. They are the platform's monitoring models, not an official scheme: the official commune
 * scheme of the period (TT 44/2014/TT-BGDĐT) has 15 criteria whose points and grade bands are UNCONFIRMED
 * (see the domain notes), so nothing of it is used here.
 *
 * - QD354-2015 (data years 2013–2017): every numeric target set for 2015 (and the one without a year).
 * - QD354-2020 (data years from 2018): every measured target set for 2020; a 2015 target stays in force when
 *   the programme sets no 2020 figure for the same target (same id apart from the year), so the 2015
 *   kindergarten 3–5 target gives way to the 2020 target on ages 3 to under 5.
 * - Steering committees (V.11): two components, district committees by 30/04/2013 and commune committees by
 *   30/06/2013, each the share of the units due at that deadline whose committee was established by it, target 100%.
 * Every component weighs the same (no official weighting exists); weights add up to 100.
 */
export const DEFAULT_BANDS: GradeBand[] = [
  { grade: 'A', minTotal: 90, label: 'On target: at least 90% of the way to every programme target on average' },
  { grade: 'B', minTotal: 75, label: 'Close to target (75–90)' },
  { grade: 'C', minTotal: 50, label: 'Behind target (50–75)' },
  { grade: 'D', minTotal: 0, label: 'Far behind target (below 50)' },
];
export const MIN_COVERAGE_FOR_GRADE = 0.6;

function componentFrom(t: ProgrammeTargetRow): Omit<ScoringComponentSpec, 'weight'> | null {
  if (!t.indicatorCode || !(FIGURE_DEPARTMENTS as readonly string[]).includes(t.department)) return null;
  if (!indicatorByCode(t.indicatorCode)) return null;
  if (t.kind === 'DEADLINE') {
    return { indicatorCode: t.indicatorCode, source: t.department as SourceDepartment, clause: t.clause, targetValue: 100, comparator: 'GTE', targetId: t.id };
  }
  if (t.value === null) return null;
  return {
    indicatorCode: t.indicatorCode, source: t.department as SourceDepartment, clause: t.clause, targetValue: t.value,
    comparator: t.comparator, targetId: t.id,
  };
}

function withEqualWeights(components: Array<Omit<ScoringComponentSpec, 'weight'>>): ScoringComponentSpec[] {
  const weight = Math.round((100 / components.length) * 10000) / 10000;
  return components.map((c) => ({ ...c, weight }));
}

/** A target's id without its year: "II.2.1-kindergarten-3-5-2015" and "...-2020" are the same target at two horizons. */
const targetStem = (t: ProgrammeTargetRow) => t.id.replace(/-\d{4}$/, '');

export function defaultScoringModels(targets: ProgrammeTargetRow[]): ScoringModelSpec[] {
  const byHorizon = (year: number) => {
    const chosen = new Map<string, Omit<ScoringComponentSpec, 'weight'>>();
    const setFor = new Set(targets.filter((t) => t.targetYear === year).map(targetStem));
    const consider = (t: ProgrammeTargetRow) => {
      const c = componentFrom(t);
      if (c && !chosen.has(c.indicatorCode)) chosen.set(c.indicatorCode, c);
    };
    targets.filter((t) => t.targetYear === year).forEach(consider);
    targets.filter((t) => t.targetYear === null).forEach(consider);
    targets
      .filter((t) => t.targetYear !== null && t.targetYear < year && !setFor.has(targetStem(t)))
      .sort((a, b) => (b.targetYear ?? 0) - (a.targetYear ?? 0))
      .forEach(consider);
    return withEqualWeights([...chosen.values()]);
  };
  return [
    {
      id: 'QD354-2015', name: 'QĐ 354/QĐ-UBND targets for 2015',
      description: 'Platform monitoring model from the 2015 targets of QĐ 354/QĐ-UBND (2013), sections II and V; equal weights; not an official scheme.',
      validFromYear: 2013, validToYear: 2017, minCoverageForGrade: MIN_COVERAGE_FOR_GRADE, components: byHorizon(2015), bands: DEFAULT_BANDS,
    },
    {
      id: 'QD354-2020', name: 'QĐ 354/QĐ-UBND targets for 2020',
      description: 'Platform monitoring model from the 2020 targets of QĐ 354/QĐ-UBND (2013); 2015 targets without a 2020 figure stay in force; equal weights; not an official scheme.',
      validFromYear: 2018, validToYear: null, minCoverageForGrade: MIN_COVERAGE_FOR_GRADE, components: byHorizon(2020), bands: DEFAULT_BANDS,
    },
  ];
}

/**
 * The culture department's components (QĐ 354 IV.2, V.6: the book cabinets of every person, family, agency and
 * unit). The programme sets no figure for them: these targets are the platform's assumptions, said so in the
 * model's description, with no catalogue target behind them (targetId absent).
 */
export const CULTURE_COMPONENTS: Array<Omit<ScoringComponentSpec, 'weight'>> = [
  { indicatorCode: 'CU_HOUSEHOLD_BOOK_CABINETS', source: 'culture', clause: 'IV.2', targetValue: 50, comparator: 'GTE', optional: true },
  { indicatorCode: 'CU_BOOKS_PER_PERSON', source: 'culture', clause: 'V.6', targetValue: 2, comparator: 'GTE', optional: true },
];

/**
 * A new version of the 2015 model (issue 25): QD354-2015's components and the culture department's two as optional
 * components (counted only where a commune has culture data), every component weighing the same. QD354-2015 and
 * QD354-2020 stay as they are; this version covers the same years and is asked for by id
 * (`learningSociety(model: "QD354-2015-CULTURE")`): the model picked by year stays QD354-2015 (modelForYear).
 */
export function cultureScoringModel(targets: ProgrammeTargetRow[]): ScoringModelSpec {
  const base = defaultScoringModels(targets)[0];
  return {
    id: 'QD354-2015-CULTURE', name: 'QĐ 354/QĐ-UBND targets for 2015, with book cabinets (culture, optional)',
    description: 'QD354-2015 with the culture department\'s book cabinets (QĐ 354 IV.2, V.6) as optional components: they count only where a commune has culture data. '
      + 'Targets for them (50 households with a book cabinet per 100 households, 2 books per person) are platform assumptions: the programme sets no figure. Equal weights; not an official scheme.',
    validFromYear: base.validFromYear, validToYear: base.validToYear, minCoverageForGrade: base.minCoverageForGrade, bands: base.bands,
    components: withEqualWeights([...base.components.map(({ weight: _w, ...c }) => c), ...CULTURE_COMPONENTS]),
  };
}

/**
 * The model in force for a data year: the latest whose validity covers it; of versions starting the same year, the
 * first by id (QD354-2015 before QD354-2015-CULTURE), so a later version covering the same years is asked for by id
 * and never changes the answer of a request that names no model.
 */
export function modelForYear(models: ScoringModelSpec[], year: number): ScoringModelSpec | undefined {
  return models
    .filter((m) => m.validFromYear <= year && (m.validToYear === null || year <= m.validToYear))
    .sort((a, b) => b.validFromYear - a.validFromYear || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0];
}
