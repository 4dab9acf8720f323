import { combineProvenance, type IndicatorValue, type Provenance, type ScoredDepartment } from '@lsp/shared';

/**
 * The learning-society score: a versioned model of components over the departments' uniform indicator
 * lists. Pure functions, no I/O: the resolvers, the benchmark's direct computation and the tests share them.
 *
 * Rules every model obeys:
 * - a component's points are monotone in its indicator (non-decreasing for ≥/> targets, non-increasing for
 *   ≤/< targets) and never exceed its weight;
 * - a component without data is MISSING: it scores nothing, is not read as zero, and lowers coverage;
 * - a component that covers no unit of the entity (a district committee for a commune) is NOT_APPLICABLE: it
 *   neither scores nor counts in the weight;
 * - total = 100 × points / weight of the components with data (so missing data does not drag the total
 *   down), coverage = weight with data / all weight; no grade below the model's minimum coverage;
 * - an optional component (a department that joined with a later model version, culture) counts only where it has
 *   data: without it (MISSING or SOURCE_UNAVAILABLE, still said so) it is neither in the weight nor in the approval;
 * - no grade either when the unit's territory is incomplete (part of its area's data cannot be placed): the
 *   total is shown, the grade would claim more than the data can say;
 * - every component carries the provenance of its figure, and the score the provenance of what it scored.
 */
export type Comparator = 'GTE' | 'GT' | 'LTE' | 'LT';
export type SourceDepartment = ScoredDepartment;
/** Per department, whether its data of the year is locked (approved) over the unit's territory; null/absent = the state did not arrive. */
export type SourceLocks = Partial<Record<SourceDepartment, boolean | null | undefined>>;

export interface ScoringComponentSpec {
  indicatorCode: string;
  source: SourceDepartment;
  /** Clause of QĐ 354/QĐ-UBND the target comes from. */
  clause: string;
  targetValue: number;
  comparator: Comparator;
  weight: number;
  /** The catalogue target the component comes from. */
  targetId?: string;
  /** Counts only where it has data (see the rules above); absent = false. */
  optional?: boolean;
}

export interface GradeBand {
  grade: string;
  /** Lowest total (0–100) of the band. */
  minTotal: number;
  label: string;
}

export interface ScoringModelSpec {
  id: string;
  name: string;
  description: string;
  validFromYear: number;
  validToYear: number | null;
  minCoverageForGrade: number;
  components: ScoringComponentSpec[];
  bands: GradeBand[];
}

/** NOT_APPLICABLE: nothing is due for this unit (a commune has no district committee or district centre). */
export type ComponentStatus = 'SCORED' | 'MISSING' | 'SOURCE_UNAVAILABLE' | 'NOT_APPLICABLE';

export interface ScoredComponent {
  indicator: string;
  source: SourceDepartment;
  clause: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number;
  comparator: Comparator;
  met: boolean | null;
  points: number | null;
  weight: number;
  status: ComponentStatus;
  provenance: Provenance | null;
  /** Whether the source department's data is locked for the unit and year; null when its lock state did not arrive. */
  locked: boolean | null;
  /** An optional component: without data it is not in the weight. */
  optional: boolean;
}

export interface Score {
  modelId: string;
  total: number | null;
  grade: string | null;
  coverage: number;
  components: ScoredComponent[];
  /** Departments whose indicator list did not arrive (their subgraph failed or was not asked). */
  unavailableSources: SourceDepartment[];
  /** False when part of the unit's area cannot be placed; then there is no grade. */
  complete: boolean;
  /** The units whose data could not be placed. */
  unplacedUnits: string[];
  provenance: Provenance | null;
  /** True only when every department whose components are used (not NOT_APPLICABLE) is locked. */
  approved: boolean;
  /** The used departments not locked (or whose lock state did not arrive). */
  unapprovedSources: SourceDepartment[];
}

/** Whether the unit's area is whole in that year, and if not, which units' data could not be placed. */
export interface TerritoryCompleteness {
  complete: boolean;
  unplacedUnits: string[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;
/** Points keep four decimals, so a full component scores exactly its weight (weights have four decimals). */
const round4 = (x: number) => Math.round(x * 10000) / 10000;

export function meets(comparator: Comparator, value: number, target: number): boolean {
  switch (comparator) {
    case 'GTE':
      return value >= target;
    case 'GT':
      return value > target;
    case 'LTE':
      return value <= target;
    case 'LT':
      return value < target;
  }
}

/**
 * Points of one component for an indicator value, as a share of its weight: value ÷ target for a ≥ or >
 * target, target ÷ value for a ≤ or < target (twice the allowed illiteracy earns half the points), never
 * more than 1.
 */
export function pointsFor(spec: Pick<ScoringComponentSpec, 'comparator' | 'targetValue' | 'weight'>, value: number): number {
  const { comparator, targetValue: target, weight } = spec;
  const v = Math.max(0, value);
  let share: number;
  if (comparator === 'GTE' || comparator === 'GT') share = target <= 0 ? 1 : Math.min(1, v / target);
  else share = v <= target ? 1 : target <= 0 ? 0 : target / v;
  return Math.min(weight, round4(weight * share));
}

export function gradeFor(model: Pick<ScoringModelSpec, 'bands'>, total: number): string {
  const band = [...model.bands].sort((a, b) => b.minTotal - a.minTotal).find((b) => total >= b.minTotal);
  return band ? band.grade : model.bands[model.bands.length - 1].grade;
}

/** Scores one year entity from the indicator lists of each department (null = the list did not arrive). */
export function score(
  model: ScoringModelSpec,
  lists: Partial<Record<SourceDepartment, IndicatorValue[] | null | undefined>>,
  territory: TerritoryCompleteness = { complete: true, unplacedUnits: [] },
  locks: SourceLocks = {},
): Score {
  const unavailable = new Set<SourceDepartment>();
  // The first entry of a code in a department's list (a list is one department's catalogue: at most about 15
  // entries). A scan, not a Map per list: a national ranking scores 10,000 units, and building five Maps per unit
  // allocated more than the scans cost.
  const entry = (list: IndicatorValue[], code: string): IndicatorValue | undefined => {
    for (const i of list) if (i.code === code) return i;
    return undefined;
  };
  // One object literal per component, every field in one order: spreading a shared base into each (as this did)
  // cost about 12 µs per component on Node 20 (dictionary-mode objects), a quarter of the dashboard's time here.
  const component = (
    spec: ScoringComponentSpec, status: ComponentStatus, iv: IndicatorValue | undefined, scored: boolean,
  ): ScoredComponent => ({
    indicator: spec.indicatorCode, source: spec.source, clause: spec.clause, target: spec.targetValue, comparator: spec.comparator, weight: spec.weight,
    locked: locks[spec.source] ?? null,
    value: scored ? iv!.value : null,
    numerator: status === 'MISSING' || scored ? iv?.numerator ?? null : null,
    denominator: status === 'MISSING' || scored ? iv?.denominator ?? null : null,
    met: scored ? meets(spec.comparator, iv!.value!, spec.targetValue) : null,
    points: scored ? pointsFor(spec, iv!.value!) : null,
    status,
    provenance: status === 'MISSING' || scored ? iv?.provenance ?? null : null,
    optional: spec.optional === true,
  });
  const components = model.components.map((spec): ScoredComponent => {
    const list = lists[spec.source];
    if (list === null || list === undefined) {
      unavailable.add(spec.source);
      return component(spec, 'SOURCE_UNAVAILABLE', undefined, false);
    }
    const iv = entry(list, spec.indicatorCode);
    if (iv && iv.unitsExpected === 0) return component(spec, 'NOT_APPLICABLE', iv, false);
    if (!iv || iv.value === null || iv.value === undefined) return component(spec, 'MISSING', iv, false);
    return component(spec, 'SCORED', iv, true);
  });
  // In the weight: every due component, but an optional one only with data.
  const counts = (c: ScoredComponent) => c.status !== 'NOT_APPLICABLE' && (!c.optional || c.status === 'SCORED');
  const allWeight = components.filter(counts).reduce((s, c) => s + c.weight, 0);
  const scored = components.filter((c) => c.status === 'SCORED');
  const weightWithData = scored.reduce((s, c) => s + c.weight, 0);
  const points = scored.reduce((s, c) => s + (c.points ?? 0), 0);
  const coverage = allWeight > 0 ? round2(weightWithData / allWeight) : 0;
  const total = weightWithData > 0 ? round2((100 * points) / weightWithData) : null;
  const grade = total !== null && coverage >= model.minCoverageForGrade && territory.complete ? gradeFor(model, total) : null;
  const used = new Set(components.filter(counts).map((c) => c.source));
  const unapprovedSources = [...used].filter((d) => locks[d] !== true);
  return {
    approved: used.size > 0 && unapprovedSources.length === 0, unapprovedSources,
    modelId: model.id, total, grade, coverage, components, unavailableSources: [...unavailable],
    complete: territory.complete, unplacedUnits: territory.unplacedUnits, provenance: combineProvenance(scored.map((c) => c.provenance)),
  };
}
