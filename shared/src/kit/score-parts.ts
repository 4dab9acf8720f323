import type { IndicatorValue, Provenance } from '../indicators';
import type { Boundaries } from '../admin-units';
import type { YearRef } from '../year-entities';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * The score-parts feed: the one path by which the learning-society score and target progress (education) get
 * the other departments' parts, for any number of units and years, without going through the gateway.
 *
 * Every department that publishes `<name>Indicators` and `<name>Locked` on the year entities (CommuneYear,
 * DistrictYear, ProvinceYear) answers `POST /score-parts` (mounted by the kit, shared/src/subgraph.ts) with
 * exactly what those two fields answer, for a batch of units and years, as columnar JSON:
 *
 *   request  { kind: 'commune' | 'district' | 'province', boundaries?: 'REPORTED' | 'CURRENT', years: [2014, 2015], codes: ['03646', …] }
 *   answer   { service, version, kind, boundaries, years: [{ year, codes, locked: [bool…], indicators: [{ code, unit,
 *              numerator: [n|null…], denominator: […], value: […], unitsReporting: […], unitsExpected: […], provenance: […] }] }] }
 *
 * (column i of every array is codes[i]). The department computes them with its own code and per-request loaders
 * (its rules stay its own: which units an indicator is over, which locks cover a unit), so the statements are
 * constant in the number of units. `version` is the department's data version (GET /data-version) read before
 * computing, so a reader may keep the parts until that version moves. The caller needs a delegation token
 * (shared/src/identity.ts, header x-lsp-delegation) addressed to this department for scope `score-parts`.
 */
export const SCORE_PARTS_PATH = '/score-parts';
/** At most this many units per call (a reader splits larger batches). */
export const SCORE_PARTS_MAX_CODES = 20_000;

export type PartsKind = 'commune' | 'district' | 'province';

export interface ScorePartsRequest {
  kind: PartsKind;
  boundaries?: Boundaries;
  years: number[];
  codes: string[];
}

export interface IndicatorColumns {
  code: string;
  unit: IndicatorValue['unit'];
  numerator: Array<number | null>;
  denominator: Array<number | null>;
  value: Array<number | null>;
  unitsReporting: number[];
  unitsExpected: number[];
  provenance: Array<Provenance | null>;
}

export interface ScorePartsYear {
  year: number;
  codes: string[];
  locked: Array<boolean | null>;
  indicators: IndicatorColumns[];
}

export interface ScorePartsAnswer {
  service: string;
  version: string;
  kind: PartsKind;
  boundaries: Boundaries;
  years: ScorePartsYear[];
}

/** One department's parts of one unit and year: its uniform indicator list and its lock over the unit. */
export interface DepartmentParts {
  indicators: IndicatorValue[];
  locked: boolean | null;
}

const KINDS: readonly PartsKind[] = ['commune', 'district', 'province'];

/** Checks a feed request; a bad one is refused with a message naming the field. */
export function parseScorePartsRequest(body: unknown): ScorePartsRequest {
  const b = (body ?? {}) as Record<string, unknown>;
  const bad = (field: string, why: string) => new GraphQLError(`score-parts: ${field} ${why}`, { extensions: { code: 'BAD_USER_INPUT', field } });
  if (!KINDS.includes(b.kind as PartsKind)) throw bad('kind', `must be one of ${KINDS.join(', ')}`);
  if (b.boundaries !== undefined && b.boundaries !== 'REPORTED' && b.boundaries !== 'CURRENT') throw bad('boundaries', 'must be REPORTED or CURRENT');
  if (!Array.isArray(b.years) || b.years.length === 0 || b.years.length > 50 || !b.years.every((y) => Number.isInteger(y) && y >= 1900 && y <= 2100)) {
    throw bad('years', 'must be 1 to 50 whole years between 1900 and 2100');
  }
  if (!Array.isArray(b.codes) || b.codes.length > SCORE_PARTS_MAX_CODES || !b.codes.every((c) => typeof c === 'string' && /^[0-9A-Za-z]{1,10}$/.test(c))) {
    throw bad('codes', `must be at most ${SCORE_PARTS_MAX_CODES} unit codes`);
  }
  return { kind: b.kind as PartsKind, boundaries: (b.boundaries as Boundaries | undefined) ?? 'REPORTED', years: [...new Set(b.years as number[])], codes: [...new Set(b.codes as string[])] };
}

/** The year entity of a unit code of a kind (the same reference the gateway would hand to `_entities`). */
export function refOf(kind: PartsKind, code: string, year: number, boundaries: Boundaries = 'REPORTED'): YearRef {
  if (kind === 'commune') return { communeCode: code, year, boundaries };
  if (kind === 'district') return { districtCode: code, year };
  return { provinceCode: code, year };
}

/** The kind and code of a year entity. */
export function kindOf(ref: YearRef): { kind: PartsKind; code: string; boundaries: Boundaries } {
  if ('communeCode' in ref) return { kind: 'commune', code: ref.communeCode, boundaries: ref.boundaries ?? 'REPORTED' };
  if ('districtCode' in ref) return { kind: 'district', code: ref.districtCode, boundaries: 'REPORTED' };
  return { kind: 'province', code: ref.provinceCode, boundaries: 'REPORTED' };
}

/** Columns of one year from the per-unit lists (every list in catalogue order, the same codes). */
export function toColumns(year: number, codes: string[], parts: DepartmentParts[]): ScorePartsYear {
  const first = parts[0]?.indicators ?? [];
  const indicators = first.map((def, j): IndicatorColumns => ({
    code: def.code, unit: def.unit,
    numerator: parts.map((p) => p.indicators[j].numerator),
    denominator: parts.map((p) => p.indicators[j].denominator),
    value: parts.map((p) => p.indicators[j].value),
    unitsReporting: parts.map((p) => p.indicators[j].unitsReporting),
    unitsExpected: parts.map((p) => p.indicators[j].unitsExpected),
    provenance: parts.map((p) => p.indicators[j].provenance),
  }));
  return { year, codes, locked: parts.map((p) => p.locked), indicators };
}

/** The per-unit parts of one answered year, by unit code (the inverse of toColumns). */
export function fromColumns(y: ScorePartsYear): Map<string, DepartmentParts> {
  const out = new Map<string, DepartmentParts>();
  y.codes.forEach((code, i) => {
    out.set(code, {
      locked: y.locked[i],
      indicators: y.indicators.map((c): IndicatorValue => ({
        code: c.code, numerator: c.numerator[i], denominator: c.denominator[i], value: c.value[i], unit: c.unit,
        unitsReporting: c.unitsReporting[i], unitsExpected: c.unitsExpected[i], provenance: c.provenance[i],
      })),
    });
  });
  return out;
}

const PROVENANCE_CODES: ReadonlyArray<Provenance | null> = [null, 'SYNTHETIC', 'IMPORTED', 'MIXED'];
const numbers = (xs: Array<number | null>): Float64Array => {
  const out = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = xs[i] === null || xs[i] === undefined ? NaN : (xs[i] as number);
  return out;
};
const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

/**
 * One answered year kept compact, as it came: one typed array per column (NaN for null; provenance and lock as
 * small codes), not one object per unit and indicator. A reader holding the country's parts of several years
 * keeps a few arrays per department instead of millions of objects that every major GC would walk (education
 * held 1.36 GB and spent a third of a national ranking in GC before). `parts(i)` builds the per-unit list of
 * column i afresh (the caller's to keep), exactly what fromColumns gives for that unit; `held(i)` (what the reader
 * hands out) the same, built when first read.
 */
export class CompactYear {
  readonly codes: string[];
  private readonly locked: Int8Array;
  private readonly columns: Array<{
    code: string; unit: IndicatorValue['unit']; numerator: Float64Array; denominator: Float64Array; value: Float64Array;
    unitsReporting: Float64Array; unitsExpected: Float64Array; provenance: Uint8Array;
  }>;

  constructor(y: ScorePartsYear) {
    this.codes = y.codes;
    this.locked = Int8Array.from(y.locked, (l) => (l === null || l === undefined ? -1 : l ? 1 : 0));
    this.columns = y.indicators.map((c) => ({
      code: c.code, unit: c.unit, numerator: numbers(c.numerator), denominator: numbers(c.denominator), value: numbers(c.value),
      unitsReporting: numbers(c.unitsReporting), unitsExpected: numbers(c.unitsExpected),
      provenance: Uint8Array.from(c.provenance, (p) => Math.max(0, PROVENANCE_CODES.indexOf(p ?? null))),
    }));
  }

  parts(i: number): DepartmentParts {
    return { locked: this.lockedAt(i), indicators: this.indicatorsAt(i) };
  }

  /**
   * The parts of column i as a handle whose list is built when first read. A batch of the country's units is
   * answered at once, but each unit's list is read by the code that scores it: built there, it dies young (built in
   * the batch, 30,000 lists of a national ranking outlived every scavenge until the last unit was scored).
   */
  held(i: number): DepartmentParts {
    const year = this;
    let list: IndicatorValue[] | undefined;
    // An own, enumerable getter: the handle reads, compares and serialises as the plain parts would.
    return { locked: this.lockedAt(i), get indicators() { return (list ??= year.indicatorsAt(i)); } };
  }

  lockedAt(i: number): boolean | null {
    const l = this.locked[i];
    return l < 0 ? null : l === 1;
  }

  indicatorsAt(i: number): IndicatorValue[] {
    const indicators = new Array<IndicatorValue>(this.columns.length);
    for (let j = 0; j < this.columns.length; j++) {
      const c = this.columns[j];
      indicators[j] = {
        code: c.code, numerator: orNull(c.numerator[i]), denominator: orNull(c.denominator[i]), value: orNull(c.value[i]), unit: c.unit,
        unitsReporting: c.unitsReporting[i], unitsExpected: c.unitsExpected[i], provenance: PROVENANCE_CODES[c.provenance[i]],
      };
    }
    return indicators;
  }
}


/** A department whose parts could not be read: its components are SOURCE_UNAVAILABLE, and the answer carries this error. */
export class PartsUnavailable {
  constructor(readonly department: string, readonly error: GraphQLFormattedError) {}
}

export const subgraphDidNotAnswer = (department: string, why: string): PartsUnavailable =>
  new PartsUnavailable(department, { message: `The ${department} subgraph did not answer: ${why}`, extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: department } });
