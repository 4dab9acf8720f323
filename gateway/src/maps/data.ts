import { INDICATORS, type IndicatorDefinition } from '@lsp/shared';
import type { GraphQLResult, RunGraphQL } from '../report/data';
import { communeBoundaries, districtBoundaries, type BoundarySet } from './boundaries';

/** The province whose boundaries the platform holds (shared/data/boundaries). */
export const MAP_PROVINCE = '14';
/** The day of today's communes, the date of the commune boundaries. */
const COMMUNES_OF_TODAY_ON = '2025-07-01';
/** Communes report to the province directly from this data year (districts were abolished on 01/07/2025). */
const FIRST_COMMUNE_YEAR = 2025;

export type Boundaries = 'REPORTED' | 'CURRENT';

/** What a map shows: the selection to ask on each year entity, and how to read a unit's value from the answer. */
export interface MapSubject {
  code: string;
  title: string;
  titleVi: string;
  /** numeric: classes over the values; category: one colour per value. */
  scale: 'numeric' | 'category';
  /** A fixed domain (the score's 0-100); otherwise the values' own range. */
  domain?: [number, number];
  unit: string;
  selection: string;
  read(entity: any): { value: number | null; category: string | null; provenance: string | null };
}

/** Thrown for a request that names no map or a year the data does not cover: a 4xx, not a 5xx. */
export class MapInputError extends Error {
  constructor(
    readonly code: 'NOT_FOUND' | 'BAD_USER_INPUT',
    message: string,
  ) {
    super(message);
  }
}

const score: MapSubject = {
  code: 'score', title: 'Learning-society score', titleVi: 'Điểm xã hội học tập', scale: 'numeric', domain: [0, 100], unit: 'points',
  selection: 'learningSociety { total grade provenance }',
  read: (e) => ({ value: e?.learningSociety?.total ?? null, category: null, provenance: e?.learningSociety?.provenance ?? null }),
};

const grade: MapSubject = {
  code: 'grade', title: 'Learning-society grade', titleVi: 'Xếp loại xã hội học tập', scale: 'category', unit: 'grade',
  selection: 'learningSociety { grade provenance }',
  read: (e) => ({ value: null, category: e?.learningSociety?.grade ?? null, provenance: e?.learningSociety?.provenance ?? null }),
};

function indicatorSubject(def: IndicatorDefinition): MapSubject {
  const list = `${def.department}Indicators`;
  return {
    code: def.code, title: def.label, titleVi: def.labelVi, scale: 'numeric', unit: def.unit,
    domain: def.unit === 'percent' ? [0, 100] : undefined,
    selection: `${list} { code value provenance }`,
    read: (e) => {
      const found = (e?.[list] as Array<{ code: string; value: number | null; provenance: string | null }> | null | undefined)?.find((i) => i.code === def.code);
      return { value: found?.value ?? null, category: null, provenance: found?.provenance ?? null };
    },
  };
}

/** `score`, `grade`, or an indicator code of the catalogue (shared/src/indicators.ts). */
export function mapSubject(code: string): MapSubject {
  if (code === 'score') return score;
  if (code === 'grade') return grade;
  const def = INDICATORS.find((i) => i.code === code);
  if (!def) throw new MapInputError('NOT_FOUND', `No map "${code}": maps are score, grade or an indicator code of the catalogue (e.g. EDU_KINDERGARTEN_3_5)`);
  return indicatorSubject(def);
}

export interface MapUnit {
  code: string;
  name: string;
  value: number | null;
  category: string | null;
  provenance: string | null;
  /** False for a commune of today whose predecessors cannot all be summed (ARCHITECTURE: shown, marked, not graded). */
  complete: boolean;
}

export interface MapData {
  subject: MapSubject;
  year: number;
  boundaries: Boundaries;
  shapes: BoundarySet;
  units: Map<string, MapUnit>;
  synthetic: boolean;
}

/** A refused question (a year no scoring model covers) is the caller's 4xx; anything else, a department that failed. */
function failOn(r: GraphQLResult): void {
  const first = r.errors?.[0];
  if (!first) return;
  if (first.extensions?.code === 'BAD_USER_INPUT') throw new MapInputError('BAD_USER_INPUT', first.message);
  throw new Error(first.message);
}

/**
 * The units of the year and their values, through the gateway as the caller. Up to 2024 a REPORTED map is a district map
 * (the districts that reported that year; communes are not drawn, as their boundaries before 2025 are not held); from 2025,
 * or read with boundaries CURRENT, it is a map of today's 75 communes.
 */
export async function collectMapData(run: RunGraphQL, subject: MapSubject, year: number, boundaries: Boundaries): Promise<MapData> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new MapInputError('BAD_USER_INPUT', 'year must be a whole year, e.g. ?year=2015');
  const communeLevel = year >= FIRST_COMMUNE_YEAR || boundaries === 'CURRENT';
  let rows: Array<{ code: string; name: string; complete: boolean; entity: any }>;
  if (!communeLevel) {
    const r = await run(`query MapDistricts($province: String!, $year: Int!) { province(code: $province) { inYear(year: $year) { districts { districtCode name ${subject.selection} } } } }`, { province: MAP_PROVINCE, year });
    failOn(r);
    rows = (r.data?.province?.inYear?.districts ?? []).map((d: any) => ({ code: d.districtCode, name: d.name, complete: true, entity: d }));
  } else if (year >= FIRST_COMMUNE_YEAR) {
    const r = await run(`query MapCommunes($province: String!, $year: Int!) { province(code: $province) { inYear(year: $year) { communes { communeCode name complete ${subject.selection} } } } }`, { province: MAP_PROVINCE, year });
    failOn(r);
    rows = (r.data?.province?.inYear?.communes ?? []).map((c: any) => ({ code: c.communeCode, name: c.name, complete: c.complete, entity: c }));
  } else {
    const r = await run(
      `query MapCommunesOfToday($province: String!, $on: String!, $year: Int!) { province(code: $province) { communes(validOn: $on) { code inYear(year: $year, boundaries: CURRENT) { communeCode name complete ${subject.selection} } } } }`,
      { province: MAP_PROVINCE, on: COMMUNES_OF_TODAY_ON, year },
    );
    failOn(r);
    rows = (r.data?.province?.communes ?? []).filter((c: any) => c.inYear).map((c: any) => ({ code: c.code, name: c.inYear.name, complete: c.inYear.complete, entity: c.inYear }));
  }
  const units = new Map<string, MapUnit>();
  for (const row of rows) units.set(row.code, { code: row.code, name: row.name, complete: row.complete, ...subject.read(row.entity) });
  const shapes = communeLevel ? communeBoundaries() : districtBoundaries(year);
  const synthetic = [...units.values()].some((u) => u.provenance === 'SYNTHETIC' || u.provenance === 'MIXED');
  return { subject, year, boundaries, shapes, units, synthetic };
}
