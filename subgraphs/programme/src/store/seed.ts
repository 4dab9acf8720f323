import type { DataSource } from 'typeorm';
import { intBetween, rng, type AdminUnits, type Logger } from '@lsp/shared';
import { ActivityStore, ProgrammeStore, RESPONDENT_GROUPS, SURVEY_TOPICS, type Activities, type FundingRow, type TaskReportRow } from '.';
import { TASKS } from '../catalogue';

export const SEED_FIRST_YEAR = 2013;
export const SEED_LAST_YEAR = 2020;

/**
 * SYNTHETIC demo data, deterministic: a report on most tasks every year 2013–2020 (some years none, some tasks in
 * progress: overdue ones show), and the money of the province and every district of the year by source, TT 96/2008
 * support for CLCs about ten million đồng per commune (its centre) and year; each district's Lifelong Learning Week
 * every year, the learning-needs survey in 2013 and 2018, and the trainings of CLC managers and reporters.
 */
export function syntheticProgramme(units: AdminUnits, firstYear = SEED_FIRST_YEAR, lastYear = SEED_LAST_YEAR) {
  const reports: TaskReportRow[] = [];
  const funding: FundingRow[] = [];
  const activities: Activities = { weeks: [], needs: [], trainings: [] };
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
      const a = rng(`pg:act:${d.code}:${year}`);
      activities.weeks.push({
        year, districtCode: d.code, events: intBetween(a, 3, 15), participantsPupils: communes * intBetween(a, 80, 200), participantsCadres: communes * intBetween(a, 10, 40),
        participantsWorkers: communes * intBetween(a, 20, 90), participantsOther: communes * intBetween(a, 10, 60), synthetic: true,
      });
      // The survey was run in 2013 and 2018 (a start and a mid-term reading).
      if (year === 2013 || year === 2018) {
        for (const respondentGroup of RESPONDENT_GROUPS) for (const topic of SURVEY_TOPICS) {
          if (a() < 0.7) activities.needs.push({ year, districtCode: d.code, respondentGroup, topic, respondents: intBetween(a, 5, 120), synthetic: true });
        }
      }
      const managers = intBetween(a, 1, 2);
      activities.trainings.push(
        { year, districtCode: d.code, traineeRole: 'CLC_MANAGER', sessions: managers, trainees: communes * intBetween(a, 1, 2), synthetic: true },
        { year, districtCode: d.code, traineeRole: 'REPORTER', sessions: intBetween(a, 1, 3), trainees: communes * intBetween(a, 1, 3), synthetic: true },
      );
    }
  }
  return { reports, funding, activities };
}

/** Seeds an empty database only (idempotent), in one transaction with batched inserts. */
export async function seedProgramme(db: DataSource, log: Logger, units: AdminUnits): Promise<void> {
  const store = new ProgrammeStore(db);
  if ((await store.count()) > 0) return;
  const data = syntheticProgramme(units);
  log.info({ reports: data.reports.length, funding: data.funding.length, weeks: data.activities.weeks.length }, 'seeding SYNTHETIC programme data');
  await db.transaction(async (m) => {
    await store.insert(m, data.reports, data.funding);
    await new ActivityStore(db).insert(m, data.activities);
  });
}
