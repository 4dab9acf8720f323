import { targetsOf } from '@lsp/shared';
import { TARGETS } from './targets';

describe('workforce targets', () => {
  it('are the programme catalogue entries of the department, one per indicator, with their values as before', () => {
    const catalogue = targetsOf({ department: 'workforce' }).filter((t) => t.indicatorCode);
    expect(Object.keys(TARGETS).sort()).toEqual(catalogue.map((t) => t.indicatorCode).sort());
    for (const t of catalogue) expect(TARGETS[t.indicatorCode as keyof typeof TARGETS]).toEqual({ target: t.value, year: t.targetYear });
    expect(TARGETS.WF_KEY_CADRES_COLLEGE).toEqual({ target: 50, year: 2020 });
    expect(TARGETS.WF_CIVIL_SERVANTS_STANDARD).toEqual({ target: 100, year: null });
  });
});
