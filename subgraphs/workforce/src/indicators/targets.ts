import { targetsOf } from '@lsp/shared';
import type { WorkforceIndicatorCode } from '.';

/**
 * The department's targets (QĐ 354/QĐ-UBND (2013), II.2.2), in percent, with the year they are set for (null:
 * none stated), read from the programme's one catalogue (shared/data/targets.json): one target per indicator.
 */
export const TARGETS: Record<WorkforceIndicatorCode, { target: number; year: number | null }> = Object.fromEntries(
  targetsOf({ department: 'workforce' }).flatMap((t) => (t.indicatorCode && t.value !== null ? [[t.indicatorCode, { target: t.value, year: t.targetYear }]] : [])),
) as Record<WorkforceIndicatorCode, { target: number; year: number | null }>;
