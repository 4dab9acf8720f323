import { gql, dbKinds } from './testkit';
import { startPlatform, type RunningPlatform } from './testkit/platform';

/**
 * Issue 24 through the gateway on an unseeded platform (SQLite, and MariaDB when MYSQL_URL is set): hand-made
 * figures for communes of Sốp Cộp (district 127), the shortfall in people and the forecasts recomputed by hand.
 */
const STATS_HEADER = 'communeCode,year,childrenUnder3,under3InNursery,under3InNurseryNonPublic,children3To5,age3To5InKindergarten,age3To5InKindergartenNonPublic,childrenAge5,age5InKindergarten,childrenAge6,age6EnteringGrade1,outOfSchool6To10,outOfSchool6To10InFlexible,outOfSchool11To14,outOfSchool11To14InFlexible,population15To35Male,population15To35Female,literate15To35Male,literate15To35Female,workingAgeMale,workingAgeFemale,illiterateWorkingAgeMale,illiterateWorkingAgeFemale';
/** One statistics row: under-3s and those in nursery, working-age people (each sex half) and the illiterate among them. */
const stat = (code: string, year: number, under3: number, nursery: number, workingAge = 0, illiterate = 0) =>
  [code, year, under3, nursery, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, workingAge / 2, workingAge / 2, illiterate / 2, illiterate / 2].join(',');

const A = '04225', B = '04228', C = '04231', D = '04234', E = '04237';
const rows = [
  // A: nursery 10% → 12.5% → 15% (AT_RISK for 30% by 2020), 2015 shortfall for 20%: ceil(40 − 30) = 10 children
  stat(A, 2013, 200, 20), stat(A, 2014, 200, 25), stat(A, 2015, 200, 30, 2000, 40),
  // B: 40% → 50% (MET); illiteracy 60 of 1000: ceil(60 − 20) = 40 adults
  stat(B, 2013, 100, 40), stat(B, 2015, 100, 50, 1000, 60),
  // C: 10% → 25% (ON_TRACK: ratio 7.5 / (20/7) = 2.625)
  stat(C, 2013, 100, 10), stat(C, 2015, 100, 25),
  // D: 20% → 18% (OFF_TRACK)
  stat(D, 2013, 100, 20), stat(D, 2015, 100, 18),
  // E: one year only (MISSING)
  stat(E, 2015, 100, 10),
];

describe.each(dbKinds)('shortfall and forecasts through the gateway (%s)', (kind) => {
  let p: RunningPlatform;
  let token: string;
  beforeAll(async () => {
    p = await startPlatform({ seed: false, kind });
    const r = await gql(p.gatewayUrl, `mutation($csv: String!) { importEducationStatisticsCsv(csv: $csv) { ok inserted problems { row field code message } } }`,
      { csv: [STATS_HEADER, ...rows].join('\n') }, { bearer: await p.token(['editor:education']) });
    expect(r.errors).toBeUndefined();
    expect(r.data.importEducationStatisticsCsv).toMatchObject({ ok: true, inserted: rows.length });
    token = await p.token(['analyst']);
  });
  afterAll(() => p?.stop());

  const Q = `query($y: Int!) { province(code: "14") { inYear(year: $y) {
    targetProgress { targetId numerator denominator shortfall shortfallUnit shortfallOfUnits forecast { status projectedValue requiredAnnualChange actualAnnualChange progressRatio yearsUsed method } }
    districts { districtCode targetProgress { targetId numerator denominator shortfall shortfallUnit shortfallOfUnits }
      communes { communeCode targetProgress { targetId numerator denominator shortfall shortfallUnit shortfallOfUnits forecast { status projectedValue requiredAnnualChange yearsUsed method } } } } } } }`;

  it('gives the shortfall in people for a commune, a district and the province, equal to the hand computation', async () => {
    const r = await gql(p.gatewayUrl, Q, { y: 2015 }, { bearer: token });
    expect(r.errors).toBeUndefined();
    const province = r.data.province.inYear;
    const district = province.districts.find((d: any) => d.districtCode === '127');
    const commune = (code: string) => district.communes.find((c: any) => c.communeCode === code);
    const t = (list: any[], id: string) => list.find((x: any) => x.targetId === id);
    const N = 'II.2.1-nursery-under3-2015', I = 'II.2.2-illiteracy-working-age-2015';
    // Commune A: 30 of 200 under-3s, target ≥ 20%: ceil(0.2 × 200 − 30) = 10 children.
    expect(t(commune(A).targetProgress, N)).toMatchObject({ numerator: 30, denominator: 200, shortfall: 10, shortfallUnit: 'CHILDREN', shortfallOfUnits: null });
    expect(t(commune(B).targetProgress, N)).toMatchObject({ shortfall: 0 });
    expect(t(commune(B).targetProgress, I)).toMatchObject({ numerator: 60, denominator: 1000, shortfall: 40, shortfallUnit: 'ADULTS' });
    // No data: no shortfall (never read as zero).
    expect(t(commune('04240').targetProgress, N)).toMatchObject({ shortfall: null });
    // District 127 (2015): 30+50+25+18+10 = 133 of 600: ceil(120 − 133) → 0; its communes: 10 + 0 + 0 + 2 + 10 = 22.
    const hand = [[30, 200], [50, 100], [25, 100], [18, 100], [10, 100]].reduce((s, [n, d]) => s + Math.max(0, Math.ceil(0.2 * d! - n!)), 0);
    expect(hand).toBe(22);
    expect(t(district.targetProgress, N)).toMatchObject({ numerator: 133, denominator: 600, shortfall: 0, shortfallOfUnits: 22 });
    // Illiteracy: 100 of 3000 working-age: ceil(100 − 60) = 40; communes 0 (A: 40 − 40) + 40 (B).
    expect(t(district.targetProgress, I)).toMatchObject({ numerator: 100, denominator: 3000, shortfall: 40, shortfallOfUnits: 40 });
    // The province holds only these figures: the same sums.
    expect(t(province.targetProgress, N)).toMatchObject({ numerator: 133, denominator: 600, shortfall: 0, shortfallOfUnits: 22 });
    expect(t(province.targetProgress, I)).toMatchObject({ shortfall: 40, shortfallOfUnits: 40, shortfallUnit: 'ADULTS' });
  });

  it('forecasts each commune\'s 2020 target from its recorded years, as computed by hand, and assesses a past deadline on its recorded value', async () => {
    const r = await gql(p.gatewayUrl, Q, { y: 2015 }, { bearer: token });
    expect(r.errors).toBeUndefined();
    const district = r.data.province.inYear.districts.find((d: any) => d.districtCode === '127');
    const f = (code: string, id: string) => district.communes.find((c: any) => c.communeCode === code).targetProgress.find((x: any) => x.targetId === id).forecast;
    const N20 = 'II.2.1-nursery-under3-2020', N15 = 'II.2.1-nursery-under3-2015';
    // A: 10 → 15 over 2013–2015: actual 2.5/yr, required (30 − 10)/7 = 2.8571, ratio 0.875, projected 15 + 5 × 2.5.
    expect(f(A, N20)).toEqual({ status: 'AT_RISK', projectedValue: 27.5, requiredAnnualChange: 2.8571, yearsUsed: 3, method: 'ANTICIPATED_PROGRESS' });
    expect(f(B, N20)).toMatchObject({ status: 'MET', yearsUsed: 2 });
    // C: 10 → 25: actual 7.5/yr, ratio 2.625; projected 25 + 5 × 7.5 = 62.5.
    expect(f(C, N20)).toMatchObject({ status: 'ON_TRACK', projectedValue: 62.5, yearsUsed: 2 });
    expect(f(D, N20)).toMatchObject({ status: 'OFF_TRACK', projectedValue: 13 });
    expect(f(E, N20)).toMatchObject({ status: 'MISSING', yearsUsed: 1, projectedValue: null });
    // The 2015 target in 2015: due, on the recorded value, not projected.
    expect(f(A, N15)).toEqual({ status: 'OFF_TRACK', projectedValue: null, requiredAnnualChange: null, yearsUsed: 1, method: 'RECORDED_AT_DEADLINE' });
    expect(f(B, N15)).toMatchObject({ status: 'MET', projectedValue: null, method: 'RECORDED_AT_DEADLINE' });
    // The province: 2013 (20 + 40 + 10 + 20) / 500 = 18%, 2015 22.17%: actual 2.085/yr, required (30 − 18)/7 = 1.7143, ratio ≥ 0.95.
    const prov = r.data.province.inYear.targetProgress.find((x: any) => x.targetId === N20).forecast;
    expect(prov).toMatchObject({ status: 'ON_TRACK', requiredAnnualChange: 1.7143, actualAnnualChange: 2.085, yearsUsed: 3 });
  });

  it('reads a 2016 year without data: the 2015 deadline is still judged on 2015, never projected', async () => {
    const r = await gql(p.gatewayUrl, `{ commune(code: "${A}") { inYear(year: 2016) { targetProgress { targetId forecast { status projectedValue method yearsUsed } } } } }`, {}, { bearer: token });
    expect(r.errors).toBeUndefined();
    const f = (id: string) => r.data.commune.inYear.targetProgress.find((x: any) => x.targetId === id).forecast;
    expect(f('II.2.1-nursery-under3-2015')).toEqual({ status: 'OFF_TRACK', projectedValue: null, method: 'RECORDED_AT_DEADLINE', yearsUsed: 1 });
    expect(f('II.2.1-nursery-under3-2020')).toMatchObject({ status: 'AT_RISK', method: 'ANTICIPATED_PROGRESS' });
  });
});
