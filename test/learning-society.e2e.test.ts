import { sonLaUnits } from '@lsp/shared';
import { gql, dbKinds } from './testkit';
import { startPlatform, type RunningPlatform } from './testkit/platform';

/**
 * The question the platform exists to answer, through the gateway with all five subgraphs running:
 * the learning-society score of every commune with its per-department breakdown, in one request, over the
 * units as they stood in that year (issue 16's "Done when" query, as written there).
 */
const DONE_WHEN = `{ province(code: "14") { inYear(year: 2015) { districts { name communes { communeCode name learningSociety { total grade provenance } } } } } }`;
const DASHBOARD = `{ province(code: "14") { inYear(year: 2015) { districts { districtCode name communes { communeCode name
  learningSociety { total grade coverage complete provenance components { indicator value target points weight source status provenance } } } } } } }`;

describe('learning-society score through the gateway (seeded SYNTHETIC data)', () => {
  let p: RunningPlatform;
  let token: string;
  beforeAll(async () => {
    p = await startPlatform();
    token = await p.token(['analyst']);
  });
  afterAll(() => p?.stop());

  it('answers the Done-when query: 12 districts, 204 communes with their 2015 names, every one scored, SYNTHETIC', async () => {
    const r = await gql(p.gatewayUrl, DONE_WHEN, {}, { bearer: token });
    expect(r.errors).toBeUndefined();
    const districts = r.data.province.inYear.districts;
    expect(districts).toHaveLength(12);
    const communes = districts.flatMap((d: any) => d.communes);
    expect(communes).toHaveLength(204);
    expect(new Set(communes.map((c: any) => c.communeCode)).size).toBe(204);
    expect(communes.find((c: any) => c.communeCode === '03646').name).toBe('Phường Chiềng Lề');
    expect(communes.find((c: any) => c.communeCode === '03703').name).toBe('Xã Mường Giàng');
    expect(districts.map((d: any) => d.name)).toContain('Huyện Mộc Châu');
    expect(districts.map((d: any) => d.name)).not.toContain('Thị xã Mộc Châu');
    // The 7 units removed in early 2025 reported in 2015 and are there.
    for (const code of ['03751', '03898', '03913', '03988', '03991', '04003', '04060']) expect(communes.some((c: any) => c.communeCode === code)).toBe(true);
    for (const c of communes) {
      expect(c.learningSociety.total).toEqual(expect.any(Number));
      expect(c.learningSociety.provenance).toBe('SYNTHETIC');
    }
  });

  it('returns the score and components of every commune of the province in one request', async () => {
    const r = await gql(p.gatewayUrl, DASHBOARD, {}, { bearer: token });
    expect(r.errors).toBeUndefined();
    const communes = r.data.province.inYear.districts.flatMap((d: any) => d.communes);
    expect(communes).toHaveLength(204);
    for (const c of communes) {
      const ls = c.learningSociety;
      expect(ls.complete).toBe(true);
      expect(ls.grade).toEqual(expect.any(String));
      expect(ls.components).toHaveLength(23);
      expect(new Set(ls.components.map((x: any) => x.source))).toEqual(new Set(['education', 'vocational', 'workforce', 'awards']));
      for (const comp of ls.components) {
        if (comp.status === 'SCORED') {
          expect(comp.points).toBeLessThanOrEqual(comp.weight);
          expect(comp.points).toBeGreaterThanOrEqual(0);
          expect(comp.provenance).toBe('SYNTHETIC');
        } else expect(comp.points).toBeNull();
      }
      // A commune has no district committee or district centre: those components are not applicable to it.
      const na = ls.components.filter((x: any) => x.status === 'NOT_APPLICABLE').map((x: any) => x.indicator);
      expect(na).toEqual(expect.arrayContaining(['EDU_DISTRICT_COMMITTEE_ON_TIME', 'EDU_CEC_ALSO_VOCATIONAL', 'WF_CIVIL_SERVANTS_STANDARD']));
      expect(ls.coverage).toBeGreaterThan(0);
      expect(ls.total).toBeGreaterThanOrEqual(0);
      expect(ls.total).toBeLessThanOrEqual(100);
    }
  });

  it('causes the same number of SQL statements for 8 communes as for 204', async () => {
    const one = `{ district(code: "127") { inYear(year: 2015) { communes { communeCode learningSociety { total components { points } } } } } }`;
    const small = await gql(p.gatewayUrl, one, {}, { bearer: token });
    const large = await gql(p.gatewayUrl, `{ province(code: "14") { inYear(year: 2015) { districts { communes { communeCode learningSociety { total components { points } } } } } } }`, {}, { bearer: token });
    expect(small.errors).toBeUndefined();
    expect(small.data.district.inYear.communes).toHaveLength(8);
    const s = Number(small.headers.get('x-sql-statements'));
    expect(s).toBeGreaterThan(0);
    expect(Number(large.headers.get('x-sql-statements'))).toBe(s);
  });

  it('keeps the statements constant in the number of communes for the shortfall, its sum over units and the forecasts', async () => {
    const communes = (scope: string) => `{ ${scope} { inYear(year: 2015) { ${scope.startsWith('district') ? '' : 'districts { '}communes { communeCode
      targetProgress { shortfall shortfallUnit forecast { status projectedValue yearsUsed } } }${scope.startsWith('district') ? '' : ' }'} } } }`;
    const small = await gql(p.gatewayUrl, communes('district(code: "127")'), {}, { bearer: token });
    const large = await gql(p.gatewayUrl, communes('province(code: "14")'), {}, { bearer: token });
    for (const r of [small, large]) expect(r.errors).toBeUndefined();
    const all = large.data.province.inYear.districts.flatMap((d: any) => d.communes);
    expect(all).toHaveLength(204);
    expect(all.every((c: any) => c.targetProgress.some((t: any) => t.forecast?.yearsUsed > 1 && t.shortfall !== null))).toBe(true);
    expect(Number(large.headers.get('x-sql-statements'))).toBe(Number(small.headers.get('x-sql-statements')));
    // A district's sum over its communes: Sốp Cộp (8 communes) and Mai Sơn (22) cost the same.
    const units = (code: string) => `{ district(code: "${code}") { inYear(year: 2015) { communes { communeCode } targetProgress { shortfall shortfallOfUnits forecast { status } } } } }`;
    const [d8, d22] = [await gql(p.gatewayUrl, units('127'), {}, { bearer: token }), await gql(p.gatewayUrl, units('125'), {}, { bearer: token })];
    for (const r of [d8, d22]) expect(r.errors).toBeUndefined();
    expect(d22.data.district.inYear.communes.length).toBeGreaterThan(d8.data.district.inYear.communes.length);
    expect(d8.data.district.inYear.targetProgress.some((t: any) => t.shortfallOfUnits > t.shortfall)).toBe(true);
    expect(Number(d22.headers.get('x-sql-statements'))).toBe(Number(d8.headers.get('x-sql-statements')));
  });

  it('keeps the statements of dataQuality constant in the number of communes (8, 22, and the province\'s 204)', async () => {
    const q = (scope: string) => `{ ${scope} { inYear(year: 2016) { dataQuality { kind ruleCode unitCode left { value } right { value } } } } }`;
    const rs = [await gql(p.gatewayUrl, q('district(code: "127")'), {}, { bearer: token }), await gql(p.gatewayUrl, q('district(code: "125")'), {}, { bearer: token }),
      await gql(p.gatewayUrl, q('province(code: "14")'), {}, { bearer: token })];
    for (const r of rs) expect(r.errors).toBeUndefined();
    const [d8, d22, all] = rs.map((r) => (r.data.district ?? r.data.province).inYear.dataQuality);
    expect(all.length).toBeGreaterThanOrEqual(d8.length + d22.length);
    // The first request fetched the departments' parts of every commune of the province (the outliers' statistics):
    // the next two hit the same cache and count the same statements, whatever their number of communes.
    expect(Number(rs[2]!.headers.get('x-sql-statements'))).toBe(Number(rs[1]!.headers.get('x-sql-statements')));
  });

  it('counts the departments\' feed statements too, and as many for 204 communes as for 8 when their parts are fetched', async () => {
    // A year no other test asks: the 8 communes' parts are fetched first, then the other 196 (one feed call per department each time).
    const small = await gql(p.gatewayUrl, `{ district(code: "127") { inYear(year: 2017) { communes { learningSociety { total } } } } }`, {}, { bearer: token });
    const large = await gql(p.gatewayUrl, `{ province(code: "14") { inYear(year: 2017) { districts { communes { learningSociety { total } } } } } }`, {}, { bearer: token });
    const again = await gql(p.gatewayUrl, `{ province(code: "14") { inYear(year: 2017) { districts { communes { learningSociety { total } } } } } }`, {}, { bearer: token });
    for (const r of [small, large, again]) expect(r.errors).toBeUndefined();
    const [s, l, a] = [small, large, again].map((r) => Number(r.headers.get('x-sql-statements')));
    expect(l).toBe(s);
    // Held at the departments' unchanged versions: the third asks no feed, so it counts fewer statements.
    expect(a).toBeLessThan(l);
  });

  it('says a score is approved only when every department it reads has the year locked for the unit', async () => {
    const Q = `{ district(code: "127") { inYear(year: 2015) { communes { communeCode
      learningSociety { approved unapprovedSources components { source status locked } } targetProgress { source status locked } } } }
      other: district(code: "116") { inYear(year: 2015) { communes { learningSociety { approved } } } } }`;
    const depts = ['Education', 'Vocational', 'Workforce', 'Awards'];
    const admin = { bearer: await p.token(['admin']) };
    for (const d of depts) {
      const r = await gql(p.gatewayUrl, `mutation { lock${d}Period(year: 2015, districtCode: "127") { year } }`, {}, { bearer: await p.token([`editor:${d.toLowerCase()}` as any]) });
      expect(r.errors).toBeUndefined();
    }
    try {
      const locked = await gql(p.gatewayUrl, Q, {}, { bearer: token });
      expect(locked.errors).toBeUndefined();
      const communes = locked.data.district.inYear.communes;
      expect(communes).toHaveLength(8);
      for (const c of communes) {
        expect(c.learningSociety).toMatchObject({ approved: true, unapprovedSources: [] });
        for (const comp of c.learningSociety.components) expect(comp.locked).toBe(true);
        for (const t of c.targetProgress.filter((x: any) => x.source !== 'geography')) expect(t.locked).toBe(true);
      }
      // The lock is on district 127 only: another district's communes are not approved.
      for (const c of locked.data.other.inYear.communes) expect(c.learningSociety.approved).toBe(false);

      expect((await gql(p.gatewayUrl, 'mutation { unlockWorkforcePeriod(year: 2015, districtCode: "127") }', {}, admin)).data.unlockWorkforcePeriod).toBe(true);
      const partly = await gql(p.gatewayUrl, Q, {}, { bearer: token });
      expect(partly.errors).toBeUndefined();
      for (const c of partly.data.district.inYear.communes) {
        expect(c.learningSociety).toMatchObject({ approved: false, unapprovedSources: ['workforce'] });
        for (const comp of c.learningSociety.components) expect(comp.locked).toBe(comp.source !== 'workforce');
        for (const t of c.targetProgress.filter((x: any) => x.source === 'workforce')) expect(t.locked).toBe(false);
      }
    } finally {
      for (const d of depts) await gql(p.gatewayUrl, `mutation { unlock${d}Period(year: 2015, districtCode: "127") }`, {}, admin);
    }
  });

  it('lists progress towards every catalogue target for the province and its districts', async () => {
    const r = await gql(p.gatewayUrl, `{ targets { id } province(code: "14") { inYear(year: 2015) { targetProgress { targetId indicator actual met gap change previous status due provenance }
      districts { districtCode targetProgress { targetId status } } } } }`, {}, { bearer: token });
    expect(r.errors).toBeUndefined();
    const progress = r.data.province.inYear.targetProgress;
    expect(progress.map((t: any) => t.targetId)).toEqual(r.data.targets.map((t: any) => t.id));
    const literacy = progress.find((t: any) => t.targetId === 'II.2.2-literacy-15-35-2015');
    expect(literacy.status).toMatch(/^(MET|NOT_MET)$/);
    expect(literacy.change).toBeCloseTo(literacy.actual - literacy.previous, 2);
    expect(literacy.met).toBe(literacy.actual >= 98);
    expect(literacy.provenance).toBe('SYNTHETIC');
    expect(r.data.province.inYear.districts).toHaveLength(12);
    const v11 = progress.filter((t: any) => t.targetId.startsWith('V.11')).map((t: any) => t.indicator);
    expect(v11).toEqual(['EDU_DISTRICT_COMMITTEE_ON_TIME', 'EDU_COMMUNE_COMMITTEE_ON_TIME']);
    // Vân Hồ (128) was formed on 10/06/2013: no district committee was due there by 30/04/2013.
    const vanHo = r.data.province.inYear.districts.find((d: any) => d.districtCode === '128');
    expect(vanHo.targetProgress.find((t: any) => t.targetId === 'V.11-district-steering-committees').status).toBe('NOT_APPLICABLE');
  });

  it('serves July 2025 and later in the units of that year: 75 communes, no districts', async () => {
    const r = await gql(p.gatewayUrl, `{ province(code: "14") { communes(validOn: "2025-07-01") { code name }
      inYear(year: 2025) { districts { districtCode } communes { communeCode name learningSociety { total provenance } } } } }`, {}, { bearer: token });
    expect(r.errors).toBeUndefined();
    expect(r.data.province.communes).toHaveLength(75);
    expect(r.data.province.inYear.districts).toEqual([]);
    expect(r.data.province.inYear.communes).toHaveLength(75);
    expect(r.data.province.communes.find((c: any) => c.code === '03646').name).toBe('Phường Tô Hiệu');
  });

  it('gives no grade to a commune of today whose 2015 territory is incomplete, and lists what could not be placed', async () => {
    const r = await gql(p.gatewayUrl, `{ commune(code: "03910") { name inYear(year: 2015, boundaries: CURRENT) { complete
      learningSociety { total grade complete unplacedUnits provenance } } } }`, {}, { bearer: token });
    expect(r.errors).toBeUndefined();
    const y = r.data.commune.inYear;
    expect(y.complete).toBe(false);
    expect(y.learningSociety).toMatchObject({ grade: null, complete: false, total: expect.any(Number), provenance: 'SYNTHETIC' });
    expect(y.learningSociety.unplacedUnits).toEqual(sonLaUnits().unplacedUnits('03910', 2015, 'CURRENT'));
    expect(y.learningSociety.unplacedUnits.length).toBeGreaterThan(0);
  });
});

/**
 * Hand-built V.11 fixture: 12 district committees, of which 116 (06/05/2013) and 126 (02/05/2013) late and 128
 * Vân Hồ established after it was formed (not due by 30/04/2013): 9 of the 11 districts due on time. The 204
 * communes of 2015 in code order: the first 175 on 15/06/2013, 27 on 10/07/2013 (late), 2 never established.
 */
const DISTRICT_COMMITTEES: Record<string, string> = {
  116: '2013-05-06', 118: '2013-04-10', 119: '2013-04-12', 120: '2013-04-15', 121: '2013-04-20', 122: '2013-04-22',
  123: '2013-03-28', 124: '2013-04-30', 125: '2013-04-05', 126: '2013-05-02', 127: '2013-04-18', 128: '2013-07-01',
};
function committeesCsv(): string {
  const communes = sonLaUnits().reportingCommunes(2015).map((u) => u.code).sort();
  const rows = [
    ...Object.entries(DISTRICT_COMMITTEES).map(([code, on]) => `DISTRICT,${code},${on}`),
    ...communes.map((code, i) => `COMMUNE,${code},${i < 175 ? '2013-06-15' : i < 202 ? '2013-07-10' : ''}`),
  ];
  return ['level,unitCode,establishedOn', ...rows].join('\n');
}

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
      ['editor:education', 'importSteeringCommitteesCsv', committeesCsv()],
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
      total grade coverage complete provenance unavailableSources model { id }
      components { indicator source value numerator denominator target points weight status met provenance } } } } }`, {}, { bearer: await p.token(['analyst']) });
    expect(r.errors).toBeUndefined();
    const ls = r.data.commune.inYear.learningSociety;
    expect(ls.model.id).toBe('QD354-2015');
    expect(ls.components).toHaveLength(23);
    const by = Object.fromEntries(ls.components.map((c: any) => [c.indicator, c]));
    const w = 4.3478; // 100 / 23 components, equal weights
    // Hand-computed: points = weight × min(1, value / target) for ≥ and > targets; ≤ targets full at or below.
    expect(by.EDU_NURSERY_UNDER3).toMatchObject({ value: 15, numerator: 30, denominator: 200, target: 20, points: 3.2609, met: false, source: 'education', provenance: 'IMPORTED' });
    expect(by.EDU_NURSERY_NONPUBLIC).toMatchObject({ value: 0, points: 0, status: 'SCORED' }); // a real zero, scored
    expect(by.EDU_KINDERGARTEN_3_5).toMatchObject({ value: 90, points: w, met: true });
    expect(by.EDU_FLEXIBLE_6_10).toMatchObject({ value: 70, points: w, met: false }); // "trên 70%": 70 is not above
    expect(by.EDU_FLEXIBLE_11_14).toMatchObject({ value: 40, points: 2.1739 });
    expect(by.EDU_ILLITERACY_WORKING_AGE).toMatchObject({ value: 2, points: w, met: true });
    expect(by.EDU_COMMUNE_COMMITTEE_ON_TIME).toMatchObject({ value: 100, numerator: 1, denominator: 1, points: w, status: 'SCORED' });
    // Nothing of these is due in a ward: a district's centre and committee, district civil servants, highland village leaders.
    for (const code of ['EDU_CEC_ALSO_VOCATIONAL', 'EDU_DISTRICT_COMMITTEE_ON_TIME', 'WF_CIVIL_SERVANTS_STANDARD', 'WF_VILLAGE_LEADERS_LOWER_SECONDARY', 'WF_VILLAGE_LEADERS_MANAGEMENT_POLITICAL']) {
      expect(by[code]).toMatchObject({ value: null, points: null, status: 'NOT_APPLICABLE' });
    }
    expect(by.VOC_AGRI_TRAINING_ACCESS).toMatchObject({ value: 85, numerator: 340, denominator: 400, points: w, source: 'vocational', provenance: 'IMPORTED' });
    expect(by.VOC_WORKERS_TRAINED).toMatchObject({ value: 20, points: 2.1739 });
    expect(by.VOC_TECH_TRANSFER).toMatchObject({ value: 70, points: w });
    expect(by.AW_STUDIOUS_FAMILIES).toMatchObject({ value: 75, numerator: 150, denominator: 200, points: w, met: true, source: 'awards', provenance: 'IMPORTED' });
    expect(by.WF_KEY_CADRES_LOWER_SECONDARY).toMatchObject({ status: 'MISSING', points: null, source: 'workforce', provenance: null });
    const scored = ls.components.filter((c: any) => c.status === 'SCORED');
    expect(scored).toHaveLength(15);
    // 11 components at full points (4.3478), two at half (2.1739), one at 3/4 (3.2609), one at 0:
    // 100 × 55.4345 / (15 × 4.3478 = 65.217) = 85.00; coverage 15 of the 18 applicable components = 0.83
    expect(ls.total).toBe(85);
    expect(ls.coverage).toBe(0.83);
    expect(ls.grade).toBe('B');
    expect(ls).toMatchObject({ complete: true, provenance: 'IMPORTED', unavailableSources: [] });
  });

  it('measures the two V.11 deadlines apart, each over the units that existed at it (2013 and 2015)', async () => {
    const token = await p.token(['analyst']);
    for (const year of [2013, 2015]) {
      const r = await gql(p.gatewayUrl, `query($y: Int!) { province(code: "14") { inYear(year: $y) {
        targetProgress { targetId indicator numerator denominator actual met status provenance }
        districts { districtCode name targetProgress { targetId indicator numerator denominator actual met status } } } } }`, { y: year }, { bearer: token });
      expect(r.errors).toBeUndefined();
      const byId = Object.fromEntries(r.data.province.inYear.targetProgress.map((t: any) => [t.targetId, t]));
      expect(byId['V.11-district-steering-committees']).toMatchObject({
        indicator: 'EDU_DISTRICT_COMMITTEE_ON_TIME', numerator: 9, denominator: 11, actual: 81.82, met: false, status: 'NOT_MET', provenance: 'IMPORTED',
      });
      expect(byId['V.11-commune-steering-committees']).toMatchObject({
        indicator: 'EDU_COMMUNE_COMMITTEE_ON_TIME', numerator: 175, denominator: 204, actual: 85.78, met: false,
      });
      const district = (code: string) => r.data.province.inYear.districts.find((d: any) => d.districtCode === code)
        .targetProgress.find((t: any) => t.targetId === 'V.11-district-steering-committees');
      // Thành phố Sơn La's committee of 06/05/2013 was late: not met, 0%.
      expect(district('116')).toMatchObject({ numerator: 0, denominator: 1, actual: 0, met: false, status: 'NOT_MET' });
      expect(district('124')).toMatchObject({ actual: 100, met: true });
      expect(district('128')).toMatchObject({ actual: null, status: 'NOT_APPLICABLE' });
    }
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
