import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import iconv from 'iconv-lite';
import { dbKinds, gql } from './testkit';
import { startPlatform, type RunningPlatform } from './testkit/platform';

/**
 * The department teams' intake (gateway/src/intake): templates of a unit's year, uploads answered with a report
 * before anything is written, commit by the preview's digest, and a corpus of bad workbooks and CSVs, none of
 * which is accepted, none a 5xx, every refusal coded, nothing written. On SQLite, and MariaDB with MYSQL_URL.
 */
const DS = 'education-statistics';
const STORED = `query($year: Int!, $d: String) { educationStatistics(year: $year, districtCode: $d, first: 1000) {
  nodes { communeCode year updatedAt counts { childrenUnder3 under3InNursery population15To35Male } } } }`;

async function templateBook(base: string, token: string, year: number, unit: string): Promise<ExcelJS.Workbook> {
  const res = await fetch(`${base}/intake/templates/${DS}.xlsx?year=${year}&unitCode=${unit}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return wb;
}

const bytes = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());

async function upload(base: string, token: string | null, file: Buffer, name: string, query: string): Promise<{ status: number; body: any }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), name);
  const res = await fetch(`${base}/intake/${DS}?${query}`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const text = await res.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = { text };
  }
  return { status: res.status, body };
}

/** Column letter of a header name in the data sheet (row 1). */
function letterOf(ws: ExcelJS.Worksheet, name: string): string {
  let found = '';
  ws.getRow(1).eachCell((cell, col) => {
    if (cell.value === name) found = ws.getColumn(col).letter;
  });
  if (!found) throw new Error(`no column ${name}`);
  return found;
}

describe.each(dbKinds)('intake on %s', (kind) => {
  let p: RunningPlatform;
  let base: string;
  let editor: string;
  beforeAll(async () => {
    p = await startPlatform({ kind, only: ['geography', 'education'] });
    base = p.gatewayUrl.replace(/\/graphql$/, '');
    editor = await p.token(['editor:education'], 'intake-test');
  }, 180_000);
  afterAll(async () => {
    await p?.stop();
  });

  describe('templates', () => {
    it('holds Mộc Châu\'s communes of 2012, Vân Hồ\'s future communes among them with their 2012 names', async () => {
      const expected = await gql(p.gatewayUrl, `{ d: district(code: "123") { inYear(year: 2012) { communes { communeCode name } } }
        v: district(code: "128") { inYear(year: 2014) { communes { communeCode } } } }`, {}, { bearer: editor });
      const communes2012: Array<{ communeCode: string; name: string }> = expected.data.d.inYear.communes;
      const vanHo: string[] = expected.data.v.inYear.communes.map((c: any) => c.communeCode);
      const ws = (await templateBook(base, editor, 2012, '123')).getWorksheet('So lieu')!;
      const rows: Array<{ code: string; name: string; year: unknown }> = [];
      for (let r = 3; r <= ws.rowCount; r++) {
        const code = ws.getCell(`${letterOf(ws, 'communeCode')}${r}`).value;
        if (code) rows.push({ code: String(code), name: String(ws.getCell(`${letterOf(ws, 'unitName')}${r}`).value), year: ws.getCell(`${letterOf(ws, 'year')}${r}`).value });
      }
      expect(rows.map((r) => ({ communeCode: r.code, name: r.name }))).toEqual(communes2012);
      expect(rows.every((r) => r.year === 2012)).toBe(true);
      const inTemplate = new Set(rows.map((r) => r.code));
      expect(vanHo.length).toBeGreaterThan(5);
      expect(vanHo.filter((c) => inTemplate.has(c))).toEqual(vanHo);
      // Key cells are locked, value cells are not; the sheet is protected; numbers carry whole-number validation.
      expect(ws.getCell('A3').protection?.locked).not.toBe(false);
      expect(ws.getCell(`${letterOf(ws, 'childrenUnder3')}3`).protection?.locked).toBe(false);
      expect(ws.getCell(`${letterOf(ws, 'childrenUnder3')}3`).dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual' });
      expect(String(ws.getCell(`${letterOf(ws, 'childrenUnder3')}2`).value)).toMatch(/Trẻ dưới 3 tuổi/);
    });

    it('refuses a unit that did not exist that year (Vân Hồ in 2012), and anonymous callers', async () => {
      const res = await fetch(`${base}/intake/templates/${DS}.xlsx?year=2012&unitCode=128`, { headers: { authorization: `Bearer ${editor}` } });
      expect(res.status).toBe(400);
      expect((await res.json()).problems[0].code).toBe('UNIT_NOT_IN_YEAR');
      expect((await fetch(`${base}/intake/templates/${DS}.xlsx?year=2016&unitCode=118`)).status).toBe(401);
    });

    it('from 2025 a commune\'s template holds its own commune; the CSV template has the import\'s header', async () => {
      const today = await gql(p.gatewayUrl, '{ province(code: "14") { inYear(year: 2025) { communes { communeCode name } } } }', {}, { bearer: editor });
      const commune = today.data.province.inYear.communes[0];
      const ws = (await templateBook(base, editor, 2025, commune.communeCode)).getWorksheet('So lieu')!;
      expect(ws.getCell('A3').value).toBe(commune.communeCode);
      expect(ws.getCell(`${letterOf(ws, 'unitName')}3`).value).toBe(commune.name);
      expect(ws.getCell('A4').value).toBeNull();
      const csv = await (await fetch(`${base}/intake/templates/${DS}.csv?year=2025&unitCode=${commune.communeCode}`, { headers: { authorization: `Bearer ${editor}` } })).text();
      const [header, row] = csv.trim().split('\n');
      expect(header.split(',').slice(0, 3)).toEqual(['communeCode', 'year', 'childrenUnder3']);
      expect(row.startsWith(`${commune.communeCode},2025,`)).toBe(true);
    });
  });

  describe('upload', () => {
    it('reports a bad cell by its reference, previews, commits by digest, and writes exactly the file', async () => {
      const wb = await templateBook(base, editor, 2016, '118');
      const ws = wb.getWorksheet('So lieu')!;
      const col = letterOf(ws, 'childrenUnder3');
      const stored = Number(ws.getCell(`${col}4`).value);
      ws.getCell(`${col}4`).value = '1.234';
      const bad = await upload(base, editor, await bytes(wb), 't.xlsx', 'year=2016&unitCode=118&dryRun=true');
      expect(bad.status).toBe(200);
      expect(bad.body.problems).toEqual([expect.objectContaining({ sheet: 'So lieu', cell: `${col}4`, row: 4, field: 'childrenUnder3', value: '1.234', code: 'NOT_NUMBER' })]);
      expect(bad.body.problems[0].messageVi).toMatch(/hàng nghìn/);

      ws.getCell(`${col}4`).value = stored + 7;
      const good = await upload(base, editor, await bytes(wb), 't.xlsx', 'year=2016&unitCode=118&dryRun=true');
      expect(good.status).toBe(200);
      expect(good.body.problems).toEqual([]);
      // The kit counts every seeded (SYNTHETIC) row it would mark as imported as updated; the items name the values that change.
      expect(good.body.changes).toMatchObject({ inserted: 0 });
      expect(good.body.changes.updated).toBeGreaterThanOrEqual(1);
      const items = good.body.changes.items.filter((i: any) => i.action === 'update');
      expect(items).toHaveLength(1);
      expect(items[0].fields).toEqual([{ field: 'childrenUnder3', cell: `${col}4`, before: stored, after: stored + 7 }]);
      const commune = String(ws.getCell('A4').value);

      const wrong = await upload(base, editor, await bytes(wb), 't.xlsx', 'year=2016&unitCode=118&commit=0000');
      expect(wrong.status).toBe(409);
      expect(wrong.body.problems[0].code).toBe('PREVIEW_STALE');
      const done = await upload(base, editor, await bytes(wb), 't.xlsx', `year=2016&unitCode=118&commit=${good.body.digest}`);
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ ok: true, committed: true, changes: { updated: good.body.changes.updated } });
      const after = await gql(p.gatewayUrl, STORED, { year: 2016, d: '118' }, { bearer: editor });
      expect(after.data.educationStatistics.nodes.find((n: any) => n.communeCode === commune).counts.childrenUnder3).toBe(stored + 7);

      // The same preview committed again: the stored data changed since, so its digest is stale.
      const again = await upload(base, editor, await bytes(wb), 't.xlsx', `year=2016&unitCode=118&commit=${good.body.digest}`);
      expect(again.status).toBe(409);
      expect(again.body.problems[0].code).toBe('PREVIEW_STALE');
    }, 60_000);
  });

  describe('the bad-input corpus', () => {
    const cases: Array<{ name: string; file: () => Promise<{ data: Buffer; filename: string; query?: string }>; code: string | RegExp }> = [];
    const q = 'year=2016&unitCode=118&dryRun=true';
    let template: () => Promise<ExcelJS.Workbook>;
    const edit = (fn: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void | Promise<void>) => async () => {
      const wb = await template();
      await fn(wb.getWorksheet('So lieu')!, wb);
      return { data: await bytes(wb), filename: 'bad.xlsx' };
    };
    const cellOf = (ws: ExcelJS.Worksheet, name: string, row = 3) => ws.getCell(`${letterOf(ws, name)}${row}`);
    const csvFile = (text: string | Buffer, filename = 'bad.csv') => async () => ({ data: typeof text === 'string' ? Buffer.from(text) : text, filename });
    const zipOf = async (files: Record<string, string | Buffer>) => {
      const z = new JSZip();
      for (const [n, c] of Object.entries(files)) z.file(n, c);
      return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    };
    const withZipEntries = (extra: Record<string, string | Buffer>, contentTypes?: (ct: string) => string) => async () => {
      const z = await JSZip.loadAsync(await bytes(await template()));
      for (const [n, c] of Object.entries(extra)) z.file(n, c);
      if (contentTypes) z.file('[Content_Types].xml', contentTypes(await z.file('[Content_Types].xml')!.async('string')));
      return { data: await z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), filename: 'bad.xlsx' };
    };
    const header = 'communeCode,year,childrenUnder3,under3InNursery,under3InNurseryNonPublic,children3To5,age3To5InKindergarten,age3To5InKindergartenNonPublic,childrenAge5,age5InKindergarten,childrenAge6,age6EnteringGrade1,outOfSchool6To10,outOfSchool6To10InFlexible,outOfSchool11To14,outOfSchool11To14InFlexible,population15To35Male,population15To35Female,literate15To35Male,literate15To35Female,workingAgeMale,workingAgeFemale,illiterateWorkingAgeMale,illiterateWorkingAgeFemale';
    const zeros = (code: string, year = 2016) => `${code},${year},${Array(22).fill('0').join(',')}`;

    cases.push(
      { name: 'number stored as text', file: edit((ws) => { cellOf(ws, 'childrenUnder3').value = '120'; }), code: 'NUMBER_STORED_AS_TEXT' },
      { name: 'Vietnamese thousands separator', file: edit((ws) => { cellOf(ws, 'childrenUnder3').value = '1.234'; }), code: 'NOT_NUMBER' },
      { name: 'English thousands separator', file: edit((ws) => { cellOf(ws, 'children3To5').value = '1,234'; }), code: 'NOT_NUMBER' },
      { name: 'a decimal in a whole-number cell', file: edit((ws) => { cellOf(ws, 'children3To5').value = 12.5; }), code: 'NOT_NUMBER' },
      { name: 'a negative count', file: edit((ws) => { cellOf(ws, 'children3To5').value = -4; }), code: 'NEGATIVE' },
      { name: 'text in a number cell', file: edit((ws) => { cellOf(ws, 'children3To5').value = 'khoảng 40'; }), code: 'NOT_NUMBER' },
      { name: 'a formula (the template refuses formulas)', file: edit((ws) => { cellOf(ws, 'childrenUnder3').value = { formula: 'B3*2', result: 40 } as never; }), code: 'FORMULA' },
      { name: 'a formula without a cached value, the sheet allowing cached values', file: edit((ws, wb) => {
        const meta = wb.getWorksheet('_meta')!;
        meta.eachRow((r) => { if (r.getCell(1).value === 'formulaValues') r.getCell(2).value = 'use-cached'; });
        cellOf(ws, 'childrenUnder3').value = { formula: 'B3*2' } as never;
      }), code: 'FORMULA_NO_VALUE' },
      { name: 'an error value', file: edit((ws) => { cellOf(ws, 'childrenUnder3').value = { error: '#DIV/0!' } as never; }), code: 'CELL_ERROR' },
      { name: 'merged cells', file: edit((ws) => { ws.mergeCells(`${letterOf(ws, 'childrenUnder3')}5:${letterOf(ws, 'under3InNursery')}5`); }), code: 'MERGED_CELLS' },
      { name: 'a date in a number cell', file: edit((ws) => {
        // As Excel does when a date is typed into a number cell: the value becomes a date serial with a date format.
        cellOf(ws, 'childrenUnder3').value = new Date('2016-05-01T00:00:00Z');
        cellOf(ws, 'childrenUnder3').numFmt = 'dd/mm/yyyy';
      }), code: 'DATE_IN_NUMBER_CELL' },
      { name: 'an empty required cell', file: edit((ws) => { cellOf(ws, 'childrenUnder3').value = null; }), code: 'REQUIRED' },
      { name: 'a part above its whole', file: edit((ws) => { cellOf(ws, 'under3InNursery').value = 999_999; }), code: 'PART_EXCEEDS_WHOLE' },
      { name: 'a header from another template version', file: edit((ws) => { cellOf(ws, 'childrenUnder3', 1).value = 'treDuoi3'; }), code: 'HEADER_MISMATCH' },
      { name: 'an extra column', file: edit((ws) => { ws.getCell(1, 40).value = 'ghiChu'; }), code: 'HEADER_MISMATCH' },
      { name: 'another template version', file: edit((ws, wb) => { wb.getWorksheet('_meta')!.eachRow((r) => { if (r.getCell(1).value === 'templateVersion') r.getCell(2).value = '0-old'; }); }), code: 'TEMPLATE_VERSION' },
      { name: 'the template of another district', file: async () => ({ data: await bytes(await templateBook(base, editor, 2016, '119')), filename: 'x.xlsx' }), code: 'TEMPLATE_MISMATCH' },
      { name: 'the data sheet renamed', file: edit((ws) => { ws.name = 'Sheet1'; }), code: 'SHEET_MISSING' },
      { name: 'no template sheet at all (a plain workbook)', file: async () => {
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet('Sheet1').addRow(header.split(','));
        return { data: await bytes(wb), filename: 'plain.xlsx' };
      }, code: 'NOT_A_TEMPLATE' },
      { name: 'a commune of another district (119) in 118\'s file', file: async () => {
        const other = (await templateBook(base, editor, 2016, '119')).getWorksheet('So lieu')!;
        const wb = await template();
        const ws = wb.getWorksheet('So lieu')!;
        ws.getCell('A3').value = other.getCell('A3').value;
        return { data: await bytes(wb), filename: 'bad.xlsx' };
      }, code: 'OUTSIDE_UNIT' },
      { name: 'a row of another year', file: edit((ws) => { cellOf(ws, 'year').value = 2015; }), code: 'WRONG_YEAR' },
      { name: 'the same commune twice', file: edit((ws) => { ws.getCell('A4').value = ws.getCell('A3').value; }), code: /OUTSIDE_UNIT|DUPLICATE_ROW/ },
      { name: '10,001 rows of garbage', file: async () => {
        const wb = await template();
        const ws = wb.getWorksheet('So lieu')!;
        for (let r = 3; r < 3 + 10_001; r++) ws.getRow(r).values = ['x', 'y', 'z', 'garbage'];
        return { data: await bytes(wb), filename: 'big.xlsx' };
      }, code: 'TOO_MANY_ROWS' },
      { name: 'a macro-enabled .xlsm by name', file: async () => ({ data: await bytes(await template()), filename: 'bad.xlsm' }), code: 'MACRO_ENABLED' },
      { name: 'a macro project inside an .xlsx', file: withZipEntries({ 'xl/vbaProject.bin': Buffer.alloc(512, 1) }), code: 'MACRO_ENABLED' },
      { name: 'a macro-enabled content type', file: withZipEntries({}, (ct) => ct.replace('spreadsheetml.sheet.main+xml', 'sheet.macroEnabled.main+xml')), code: 'MACRO_ENABLED' },
      { name: 'an external link', file: withZipEntries({ 'xl/externalLinks/externalLink1.xml': '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>' }), code: 'EXTERNAL_LINK' },
      { name: 'a ZIP bomb', file: async () => ({ data: await zipOf({ 'xl/workbook.xml': '<x/>', 'xl/worksheets/sheet1.xml': Buffer.alloc(120 * 1024 * 1024, 0x20) }), filename: 'bomb.xlsx' }), code: 'ARCHIVE_TOO_LARGE' },
      { name: 'a ZIP that is not a workbook', file: async () => ({ data: await zipOf({ 'word/document.xml': '<w/>' }), filename: 'doc.xlsx' }), code: 'NOT_A_SPREADSHEET' },
      { name: 'a truncated workbook', file: async () => ({ data: (await bytes(await template())).subarray(0, 3000), filename: 'cut.xlsx' }), code: 'NOT_A_SPREADSHEET' },
      { name: 'an old .xls', file: csvFile(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]), 'old.xls'), code: 'LEGACY_XLS' },
      { name: 'a PNG image', file: csvFile(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'x.png'), code: 'NOT_A_SPREADSHEET' },
      { name: 'an empty file', file: csvFile(Buffer.alloc(0)), code: 'EMPTY_FILE' },
      { name: 'a UTF-16 CSV', file: csvFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${header}\n${zeros('04000')}\n`, 'utf16le')])), code: 'ENCODING' },
      { name: 'a Windows-1258 CSV', file: csvFile(Buffer.concat([iconv.encode(`${header},ghiChu\n${zeros('04000')},Xã Mường Bú\n`, 'windows1258')])), code: 'ENCODING' },
      { name: 'a semicolon CSV', file: csvFile(`${header.replace(/,/g, ';')}\n${zeros('04000').replace(/,/g, ';')}\n`), code: /SEPARATOR|MISSING_COLUMN|UNKNOWN_COLUMN/ },
      { name: 'a CSV with thousands separators', file: csvFile(`${header}\n"04000",2016,"1.234",${Array(21).fill('0').join(',')}\n`), code: /NOT_NUMBER|OUTSIDE_UNIT/ },
      { name: 'a CSV of another district\'s commune', file: async () => {
        const other = await (await fetch(`${base}/intake/templates/${DS}.csv?year=2016&unitCode=119`, { headers: { authorization: `Bearer ${editor}` } })).text();
        return { data: Buffer.from(other), filename: 'other.csv' };
      }, code: 'OUTSIDE_UNIT' },
      { name: 'a file over the size limit', file: async () => ({ data: Buffer.alloc(10 * 1024 * 1024 + 10, 0x41), filename: 'huge.csv' }), code: 'FILE_TOO_LARGE' },
    );

    let before: unknown;
    beforeAll(async () => {
      template = () => templateBook(base, editor, 2016, '118');
      before = (await gql(p.gatewayUrl, STORED, { year: 2016, d: '118' }, { bearer: editor })).data;
    }, 60_000);

    it('has at least 30 cases', () => {
      expect(cases.length).toBeGreaterThanOrEqual(30);
    });

    it.each(cases.map((c) => [c.name, c] as const))('%s: refused with a code, no 5xx, as a dry run and as a commit', async (_n, c) => {
      const f = await c.file();
      for (const query of [q, 'year=2016&unitCode=118&commit=whatever']) {
        const r = await upload(base, editor, f.data, f.filename, f.query ?? query);
        expect(r.status).toBeLessThan(500);
        expect(r.body.ok).toBe(false);
        expect(r.body.committed).not.toBe(true);
        expect(r.body.problems.length).toBeGreaterThan(0);
        for (const problem of r.body.problems) {
          expect(problem.code).toMatch(/^[A-Z_]+$/);
          expect(problem.messageVi).toBeTruthy();
        }
        expect(r.body.problems.map((x: any) => x.code)).toContainEqual(expect.stringMatching(c.code));
        if (query.includes('commit')) expect(r.status).toBeGreaterThanOrEqual(400);
      }
    }, 120_000);

    it('wrote nothing', async () => {
      expect((await gql(p.gatewayUrl, STORED, { year: 2016, d: '118' }, { bearer: editor })).data).toEqual(before);
    });

    it('refuses a locked year with PERIOD_LOCKED, naming the row', async () => {
      const lock = await gql(p.gatewayUrl, 'mutation { lockEducationPeriod(year: 2017, districtCode: "118") { year } }', {}, { bearer: await p.token(['editor:education']) });
      expect(lock.errors).toBeUndefined();
      const wb = await templateBook(base, editor, 2017, '118');
      const ws = wb.getWorksheet('So lieu')!;
      ws.getCell(`${letterOf(ws, 'childrenUnder3')}3`).value = Number(ws.getCell(`${letterOf(ws, 'childrenUnder3')}3`).value ?? 0) + 1;
      const r = await upload(base, editor, await bytes(wb), 'l.xlsx', 'year=2017&unitCode=118&dryRun=true');
      expect(r.status).toBe(200);
      expect(r.body.problems[0]).toMatchObject({ code: 'PERIOD_LOCKED', row: expect.any(Number) });
      const c = await upload(base, editor, await bytes(wb), 'l.xlsx', `year=2017&unitCode=118&commit=${r.body.digest}`);
      expect(c.status).toBeGreaterThanOrEqual(400);
      expect(c.body.problems[0].code).toBe('PERIOD_LOCKED');
    }, 60_000);

    it('refuses anonymous uploads with 401', async () => {
      const r = await upload(base, null, Buffer.from(`${header}\n`), 'a.csv', q);
      expect(r.status).toBe(401);
    });
  });
});
