import { indicatorsOf, sonLaUnits } from '@lsp/shared';
import {
  CRITERIA_SETS, TITLES, criteriaSetByCode, criteriaSetFor, gradeOfScore, titleByCode, titleInUse, type AwardsIndicatorCode,
} from '../src/datasets/titles';
import { syntheticAwards } from '../src/store/seed';

describe('awards catalogue', () => {
  it('gives every set an existing title, and never two sets of one title in the same year', () => {
    for (const s of CRITERIA_SETS) expect(titleByCode(s.titleCode)).toBeDefined();
    for (const t of TITLES) {
      for (let y = 2010; y <= 2030; y++) expect(CRITERIA_SETS.filter((s) => s.titleCode === t.code && s.validFromYear <= y && (s.validToYear ?? 9999) >= y).length).toBeLessThanOrEqual(1);
    }
  });

  it('never has two titles of one indicator in use in the same year, and covers 2012–2024 for each', () => {
    for (const def of indicatorsOf('awards')) {
      const code = def.code as AwardsIndicatorCode;
      const titles = TITLES.filter((t) => t.indicatorCode === code);
      expect(titles.length).toBeGreaterThan(0);
      for (let y = 2013; y <= 2024; y++) {
        expect(titles.filter((t) => criteriaSetFor(t.code, y)).length).toBe(1);
      }
      expect(titleInUse(code, 2015)).toBeDefined();
    }
    expect(titleInUse('AW_STUDIOUS_FAMILIES', 2015)?.title.code).toBe('GIA_DINH_HIEU_HOC');
    expect(titleInUse('AW_STUDIOUS_FAMILIES', 2016)?.title.code).toBe('GIA_DINH_HOC_TAP');
  });

  it('keeps TT 22/2020 consistent: groups 30/30/40 summing to 100, items summing to their group', () => {
    const tt22 = criteriaSetByCode('TT22_2020')!;
    expect(tt22.criteria.map((c) => c.maxPoints)).toEqual([30, 30, 40]);
    expect(tt22.criteria.reduce((s, c) => s + (c.maxPoints ?? 0), 0)).toBe(tt22.maxPoints);
    for (const c of tt22.criteria) expect(c.items.reduce((s, i) => s + (i.maxPoints ?? 0), 0)).toBe(c.maxPoints);
    expect(tt22.criteria[2].items.find((i) => i.maxPoints === 15)?.confirmed).toBe(false);
  });

  it('grades TT 22/2020 scores on the band edges', () => {
    const tt22 = criteriaSetByCode('TT22_2020')!;
    const g = (score: number) => gradeOfScore(tt22, score)?.grade;
    expect([g(100), g(85), g(84.99), g(70), g(69.9), g(50), g(49.9), g(0)]).toEqual(['TOT', 'TOT', 'KHA', 'KHA', 'TRUNG_BINH', 'TRUNG_BINH', 'CHUA_DAT', 'CHUA_DAT']);
    expect(gradeOfScore(tt22, 101)).toBeUndefined();
    // TT 44/2014 has points but no known cut-offs: no grade is derived from a score.
    expect(gradeOfScore(criteriaSetByCode('TT44_2014')!, 90)).toBeUndefined();
  });

  it('carries no number in an unconfirmed set', () => {
    for (const s of CRITERIA_SETS.filter((x) => x.scheme === 'UNCONFIRMED')) {
      expect(s.confirmed).toBe(false);
      expect(s.maxPoints).toBeNull();
      expect(s.gradeBands).toEqual([]);
      expect(s.criteria.every((c) => c.maxPoints === null && !c.confirmed && !!c.note)).toBe(true);
    }
  });
});

describe('awards SYNTHETIC seed', () => {
  const units = sonLaUnits();
  const seed = syntheticAwards(units, 2014, 2016);

  it('is deterministic', () => {
    expect(syntheticAwards(units, 2015, 2015).counts).toEqual(seed.counts.filter((r) => r.year === 2015));
  });

  it('covers every reporting commune of each year with the title and criteria set in force', () => {
    for (const year of [2014, 2015, 2016]) {
      const households = seed.counts.filter((r) => r.year === year && titleByCode(r.titleCode)?.subject === 'HOUSEHOLD');
      expect(households.map((r) => r.communeCode).sort()).toEqual(units.reportingCommunes(year).map((u) => u.code).sort());
    }
    for (const r of [...seed.counts, ...seed.assessments]) {
      expect(r.criteriaSetCode).toBe(criteriaSetFor(r.titleCode, r.year)?.code);
      expect(r.synthetic).toBe(true);
    }
    for (const r of seed.counts) expect(r.recognised).toBeLessThanOrEqual(r.eligible);
  });

  it('is plausible around the 2015 target (over 70% of households) and lower in difficult communes', () => {
    const share = (rows: typeof seed.counts) => rows.reduce((s, r) => s + r.recognised, 0) / rows.reduce((s, r) => s + r.eligible, 0);
    const h2015 = seed.counts.filter((r) => r.year === 2015 && r.titleCode === 'GIA_DINH_HIEU_HOC');
    expect(share(h2015)).toBeGreaterThan(0.6);
    expect(share(h2015)).toBeLessThan(0.85);
    const wards = h2015.filter((r) => units.commune(r.communeCode, '2015-12-31')?.type === 'Phường');
    const rural = h2015.filter((r) => units.commune(r.communeCode, '2015-12-31')?.type === 'Xã');
    expect(share(wards)).toBeGreaterThan(share(rural));
  });
});
