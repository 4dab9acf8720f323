import { gql, dbKinds } from './testkit';
import { startPlatform, type RunningPlatform } from './testkit/platform';

/**
 * The question the platform exists to answer, through the gateway with all five subgraphs running:
 * the learning-society score of every commune with its per-department breakdown, in one request.
 */
const DONE_WHEN = `{ province(code: "14") { districts { communes { code name inYear(year: 2015) {
  learningSociety { total grade coverage components { indicator value target points weight source status } } } } } } }`;

describe('learning-society score through the gateway (seeded SYNTHETIC data)', () => {
  let p: RunningPlatform;
  let token: string;
  beforeAll(async () => {
    p = await startPlatform();
    token = await p.token(['analyst']);
  });
  afterAll(() => p?.stop());

  it('returns the score and components of every commune of the province in one request', async () => {
    const r = await gql(p.gatewayUrl, DONE_WHEN, {}, { bearer: token });
    expect(r.errors).toBeUndefined();
    const communes = r.data.province.districts.flatMap((d: any) => d.communes);
    expect(communes).toHaveLength(200);
    // 3 communes of the list were formed in early 2025 and have no 2015 unit; every other one is scored.
    const scored = communes.filter((c: any) => c.inYear);
    expect(scored.length).toBe(197);
    for (const c of scored) {
      const ls = c.inYear.learningSociety;
      expect(ls.components).toHaveLength(22);
      expect(new Set(ls.components.map((x: any) => x.source))).toEqual(new Set(['education', 'vocational', 'workforce', 'awards']));
      for (const comp of ls.components) {
        if (comp.status === 'SCORED') {
          expect(comp.points).toBeLessThanOrEqual(comp.weight);
          expect(comp.points).toBeGreaterThanOrEqual(0);
        } else expect(comp.points).toBeNull();
      }
      expect(ls.coverage).toBeGreaterThan(0);
      expect(ls.total).toBeGreaterThanOrEqual(0);
      expect(ls.total).toBeLessThanOrEqual(100);
    }
  });

  it('causes the same number of SQL statements for 8 communes as for 200', async () => {
    const one = `{ district(code: "127") { communes { code inYear(year: 2015) { learningSociety { total components { points } } } } } }`;
    const small = await gql(p.gatewayUrl, one, {}, { bearer: token });
    const large = await gql(p.gatewayUrl, DONE_WHEN, {}, { bearer: token });
    expect(small.errors).toBeUndefined();
    expect(small.data.district.communes).toHaveLength(8);
    const s = Number(small.headers.get('x-sql-statements'));
    expect(s).toBeGreaterThan(0);
    expect(Number(large.headers.get('x-sql-statements'))).toBe(s);
  });

  it('lists progress towards every catalogue target for the province and its districts', async () => {
    const r = await gql(p.gatewayUrl, `{ targets { id } province(code: "14") { inYear(year: 2015) { targetProgress { targetId actual met gap change previous status due } }
      districts { code inYear(year: 2015) { targetProgress { targetId status } } } } }`, {}, { bearer: token });
    expect(r.errors).toBeUndefined();
    const progress = r.data.province.inYear.targetProgress;
    expect(progress.map((t: any) => t.targetId)).toEqual(r.data.targets.map((t: any) => t.id));
    const literacy = progress.find((t: any) => t.targetId === 'II.2.2-literacy-15-35-2015');
    expect(literacy.status).toMatch(/^(MET|NOT_MET)$/);
    expect(literacy.change).toBeCloseTo(literacy.actual - literacy.previous, 2);
    expect(literacy.met).toBe(literacy.actual >= 98);
    expect(r.data.province.districts).toHaveLength(12);
  });
});

describe('scores equal hand-computed fixtures', () => {
  let p: RunningPlatform;
  beforeAll(async () => {
    p = await startPlatform({ seed: false, kind: dbKinds.includes('mysql') ? 'mysql' : 'sqlite' });
    const as = async (role: any) => ({ bearer: await p.token([role]) });
    const imports: Array<[string, string, string]> = [
      ['editor:education', 'importEducationStatisticsCsv',
        'communeCode,year,childrenUnder3,under3InNursery,under3InNurseryNonPublic,children3To5,age3To5InKindergarten,age3To5InKindergartenNonPublic,childrenAge5,age5InKindergarten,childrenAge6,age6EnteringGrade1,outOfSchool6To10,outOfSchool6To10InFlexible,outOfSchool11To14,outOfSchool11To14InFlexible,population15To35Male,population15To35Female,literate15To35Male,literate15To35Female,workingAgeMale,workingAgeFemale,illiterateWorkingAgeMale,illiterateWorkingAgeFemale\n' +
        '03646,2015,200,30,0,300,270,9,100,100,100,100,10,7,10,4,500,500,490,490,1000,1000,20,20\n'],
      ['editor:vocational', 'importLabourForceCsv',
        'commune_code,year,working_age_population,agricultural_workers,vocationally_trained_workers,agricultural_workers_training_access,technology_transfer_workers,technology_transfer_agriculture,technology_transfer_forestry,technology_transfer_tourism,technology_transfer_processing\n' +
        '03646,2015,1000,400,200,340,700,400,200,50,50\n'],
      ['editor:awards', 'importRecognitionCountsCsv', 'commune_code,year,title_code,recognised,eligible\n03646,2015,GIA_DINH_HIEU_HOC,150,200\n'],
    ];
    for (const [role, mutation, csv] of imports) {
      const r = await gql(p.gatewayUrl, `mutation($csv: String!) { ${mutation}(csv: $csv) { ok inserted problems { row field code message } } }`, { csv }, await as(role));
      expect(r.errors).toBeUndefined();
      expect(r.data[mutation]).toMatchObject({ ok: true, inserted: expect.any(Number) });
    }
  });
  afterAll(() => p?.stop());

  it('scores commune 03646 in 2015 component by component', async () => {
    const r = await gql(p.gatewayUrl, `{ commune(code: "03646") { inYear(year: 2015) { learningSociety {
      total grade coverage unavailableSources model { id }
      components { indicator source value numerator denominator target points weight status met } } } } }`, {}, { bearer: await p.token(['analyst']) });
    expect(r.errors).toBeUndefined();
    const ls = r.data.commune.inYear.learningSociety;
    expect(ls.model.id).toBe('QD354-2015');
    const by = Object.fromEntries(ls.components.map((c: any) => [c.indicator, c]));
    const w = 4.5455; // 100 / 22 components, equal weights
    // Hand-computed: points = weight × min(1, value / target) for ≥ and > targets; ≤ targets full at or below.
    expect(by.EDU_NURSERY_UNDER3).toMatchObject({ value: 15, numerator: 30, denominator: 200, target: 20, points: 3.4091, met: false, source: 'education' });
    expect(by.EDU_NURSERY_NONPUBLIC).toMatchObject({ value: 0, points: 0, status: 'SCORED' }); // a real zero, scored
    expect(by.EDU_KINDERGARTEN_3_5).toMatchObject({ value: 90, points: 4.5455, met: true });
    expect(by.EDU_FLEXIBLE_6_10).toMatchObject({ value: 70, points: 4.5455, met: false }); // "trên 70%": 70 is not above
    expect(by.EDU_FLEXIBLE_11_14).toMatchObject({ value: 40 });
    expect(by.EDU_FLEXIBLE_11_14.points).toBeCloseTo(2.2728, 3);
    expect(by.EDU_ILLITERACY_WORKING_AGE).toMatchObject({ value: 2, points: 4.5455, met: true });
    expect(by.EDU_CEC_ALSO_VOCATIONAL).toMatchObject({ value: null, points: null, status: 'MISSING' });
    expect(by.VOC_AGRI_TRAINING_ACCESS).toMatchObject({ value: 85, numerator: 340, denominator: 400, points: 4.5455, source: 'vocational' });
    expect(by.VOC_WORKERS_TRAINED).toMatchObject({ value: 20 });
    expect(by.VOC_WORKERS_TRAINED.points).toBeCloseTo(2.2728, 3);
    expect(by.VOC_TECH_TRANSFER).toMatchObject({ value: 70, points: 4.5455 });
    expect(by.AW_STUDIOUS_FAMILIES).toMatchObject({ value: 75, numerator: 150, denominator: 200, points: 4.5455, met: true, source: 'awards' });
    for (const code of ['WF_KEY_CADRES_LOWER_SECONDARY', 'WF_CIVIL_SERVANTS_STANDARD']) expect(by[code]).toMatchObject({ status: 'MISSING', points: null, source: 'workforce' });
    const scored = ls.components.filter((c: any) => c.status === 'SCORED');
    expect(scored).toHaveLength(14);
    // 10 components at full points (4.5455), two at half (2.2728), one at 3.4091, one at 0:
    // 100 × 53.4101 / (14 × 4.5455 = 63.637) = 83.93
    expect(ls.total).toBe(83.93);
    expect(ls.coverage).toBe(0.64);
    expect(ls.grade).toBe('B');
    expect(ls.unavailableSources).toEqual([]);
    expect(w * 14).toBeCloseTo(63.637, 3);
  });

  it('reads a 2025 commune in 2015 from its predecessors summed (ratio of sums)', async () => {
    const r = await gql(p.gatewayUrl, `{ commune(code: "03646") { inYear(year: 2015, boundaries: CURRENT) { reportingUnits learningSociety { components { indicator numerator denominator value } } } } }`, {}, { bearer: await p.token(['analyst']) });
    expect(r.errors).toBeUndefined();
    const y = r.data.commune.inYear;
    expect(y.reportingUnits.length).toBeGreaterThan(1);
    // Only 03646 of its predecessors has data: the sums are its own figures.
    const nursery = y.learningSociety.components.find((c: any) => c.indicator === 'EDU_NURSERY_UNDER3');
    expect(nursery).toMatchObject({ numerator: 30, denominator: 200, value: 15 });
  });
});

describe('with one department subgraph stopped', () => {
  let p: RunningPlatform;
  beforeAll(async () => {
    p = await startPlatform();
    await p.stopSubgraph('vocational');
  });
  afterAll(() => p?.stop());

  it('still returns the other departments data and names the missing part', async () => {
    const r = await gql(p.gatewayUrl, `{ district(code: "127") { name communes { code name inYear(year: 2015) { population
      learningSociety { total coverage unavailableSources components { source status points } } } } } }`, {}, { bearer: await p.token(['analyst']) });
    expect(r.data.district.name).toBe('Huyện Sốp Cộp');
    expect(r.errors?.length).toBeGreaterThan(0);
    expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'vocational' } });
    expect(r.errors?.[0].message).toMatch(/vocational subgraph did not answer/);
    for (const c of r.data.district.communes) {
      expect(c.inYear.population).toBeGreaterThan(0);
      const ls = c.inYear.learningSociety;
      expect(ls.unavailableSources).toEqual(['vocational']);
      const voc = ls.components.filter((x: any) => x.source === 'vocational');
      expect(voc.length).toBe(3);
      for (const x of voc) expect(x).toMatchObject({ status: 'SOURCE_UNAVAILABLE', points: null });
      expect(ls.components.some((x: any) => x.source === 'education' && x.status === 'SCORED')).toBe(true);
      expect(ls.coverage).toBeLessThan(1);
    }
  });
});
