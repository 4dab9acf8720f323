import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { artefactDir, launchChromium, loopbackOnly } from './chromium';
import { gql } from './testkit';
import { startPlatform, type RunningPlatform } from './testkit/platform';

/**
 * Issue 22's "Done when", in a real browser (headless Debian Chromium, offline: every request leaving 127.0.0.1
 * is blocked and recorded), at 1366×768: the district-118 reporter downloads the education statistics template
 * for 2016 from the /intake page, fills it (exceljs, here) with one bad cell, uploads it and sees that cell named
 * in the report, fixes it, commits and submits; the approver sees the districts of 2016 with completeness and
 * state, opens 118's submission and approves it; the reporter's next upload is refused PERIOD_LOCKED; the 2016
 * score of a commune of 118 then reads the imported figures; an upload by the 118 reporter holding a commune of
 * 119 is refused naming the row. Screenshots: docs/intake-report.png and docs/intake-approver.png (README,
 * "Department teams"), the others in test-artefacts/intake/.
 */
const DOCS = join(__dirname, '..', 'docs');
const DS = 'education-statistics';
const SCORE = `query($d: String!) { district(code: $d) { inYear(year: 2016) { communes { communeCode learningSociety { provenance components { source provenance } } } } } }`;

/** Column letter of a header name in the data sheet (row 1 holds the CSV header names). */
function letterOf(ws: ExcelJS.Worksheet, name: string): string {
  let found = '';
  ws.getRow(1).eachCell((cell, col) => {
    if (cell.value === name) found = ws.getColumn(col).letter;
  });
  if (!found) throw new Error(`no column ${name}`);
  return found;
}

async function signInAs(page: Page, role: string) {
  await page.locator('#dev-roles:not([hidden])').waitFor();
  await page.selectOption('#dev-role', { label: role });
  await page.locator('#auth-status', { hasText: 'Đã đăng nhập' }).waitFor();
}

/** Downloads the template through the page's link (as a person would), and reads it. */
async function downloadTemplate(page: Page, year: number, unit: string): Promise<ExcelJS.Workbook> {
  await page.fill('#year', String(year));
  await page.fill('#unit', unit);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#template-xlsx')]);
  expect(download.suggestedFilename()).toBe(`${DS}-${year}-${unit}.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync((await download.path())!) as never);
  return wb;
}

/** Chooses the file and presses Enter on the check button (keyboard), then waits for the report. */
async function check(page: Page, wb: ExcelJS.Workbook, name = 'so-lieu.xlsx') {
  await page.setInputFiles('#file', { name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await wb.xlsx.writeBuffer()) });
  await page.evaluate(() => { document.getElementById('report')!.innerHTML = ''; });
  await page.focus('#check-button');
  await page.keyboard.press('Enter');
  await page.locator('#report p').first().waitFor();
}

const problemRows = (page: Page) => page.$$eval('#problems tr', (trs) => trs.slice(1).map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));

describe('the /intake page in headless Chromium: report, commit, submit, approve, lock', () => {
  let p: RunningPlatform;
  let browser: Browser;
  let base: string;
  let analyst: string;
  const shots = artefactDir('intake');

  beforeAll(async () => {
    p = await startPlatform();
    base = p.gatewayUrl.replace(/\/graphql$/, '');
    analyst = await p.token(['analyst'], 'intake-chromium-analyst');
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await p?.stop();
  }, 120_000);

  it('walks the whole life-cycle of district 118\'s 2016 education statistics', async () => {
    const before = await gql(p.gatewayUrl, SCORE, { d: '118' }, { bearer: analyst });
    expect(before.errors).toBeUndefined();
    const commune = before.data.district.inYear.communes[0];
    expect(commune.learningSociety.provenance).toBe('SYNTHETIC');
    const other = (await gql(p.gatewayUrl, '{ district(code: "119") { inYear(year: 2017) { communes { communeCode } } } }', {}, { bearer: analyst }))
      .data.district.inYear.communes[0].communeCode;

    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    const attempted = await loopbackOnly(context);
    const page = await context.newPage();
    await page.goto(`${base}/intake`);
    await signInAs(page, 'reporter:education:118');
    await page.selectOption('#department', 'education');
    await page.selectOption('#dataset', DS);
    // Readable at 1366×768: nothing wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);

    // 1. The template of 2016 with its stored values; the reporter edits every commune's figure, one cell badly.
    const wb = await downloadTemplate(page, 2016, '118');
    const ws = wb.getWorksheet('So lieu')!;
    const col = letterOf(ws, 'childrenUnder3');
    const rows: number[] = [];
    for (let r = 3; r <= ws.rowCount; r++) if (ws.getCell(`A${r}`).value) rows.push(r);
    expect(rows.length).toBeGreaterThan(5);
    const stored = new Map(rows.map((r) => [r, Number(ws.getCell(`${col}${r}`).value)]));
    for (const r of rows) ws.getCell(`${col}${r}`).value = stored.get(r)! + 3;
    ws.getCell(`${col}4`).value = '1.234';
    await check(page, wb);
    const problems = await problemRows(page);
    expect(problems).toEqual([[`${col}4`, '4', 'childrenUnder3', '1.234', 'NOT_NUMBER', expect.stringMatching(/hàng nghìn/)]]);
    expect(await page.isDisabled('#commit-button')).toBe(true);
    await page.screenshot({ path: join(DOCS, 'intake-report.png') });

    // 2. Fixed: no problems, the preview counts the updates; commit by the previewed digest, then submit.
    ws.getCell(`${col}4`).value = stored.get(4)! + 3;
    await check(page, wb);
    await page.locator('#report p.ok').waitFor();
    expect(await page.textContent('#changes')).toContain(`${rows.length} dòng: 0 thêm mới, ${rows.length} sửa`);
    expect(await page.isDisabled('#commit-button')).toBe(false);
    await page.click('#commit-button');
    await page.locator('#report p.ok', { hasText: 'Đã ghi số liệu.' }).waitFor();

    // 2b. The submission runs the data-quality rules for 118 in 2016: the other departments' seeded (SYNTHETIC)
    // labour figures exceed education's working-age population, an ERROR, so it is refused and the page lists
    // the findings with both sides' sources.
    await page.click('#submit-button');
    await page.locator('#submit-status', { hasText: 'QUALITY_ERRORS' }).waitFor();
    const findingRows = () => page.$$eval('#findings-table tr', (trs) => trs.slice(1).map((tr) => ({ cls: tr.className, cells: [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '') })));
    const errors = (await findingRows()).filter((r) => r.cls === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      expect(e.cells[1]).toBe('ERROR');
      expect(`${e.cells[4]} ${e.cells[5]}`).toContain('education/educationStatistics');
    }
    await page.locator('#submit-h').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('submit-h')!.scrollIntoView());
    await page.screenshot({ path: join(DOCS, 'intake-quality.png') });
    // The reporter corrects education's side (20,000 more people of working age per commune, SYNTHETIC), commits
    // again: the errors are gone, the warnings left (the two departments' counts now disagree) need a comment.
    for (const sex of ['workingAgeMale', 'workingAgeFemale']) {
      const c = letterOf(ws, sex);
      for (const r of rows) ws.getCell(`${c}${r}`).value = Number(ws.getCell(`${c}${r}`).value ?? 0) + 10_000;
    }
    await check(page, wb);
    await page.locator('#report p.ok').waitFor();
    await page.click('#commit-button');
    await page.locator('#report p.ok', { hasText: 'Đã ghi số liệu.' }).waitFor();
    await page.click('#submit-button');
    await page.locator('#submit-status', { hasText: 'QUALITY_WARNING_NEEDS_COMMENT' }).waitFor();
    expect((await findingRows()).every((r) => r.cls === 'warning')).toBe(true);
    await page.fill('#submit-comment', 'Số liệu năm 2016 của huyện Quỳnh Nhai');
    await page.click('#submit-button');
    await page.locator('#submit-status', { hasText: 'Đã nộp' }).waitFor();
    await page.screenshot({ path: join(shots, '1-submitted.png') });

    // 3. The approver: the districts of 2016 with completeness and state; opens 118, sees the figures, approves.
    await signInAs(page, 'approver:education');
    await page.click('#periods-button');
    const row118 = page.locator('#periods-table tr[data-unit="118"]');
    await row118.waitFor();
    const rates = await gql(p.gatewayUrl, '{ district(code: "118") { inYear(year: 2016) { educationReporting { kebabName unitsExpected unitsReporting completeness } } } }', {}, { bearer: analyst });
    const rate = rates.data.district.inYear.educationReporting.find((x: any) => x.kebabName === DS);
    expect(rate.unitsReporting).toBe(rows.length);
    expect(await row118.locator('td.completeness').textContent()).toBe(`${rate.unitsReporting}/${rate.unitsExpected} (${rate.completeness}%)`);
    expect(await row118.locator('td.state').textContent()).toBe('Đã nộp');
    expect(await page.locator('#periods-table tr[data-unit]').count()).toBe(12);
    await row118.locator('button.open-unit').focus();
    await page.keyboard.press('Enter');
    await page.locator('#submission-table').waitFor();
    await page.locator('#submission-history td', { hasText: 'SUBMIT' }).first().waitFor();
    // The changes since the last approval (none yet): per row and field, before → after, the under-3s among them.
    await page.locator('#submission-changes table.changes-table').waitFor();
    const changeRows = await page.$$eval('#submission-changes table.changes-table tr', (trs) => trs.slice(1).map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    const firstKey = `${String(ws.getCell('A3').value)}|2016`;
    expect(changeRows.filter((r) => r[3] === firstKey && r[4] === 'Trẻ dưới 3 tuổi').map((r) => [r[5], r[6]])).toContainEqual([String(stored.get(3)), String(stored.get(3)! + 3)]);
    const shownFirst = await page.$$eval('#submission-table tr', (trs) => [...trs[1].querySelectorAll('td')].map((td) => td.textContent));
    expect(shownFirst[0]).toBe(String(ws.getCell('A3').value));
    expect(shownFirst).toContain(String(stored.get(3)! + 3));
    await page.fill('#review-comment', 'Đã kiểm tra, đồng ý');
    await page.screenshot({ path: join(DOCS, 'intake-approver.png') });
    await page.click('#approve-button');
    await page.locator('#review-status', { hasText: 'Đã phê duyệt' }).waitFor();
    await page.locator('#periods-table tr[data-unit="118"] td.state', { hasText: 'Đã phê duyệt' }).waitFor();

    // 4. The reporter's next upload of 2016 is refused: the approved year is locked.
    await signInAs(page, 'reporter:education:118');
    ws.getCell(`${col}3`).value = stored.get(3)! + 5;
    await check(page, wb);
    const locked = await problemRows(page);
    expect(locked.length).toBeGreaterThan(0);
    expect(locked.every((r) => r[4] === 'PERIOD_LOCKED')).toBe(true);
    expect(locked[0][1]).toBe('3');

    // 5. The gateway's 2016 score of a commune of 118 reads the imported figures.
    const after = await gql(p.gatewayUrl, SCORE, { d: '118' }, { bearer: analyst });
    const scored = after.data.district.inYear.communes.find((c: any) => c.communeCode === commune.communeCode);
    expect(['IMPORTED', 'MIXED']).toContain(scored.learningSociety.provenance);
    expect(scored.learningSociety.components.some((c: any) => c.source === 'education' && c.provenance === 'IMPORTED')).toBe(true);

    // 6. A commune of district 119 in the 118 reporter's file is refused, naming its row and cell.
    const wb17 = await downloadTemplate(page, 2017, '118');
    const ws17 = wb17.getWorksheet('So lieu')!;
    ws17.getCell('A3').value = other;
    await check(page, wb17);
    const outside = await problemRows(page);
    expect(outside).toContainEqual(['A3', '3', 'communeCode', other, expect.stringMatching(/^OUTSIDE_(REPORTING_)?UNIT$/), expect.any(String)]);
    await page.screenshot({ path: join(shots, '2-outside-unit.png') });

    // The English switch.
    await page.click('#lang');
    await page.locator('h1', { hasText: 'Enter and check figures' }).waitFor();
    await context.close();
    expect(attempted).toEqual([]);
  }, 240_000);
});
