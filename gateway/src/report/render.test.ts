import { programmeAndCulture, type CommuneScore, type ReportData, type Target } from './data';
import { PdfUnavailableError, printPdf } from './pdf';
import { departmentCoverage, farthestCommunes, mainTargets, renderReportHtml, trendGroups, weakestComponents } from './render';

/** The report's page from a small hand-built data set: what is chosen, ordered and escaped, without a platform. */
const target = (id: string, extra: Partial<Target> = {}): Target => ({
  id, clause: 'II.2.1', indicatorCode: `IND_${id}`, kind: 'RATE', targetYear: 2015, deadline: null, comparator: 'GTE', value: 50, unit: 'percent',
  department: 'education', responsibleVi: 'Sở Giáo dục và Đào tạo', wordingVi: '…', labelEn: `Label ${id}`, subShareOf: null, ...extra,
});
const commune = (code: string, total: number | null, components: CommuneScore['components'] = []): CommuneScore => ({
  communeCode: code, name: `Xã <${code}>`, districtCode: '116', districtName: 'Huyện A', total, grade: total === null ? null : 'C', coverage: 1, components,
});
const scored = (indicator: string, points: number) => ({ indicator, source: 'education', value: points * 10, target: 50, points, weight: 5, status: 'SCORED' as const });

function fixture(): ReportData {
  const targets = [
    target('a-2015'),
    target('a-2020', { indicatorCode: 'IND_a-2015', targetYear: 2020, value: 60 }),
    target('sub-2015', { subShareOf: { id: 'a-2015' } }),
    target('deadline', { kind: 'DEADLINE', value: null, indicatorCode: 'IND_deadline', department: 'awards' }),
  ];
  const progress = (targetId: string, actual: number | null) => ({
    targetId, clause: 'II.2.1', indicator: null, source: 'education', targetYear: 2015, target: 50, actual, numerator: null, denominator: null,
    met: actual === null ? null : actual >= 50, gap: actual === null ? null : 50 - actual, previous: null, change: null, due: true,
    status: actual === null ? ('MISSING' as const) : actual >= 50 ? ('MET' as const) : ('NOT_MET' as const),
  });
  return {
    year: 2015,
    scope: { level: 'province', code: '14', name: 'Tỉnh Sơn La' },
    province: { code: '14', name: 'Tỉnh Sơn La' },
    targets,
    progress: [progress('a-2015', 40), progress('sub-2015', 55), progress('deadline', null)],
    children: [{ code: '116', name: 'Huyện <A>', actual: { 'a-2015': 45 } }, { code: '117', name: 'Huyện B', actual: { 'a-2015': null } }],
    trend: [2013, 2014, 2015].map((year) => ({ year, progress: [progress('a-2015', 30 + year - 2013)] })),
    communes: [
      commune('03', 70, [scored('IND_a-2015', 1), scored('IND_sub-2015', 4)]),
      commune('01', 40, [{ ...scored('IND_sub-2015', 0), points: null, value: null, status: 'MISSING' }, scored('IND_a-2015', 2), scored('IND_x', 5)]),
      commune('02', null),
    ],
    score: { total: 55, grade: 'C', coverage: 0.9, unavailableSources: [] },
    model: {
      id: 'M', name: 'Model', description: 'Test model.', minCoverageForGrade: 0.6, bands: [{ grade: 'A', minTotal: 90, label: 'A' }],
      components: ['a-2015', 'sub-2015', 'deadline'].map((id) => ({ indicatorCode: `IND_${id}`, source: 'education', clause: 'II.2.1', targetId: id, targetValue: 50, comparator: 'GTE', weight: 5 })),
    },
    population: 1000,
    populationSource: 'SYNTHETIC: demo',
    synthetic: true,
    problems: [],
    unavailable: [],
    operations: ['target-progress'],
  };
}

describe('annual report rendering', () => {
  it('charts the model\'s rate targets that are not sub-shares, and one trend per indicator with all its targets', () => {
    const data = fixture();
    expect(mainTargets(data).map((t) => t.id)).toEqual(['a-2015']);
    expect(trendGroups(data).map((g) => [g.indicator, g.targets.map((t) => t.id)])).toEqual([['IND_a-2015', ['a-2015', 'a-2020']], ['IND_sub-2015', ['sub-2015']]]);
  });

  it('ranks communes by score (unscored ones left out) and names their weakest scored components', () => {
    const data = fixture();
    expect(farthestCommunes(data.communes).map((c) => c.communeCode)).toEqual(['01', '03']);
    expect(weakestComponents(data.communes[1], 2).map((x) => x.indicator)).toEqual(['IND_a-2015', 'IND_x']);
    expect(departmentCoverage(data)).toEqual([
      ['education', { expected: 5, withData: 4, unavailable: 0, targets: 3, targetsMeasured: 2 }],
    ]);
  });

  it('renders escaped names, the SYNTHETIC banner and ECharts SVG for bars and trends', () => {
    const html = renderReportHtml(fixture(), { generatedAt: new Date('2026-01-02T00:00:00Z') });
    expect(html).toContain('DỮ LIỆU MẪU TỔNG HỢP (SYNTHETIC)');
    expect(html).toContain('Xã &lt;01&gt;');
    expect(html).not.toContain('Xã <01>');
    expect(html).toContain('02/01/2026');
    expect(html).toMatch(/<figure class="bar" data-target="a-2015"><svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(html).toMatch(/<figure class="trend" data-indicator="IND_a-2015" data-targets="a-2015 a-2020"><svg/);
    // The district's name reached the chart as text (ECharts escapes it in the SVG).
    expect(html).toContain('Huyện &lt;A&gt;');
    expect((html.match(/<tr class="[a-z]+" data-target=/g) ?? []).length).toBe(4);
  });

  it('names every status of a target in words, NOT_APPLICABLE included (e.g. a district committee deadline before the district existed)', () => {
    const data = fixture();
    data.progress = data.progress.map((p) => (p.targetId === 'deadline' ? { ...p, status: 'NOT_APPLICABLE' as const } : p));
    const html = renderReportHtml(data, { generatedAt: new Date('2026-01-02T00:00:00Z') });
    expect(html).toContain('Không áp dụng');
    expect(html).not.toContain('undefined');
  });

  it('adds the programme office\'s and culture\'s sections: tasks by lead agency with the overdue ones, money by source, book cabinets by district', () => {
    const task = (id: string, code: string, status: string, overdue: boolean) => ({ task: { id, clause: id.split('-')[0], agency: { code, nameVi: `Sở <${code}>` } }, status, overdue, due: null });
    const answer = { province: { inYear: {
      programmeTasks: [task('V.1-1', 'A', 'DONE', false), task('V.1-2', 'A', 'IN_PROGRESS', true), task('V.4-1', 'B', 'NOT_REPORTED', true)],
      programmeFunding: [{ source: 'TT96_CLC_SUPPORT', planned: 2_000_000_000, allocated: 1_800_000_000, spent: 1_500_000_000, provenance: 'SYNTHETIC' }],
      householdBookCabinets: { value: 25.5, numerator: 51, denominator: 200, provenance: 'SYNTHETIC' },
      districts: [{ districtCode: '116', name: 'Huyện <A>', householdBookCabinets: { value: 30 } }, { districtCode: '117', name: 'Huyện B', householdBookCabinets: null }],
    } } };
    const sections = programmeAndCulture(answer);
    expect(sections.programme!.agencies).toEqual([
      { code: 'A', clause: 'V.1', nameVi: 'Sở <A>', tasks: 2, done: 1, overdue: ['V.1-2'] },
      { code: 'B', clause: 'V.4', nameVi: 'Sở <B>', tasks: 1, done: 0, overdue: ['V.4-1'] },
    ]);
    expect(sections.culture!.districts).toEqual([{ code: '116', name: 'Huyện <A>', value: 30 }, { code: '117', name: 'Huyện B', value: null }]);
    const html = renderReportHtml({ ...fixture(), ...sections }, { generatedAt: new Date('2026-01-02T00:00:00Z') });
    expect(html).toContain('6. Nhiệm vụ của các sở, ngành (mục V) và kinh phí');
    expect(html).toContain('quá hạn cuối năm 2015: <b>2</b>');
    expect(html).toContain('Sở &lt;A&gt;');
    expect(html).toContain('Hỗ trợ TTHTCĐ (TT 96/2008)');
    expect(html).toContain('75,0%'); // spent ÷ planned
    expect(html).toContain('7. Tủ sách gia đình theo huyện');
    expect(html).toContain('8. Phương pháp');
    expect((html.match(/<figure><svg/g) ?? []).length).toBe(2);
    // Without them (a platform without those departments) the report is as before.
    expect(renderReportHtml(fixture(), { generatedAt: new Date('2026-01-02T00:00:00Z') })).toContain('6. Phương pháp');
    expect(programmeAndCulture({ province: { inYear: { programmeTasks: null, householdBookCabinets: undefined } } })).toEqual({});
  });

  it('prints PDFs one after another when asked at once', async () => {
    const [a, b] = await Promise.all([printPdf('<p>một</p>', { footer: 'a' }), printPdf('<p>hai</p>', { footer: 'b' })]);
    expect(a.subarray(0, 5).toString()).toBe('%PDF-');
    expect(b.subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('says the PDF needs Chromium when the machine has none', async () => {
    await expect(printPdf('<p>x</p>', { footer: 'x', executablePath: '/nonexistent/chromium' })).rejects.toThrow(PdfUnavailableError);
  });
});
