import { sonLaUnits } from '@lsp/shared';
import { countsAsFacts, indicatorList, isHardArea, workforceIndicators } from '../src/indicators';
import type { UnitYearCounts } from '../src/store';

const zero = (communeCode: string): UnitYearCounts => ({
  communeCode, year: 2015, villageLeaders: 0, villageLeadersLowerSecondary: 0, villageLeadersManagementPolitical: 0, keyCadres: 0,
  keyCadresLowerSecondary: 0, keyCadresUpperSecondary: 0, keyCadresCollege: 0, cadresInEthnicAreas: 0, cadresKnowingLanguage: 0,
  civilServantsAssessed: 0, civilServantsMeetingStandard: 0, postings: 10, syntheticPostings: 0,
});

describe('workforce indicator roll-up', () => {
  const units = sonLaUnits();

  it('is a ratio of sums, not a mean of rates, and leaves units without data out', () => {
    // 03658 (Xã Chiềng Cọ): 1 of 1 key cadre; 03661 (Xã Chiềng Đen): 1 of 9; 03664: no rows at all.
    const counts = new Map([
      ['03658', { ...zero('03658'), keyCadres: 1, keyCadresUpperSecondary: 1 }],
      ['03661', { ...zero('03661'), keyCadres: 9, keyCadresUpperSecondary: 1 }],
    ]);
    const v = workforceIndicators(units, { year: 2015, communeCodes: ['03658', '03661', '03664'], officeCodes: [] }, (c) => countsAsFacts(counts.get(c)));
    expect(v.WF_KEY_CADRES_UPPER_SECONDARY).toMatchObject({ numerator: 2, denominator: 10, value: 20, unitsReporting: 2, unitsExpected: 3, provenance: 'IMPORTED' });
    // Nobody in an ethnic-minority area: missing, never zero.
    expect(v.WF_CADRES_ETHNIC_LANGUAGE).toMatchObject({ numerator: null, value: null, unitsReporting: 0 });
  });

  it('counts village leaders only in highland, border or extremely difficult communes', () => {
    expect(isHardArea(units, '03658', 2015)).toBe(true);
    expect(isHardArea(units, '03646', 2015)).toBe(false); // a ward
    const counts = new Map([
      ['03658', { ...zero('03658'), villageLeaders: 4, villageLeadersLowerSecondary: 3 }],
      ['03646', { ...zero('03646'), villageLeaders: 4, villageLeadersLowerSecondary: 0 }],
    ]);
    const v = workforceIndicators(units, { year: 2015, communeCodes: ['03658', '03646'], officeCodes: [] }, (c) => countsAsFacts(counts.get(c)));
    expect(v.WF_VILLAGE_LEADERS_LOWER_SECONDARY).toMatchObject({ numerator: 3, denominator: 4, value: 75, unitsExpected: 1 });
  });

  it('lists every workforce indicator of the catalogue, civil servants from the offices only', () => {
    const counts = new Map([['116', { ...zero('116'), civilServantsAssessed: 4, civilServantsMeetingStandard: 3 }]]);
    const list = indicatorList(workforceIndicators(units, { year: 2015, communeCodes: [], officeCodes: ['116'] }, (c) => countsAsFacts(counts.get(c))));
    expect(list.map((i) => i.code)).toEqual([
      'WF_VILLAGE_LEADERS_LOWER_SECONDARY', 'WF_VILLAGE_LEADERS_MANAGEMENT_POLITICAL', 'WF_KEY_CADRES_LOWER_SECONDARY', 'WF_KEY_CADRES_UPPER_SECONDARY',
      'WF_KEY_CADRES_COLLEGE', 'WF_CADRES_ETHNIC_LANGUAGE', 'WF_CIVIL_SERVANTS_STANDARD',
    ]);
    expect(list[6]).toMatchObject({ numerator: 3, denominator: 4, value: 75, unitsReporting: 1, unitsExpected: 1 });
  });

  it('says where the counts come from: SYNTHETIC, IMPORTED, or MIXED over both', () => {
    const counts = new Map([
      ['03658', { ...zero('03658'), keyCadres: 1, keyCadresUpperSecondary: 1, postings: 5, syntheticPostings: 5 }],
      ['03661', { ...zero('03661'), keyCadres: 9, keyCadresUpperSecondary: 1, postings: 9, syntheticPostings: 0 }],
    ]);
    const one = workforceIndicators(units, { year: 2015, communeCodes: ['03658'], officeCodes: [] }, (c) => countsAsFacts(counts.get(c)));
    expect(one.WF_KEY_CADRES_UPPER_SECONDARY.provenance).toBe('SYNTHETIC');
    const both = workforceIndicators(units, { year: 2015, communeCodes: ['03658', '03661'], officeCodes: [] }, (c) => countsAsFacts(counts.get(c)));
    expect(both.WF_KEY_CADRES_UPPER_SECONDARY.provenance).toBe('MIXED');
    expect(both.WF_CADRES_ETHNIC_LANGUAGE.provenance).toBeNull();
  });
});
