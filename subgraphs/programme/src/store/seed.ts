import type { DataSource } from 'typeorm';
import { intBetween, rng, type AdminUnits, type Logger } from '@lsp/shared';
import { ProgrammeStore, type FundingRow, type TaskReportRow } from '.';
import { TASKS } from '../catalogue';

export const SEED_FIRST_YEAR = 2013;
export const SEED_LAST_YEAR = 2020;

/**
 * SYNTHETIC demo data, deterministic: a report on most tasks every year 2013–2020 (some years none, some tasks in
 * progress: overdue ones show), and the money of the province and every district of the year by source, TT 96/2008
 * support for CLCs about ten million đồng per commune (its centre) and year.
 */
export function syntheticProgramme(units: AdminUnits, firstYear = SEED_FIRST_YEAR, lastYear = SEED_LAST_YEAR) {
  const reports: TaskReportRow[] = [];
  const funding: FundingRow[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (const t of TASKS) {
      const r = rng(`pg:${t.id}:${year}`);
      const roll = r();
      if (roll < 0.12) continue; // no report this year
      const status = roll < 0.3 ? 'IN_PROGRESS' : roll < 0.34 ? 'NOT_STARTED' : 'DONE';
      reports.push({
        taskId: t.id, year, status, reportedOn: `${year}-12-${String(intBetween(r, 10, 28)).padStart(2, '0')}`,
        evidence: `Báo cáo năm ${year} (SYNTHETIC)`, reporter: `${t.agencyCode} (SYNTHETIC)`, synthetic: true,
      });
    }
    const row = (unitCode: string, source: string, planned: number, r: () => number): FundingRow => {
      const allocated = Math.round(planned * (0.8 + 0.2 * r()) / 1000) * 1000;
      return { year, unitCode, source, planned, allocated, spent: Math.round(allocated * (0.85 + 0.15 * r()) / 1000) * 1000, synthetic: true };
    };
    const rp = rng(`pg:fund:14:${year}`);
    funding.push(row('14', 'PROVINCE_BUDGET', intBetween(rp, 800, 1500) * 1_000_000, rp), row('14', 'SOCIALISED', intBetween(rp, 100, 400) * 1_000_000, rp));
    if (year > 2024) continue;
    for (const d of units.reportingDistricts(year)) {
      const r = rng(`pg:fund:${d.code}:${year}`);
      const communes = units.districtTerritory(d.code, year).length;
      funding.push(
        row(d.code, 'DISTRICT_BUDGET', intBetween(r, 150, 400) * 1_000_000, r),
        row(d.code, 'TT96_CLC_SUPPORT', communes * 10_000_000, r),
        row(d.code, 'SOCIALISED', intBetween(r, 20, 120) * 1_000_000, r),
      );
    }
  }
  return { reports, funding };
}

/** Seeds an empty database only (idempotent), in one transaction with batched inserts. */
export async function seedProgramme(db: DataSource, log: Logger, units: AdminUnits): Promise<void> {
  const store = new ProgrammeStore(db);
  if ((await store.count()) > 0) return;
  const data = syntheticProgramme(units);
  log.info({ reports: data.reports.length, funding: data.funding.length }, 'seeding SYNTHETIC programme data');
  await db.transaction((m) => store.insert(m, data.reports, data.funding));
}
