import { loadQualityRules, type IndicatorValue } from '@lsp/shared';
import { modifiedZ, outlierFindings, ruleFindings, type CommuneSeries } from './evaluate';

const iv = (code: string, numerator: number | null, denominator: number | null, value: number | null = null): IndicatorValue => ({
  code, numerator, denominator, value, unit: 'percent', unitsReporting: 1, unitsExpected: 1, provenance: 'IMPORTED',
});
const unit = (code: string, years: Record<number, Record<string, IndicatorValue[]>>): CommuneSeries => ({
  code, name: `Xã ${code}`, years: new Map(Object.entries(years).map(([y, lists]) => [Number(y), { lists, learningCentre: null }])),
});

describe('data-quality rules catalogue', () => {
  const catalogue = loadQualityRules();
  it('declares at least 12 rules, at least 3 across departments, and plausible ranges', () => {
    expect(catalogue.rules.length).toBeGreaterThanOrEqual(12);
    expect(catalogue.rules.filter((r) => r.left.department !== r.right.department).length).toBeGreaterThanOrEqual(3);
    expect(catalogue.ranges.length).toBeGreaterThanOrEqual(10);
  });

  it('lists the workforce and vocational-course rules a CSV test cannot cheaply seed, with both sides', () => {
    const x = unit('03646', {
      2017: {
        education: [iv('EDU_ILLITERACY_WORKING_AGE', 0, 1000)],
        vocational: [iv('VOC_TRAINEES_PER_1000', 1300, 1000)],
        workforce: [iv('WF_VILLAGE_LEADERS_LOWER_SECONDARY', 9, 12)],
        awards: [iv('AW_LEARNING_VILLAGES', 1, 5)],
      },
    });
    const f = Object.fromEntries(ruleFindings(catalogue, [x], 2017).map((r) => [r.ruleCode, r]));
    expect(f['XD-WF-VILLAGE-LEADERS-LE-2-PER-VILLAGE']).toMatchObject({
      left: { value: 12, department: 'workforce', dataset: 'roster', row: 'postings in communeCode=03646 on 2017-12-31' },
      right: { value: 10, department: 'awards', dataset: 'recognitionCounts', label: '2 × villages and residential groups' },
    });
    expect(f['XD-VOC-ENROLMENTS-LE-EDU-WORKING-AGE']).toMatchObject({
      left: { value: 1300, department: 'vocational', dataset: 'vocationalCourses' }, right: { value: 1000, department: 'education', dataset: 'educationStatistics' },
    });
    // Equal to the limit is not a finding; a side without data is not evaluated (never read as zero).
    const ok = unit('03649', { 2017: { education: [iv('EDU_ILLITERACY_WORKING_AGE', 0, 1000)], vocational: [iv('VOC_TRAINEES_PER_1000', 1000, 1000)], workforce: [iv('WF_VILLAGE_LEADERS_LOWER_SECONDARY', 9, 10)] } });
    expect(ruleFindings(catalogue, [ok], 2017)).toEqual([]);
  });
});

describe('modified z-score', () => {
  it('is 0.6745 (x − median) / MAD', () => {
    const { median, mad, z } = modifiedZ([1, 2, 3, 4, 100]);
    expect(median).toBe(3);
    expect(mad).toBe(1);
    expect(z[4]).toBeCloseTo(0.6745 * 97, 6);
  });
  it('falls back to the mean absolute deviation when the MAD is 0, and flags nothing when all are equal', () => {
    const xs = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 30];
    const { mad, z } = modifiedZ(xs);
    expect(mad).toBe(0);
    expect(z[11]).toBeCloseTo(30 / (1.253314 * (30 / 12)), 6);
    expect(modifiedZ([2, 2, 2]).z).toEqual([null, null, null]);
    // Through the outlier test: the one commune that moved is flagged, the eleven that did not are not.
    const population = xs.map((change, i) => unit(String(i), { 2016: { education: [iv('EDU_NURSERY_UNDER3', 0, 0, 10)] }, 2017: { education: [iv('EDU_NURSERY_UNDER3', 0, 0, 10 + change)] } }));
    const flagged = outlierFindings(population, new Set(population.map((u) => u.code)), 2017).map((f) => f.unitCode);
    expect(flagged).toEqual(['11']);
  });
  it('makes no test with fewer than 10 communes having both years', () => {
    const population = [0, 0, 0, 50].map((c, i) => unit(String(i), { 2016: { education: [iv('EDU_NURSERY_UNDER3', 0, 0, 10)] }, 2017: { education: [iv('EDU_NURSERY_UNDER3', 0, 0, 10 + c + i)] } }));
    expect(outlierFindings(population, new Set(['3']), 2017)).toEqual([]);
  });
});
