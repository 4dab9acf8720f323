import { forecast } from './forecast';
import { shortfallOf } from './progress';

/** Hand-made series, each forecast computed by hand in the comment beside it. */
const target = { comparator: 'GTE' as const, value: 30, targetYear: 2020 };
const s = (pairs: Array<[number, number | null]>) => pairs.map(([year, value]) => ({ year, value }));

describe('on-track forecast (anticipated progress)', () => {
  it('ON_TRACK: 10 → 25 over 2013–2015, required (30−10)/7 = 2.857/yr, actual 7.5/yr, ratio 2.625', () => {
    expect(forecast(s([[2013, 10], [2015, 25]]), target, 2015)).toEqual({
      status: 'ON_TRACK', method: 'ANTICIPATED_PROGRESS', projectedValue: 62.5, requiredAnnualChange: 2.8571, actualAnnualChange: 7.5,
      progressRatio: 2.625, yearsUsed: 2, baselineYear: 2013, latestYear: 2015, targetYear: 2020,
    });
  });
  it('AT_RISK: 10, 12.5, 15 → actual 2.5/yr, ratio 2.5 / 2.857 = 0.875, projected 15 + 5 × 2.5 = 27.5', () => {
    expect(forecast(s([[2013, 10], [2014, 12.5], [2015, 15]]), target, 2015)).toMatchObject({
      status: 'AT_RISK', projectedValue: 27.5, actualAnnualChange: 2.5, progressRatio: 0.875, yearsUsed: 3,
    });
  });
  it('OFF_TRACK: 20 → 18 (moving away), ratio −1 / (10/7) = −0.7', () => {
    expect(forecast(s([[2013, 20], [2015, 18]]), target, 2015)).toMatchObject({ status: 'OFF_TRACK', projectedValue: 13, actualAnnualChange: -1, progressRatio: -0.7 });
  });
  it('OFF_TRACK below 0.5: 10 → 12 over 2 years, ratio 1 / 2.857 = 0.35', () => {
    expect(forecast(s([[2013, 10], [2015, 12]]), target, 2015)).toMatchObject({ status: 'OFF_TRACK', progressRatio: 0.35 });
  });
  it('MET when the latest value meets the target before the deadline', () => {
    expect(forecast(s([[2013, 40], [2015, 50]]), target, 2015)).toMatchObject({ status: 'MET', yearsUsed: 2 });
  });
  it('MISSING with fewer than 2 recorded years (null years do not count), or none', () => {
    expect(forecast(s([[2013, null], [2015, 10]]), target, 2015)).toMatchObject({ status: 'MISSING', yearsUsed: 1, projectedValue: null });
    expect(forecast(s([]), target, 2015)).toMatchObject({ status: 'MISSING', yearsUsed: 0 });
  });
  it('never reads years after the data year', () => {
    expect(forecast(s([[2013, 10], [2015, 25], [2016, 5]]), target, 2015)).toMatchObject({ status: 'ON_TRACK', latestYear: 2015 });
  });
  it('at-most targets: illiteracy 8 → 5 over 2013–2015 towards ≤ 2 by 2020: required −6/7, actual −1.5, ratio 1.75', () => {
    expect(forecast(s([[2013, 8], [2015, 5]]), { comparator: 'LTE', value: 2, targetYear: 2020 }, 2015)).toMatchObject({
      status: 'ON_TRACK', progressRatio: 1.75, projectedValue: 0, requiredAnnualChange: -0.8571,
    });
  });
  it('a baseline already at the target: no ratio, the projection decides', () => {
    expect(forecast(s([[2013, 35], [2015, 29]]), target, 2015)).toMatchObject({ status: 'OFF_TRACK', progressRatio: null, projectedValue: 14 });
  });
  it('a past deadline is assessed on the deadline year\'s recorded value, never projected', () => {
    const t2015 = { comparator: 'GTE' as const, value: 20, targetYear: 2015 };
    const past = forecast(s([[2013, 10], [2014, 19], [2015, 15], [2016, 40]]), t2015, 2016);
    expect(past).toEqual({
      status: 'OFF_TRACK', method: 'RECORDED_AT_DEADLINE', projectedValue: null, requiredAnnualChange: null, actualAnnualChange: null,
      progressRatio: null, yearsUsed: 1, baselineYear: 2015, latestYear: 2015, targetYear: 2015,
    });
    expect(forecast(s([[2015, 20]]), t2015, 2015)).toMatchObject({ status: 'MET', method: 'RECORDED_AT_DEADLINE', projectedValue: null });
    expect(forecast(s([[2014, 20]]), t2015, 2015)).toMatchObject({ status: 'MISSING', method: 'RECORDED_AT_DEADLINE' });
  });
});

describe('shortfall in people', () => {
  it('at least p%: ceil(p/100 × den − num), without float noise (0.2 × 200 is 40.000…01)', () => {
    expect(shortfallOf('GTE', 20, 30, 200)).toBe(10);
    expect(shortfallOf('GTE', 20, 40, 200)).toBe(0);
    expect(shortfallOf('GTE', 99.5, 180, 183)).toBe(3); // 182.085 − 180 → 3
    expect(shortfallOf('GTE', 20, 50, 200)).toBe(0);
  });
  it('above p% ("trên"): the smallest n that makes the rate strictly above', () => {
    expect(shortfallOf('GT', 70, 7, 10)).toBe(1);
    expect(shortfallOf('GT', 70, 6, 10)).toBe(2);
    expect(shortfallOf('GT', 70, 8, 10)).toBe(0);
  });
  it('at most p% (illiteracy): ceil(num − p/100 × den)', () => {
    expect(shortfallOf('LTE', 2, 60, 1000)).toBe(40);
    expect(shortfallOf('LTE', 2, 20, 1000)).toBe(0);
  });
});
