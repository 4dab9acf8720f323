import type { IndicatorValue, Provenance } from '@lsp/shared';
import { pointsFor, score, type ScoringModelSpec } from './engine';

const iv = (code: string, numerator: number, denominator: number, provenance: Provenance = 'SYNTHETIC'): IndicatorValue => ({
  code, numerator, denominator, value: Math.round((numerator / denominator) * 10000) / 100, unit: 'percent', unitsReporting: 1, unitsExpected: 1, provenance,
});

const model: ScoringModelSpec = {
  id: 'test', name: 'test', description: '', validFromYear: 2015, validToYear: 2015, minCoverageForGrade: 0.6,
  bands: [{ grade: 'A', minTotal: 90, label: '' }, { grade: 'B', minTotal: 70, label: '' }, { grade: 'C', minTotal: 0, label: '' }],
  components: [
    { indicatorCode: 'EDU_NURSERY_UNDER3', source: 'education', clause: 'II.2.1', targetValue: 20, comparator: 'GTE', weight: 10 },
    { indicatorCode: 'EDU_ILLITERACY_WORKING_AGE', source: 'education', clause: 'II.2.2', targetValue: 2, comparator: 'LTE', weight: 10 },
    { indicatorCode: 'VOC_WORKERS_TRAINED', source: 'vocational', clause: 'II.2.2', targetValue: 40, comparator: 'GTE', weight: 10 },
    { indicatorCode: 'AW_STUDIOUS_FAMILIES', source: 'awards', clause: 'II.2.3', targetValue: 70, comparator: 'GT', weight: 10 },
  ],
};

describe('learning-society score engine', () => {
  it('gives points proportional to the way to the target, capped at the weight, monotone', () => {
    const spec = model.components[0];
    expect(pointsFor(spec, 10)).toBe(5);
    expect(pointsFor(spec, 20)).toBe(10);
    expect(pointsFor(spec, 35)).toBe(10);
    const lte = model.components[1];
    expect(pointsFor(lte, 1)).toBe(10);
    expect(pointsFor(lte, 4)).toBe(5); // twice the allowed 2% earns half the points
    expect(pointsFor(lte, 100)).toBe(0.2);
    let previous = -1;
    for (let v = 0; v <= 100; v += 0.5) {
      const p = pointsFor(spec, v);
      expect(p).toBeGreaterThanOrEqual(previous);
      expect(p).toBeLessThanOrEqual(spec.weight);
      previous = p;
    }
    previous = Infinity;
    for (let v = 0; v <= 100; v += 0.5) {
      const p = pointsFor(lte, v);
      expect(p).toBeLessThanOrEqual(previous);
      previous = p;
    }
  });

  it('scores by hand-computed fixture', () => {
    const s = score(model, {
      education: [iv('EDU_NURSERY_UNDER3', 30, 200), iv('EDU_ILLITERACY_WORKING_AGE', 3, 100)],
      vocational: [iv('VOC_WORKERS_TRAINED', 120, 400)],
      awards: [iv('AW_STUDIOUS_FAMILIES', 180, 240)],
    });
    // nursery 15% of 20 → 7.5; illiteracy 3% vs ≤2 → 10×2/3 = 6.6667; trained 30% of 40 → 7.5; families 75% > 70 → 10
    expect(s.components.map((c) => c.points)).toEqual([7.5, 6.6667, 7.5, 10]);
    expect(s.total).toBe(79.17); // 100 × (7.5 + 6.6667 + 7.5 + 10) / 40
    expect(s.coverage).toBe(1);
    expect(s.grade).toBe('B');
    expect(s.components.map((c) => c.met)).toEqual([false, false, false, true]);
  });

  it('marks missing data and unavailable sources, never reading them as zero', () => {
    const s = score(model, { education: [iv('EDU_NURSERY_UNDER3', 40, 200)], vocational: null, awards: [] });
    expect(s.components.map((c) => c.status)).toEqual(['SCORED', 'MISSING', 'SOURCE_UNAVAILABLE', 'MISSING']);
    expect(s.total).toBe(100); // the only component with data is at its target
    expect(s.coverage).toBe(0.25);
    expect(s.grade).toBeNull(); // below the minimum coverage for a grade
    expect(s.unavailableSources).toEqual(['vocational']);
  });

  it('gives no grade to an incomplete territory, still showing the total and the units that could not be placed', () => {
    const lists = {
      education: [iv('EDU_NURSERY_UNDER3', 40, 200), iv('EDU_ILLITERACY_WORKING_AGE', 1, 100)],
      vocational: [iv('VOC_WORKERS_TRAINED', 160, 400)],
      awards: [iv('AW_STUDIOUS_FAMILIES', 180, 240)],
    };
    expect(score(model, lists)).toMatchObject({ total: 100, grade: 'A', complete: true, unplacedUnits: [] });
    const s = score(model, lists, { complete: false, unplacedUnits: ['03913'] });
    expect(s).toMatchObject({ total: 100, grade: null, complete: false, unplacedUnits: ['03913'] });
  });

  it('carries provenance on every component and on the score: MIXED over synthetic and imported figures', () => {
    const s = score(model, {
      education: [iv('EDU_NURSERY_UNDER3', 40, 200, 'IMPORTED'), iv('EDU_ILLITERACY_WORKING_AGE', 1, 100)],
      vocational: [iv('VOC_WORKERS_TRAINED', 160, 400)],
      awards: [],
    });
    expect(s.components.map((c) => c.provenance)).toEqual(['IMPORTED', 'SYNTHETIC', 'SYNTHETIC', null]);
    expect(s.provenance).toBe('MIXED');
    const synthetic = score(model, { education: [iv('EDU_ILLITERACY_WORKING_AGE', 1, 100)], vocational: [], awards: [] });
    expect(synthetic.provenance).toBe('SYNTHETIC');
  });

  it('leaves out of the weight a component that covers no unit of the entity (NOT_APPLICABLE)', () => {
    const none: IndicatorValue = { code: 'VOC_WORKERS_TRAINED', numerator: null, denominator: null, value: null, unit: 'percent', unitsReporting: 0, unitsExpected: 0, provenance: null };
    const s = score(model, { education: [iv('EDU_NURSERY_UNDER3', 40, 200), iv('EDU_ILLITERACY_WORKING_AGE', 1, 100)], vocational: [none], awards: [iv('AW_STUDIOUS_FAMILIES', 180, 240)] });
    expect(s.components[2].status).toBe('NOT_APPLICABLE');
    expect(s.coverage).toBe(1);
    expect(s.total).toBe(100);
  });

  it('is approved only when every department whose components are used is locked', () => {
    const lists = { education: [iv('EDU_NURSERY_UNDER3', 40, 200)], vocational: [iv('VOC_WORKERS_TRAINED', 160, 400)], awards: [] };
    const all = { education: true, vocational: true, awards: true };
    expect(score(model, lists, undefined, all)).toMatchObject({ approved: true, unapprovedSources: [] });
    const s = score(model, lists, undefined, { ...all, vocational: false });
    expect(s).toMatchObject({ approved: false, unapprovedSources: ['vocational'] });
    expect(s.components.map((c) => c.locked)).toEqual([true, true, false, true]);
    // A lock state that did not arrive is not an approval.
    expect(score(model, lists, undefined, { education: true, awards: true })).toMatchObject({ approved: false, unapprovedSources: ['vocational'] });
    // A department whose every component is NOT_APPLICABLE is not needed for the approval.
    const none: IndicatorValue = { code: 'VOC_WORKERS_TRAINED', numerator: null, denominator: null, value: null, unit: 'percent', unitsReporting: 0, unitsExpected: 0, provenance: null };
    expect(score(model, { ...lists, vocational: [none] }, undefined, { education: true, awards: true }).approved).toBe(true);
  });
});
