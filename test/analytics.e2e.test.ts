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

/**
 * Data quality on an unseeded platform: in 2017 commune X (03646) breaks every cross-department rule that a CSV of
 * the departments can seed, commune Y (03649) holds consistent figures, and among the 12 communes of Thành phố Sơn
 * La and 11 of Quỳnh Nhai with nursery figures in 2016 and 2017, 03652 jumps from 10% to 80% while the others move
 * by 0–2.2 points.
 */
const LF_HEADER = 'commune_code,year,working_age_population,agricultural_workers,vocationally_trained_workers,agricultural_workers_training_access,technology_transfer_workers,technology_transfer_agriculture,technology_transfer_forestry,technology_transfer_tourism,technology_transfer_processing';
const X = '03646', Y = '03649', SPIKE = '03652';
/** Xã Chiềng Xôm, a hard area (workforce counts village leaders there only). */
const W = '03664';
const D116 = ['03646', '03649', '03652', '03655', '03658', '03661', '03664', '03667', '03670', '03673', '03676', '03679'];
const D118 = ['03682', '03685', '03688', '03694', '03697', '03700', '03703', '03706', '03709', '03712', '03718'];

describe.each(dbKinds)('data quality through the gateway (%s)', (kind) => {
  let p: RunningPlatform;
  let token: string;
  const load = async (role: string, mutation: string, csv: string) => {
    const r = await gql(p.gatewayUrl, `mutation($csv: String!) { ${mutation}(csv: $csv) { ok inserted problems { row field code message } } }`, { csv }, { bearer: await p.token([role as any]) });
    expect(r.errors).toBeUndefined();
    expect(r.data[mutation]).toMatchObject({ ok: true, problems: [] });
  };
  beforeAll(async () => {
    p = await startPlatform({ seed: false, kind });
    const stats: string[] = [];
    [...D116, ...D118].forEach((code, i) => {
      const before = 200 * 0.1 + i; // 10% + i/2 points
      const after = code === SPIKE ? 160 : before + (i % 5) + 0.5 * (i % 3) * 2; // changes of 0 to 6 children (0–3 points)
      // X: 1000 people of working age; Y: 2000; the others: none recorded (no rule reads them).
      const workingAge = code === X ? 1000 : code === Y ? 2000 : 0;
      stats.push(stat(code, 2016, 200, before), stat(code, 2017, 200, after, workingAge, 0));
    });
    await load('editor:education', 'importEducationStatisticsCsv', [STATS_HEADER, ...stats].join('\n'));
    await load('editor:vocational', 'importLabourForceCsv', [LF_HEADER,
      `${X},2017,2000,1200,1500,100,0,0,0,0,0`, // 2000 vs 1000 (ratio 2), trained 1500 > 1000, agricultural 1200 > 1000
      `${Y},2017,2000,800,500,100,0,0,0,0,0`].join('\n'));
    await load('editor:awards', 'importRecognitionCountsCsv', ['commune_code,year,title_code,recognised,eligible',
      `${X},2017,GIA_DINH_HOC_TAP,100,1100`, `${X},2017,CONG_DONG_HOC_TAP_THON,2,5`,
      `${Y},2017,GIA_DINH_HOC_TAP,100,500`, `${Y},2017,CONG_DONG_HOC_TAP_THON,2,5`].join('\n'));
    await load('editor:education', 'importCommunityLearningCentresCsv', ['communeCode,year,established,establishedOn,rating,learners,activities', `${Y},2017,true,2014-05-01,,300,12`].join('\n'));
    // X: 1300 course enrolments (above education's 1000 people of working age); W: 11 village leaders posted
    // (above 2 × the 5 villages awards counts there). SYNTHETIC people and courses.
    await load('editor:vocational', 'importTrainingProvidersCsv', 'code,name,kind,districtCode\nPX-1,SYNTHETIC TT thử nghiệm,VOCATIONAL_CENTRE,116');
    await load('editor:vocational', 'importVocationalCoursesCsv', ['code,providerCode,occupation,level,ruralLabourProgramme,year,communeCode,sex,ethnicGroup,enrolled,graduated',
      `K-X1,PX-1,Hàn,ELEMENTARY,false,2017,${X},MALE,Thái,700,0`, `K-X1,PX-1,Hàn,ELEMENTARY,false,2017,${X},FEMALE,Thái,600,0`].join('\n'));
    await load('editor:awards', 'importRecognitionCountsCsv', `commune_code,year,title_code,recognised,eligible\n${W},2017,CONG_DONG_HOC_TAP_THON,0,5`);
    await load('editor:workforce', 'importRosterCsv', ['personCode,fullName,dateOfBirth,birthYear,sex,ethnicGroup,position,unitCode,postedFrom,postedTo,areaEthnicLanguage',
      ...Array.from({ length: 11 }, (_, i) => `QX-${i + 1},SYNTHETIC Người ${i + 1},,1980,${i % 2 ? 'F' : 'M'},Thái,${i % 2 ? 'VILLAGE_HEAD' : 'PARTY_CELL_SECRETARY'},${W},2015-01-01,2025-06-30,Thái`)].join('\n'));
    token = await p.token(['analyst']);
  });
  afterAll(() => p?.stop());

  const Q = `query($kinds: [DataQualityKind!]) { district(code: "116") { inYear(year: 2017) { dataQuality(kinds: $kinds) {
    kind ruleCode importance department unitCode unitName year message messageVi min max score median mad
    left { label value year department dataset row indicator part provenance } right { label value year department dataset row indicator part provenance } } } } }`;

  it('lists a seeded violation of each cross-department rule with both sides\' values and sources, and nothing for a consistent commune', async () => {
    const r = await gql(p.gatewayUrl, Q, { kinds: ['RULE'] }, { bearer: token });
    expect(r.errors).toBeUndefined();
    const findings = r.data.district.inYear.dataQuality;
    const of = (code: string) => findings.filter((f: any) => f.unitCode === code);
    expect(of(Y)).toEqual([]);
    const x = Object.fromEntries(of(X).map((f: any) => [f.ruleCode, f]));
    const eduWorkingAge = { value: 1000, year: 2017, department: 'education', dataset: 'educationStatistics', row: `communeCode=${X}, year=2017`, indicator: 'EDU_ILLITERACY_WORKING_AGE', part: 'denominator', provenance: 'IMPORTED' };
    const labourForce = (value: number, indicator: string, part: string) => ({ value, year: 2017, department: 'vocational', dataset: 'labourForce', row: `communeCode=${X}, year=2017`, indicator, part, provenance: 'IMPORTED' });
    expect(x['XD-VOC-TRAINED-LE-EDU-WORKING-AGE']).toMatchObject({
      kind: 'RULE', importance: 'ERROR', department: 'vocational', unitName: 'Phường Chiềng Lề', year: 2017,
      left: labourForce(1500, 'VOC_WORKERS_TRAINED', 'numerator'), right: eduWorkingAge,
    });
    expect(x['XD-VOC-AGRI-LE-EDU-WORKING-AGE']).toMatchObject({ importance: 'ERROR', left: labourForce(1200, 'VOC_AGRI_TRAINING_ACCESS', 'denominator'), right: eduWorkingAge });
    expect(x['XD-WORKING-AGE-AGREE']).toMatchObject({ importance: 'WARNING', min: 0.8, max: 1.25, left: labourForce(2000, 'VOC_WORKERS_TRAINED', 'denominator'), right: eduWorkingAge });
    expect(x['XD-WORKING-AGE-AGREE'].message).toContain('ratio 2');
    expect(x['XD-AW-HOUSEHOLDS-LE-EDU-WORKING-AGE']).toMatchObject({
      department: 'awards', left: { value: 1100, department: 'awards', dataset: 'recognitionCounts', indicator: 'AW_STUDIOUS_FAMILIES', part: 'denominator', provenance: 'IMPORTED' }, right: eduWorkingAge,
    });
    expect(x['XD-AW-LEARNING-VILLAGES-NEED-CLC']).toMatchObject({
      left: { value: 2, department: 'awards', dataset: 'recognitionCounts', indicator: 'AW_LEARNING_VILLAGES', part: 'numerator' },
      right: { value: null, department: 'education', dataset: 'communityLearningCentres', part: 'established', row: `communeCode=${X}, year=2017` },
    });
    // The two rules that read a third and fourth department: workforce's postings against awards' villages,
    // vocational's course enrolments against education's working-age population.
    expect(of(W)).toEqual([expect.objectContaining({
      kind: 'RULE', ruleCode: 'XD-WF-VILLAGE-LEADERS-LE-2-PER-VILLAGE', importance: 'WARNING', department: 'workforce', year: 2017, unitName: 'Xã Chiềng Xôm',
      left: expect.objectContaining({ value: 11, year: 2017, department: 'workforce', dataset: 'roster', row: `postings in communeCode=${W} on 2017-12-31`, indicator: 'WF_VILLAGE_LEADERS_LOWER_SECONDARY', part: 'denominator', provenance: 'IMPORTED' }),
      right: expect.objectContaining({ value: 10, year: 2017, department: 'awards', dataset: 'recognitionCounts', row: `communeCode=${W}, year=2017`, indicator: 'AW_LEARNING_VILLAGES', part: 'denominator', label: '2 × villages and residential groups' }),
    })]);
    expect(x['XD-VOC-ENROLMENTS-LE-EDU-WORKING-AGE']).toMatchObject({
      kind: 'RULE', importance: 'WARNING', department: 'vocational',
      left: { value: 1300, year: 2017, department: 'vocational', dataset: 'vocationalCourses', indicator: 'VOC_TRAINEES_PER_1000', part: 'numerator', provenance: 'IMPORTED' },
      right: eduWorkingAge,
    });
    // Each of the 7 cross-department rules has its seeded violation.
    expect(new Set([...of(X), ...of(W)].map((f: any) => f.ruleCode).filter((c: string) => c.startsWith('XD-'))).size).toBe(7);
    for (const f of of(X)) expect(f.messageVi.length).toBeGreaterThan(10);
    // Errors come first.
    expect(findings.findIndex((f: any) => f.importance === 'WARNING')).toBeGreaterThan(findings.map((f: any) => f.importance).lastIndexOf('ERROR'));
  });

  it('flags the injected spike as an outlier (modified z-score) with both years, and no normal commune', async () => {
    const r = await gql(p.gatewayUrl, Q, { kinds: ['OUTLIER'] }, { bearer: token });
    expect(r.errors).toBeUndefined();
    const nursery = r.data.district.inYear.dataQuality.filter((f: any) => f.ruleCode === 'OUTLIER-EDU_NURSERY_UNDER3');
    expect(nursery.map((f: any) => f.unitCode)).toEqual([SPIKE]);
    const f = nursery[0];
    // Recomputed by hand from the 23 changes of the province's communes (median and MAD of the changes, 0.6745 × (x − med) / MAD).
    const changes = [...D116, ...D118].map((code, i) => {
      const before = 20 + i;
      const after = code === SPIKE ? 160 : before + (i % 5) + (i % 3);
      return Math.round(((after / 200) * 100 - (before / 200) * 100) * 100) / 100;
    });
    const med = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2; };
    const m = med(changes);
    const mad = med(changes.map((c) => Math.abs(c - m)));
    expect(f).toMatchObject({ kind: 'OUTLIER', importance: 'WARNING', median: m, mad, left: { value: 80, year: 2017, indicator: 'EDU_NURSERY_UNDER3' }, right: { value: 11, year: 2016 } });
    expect(f.score).toBeCloseTo((0.6745 * (changes[2]! - m)) / mad, 3);
    expect(Math.abs(f.score)).toBeGreaterThan(3.5);
  });

  it('exports the findings as a flat table for BI (GET /export/data-quality.csv), one row per finding with both sides\' sources', async () => {
    const res = await fetch(`${p.gatewayUrl.replace(/graphql$/, 'export')}/data-quality.csv?district=116&year=2017`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const { parse } = await import('csv-parse/sync');
    const rows: Array<Record<string, string>> = parse(await res.text(), { columns: true, bom: true });
    const row = rows.find((r) => r['district.inYear.dataQuality.ruleCode'] === 'XD-VOC-TRAINED-LE-EDU-WORKING-AGE');
    expect(row).toMatchObject({
      'district.inYear.dataQuality.unitCode': X, 'district.inYear.dataQuality.left.value': '1500', 'district.inYear.dataQuality.left.dataset': 'labourForce',
      'district.inYear.dataQuality.right.value': '1000', 'district.inYear.dataQuality.right.department': 'education', 'district.inYear.dataQuality.right.row': `communeCode=${X}, year=2017`,
    });
  });

  it('serves the province the same findings as its districts, and a range finding for an implausible column', async () => {
    await load('editor:education', 'importEducationStatisticsCsv', [STATS_HEADER, stat('03655', 2017, 10_000_000, 10)].join('\n'));
    const r = await gql(p.gatewayUrl, `{ province(code: "14") { inYear(year: 2017) { dataQuality { kind ruleCode unitCode min max left { value dataset } } } } }`, {}, { bearer: token });
    expect(r.errors).toBeUndefined();
    const all = r.data.province.inYear.dataQuality;
    expect(all.find((f: any) => f.kind === 'RANGE' && f.unitCode === '03655')).toMatchObject({ ruleCode: 'RANGE-EDU_NURSERY_UNDER3-DENOMINATOR', min: 0, max: 10000, left: { value: 10_000_000, dataset: 'educationStatistics' } });
    expect(all.filter((f: any) => f.unitCode === X && f.kind === 'RULE')).toHaveLength(6);
  });
});
