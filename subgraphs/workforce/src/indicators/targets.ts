import type { WorkforceIndicatorCode } from '.';

/** Targets stated in QĐ 354/QĐ-UBND (2013), II.2.2, in percent, with the year they are set for (null: none stated). */
export const TARGETS: Record<WorkforceIndicatorCode, { target: number; year: number | null }> = {
  WF_VILLAGE_LEADERS_LOWER_SECONDARY: { target: 100, year: 2015 },
  WF_VILLAGE_LEADERS_MANAGEMENT_POLITICAL: { target: 100, year: 2015 },
  WF_KEY_CADRES_LOWER_SECONDARY: { target: 100, year: 2015 },
  WF_KEY_CADRES_UPPER_SECONDARY: { target: 80, year: 2015 },
  WF_KEY_CADRES_COLLEGE: { target: 50, year: 2020 },
  WF_CADRES_ETHNIC_LANGUAGE: { target: 80, year: 2015 },
  WF_CIVIL_SERVANTS_STANDARD: { target: 100, year: null },
};
