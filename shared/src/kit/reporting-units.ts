import { yearEnd, type AdminUnit, type AdminUnits } from '../admin-units';
import type { Period } from './dataset';

/**
 * Reporting units: who reports a year's figures to the province. While districts existed (up to 2024: every
 * district valid on 31 December of the year) a district office reports for the communes it had *that year* (Vân
 * Hồ's future communes report through Mộc Châu in 2012); from 2025 (districts were abolished on 01/07/2025, so
 * none is valid on 31/12/2025) each commune reports for itself. Derived from the units' validity, not from a
 * hard-coded year, so a synthetic unit set with districts in every year keeps districts. The reporting unit is
 * what a reporter role names, what a period lock and a submission are per, and what completeness is counted by.
 */
export type ReportingLevel = 'DISTRICT' | 'COMMUNE';

export interface ReportingUnit {
  code: string;
  /** The name it carried on 31 December of the year. */
  name: string;
  level: ReportingLevel;
}

/** DISTRICT while the year has districts, COMMUNE after. */
export function reportingLevelOf(units: AdminUnits, year: number): ReportingLevel {
  // Memoised per unit set and year (units never change once loaded): a national ranking asks it once per commune,
  // and each answer filtered every district of the country.
  let byYear = levels.get(units);
  if (!byYear) levels.set(units, (byYear = new Map()));
  let level = byYear.get(year);
  if (!level) byYear.set(year, (level = units.reportingDistricts(year).length > 0 ? 'DISTRICT' : 'COMMUNE'));
  return level;
}
const levels = new WeakMap<AdminUnits, Map<number, ReportingLevel>>();

/** The reporting units of a year, in code order. */
export function reportingUnitsOfYear(units: AdminUnits, year: number): ReportingUnit[] {
  const end = yearEnd(year);
  const level = reportingLevelOf(units, year);
  const list: AdminUnit[] = level === 'DISTRICT' ? units.reportingDistricts(year) : units.reportingCommunes(year);
  return list.map((u) => ({ code: u.code, name: units.nameOn(u, end), level })).sort((a, b) => a.code.localeCompare(b.code));
}

/** One reporting unit of a year, or undefined when no such unit reported that year (a district in 2025, Vân Hồ in 2012). */
export function reportingUnit(units: AdminUnits, year: number, code: string): ReportingUnit | undefined {
  return reportingUnitsOfYear(units, year).find((u) => u.code === code);
}

/** The communes a reporting unit answers for in a year: a district's communes of that year, or the commune itself. */
export function communesOfReportingUnit(units: AdminUnits, year: number, code: string): string[] {
  const unit = reportingUnit(units, year, code);
  if (!unit) return [];
  return unit.level === 'DISTRICT' ? units.districtTerritory(code, year) : [code];
}

/** The reporting unit a commune's row of a year belongs to (its district of that year, or itself from 2025); null when the commune did not report that year. */
export function reportingUnitOfCommune(units: AdminUnits, communeCode: string | null | undefined, year: number): string | null {
  if (!communeCode) return null;
  const end = yearEnd(year);
  const commune = units.commune(communeCode, end);
  if (!commune) return null;
  return reportingLevelOf(units, year) === 'DISTRICT' ? units.parentOn(commune, end) : commune.code;
}

/**
 * The reporting unit of a district-level row of a year (a district centre): the district while districts exist;
 * none from 2025 (the province's own data).
 */
export function reportingUnitOfDistrict(units: AdminUnits, districtCode: string | null | undefined, year: number): string | null {
  if (!districtCode || reportingLevelOf(units, year) !== 'DISTRICT') return null;
  const d = units.district(districtCode);
  return d && units.isValidOn(d, yearEnd(year)) ? d.code : null;
}

/** The reporting unit of any unit code on a date (a commune or a district office; null for the province). */
export function reportingUnitOn(units: AdminUnits, unitCode: string, date: string): string | null {
  const year = Number(date.slice(0, 4));
  const commune = units.commune(unitCode, date) ?? units.commune(unitCode);
  if (commune) {
    if (reportingLevelOf(units, year) === 'COMMUNE') return units.isValidOn(commune, date) ? commune.code : null;
    return units.parentOn(commune, date);
  }
  return units.district(unitCode) && reportingLevelOf(units, year) === 'DISTRICT' ? unitCode : null;
}

/** The period of a commune's row of a year (the usual case: commune-year statistics). */
export const communePeriod = (units: AdminUnits, year: number | null | undefined, communeCode: string | null | undefined): Period | null =>
  year === undefined || year === null ? null : { year, unitCode: reportingUnitOfCommune(units, communeCode, year) };

/** The period of a district's row of a year. */
export const districtPeriod = (units: AdminUnits, year: number | null | undefined, districtCode: string | null | undefined): Period | null =>
  year === undefined || year === null ? null : { year, unitCode: reportingUnitOfDistrict(units, districtCode, year) };
