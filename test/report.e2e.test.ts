import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findOperation } from '../gateway/src/operations';
import { num } from '../gateway/src/report/labels';
import { artefactDir } from './chromium';
import { gql, MYSQL_URL } from './testkit';
import { startPlatform, type RunningPlatform } from './testkit/platform';

/**
 * The annual progress report through the gateway: every catalogue target in the 2015 report with the same
 * numbers as `targetProgress` answers through GraphQL, one SVG chart or more per main target, and a PDF of
 * several pages whose first pages are turned into PNGs (pdftoppm) kept in test-artefacts/report/.
 */
const vi = (v: number | null) => (v === null ? '–' : v.toFixed(2).replace('.', ','));
const signedVi = (v: number | null) => (v === null ? '–' : `${v > 0 ? '+' : v < 0 ? '−' : '±'}${vi(Math.abs(v))}`);
/** The 2015 report's target table as rendered on SQLite, to compare with MariaDB's. */
let sqliteTargetTable: string | undefined;
const targetTable = (html: string) => /<table class="targets">[\s\S]*?<\/table>/.exec(html)?.[0];
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('annual progress report', () => {
  let p: RunningPlatform;
  let base: string;
  let token: string;
  const out = artefactDir('report');

  beforeAll(async () => {
    p = await startPlatform();
    base = p.gatewayUrl.replace(/\/graphql$/, '');
    token = await p.token(['analyst']);
  }, 180_000);
  afterAll(() => p?.stop());

  const get = (path: string, auth = true) => fetch(`${base}${path}`, { headers: auth ? { authorization: `Bearer ${token}` } : {} });

  it('asks for the same authentication as /graphql', async () => {
    const res = await get('/reports/2015.html', false);
    expect(res.status).toBe(401);
    expect(await res.text()).toMatch(/Authentication required/);
    expect((await fetch(`${base}/reports/2015.html`, { headers: { authorization: 'Bearer forged' } })).status).toBe(401);
  });

  it('refuses a year outside the programme and a malformed district, naming the problem', async () => {
    const res = await get('/reports/2031.html');
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/year must be a data year of the programme, 2013–2024; got 2031/);
    const bad = await get('/reports/2015.html?district=11x');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/district must be a three-digit GSO code/);
    expect((await get('/reports/2015.docx')).status).toBe(404);
  });

  it('2015 HTML: every catalogue target with the numbers of targetProgress, and SVG charts per main target', async () => {
    const res = await get('/reports/2015.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    writeFileSync(join(out, 'bao-cao-2015.html'), html);
    sqliteTargetTable = targetTable(html);
    expect(html).toContain('BÁO CÁO TIẾN ĐỘ THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG');
    expect(html).toContain('DỮ LIỆU MẪU TỔNG HỢP (SYNTHETIC)');
    // Nothing for a browser to fetch: no script, no external stylesheet or image.
    expect(html).not.toMatch(/<script|<link|<img|https?:\/\/(?!www\.w3\.org)/);

    const targets = await gql(p.gatewayUrl, findOperation('programme-targets')!.document, {}, { bearer: token });
    const summary = await gql(p.gatewayUrl, findOperation('province-year-summary')!.document, { province: '14', year: 2015 }, { bearer: token });
    expect(targets.errors).toBeUndefined();
    expect(summary.errors).toBeUndefined();
    // The programme office's and culture's sections (issue 25): the overdue tasks and TT 96/2008 money of the gateway's answer.
    const pc = await gql(p.gatewayUrl, findOperation('programme-and-culture')!.document, { province: '14', year: 2015 }, { bearer: token });
    expect(pc.errors).toBeUndefined();
    const overdue = pc.data.province.inYear.programmeTasks.filter((t: any) => t.overdue).length;
    expect(html).toContain(`quá hạn cuối năm 2015: <b>${overdue}</b>`);
    const tt96 = pc.data.province.inYear.programmeFunding.find((f: any) => f.source === 'TT96_CLC_SUPPORT');
    const dong = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 0, maximumFractionDigits: 0 });
    expect(html).toContain(`<td>Hỗ trợ TTHTCĐ (TT 96/2008)</td><td class="num">${dong.format(tt96.planned)}</td><td class="num">${dong.format(tt96.allocated)}</td><td class="num">${dong.format(tt96.spent)}</td>`);
    expect(html).toContain('10. Tủ sách gia đình theo huyện');
    expect(html).toMatch(/<figure class="map culture"><svg[^>]*data-subject="CU_HOUSEHOLD_BOOK_CABINETS" data-year="2015"/);
    const progress = new Map<string, any>(summary.data.province.inYear.targetProgress.map((t: any) => [t.targetId, t]));
    expect(targets.data.targets.length).toBeGreaterThan(30);
    for (const target of targets.data.targets) {
      const row = new RegExp(`<tr[^>]*data-target="${target.id.replace(/\./g, '\\.')}"[^>]*>([\\s\\S]*?)</tr>`).exec(html);
      expect(row).not.toBeNull();
      const cells = [...row![1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => text(m[1]).trim());
      const tp = progress.get(target.id);
      expect(cells[0]).toBe(target.clause);
      expect(cells[4]).toBe(tp.actual === null ? '–' : `${vi(tp.actual)}%`);
      expect(cells[6]).toBe(vi(tp.gap));
      expect(cells[7]).toBe(signedVi(tp.change));
      expect(cells[5]).toMatch(tp.met === true ? /^Đạt/ : tp.met === false ? /^Chưa đạt/ : /^(Không có số liệu|Chưa đo được|Sở không trả lời)/);
      if (target.kind === 'RATE' && tp.target !== null) expect(cells[3]).toContain(tp.target.toFixed(target.value % 1 ? 1 : 0).replace('.', ','));
    }

    const model = summary.data.province.inYear.learningSociety.model;
    const main = targets.data.targets.filter((t: any) => t.kind === 'RATE' && !t.subShareOf && model.components.some((c: any) => c.targetId === t.id));
    expect(main.length).toBeGreaterThan(10);
    for (const t of main) {
      const bar = new RegExp(`<figure class="bar" data-target="${t.id.replace(/\./g, '\\.')}"><svg[\\s\\S]*?</svg></figure>`).exec(html);
      expect(bar).not.toBeNull();
      // ECharts drew the districts' bars (one <path> per bar at least) and the target's rule line.
      expect((bar![0].match(/<path/g) ?? []).length).toBeGreaterThanOrEqual(12);
    }
    // A trend per indicator that a rate target is set on, carrying every target on it.
    for (const t of targets.data.targets.filter((x: any) => x.kind === 'RATE' && x.indicatorCode && x.value !== null)) {
      expect(html).toMatch(new RegExp(`<figure class="trend" data-indicator="${t.indicatorCode}" data-targets="[^"]*\\b${t.id.replace(/\./g, '\\.')}\\b[^"]*"><svg`));
    }
    // The maps section: the score by district (12 paths with GSO codes) and by today's 75 communes (read CURRENT).
    const maps = [...html.matchAll(/<figure class="map"><svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(maps).toHaveLength(2);
    expect((maps[0].match(/<path class="unit" data-code="\d{3}"/g) ?? []).length).toBe(12);
    expect((maps[1].match(/<path class="unit" data-code="\d{5}"/g) ?? []).length).toBe(75);
    expect(html).toContain('Bản đồ chỉ số học tập năm 2015');
    // Ten communes, from the dashboard operation's scores.
    expect((html.match(/<table class="communes">[\s\S]*?<\/table>/)![0].match(/<tr>/g) ?? []).length).toBe(11);
  }, 180_000);

  it('2016 HTML: the reporting rates per dataset, recomputed by hand from the reporting-rates operation (the export dataset)', async () => {
    const html = await (await get('/reports/2016.html')).text();
    const rates = await gql(p.gatewayUrl, findOperation('reporting-rates')!.document, { province: '14', year: 2016 }, { bearer: token });
    expect(rates.errors).toBeUndefined();
    const y = rates.data.province.inYear;
    const all = [...y.educationReporting, ...y.vocationalReporting, ...y.workforceReporting, ...y.awardsReporting];
    const datasets = [...new Set(all.map((r: any) => `${r.department}/${r.kebabName}`))];
    const districts = (await gql(p.gatewayUrl, '{ province(code: "14") { inYear(year: 2016) { districts { districtCode } } } }', {}, { bearer: token }))
      .data.province.inYear.districts.map((d: any) => d.districtCode).sort();
    expect(districts).toHaveLength(12);
    expect(datasets).toContain('education/education-statistics');
    for (const ds of datasets) {
      const mine = all.filter((r: any) => `${r.department}/${r.kebabName}` === ds);
      expect(mine.map((r: any) => r.unitCode).sort()).toEqual(districts);
      const reporting = mine.reduce((n: number, r: any) => n + r.unitsReporting, 0);
      const expected = mine.reduce((n: number, r: any) => n + r.unitsExpected, 0);
      const row = new RegExp(`<tr data-dataset="${ds}">([\\s\\S]*?)</tr>`).exec(html);
      expect(row).not.toBeNull();
      const cells = [...row![1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => text(m[1]).trim());
      expect(cells.slice(2)).toEqual([
        `${reporting} / ${expected}`, `${num((100 * reporting) / expected, 1)}%`,
        `${mine.filter((r: any) => r.state === 'APPROVED').length} / 12`, `${mine.filter((r: any) => r.timeliness === 'ON_TIME').length} / 12`,
        `${mine.filter((r: any) => r.timeliness === 'LATE').length} / 12`,
      ]);
    }
  });
  it('2015 HTML: data quality, the gaps in people and the forecasts, with the gateway\'s numbers', async () => {
    const html = await (await get('/reports/2015.html')).text();
    for (const h of ['6. Chất lượng số liệu năm 2015', '7. Số người còn thiếu để đạt chỉ tiêu năm 2015', '8. Dự báo khả năng đạt chỉ tiêu', '9. Nhiệm vụ của các sở, ngành', '11. Phương pháp']) expect(html).toContain(h);
    const [gaps, forecasts, quality] = await Promise.all(['target-gaps', 'target-forecasts', 'province-data-quality'].map((name) =>
      gql(p.gatewayUrl, findOperation(name)!.document, { province: '14', year: 2015 }, { bearer: token })));
    for (const r of [gaps, forecasts, quality]) expect(r.errors).toBeUndefined();
    const section = (cls: string) => new RegExp(`<table class="${cls}">[\\s\\S]*?</table>`).exec(html)![0];
    const row = (cls: string, id: string) => new RegExp(`<tr data-target="${id.replace(/\./g, '\\.')}"[^>]*>([\\s\\S]*?)</tr>`).exec(section(cls))?.[1] ?? '';
    const nursery = gaps.data.province.inYear.targetProgress.find((t: any) => t.targetId === 'II.2.1-nursery-under3-2015');
    expect(nursery.shortfall).toEqual(expect.any(Number));
    const cells = text(row('gaps', 'II.2.1-nursery-under3-2015'));
    expect(cells).toContain(nursery.shortfall.toLocaleString('vi-VN'));
    expect(cells).toContain(nursery.shortfallOfUnits.toLocaleString('vi-VN'));
    expect(cells).toContain('trẻ em');
    const f2020 = forecasts.data.province.inYear.targetProgress.find((t: any) => t.targetId === 'II.2.1-nursery-under3-2020').forecast;
    expect(section('forecasts')).toContain(`data-target="II.2.1-nursery-under3-2020" data-forecast="${f2020.status}"`);
    const findings = quality.data.province.inYear.dataQuality;
    expect(text(html)).toContain(`${findings.length} phát hiện`);
    for (const f of findings.slice(0, 5)) expect(section('quality-findings')).toContain(f.unitCode);
  }, 180_000);

  it('2015 PDF: several pages printed by Chromium; the first pages as PNGs', async () => {
    const res = await get('/reports/2015.pdf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const file = join(out, 'bao-cao-2015.pdf');
    writeFileSync(file, pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
    expect(pages).toBeGreaterThanOrEqual(6);
    execFileSync('pdftoppm', ['-r', '70', '-png', '-f', '1', '-l', '4', file, join(out, 'page')]);
    expect(readdirSync(out).filter((f) => /^page-\d+\.png$/.test(f))).toHaveLength(4);
    // The page that carries the maps, as a PNG of its own (the README shows it).
    const pageTexts = execFileSync('pdftotext', ['-layout', file, '-']).toString().split('\f');
    const mapPage = pageTexts.findIndex((t) => t.includes('Bản đồ chỉ số học tập')) + 1;
    expect(mapPage).toBeGreaterThan(0);
    execFileSync('pdftoppm', ['-r', '80', '-png', '-singlefile', '-f', String(mapPage), '-l', String(mapPage), file, join(out, 'maps-page')]);
    expect(readdirSync(out)).toContain('maps-page.png');
  }, 180_000);

  it('a district report: the district and its communes', async () => {
    const res = await get('/reports/2015.html?district=116');
    expect(res.status).toBe(200);
    const html = await res.text();
    writeFileSync(join(out, 'bao-cao-2015-116.html'), html);
    expect(html).toMatch(/\(mã 116\) và các xã, phường, thị trấn/);
    expect(html).toContain('So sánh các xã, phường, thị trấn');
    expect((html.match(/<figure class="bar"/g) ?? []).length).toBeGreaterThan(10);
  }, 180_000);

  it('with a department down, still renders and says which department did not answer', async () => {
    await p.stopSubgraph('awards');
    const res = await get('/reports/2015.html');
    expect(res.status).toBe(200);
    const html = await res.text();
    writeFileSync(join(out, 'bao-cao-2015-awards-down.html'), html);
    expect(html).toMatch(/Sở không trả lời khi lập báo cáo<\/b>: Ban Thi đua – Khen thưởng, Hội Khuyến học tỉnh \(awards\)/);
    expect(html).toContain('BÁO CÁO CHƯA ĐẦY ĐỦ');
    const row = /<tr[^>]*data-target="II\.2\.3-studious-families-2015"[^>]*>([\s\S]*?)<\/tr>/.exec(html)![1];
    expect(text(row)).toContain('Sở không trả lời');
    // The other departments' targets are still there, with their numbers.
    expect(text(/<tr[^>]*data-target="II\.2\.2-literacy-15-35-2015"[^>]*>([\s\S]*?)<\/tr>/.exec(html)![1])).toMatch(/\d+,\d\d%/);
  }, 180_000);
});

(MYSQL_URL ? describe : describe.skip)('annual progress report on mysql', () => {
  let p: RunningPlatform;
  beforeAll(async () => {
    p = await startPlatform({ kind: 'mysql' });
  }, 240_000);
  afterAll(() => p?.stop());

  it('renders the same 2015 target table on mysql as on sqlite', async () => {
    const token = await p.token(['analyst']);
    const res = await fetch(`${p.gatewayUrl.replace(/\/graphql$/, '')}/reports/2015.html`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const table = targetTable(await res.text());
    expect(table).toBeDefined();
    expect(table).toBe(sqliteTargetTable);
  }, 180_000);
});
