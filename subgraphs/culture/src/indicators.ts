import { combineProvenance, rollUpRatio, rowProvenance, type IndicatorValue, type Provenance, type RatioPart } from '@lsp/shared';
import { HOLDER_KINDS, type BookCabinetRow, type CultureCommuneRow, type HolderKind } from './store';

/**
 * The culture indicators of a territory, from the rows of its reporting communes (one entry per commune), as
 * ratios of sums: a commune counts only where both of its rows are there (the commune's households or people and
 * its cabinets), so a missing report lowers unitsReporting and is never read as zero.
 * - CU_HOUSEHOLD_BOOK_CABINETS: households with a book cabinet per 100 households (IV.2, V.6);
 * - CU_BOOKS_PER_PERSON: books in every book cabinet (households, agencies and units, CLCs) and in the public
 *   libraries and reading rooms, per person.
 */
export interface CommuneRows {
  commune: CultureCommuneRow | null;
  cabinets: BookCabinetRow[];
}

const provenanceOf = (rows: Array<{ synthetic: boolean }>): Provenance => combineProvenance(rows.map((r) => rowProvenance(r.synthetic)))!;

export function householdCabinetPart(c: CommuneRows): RatioPart | null {
  const households = c.cabinets.find((r) => r.holderKind === 'HOUSEHOLD');
  if (!c.commune || !households) return null;
  return { numerator: households.cabinets, denominator: c.commune.households, provenance: provenanceOf([c.commune, households]) };
}

export function booksPart(c: CommuneRows): RatioPart | null {
  if (!c.commune || c.cabinets.length === 0) return null;
  return { numerator: c.cabinets.reduce((s, r) => s + r.books, 0) + c.commune.libraryBooks, denominator: c.commune.population, provenance: provenanceOf([c.commune, ...c.cabinets]) };
}

export const CULTURE_INDICATORS = ['CU_HOUSEHOLD_BOOK_CABINETS', 'CU_BOOKS_PER_PERSON'] as const;

export function cultureIndicators(communes: CommuneRows[]): IndicatorValue[] {
  return [rollUpRatio('CU_HOUSEHOLD_BOOK_CABINETS', communes.map(householdCabinetPart)), rollUpRatio('CU_BOOKS_PER_PERSON', communes.map(booksPart))];
}

/** Totals of one kind of holder over the communes that reported it. */
export interface BookCabinetTotal {
  holderKind: HolderKind;
  cabinets: number;
  books: number;
  readers: number;
  unitsReporting: number;
  provenance: Provenance | null;
}

export function cabinetTotals(communes: CommuneRows[]): BookCabinetTotal[] {
  return HOLDER_KINDS.map((holderKind) => {
    const rows = communes.flatMap((c) => c.cabinets.filter((r) => r.holderKind === holderKind));
    return {
      holderKind, cabinets: rows.reduce((s, r) => s + r.cabinets, 0), books: rows.reduce((s, r) => s + r.books, 0), readers: rows.reduce((s, r) => s + r.readers, 0),
      unitsReporting: rows.length, provenance: rows.length ? provenanceOf(rows) : null,
    };
  });
}

/** Reading facilities over the communes that reported them; null counts when none did. */
export interface ReadingFacilities {
  libraries: number | null;
  libraryBooks: number | null;
  culturalHouses: number | null;
  culturalHousesForLearning: number | null;
  unitsReporting: number;
  unitsExpected: number;
  provenance: Provenance | null;
}

export function readingFacilities(communes: CommuneRows[]): ReadingFacilities {
  const rows = communes.map((c) => c.commune).filter((r): r is CultureCommuneRow => !!r);
  const sum = (f: (r: CultureCommuneRow) => number) => (rows.length ? rows.reduce((s, r) => s + f(r), 0) : null);
  return {
    libraries: sum((r) => r.libraries), libraryBooks: sum((r) => r.libraryBooks), culturalHouses: sum((r) => r.culturalHouses),
    culturalHousesForLearning: sum((r) => r.culturalHousesForLearning), unitsReporting: rows.length, unitsExpected: communes.length,
    provenance: rows.length ? provenanceOf(rows) : null,
  };
}
