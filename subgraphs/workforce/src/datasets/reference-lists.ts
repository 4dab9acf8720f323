/**
 * The workforce vocabulary: positions, qualification kinds and their ordered levels. Ranks order the levels
 * of one kind (1 = lowest), so "lower secondary or more" is `rank >= 2`, in SQL as in code.
 */
export const POSITIONS = [
  'PARTY_CELL_SECRETARY',
  'VILLAGE_HEAD',
  'COMMUNE_KEY_CADRE',
  'COMMUNE_CIVIL_SERVANT',
  'DISTRICT_CIVIL_SERVANT',
  'PROVINCIAL_CIVIL_SERVANT',
] as const;
export type Position = (typeof POSITIONS)[number];

/** Bí thư chi bộ and trưởng bản: the village leaders of the seed's "cán bộ vùng cao biên giới, vùng ĐBKK". */
export const VILLAGE_LEADER_POSITIONS: readonly Position[] = ['PARTY_CELL_SECRETARY', 'VILLAGE_HEAD'];
export const COMMUNE_POSITIONS: readonly Position[] = ['PARTY_CELL_SECRETARY', 'VILLAGE_HEAD', 'COMMUNE_KEY_CADRE', 'COMMUNE_CIVIL_SERVANT'];
export const CIVIL_SERVANT_POSITIONS: readonly Position[] = ['DISTRICT_CIVIL_SERVANT', 'PROVINCIAL_CIVIL_SERVANT'];

export const QUALIFICATION_KINDS = [
  'GENERAL_EDUCATION',
  'PROFESSIONAL',
  'POLITICAL_THEORY',
  'MANAGEMENT_TRAINING',
  'IT_CERTIFICATE',
  'FOREIGN_LANGUAGE',
  'ETHNIC_LANGUAGE',
] as const;
export type QualificationKind = (typeof QUALIFICATION_KINDS)[number];

/** Levels of each kind, lowest first; the rank of a level is its index + 1. */
export const LEVELS: Record<QualificationKind, readonly string[]> = {
  GENERAL_EDUCATION: ['PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY'],
  PROFESSIONAL: ['ELEMENTARY', 'INTERMEDIATE', 'COLLEGE', 'UNIVERSITY', 'POSTGRADUATE'],
  POLITICAL_THEORY: ['ELEMENTARY', 'INTERMEDIATE', 'ADVANCED'],
  MANAGEMENT_TRAINING: ['COMPLETED'],
  IT_CERTIFICATE: ['BASIC', 'ADVANCED'],
  FOREIGN_LANGUAGE: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'],
  ETHNIC_LANGUAGE: ['SPOKEN', 'SPOKEN_AND_WRITTEN'],
};
/** Kinds whose record names a language. */
export const KINDS_WITH_LANGUAGE: readonly QualificationKind[] = ['FOREIGN_LANGUAGE', 'ETHNIC_LANGUAGE'];

export const RANK = {
  LOWER_SECONDARY: 2,
  UPPER_SECONDARY: 3,
  COLLEGE: 3,
  POLITICAL_ELEMENTARY: 1,
} as const;

export function levelRank(kind: QualificationKind, level: string): number {
  return LEVELS[kind].indexOf(level) + 1;
}

export const TRAINING_RESULTS = ['PASSED', 'FAILED', 'IN_PROGRESS', 'WITHDRAWN'] as const;

export const SEXES = ['F', 'M'] as const;

/** Source recorded on rows written through the mutations and imports when the caller names none. */
export const DEFAULT_SOURCE = 'Sở Nội vụ (import)';
