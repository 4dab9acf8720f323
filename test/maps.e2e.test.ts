import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { artefactDir } from './chromium';
import { gql } from './testkit';
import { startPlatform, type RunningPlatform } from './testkit/platform';

/**
 * Choropleth maps through the gateway: /maps/<subject>.svg draws the units that reported in the year (districts up to
 * 2024, with Mộc Châu over Vân Hồ's territory before 2013; today's 75 communes from 2025 or with boundaries=CURRENT), a
 * fill per class of the figures the same request reads through GraphQL, the legend, the sources and SYNTHETIC.
 */
const unitPaths = (svg: string) => [...svg.matchAll(/<path class="unit" data-code="([^"]+)" data-value="([^"]*)" fill="([^"]+)"/g)].map((m) => ({ code: m[1], value: m[2] === '' ? null : Number(m[2]), fill: m[3] }));

describe('choropleth maps', () => {
  let p: RunningPlatform;
  let base: string;
  let token: string;

  beforeAll(async () => {
    p = await startPlatform();
    base = p.gatewayUrl.replace(/\/graphql$/, '');
    token = await p.token(['analyst']);
  }, 180_000);
  afterAll(() => p?.stop());

  const get = (path: string, auth = true) => fetch(`${base}${path}`, { headers: auth ? { authorization: `Bearer ${token}` } : {} });
  const svgOf = async (path: string) => {
    const res = await get(path);
    if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    return res.text();
  };

  it('draws the 12 districts of 2015 with their codes, a fill per class of the score and a legend of those classes', async () => {
    const svg = await svgOf('/maps/score.svg?year=2015');
    writeFileSync(join(artefactDir('maps'), 'score-2015.svg'), svg);
    const paths = unitPaths(svg);
    const answer = await gql(p.gatewayUrl, `{ province(code: "14") { inYear(year: 2015) { districts { districtCode name learningSociety { total } } } } }`, {}, { bearer: token });
    const districts = answer.data.province.inYear.districts as Array<{ districtCode: string; name: string; learningSociety: { total: number | null } }>;
    expect(districts).toHaveLength(12);
    expect(paths.map((x) => x.code).sort()).toEqual(districts.map((d) => d.districtCode).sort());
    for (const d of districts) {
      const drawn = paths.find((x) => x.code === d.districtCode)!;
      expect(drawn.value).toBe(d.learningSociety.total);
    }
    // Equal values share a class; the classes drawn are legend entries, and the score's classes are fixed 0-100 bands.
    const legendFills = [...svg.matchAll(/<rect x="\d+" y="\d+" width="22" height="14" fill="([^"]+)"/g)].map((m) => m[1]);
    for (const x of paths) expect(legendFills).toContain(x.fill);
    const band = (v: number) => Math.min(4, Math.floor(v / 20));
    for (const a of paths) for (const b of paths) if (a.value !== null && b.value !== null && band(a.value) === band(b.value)) expect(a.fill).toBe(b.fill);
    expect(svg).toContain('80 – 100');
    // Names of the year, the sources, and the label of synthetic figures.
    expect(svg).toContain('Mộc Châu');
    expect(svg).toMatch(/SYNTHETIC/);
    expect(svg).toMatch(/Ranh giới \/ boundaries: github\.com\/daohoangson\/dvhcvn/);
    expect(svg).toMatch(/Điểm xã hội học tập năm 2015/);
    // No element ids but the per-map hatch pattern: two maps can share a page.
    expect([...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1])).toEqual([expect.stringMatching(/^m[0-9a-f]{8}-nodata$/)]);
  });

  it('draws 11 districts for 2012, Mộc Châu covering Vân Hồ (formed 10/06/2013) as one shape', async () => {
    const paths = unitPaths(await svgOf('/maps/EDU_KINDERGARTEN_3_5.svg?year=2012'));
    expect(paths).toHaveLength(11);
    expect(paths.map((x) => x.code)).toContain('123');
    expect(paths.map((x) => x.code)).not.toContain('128');
  });

  it('draws the 75 communes of today for 2015 read with boundaries=CURRENT, and for 2025, never communes on a district map', async () => {
    const currentSvg = await svgOf('/maps/score.svg?year=2015&boundaries=CURRENT');
    writeFileSync(join(artefactDir('maps'), 'score-2015-current.svg'), currentSvg);
    const current = unitPaths(currentSvg);
    expect(current).toHaveLength(75);
    expect(new Set(current.map((x) => x.code)).size).toBe(75);
    const answer = await gql(p.gatewayUrl, `{ province(code: "14") { communes(validOn: "2025-07-01") { code inYear(year: 2015, boundaries: CURRENT) { complete learningSociety { total } } } } }`, {}, { bearer: token });
    for (const c of answer.data.province.communes as Array<{ code: string; inYear: { complete: boolean; learningSociety: { total: number | null } } }>) {
      const drawn = current.find((x) => x.code === c.code)!;
      expect(drawn.value).toBe(c.inYear.learningSociety.total);
      // A commune of today that its predecessors cannot complete is drawn hatched, not coloured.
      if (!c.inYear.complete) expect(drawn.fill).toMatch(/^url\(#m[0-9a-f]{8}-nodata\)$/);
    }
    expect(unitPaths(await svgOf('/maps/score.svg?year=2025'))).toHaveLength(75);
    // A district-level map before 2025 holds no commune code.
    expect(unitPaths(await svgOf('/maps/score.svg?year=2020')).every((x) => /^\d{3}$/.test(x.code))).toBe(true);
  });

  it('maps an indicator of the catalogue with the values GraphQL answers', async () => {
    const svg = await svgOf('/maps/EDU_KINDERGARTEN_3_5.svg?year=2015');
    const answer = await gql(p.gatewayUrl, `{ province(code: "14") { inYear(year: 2015) { districts { districtCode educationIndicators { code value } } } } }`, {}, { bearer: token });
    const paths = unitPaths(svg);
    expect(paths).toHaveLength(12);
    for (const d of answer.data.province.inYear.districts as Array<{ districtCode: string; educationIndicators: Array<{ code: string; value: number | null }> }>) {
      expect(paths.find((x) => x.code === d.districtCode)!.value).toBe(d.educationIndicators.find((i) => i.code === 'EDU_KINDERGARTEN_3_5')!.value);
    }
    expect(svg).toMatch(/Tỷ lệ trẻ 3-5 tuổi đến lớp mẫu giáo năm 2015/);
  });

  it('maps the grade as categories', async () => {
    const svg = await svgOf('/maps/grade.svg?year=2015&boundaries=CURRENT');
    expect(unitPaths(svg)).toHaveLength(75);
    expect(svg).toMatch(/Xếp loại xã hội học tập năm 2015/);
  });

  it('refuses without a token, an unknown subject, a bad year or boundaries, with codes', async () => {
    expect((await get('/maps/score.svg?year=2015', false)).status).toBe(401);
    const unknown = await get('/maps/NO_SUCH_INDICATOR.svg?year=2015');
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    const year = await get('/maps/score.svg?year=20x5');
    expect(year.status).toBe(400);
    expect((await year.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await get('/maps/score.svg?year=2015&boundaries=TODAY')).status).toBe(400);
    // No scoring model covers 2012: the caller's question, refused as such (not a failed department).
    const unscored = await get('/maps/score.svg?year=2012');
    expect(unscored.status).toBe(400);
    expect((await unscored.json()).errors[0].message).toMatch(/No scoring model covers 2012/);
    expect((await get('/maps/score.png?year=2015')).status).toBe(404);
  });
});
