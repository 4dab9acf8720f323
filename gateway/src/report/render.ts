import { fundingChart, plainBarChart, trendChart, unitBarChart } from './charts';
import type { CommuneScore, CultureSection, ProgrammeSection, Progress, QualitySide, ReportData, Target } from './data';
import { COMPARATOR_SIGN, DEPARTMENT_VI, num, signed, targetLabel } from './labels';

/**
 * The annual progress report as one self-contained HTML page in Vietnamese, for the province's people's
 * committee (QĐ 354/QĐ-UBND, Điều 2 and V.1: the education department reports progress every year). The
 * same HTML is served at /reports/<year>.html and printed to PDF by headless Chromium.
 */
const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STATUS_VI: Record<Progress['status'], string> = {
  MET: 'Đạt',
  NOT_MET: 'Chưa đạt',
  MISSING: 'Không có số liệu',
  SOURCE_UNAVAILABLE: 'Sở không trả lời',
  NOT_MEASURED: 'Chưa đo được',
  NOT_APPLICABLE: 'Không áp dụng',
};

/** The targets that get a bar chart and a trend: the scoring model's own targets, rates only, not sub-shares. */
export function mainTargets(data: ReportData): Target[] {
  const inModel = new Set((data.model?.components ?? []).map((c) => c.targetId));
  return data.targets.filter((t) => inModel.has(t.id) && t.kind === 'RATE' && !t.subShareOf && t.value !== null);
}

function targetText(t: Target, p: Progress | undefined): string {
  if (t.kind === 'DEADLINE') {
    const by = t.deadline ? `trước ${t.deadline.split('-').reverse().join('/')}` : '';
    return p?.target !== null && p?.target !== undefined ? `${num(p.target, 0)}% đúng hạn ${by}` : by || '–';
  }
  const v = p?.target ?? t.value;
  return v === null ? '–' : `${COMPARATOR_SIGN[t.comparator] ?? ''} ${num(v, v % 1 ? 1 : 0)}%`;
}

function statusText(p: Progress | undefined): string {
  if (!p) return 'Không có số liệu';
  const s = p.status ?? (p.met === true ? 'MET' : p.met === false ? 'NOT_MET' : 'MISSING');
  return `${STATUS_VI[s]}${p.due === false ? ' (chưa đến hạn)' : ''}`;
}

function statusClass(p: Progress | undefined): string {
  if (!p || p.met === null || p.met === undefined) return 'nodata';
  return p.met ? 'met' : 'notmet';
}

function componentLabel(data: ReportData, indicator: string): string {
  const fromModel = data.model?.components.find((c) => c.indicatorCode === indicator)?.targetId;
  const t = data.targets.find((x) => x.id === fromModel) ?? data.targets.find((x) => x.indicatorCode === indicator && (!data.model || data.model.components.some((c) => c.targetId === x.id)))
    ?? data.targets.find((x) => x.indicatorCode === indicator);
  return t ? targetLabel(t) : indicator;
}

/** The small multiples: one per indicator that a RATE target of the catalogue is set on, with all its targets. */
export function trendGroups(data: ReportData): Array<{ indicator: string; targets: Target[] }> {
  const groups = new Map<string, Target[]>();
  for (const t of data.targets) {
    if (t.kind !== 'RATE' || !t.indicatorCode || t.value === null) continue;
    groups.set(t.indicatorCode, [...(groups.get(t.indicatorCode) ?? []), t]);
  }
  return [...groups.entries()].map(([indicator, targets]) => ({ indicator, targets }));
}

/**
 * A commune's weakest components: the scored ones earning the lowest share of their weight. Components without
 * data are counted apart: several indicators exist only at district level, so they are missing in every commune.
 */
export function weakestComponents(c: CommuneScore, n = 3) {
  return c.components
    .filter((x) => x.status === 'SCORED' && x.points !== null)
    .sort((a, b) => a.points! / a.weight - b.points! / b.weight || a.indicator.localeCompare(b.indicator))
    .slice(0, n);
}

/** The ten communes farthest from a learning society: lowest score first; communes with no score at all last. */
export function farthestCommunes(communes: CommuneScore[], n = 10): CommuneScore[] {
  return [...communes]
    .filter((c) => c.total !== null)
    .sort((a, b) => a.total! - b.total! || a.communeCode.localeCompare(b.communeCode))
    .slice(0, n);
}

/**
 * Per department and dataset, over the scope's reporting units: communes with rows of all expected (the sums, not
 * an average of rates), and how many units are approved, submitted on time, or late.
 */
export function reportingSummary(data: ReportData) {
  const by = new Map<string, { department: string; dataset: string; units: number; expected: number; reporting: number; approved: number; onTime: number; late: number }>();
  for (const r of data.reporting ?? []) {
    const k = `${r.department}|${r.kebabName}`;
    const row = by.get(k) ?? by.set(k, { department: r.department, dataset: r.kebabName, units: 0, expected: 0, reporting: 0, approved: 0, onTime: 0, late: 0 }).get(k)!;
    row.units += 1;
    row.expected += r.unitsExpected;
    row.reporting += r.unitsReporting;
    if (r.state === 'APPROVED') row.approved += 1;
    if (r.timeliness === 'ON_TIME') row.onTime += 1;
    if (r.timeliness === 'LATE') row.late += 1;
  }
  return [...by.values()];
}

/** Per department: the score components of every commune it should feed, and how many carry a value. */
export function departmentCoverage(data: ReportData) {
  const by = new Map<string, { expected: number; withData: number; unavailable: number; targets: number; targetsMeasured: number }>();
  const row = (d: string) => by.get(d) ?? by.set(d, { expected: 0, withData: 0, unavailable: 0, targets: 0, targetsMeasured: 0 }).get(d)!;
  for (const c of data.communes) {
    for (const x of c.components) {
      const r = row(x.source);
      r.expected += 1;
      if (x.status === 'SCORED') r.withData += 1;
      if (x.status === 'SOURCE_UNAVAILABLE') r.unavailable += 1;
    }
  }
  // The drill-down's progress carries no source: the catalogue says which department measures each target.
  const department = new Map(data.targets.map((t) => [t.id, t.department]));
  for (const p of data.progress) {
    const r = row(p.source ?? department.get(p.targetId) ?? 'education');
    r.targets += 1;
    if (p.actual !== null && p.actual !== undefined) r.targetsMeasured += 1;
  }
  return [...by.entries()].sort(([a], [b]) => a.localeCompare(b));
}

export function renderReportHtml(data: ReportData, opts: { generatedAt: Date }): string {
  const progressOf = new Map(data.progress.map((p) => [p.targetId, p]));
  const scopeName = data.scope.level === 'province' ? `tỉnh ${data.province.name.replace(/^Tỉnh\s+/i, '')}` : data.scope.name;
  const childWord = data.scope.level === 'province' ? 'huyện, thành phố' : 'xã, phường, thị trấn';
  const counted = data.progress.filter((p) => p.met !== null && p.met !== undefined);
  const met = counted.filter((p) => p.met).length;
  const main = mainTargets(data);
  const date = opts.generatedAt.toISOString().slice(0, 10).split('-').reverse().join('/');
  const syntheticBanner = data.synthetic
    ? `<div class="synthetic">DỮ LIỆU MẪU TỔNG HỢP (SYNTHETIC) — các số liệu thống kê trong báo cáo này do máy sinh ra để trình diễn, không phải số liệu chính thức. Chỉ đơn vị hành chính là thật.</div>`
    : '';
  const missingBanner = data.unavailable.length
    ? `<div class="synthetic">BÁO CÁO CHƯA ĐẦY ĐỦ — không nhận được số liệu của: ${esc(data.unavailable.map((d) => DEPARTMENT_VI[d] ?? d).join('; '))}. Các chỉ tiêu của các sở này ghi "Sở không trả lời".</div>`
    : '';
  const smallBanner = data.synthetic ? '<span class="synthetic-tag">SYNTHETIC</span>' : '';
  // Sections after 5 are numbered by what the data holds: data quality (6), gaps and forecasts (7, 8), then the
  // programme office's and culture's sections, then the method.
  const afterOutlook = 6 + (data.quality ? 1 : 0) + (data.outlook ? 2 : 0);
  const sectionsAfter = {
    programme: afterOutlook,
    culture: afterOutlook + (data.programme ? 1 : 0),
    method: afterOutlook + (data.programme ? 1 : 0) + (data.culture ? 1 : 0),
  };

  const targetRows = data.targets.map((t) => {
    const p = progressOf.get(t.id);
    return `<tr class="${statusClass(p)}" data-target="${esc(t.id)}">
  <td class="clause">${esc(t.clause)}</td>
  <td>${esc(targetLabel(t))}<div class="dept">${esc(DEPARTMENT_VI[t.department] ?? t.department)}</div></td>
  <td class="c">${esc(t.targetYear ?? '–')}</td>
  <td class="n">${esc(targetText(t, p))}</td>
  <td class="n">${p?.actual === null || p?.actual === undefined ? '–' : `${num(p.actual)}%`}</td>
  <td class="c status">${esc(statusText(p))}</td>
  <td class="n">${esc(p?.gap === null || p?.gap === undefined ? '–' : num(p.gap))}</td>
  <td class="n">${esc(signed(p?.change))}</td>
</tr>`;
  }).join('\n');

  const bars = main.map((t) => {
    const p = progressOf.get(t.id);
    const svg = unitBarChart({
      title: `${t.clause} · ${targetLabel(t)} (${t.targetYear ?? ''})`,
      units: data.children.map((c) => ({ name: c.name, value: c.actual[t.id] ?? null })),
      target: p?.target ?? t.value!,
      comparator: t.comparator,
      overall: p?.actual ?? null,
      overallLabel: data.scope.level === 'province' ? 'Toàn tỉnh' : 'Toàn huyện',
    });
    return `<figure class="bar" data-target="${esc(t.id)}">${svg}</figure>`;
  }).join('\n');

  const trends = trendGroups(data).map(({ indicator, targets }) => {
    const svg = trendChart({
      title: targetLabel(targets[0]),
      points: data.trend.map((y) => ({
        year: y.year,
        value: targets.map((t) => y.progress.find((p) => p.targetId === t.id)?.actual).find((v) => v !== null && v !== undefined) ?? null,
      })),
      targets: targets.map((t) => ({ year: t.targetYear, value: t.value! })),
      highlightYear: data.year,
    });
    return `<figure class="trend" data-indicator="${esc(indicator)}" data-targets="${esc(targets.map((t) => t.id).join(' '))}">${svg}</figure>`;
  }).join('\n');

  const farthest = farthestCommunes(data.communes);
  const communeRows = farthest.map((c, i) => `<tr>
  <td class="c">${i + 1}</td>
  <td>${esc(c.name)}<div class="dept">${esc(c.communeCode)} · ${esc(c.districtName)}</div></td>
  <td class="n">${num(c.total, 1)}</td>
  <td class="c">${esc(c.grade ?? '–')}</td>
  <td class="n">${num(c.coverage === null ? null : c.coverage * 100, 0)}%<div class="dept">thiếu ${c.components.filter((x) => x.status !== 'SCORED').length}</div></td>
  <td><ul>${weakestComponents(c).map((x) => `<li>${esc(componentLabel(data, x.indicator))}: ${num(x.value)}% / chỉ tiêu ${num(x.target, 1)}%</li>`).join('')}</ul></td>
</tr>`).join('\n');
  const unscored = data.communes.filter((c) => c.total === null);

  const reportingRows = reportingSummary(data).map((r) => `<tr data-dataset="${esc(r.department)}/${esc(r.dataset)}">
  <td>${esc(DEPARTMENT_VI[r.department] ?? r.department)}</td>
  <td>${esc(r.dataset)}</td>
  <td class="n">${r.reporting} / ${r.expected}</td>
  <td class="n">${r.expected ? num((100 * r.reporting) / r.expected, 1) : '–'}%</td>
  <td class="n">${r.approved} / ${r.units}</td>
  <td class="n">${r.onTime} / ${r.units}</td>
  <td class="n">${r.late} / ${r.units}</td>
</tr>`).join('\n');
  const coverageRows = departmentCoverage(data).map(([d, r]) => `<tr>
  <td>${esc(DEPARTMENT_VI[d] ?? d)}<div class="dept">${esc(d)}</div></td>
  <td class="n">${r.withData} / ${r.expected}</td>
  <td class="n">${r.expected ? num((100 * r.withData) / r.expected, 1) : '–'}%</td>
  <td class="n">${r.unavailable}</td>
  <td class="n">${r.targetsMeasured} / ${r.targets}</td>
</tr>`).join('\n');

  const unmeasured = data.targets.filter((t) => {
    const p = progressOf.get(t.id);
    return !p || p.actual === null || p.actual === undefined;
  });
  const model = data.model;

  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Báo cáo tiến độ xây dựng xã hội học tập năm ${data.year} — ${esc(scopeName)}</title>
<style>
  @page { size: A4; margin: 16mm 14mm 18mm 14mm; }
  body { font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; font-size: 10.5px; color: #1a1a1a; margin: 0; }
  h1 { font-size: 20px; margin: 0.4em 0; text-align: center; }
  h2 { font-size: 14px; color: #0b3d62; border-bottom: 2px solid #0b3d62; padding-bottom: 2px; margin-top: 1.2em; break-after: avoid; }
  .cover { text-align: center; break-after: page; padding-top: 30mm; }
  .cover .org { font-weight: bold; font-size: 13px; }
  .cover .motto { font-size: 12px; }
  .cover .to { margin: 14mm 0 6mm; font-size: 13px; }
  .cover table.facts { margin: 8mm auto; text-align: left; border: none; width: auto; }
  .cover table.facts td { border: none; padding: 2px 8px; font-size: 11.5px; }
  .synthetic { border: 3px solid #c62828; color: #c62828; font-weight: bold; padding: 8px 12px; margin: 8mm auto; font-size: 13px; max-width: 150mm; }
  .synthetic-tag { border: 1px solid #c62828; color: #c62828; font-size: 9px; font-weight: bold; padding: 0 4px; margin-left: 6px; vertical-align: middle; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #bbb; padding: 3px 4px; vertical-align: top; }
  th { background: #e8eef4; font-size: 10px; }
  td.n { text-align: right; white-space: nowrap; }
  td.c { text-align: center; }
  td.clause { white-space: nowrap; }
  tr { break-inside: avoid; }
  tr.met td.status { color: #2e7d32; font-weight: bold; }
  tr.notmet td.status { color: #c62828; font-weight: bold; }
  tr.nodata td.status { color: #757575; }
  .dept { color: #666; font-size: 9px; }
  ul { margin: 0; padding-left: 14px; }
  figure { margin: 0; break-inside: avoid; }
  figure.bar { margin: 4px 0 10px; }
  .trends { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4px; }
  figure.map { margin: 8px 0 14px; break-inside: avoid; }
  figure.map svg { width: 100%; height: auto; max-height: 24cm; }
  figure.map figcaption { font-size: 10pt; color: #444; }
  .note { color: #444; }
  section { break-before: page; }
</style>
</head>
<body>
<div class="cover">
  <div class="org">UỶ BAN NHÂN DÂN TỈNH SƠN LA · SỞ GIÁO DỤC VÀ ĐÀO TẠO</div>
  <div class="motto">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc</div>
  <div class="to">Kính gửi: Uỷ ban nhân dân tỉnh Sơn La</div>
  <h1>BÁO CÁO TIẾN ĐỘ THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG<br>XÂY DỰNG XÃ HỘI HỌC TẬP NĂM ${data.year}</h1>
  <p>${esc(data.scope.level === 'province' ? 'Toàn tỉnh Sơn La và các huyện, thành phố' : `${data.scope.name} (mã ${data.scope.code}) và các xã, phường, thị trấn`)}</p>
  <p class="note">Thực hiện Quyết định số 354/QĐ-UBND ngày 27/02/2013 của UBND tỉnh (Điều 2; mục V.1: Sở Giáo dục và Đào tạo tổng hợp, báo cáo tiến độ hằng năm).</p>
  ${syntheticBanner}
  ${missingBanner}
  <table class="facts">
    <tr><td>Năm số liệu</td><td><b>${data.year}</b> (số liệu tại 31/12/${data.year})</td></tr>
    <tr><td>Nguồn</td><td>Cơ sở dữ liệu của các sở (giáo dục, lao động – đào tạo nghề, nội vụ, thi đua – khuyến học) qua nền tảng dữ liệu xã hội học tập</td></tr>
    <tr><td>Chỉ số học tập toàn tỉnh</td><td><b>${num(data.score?.total ?? null, 1)}</b> / 100, xếp loại <b>${esc(data.score?.grade ?? '–')}</b>, độ phủ số liệu ${num(data.score?.coverage === null || data.score?.coverage === undefined ? null : data.score.coverage * 100, 0)}% (mô hình ${esc(model?.id ?? '–')})</td></tr>
    <tr><td>Chỉ tiêu</td><td>${data.targets.length} chỉ tiêu của chương trình (${esc(scopeName)}); có số liệu ${counted.length}; đạt <b>${met}</b>, chưa đạt <b>${counted.length - met}</b></td></tr>
    <tr><td>Dân số toàn tỉnh</td><td>${num(data.population, 0)} người (${esc(data.populationSource)})</td></tr>
    <tr><td>Ngày lập</td><td>${date}</td></tr>
  </table>
</div>

<h2>1. Kết quả thực hiện các chỉ tiêu của chương trình — ${esc(scopeName)}, năm ${data.year} ${smallBanner}</h2>
<p class="note">Mỗi chỉ tiêu của danh mục (QĐ 354/QĐ-UBND, mục II và V) với điều khoản; giá trị thực hiện là tỷ lệ tổng (tổng tử số ÷ tổng mẫu số trên các đơn vị báo cáo). Khoảng cách: dương là còn thiếu so với chỉ tiêu. So với năm trước: điểm phần trăm so với năm ${data.year - 1}.</p>
<table class="targets">
<thead><tr><th>Điều khoản</th><th>Chỉ tiêu</th><th>Năm</th><th>Mục tiêu</th><th>Thực hiện</th><th>Đánh giá</th><th>Khoảng cách</th><th>So với năm trước</th></tr></thead>
<tbody>
${targetRows}
</tbody>
</table>

<section>
<h2>2. So sánh các ${childWord} theo từng chỉ tiêu chính ${smallBanner}</h2>
<p class="note">Thanh xanh: đạt chỉ tiêu; đỏ: chưa đạt; xám: không có số liệu. Đường liền: chỉ tiêu; đường đứt: giá trị ${data.scope.level === 'province' ? 'toàn tỉnh' : 'toàn huyện'}.</p>
${bars}
</section>

${data.maps?.length ? `<section class="maps">
<h2>Bản đồ chỉ số học tập năm ${data.year} ${smallBanner}</h2>
<p class="note">Mỗi đơn vị tô theo lớp điểm 0–100 (chú giải dưới bản đồ); gạch chéo: không có số liệu hoặc không tổng hợp đầy đủ được từ các đơn vị cũ. Trước năm 2025 bản đồ huyện không thể hiện xã.</p>
${data.maps.map((m) => `<figure class="map">${m.svg}<figcaption>${esc(m.caption)}</figcaption></figure>`).join('\n')}
</section>` : ''}

<section>
<h2>3. Diễn biến ${trendRange(data)} của ${esc(scopeName)} theo từng chỉ số ${smallBanner}</h2>
<p class="note">Mỗi biểu đồ một chỉ số, với các chỉ tiêu đặt trên chỉ số đó (đường đứt đỏ: chỉ tiêu thứ nhất; chấm cam: chỉ tiêu thứ hai). Điểm lớn: năm ${data.year}.</p>
<div class="trends">
${trends}
</div>
</section>

<section>
<h2>4. Mười xã còn xa mục tiêu xã hội học tập nhất, năm ${data.year} ${smallBanner}</h2>
<p class="note">Xếp theo chỉ số học tập (0–100) từ thấp lên; mỗi xã kèm ba thành phần yếu nhất (tỷ lệ điểm đạt được trên trọng số thấp nhất, trong các thành phần có số liệu) và số thành phần thiếu số liệu.${unscored.length ? ` ${unscored.length} xã không có chỉ số (không có số liệu nào) không được xếp.` : ''}</p>
<table class="communes">
<thead><tr><th>#</th><th>Xã</th><th>Chỉ số</th><th>Xếp loại</th><th>Độ phủ</th><th>Thành phần yếu nhất (thực hiện / chỉ tiêu)</th></tr></thead>
<tbody>
${communeRows}
</tbody>
</table>

<h2>5. Mức độ đầy đủ của số liệu theo sở</h2>
<h3>Tỷ lệ báo cáo theo bộ số liệu</h3>
<p class="note">Theo từng bộ số liệu của các sở, trên các đơn vị báo cáo của ${esc(scopeName)} năm ${data.year} (huyện đến năm 2024, xã từ năm 2025): số xã có số liệu trên số xã phải báo cáo, số đơn vị đã được phê duyệt, nộp đúng hạn và nộp muộn (hạn nộp: ngày 31 tháng 1 năm sau, trừ khi sở quy định khác).</p>
<table class="reporting">
<thead><tr><th>Sở, ngành</th><th>Bộ số liệu</th><th>Xã có số liệu</th><th>Tỷ lệ đầy đủ</th><th>Đã phê duyệt</th><th>Đúng hạn</th><th>Muộn</th></tr></thead>
<tbody>
${reportingRows || '<tr><td colspan="7">Không có số liệu về tỷ lệ báo cáo (một sở không trả lời).</td></tr>'}
</tbody>
</table>
<h3>Thành phần điểm có số liệu</h3>
<p class="note">Số thành phần điểm của các xã mà sở phải cung cấp số liệu, và số có số liệu; số chỉ tiêu của sở đo được cho ${esc(scopeName)}.</p>
<table class="coverage">
<thead><tr><th>Sở, ngành</th><th>Thành phần có số liệu</th><th>Tỷ lệ</th><th>Sở không trả lời</th><th>Chỉ tiêu đo được</th></tr></thead>
<tbody>
${coverageRows}
</tbody>
</table>
</section>

${outlookSections(data, progressOf, smallBanner, scopeName)}
${data.programme ? programmeSectionHtml(data.programme, data.year, smallBanner, sectionsAfter.programme) : ''}
${data.culture ? cultureSectionHtml(data.culture, data.year, smallBanner, sectionsAfter.culture) : ''}
<section>
<h2>${sectionsAfter.method}. Phương pháp</h2>
<ul class="method">
  <li><b>Mô hình chấm điểm</b> ${esc(model ? `${model.id} — ${model.name}` : '–')}: ${esc(model?.description ?? '')} Gồm ${model?.components.length ?? 0} thành phần, mỗi thành phần lấy từ một chỉ tiêu của danh mục, trọng số bằng nhau (không có trọng số chính thức). Điểm của một thành phần = trọng số × min(1, thực hiện ÷ chỉ tiêu) (với chỉ tiêu "tối đa": chỉ tiêu ÷ thực hiện). Xếp loại: ${esc((model?.bands ?? []).map((b) => `${b.grade} ≥ ${num(b.minTotal, 0)}`).join(', '))}; không xếp loại khi độ phủ dưới ${num((model?.minCoverageForGrade ?? 0) * 100, 0)}%. Đây là mô hình theo dõi của nền tảng, không phải thang điểm chính thức (TT 44/2014/TT-BGDĐT chưa được đối chiếu).</li>
  <li><b>Tỷ lệ tổng</b>: số liệu của huyện, tỉnh là tổng tử số chia tổng mẫu số trên các xã báo cáo, không phải trung bình các tỷ lệ.</li>
  <li><b>Thiếu số liệu không được tính là 0</b>: thành phần không có số liệu không được điểm và không tính vào tổng; nó làm giảm độ phủ.</li>
  <li><b>Chỉ tiêu chưa đo được năm ${data.year}</b> (${unmeasured.length}): ${esc(unmeasured.map((t) => `${t.clause} ${targetLabel(t)}`).join('; ') || 'không có')}.</li>
  ${data.problems.length ? `<li><b>Sở không trả lời khi lập báo cáo</b>: ${esc(data.unavailable.map((d) => `${DEPARTMENT_VI[d] ?? d} (${d})`).join('; ') || 'không rõ')}.<div class="dept">${esc(data.problems.join('; '))}</div></li>` : ''}
  ${data.synthetic ? '<li><b>Dữ liệu mẫu</b>: các số liệu thống kê trong cơ sở dữ liệu trình diễn là SYNTHETIC (máy sinh ra), không dùng để ra quyết định.</li>' : ''}
  <li><b>Truy vấn</b>: báo cáo chạy các truy vấn lưu sẵn của nền tảng (${esc(data.operations.join(', '))}), giống như trong trình khám phá GraphQL, với cùng quyền truy cập.</li>
</ul>
</section>
</body>
</html>
`;
}

const UNIT_VI: Record<string, string> = {
  CHILDREN: 'trẻ em', ADULTS: 'người', WORKERS: 'lao động', CADRES: 'cán bộ', HOUSEHOLDS: 'hộ', CLANS: 'dòng họ', VILLAGES: 'thôn, bản',
  CENTRES: 'trung tâm', COMMITTEES: 'ban chỉ đạo', UNITS: 'đơn vị', ENROLMENTS: 'lượt học viên',
};
const FORECAST_VI: Record<string, string> = { MET: 'Đã đạt', ON_TRACK: 'Đúng tiến độ', AT_RISK: 'Có nguy cơ không đạt', OFF_TRACK: 'Chệch tiến độ', MISSING: 'Thiếu số liệu' };
const KIND_VI: Record<string, string> = { RULE: 'Quy tắc', RANGE: 'Ngoài khoảng hợp lý', OUTLIER: 'Bất thường' };
/** How many findings the report lists one by one (the rest are counted per rule; /export/data-quality has them all). */
export const QUALITY_ROWS = 40;

/** Sections 6–8 (issue 24): data quality, the gaps in people, the on-track forecasts. Empty when the data has none of them. */
export function outlookSections(data: ReportData, progressOf: Map<string, Progress>, smallBanner: string, scopeName: string): string {
  const out: string[] = [];
  if (data.quality) {
    const byRule = new Map<string, { importance: string; kind: string; department: string; count: number }>();
    for (const f of data.quality) {
      const r = byRule.get(f.ruleCode) ?? byRule.set(f.ruleCode, { importance: f.importance, kind: f.kind, department: f.department, count: 0 }).get(f.ruleCode)!;
      r.count += 1;
    }
    const side = (x: QualitySide | null) =>
      x ? `${num(x.value, 2)}<div class="dept">${esc(`${x.department} · ${x.dataset} · ${x.row} · ${x.year}${x.provenance ? ` · ${x.provenance}` : ''}`)}</div>` : '–';
    out.push(`<section class="quality">
<h2>6. Chất lượng số liệu năm ${data.year} — ${esc(scopeName)} ${smallBanner}</h2>
<p class="note">Các quy tắc kiểm tra chéo giữa các bộ số liệu, các sở và các năm (shared/data/quality-rules.json), giá trị ngoài khoảng hợp lý, và biến động bất thường so với năm trước (điểm z hiệu chỉnh |z| &gt; 3,5 trên các xã của tỉnh). LỖI (ERROR): hai số liệu không thể cùng đúng; CẢNH BÁO (WARNING): cần kiểm tra hoặc giải trình. ${data.quality.length} phát hiện${data.quality.length > QUALITY_ROWS ? `; liệt kê ${QUALITY_ROWS} đầu tiên, đầy đủ tại /export/data-quality` : ''}.</p>
<table class="quality-rules">
<thead><tr><th>Quy tắc</th><th>Loại</th><th>Mức</th><th>Sở</th><th>Số xã</th></tr></thead>
<tbody>
${[...byRule.entries()].map(([code, r]) => `<tr data-rule="${esc(code)}"><td>${esc(code)}</td><td>${esc(KIND_VI[r.kind] ?? r.kind)}</td><td>${esc(r.importance)}</td><td>${esc(DEPARTMENT_VI[r.department] ?? r.department)}</td><td class="n">${r.count}</td></tr>`).join('\n') || '<tr><td colspan="5">Không có phát hiện nào.</td></tr>'}
</tbody>
</table>
<table class="quality-findings">
<thead><tr><th>Xã</th><th>Quy tắc</th><th>Nội dung</th><th>Giá trị kiểm tra</th><th>So với</th></tr></thead>
<tbody>
${data.quality.slice(0, QUALITY_ROWS).map((f) => `<tr class="${f.importance === 'ERROR' ? 'not-met' : ''}"><td>${esc(f.unitName)}<div class="dept">${esc(f.unitCode)}</div></td><td>${esc(f.ruleCode)}<div class="dept">${esc(f.importance)}</div></td><td>${esc(f.messageVi)}</td><td class="n">${side(f.left)}</td><td class="n">${f.right ? side(f.right) : f.min !== null ? `${num(f.min, 0)}–${num(f.max, 0)}` : '–'}</td></tr>`).join('\n')}
</tbody>
</table>
</section>`);
  }
  if (data.outlook) {
    const rows = data.outlook.filter((o) => o.shortfall !== null || o.forecast);
    const label = (id: string) => { const t = data.targets.find((x) => x.id === id); return t ? `${t.clause} ${targetLabel(t)}` : id; };
    out.push(`<section class="gaps">
<h2>7. Số người còn thiếu để đạt chỉ tiêu năm ${data.year} — ${esc(scopeName)} ${smallBanner}</h2>
<p class="note">Số còn thiếu tính theo đơn vị của chỉ tiêu: chỉ tiêu "ít nhất p%": max(0, ⌈p/100 × mẫu số − tử số⌉); chỉ tiêu "tối đa p%" (mù chữ): max(0, ⌈tử số − p/100 × mẫu số⌉). Cột "cộng các xã": tổng số còn thiếu của từng xã — một xã vượt chỉ tiêu không bù cho xã khác, nên số này không nhỏ hơn số của ${esc(scopeName)}.</p>
<table class="gaps">
<thead><tr><th>Chỉ tiêu</th><th>Thực hiện</th><th>Còn thiếu</th><th>Cộng các xã</th><th>Đơn vị</th></tr></thead>
<tbody>
${rows.filter((o) => o.shortfall !== null).map((o) => `<tr data-target="${esc(o.targetId)}"><td>${esc(label(o.targetId))}</td><td class="n">${num(progressOf.get(o.targetId)?.actual ?? null)}%</td><td class="n"><b>${num(o.shortfall, 0)}</b></td><td class="n">${num(o.shortfallOfUnits, 0)}</td><td>${esc(UNIT_VI[o.shortfallUnit ?? ''] ?? o.shortfallUnit ?? '')}</td></tr>`).join('\n') || '<tr><td colspan="5">Không có số liệu.</td></tr>'}
</tbody>
</table>
</section>

<section class="forecasts">
<h2>8. Dự báo khả năng đạt chỉ tiêu — ${esc(scopeName)}, số liệu đến năm ${data.year} ${smallBanner}</h2>
<p class="note">Phương pháp tiến độ dự kiến (UNESCAP): tỷ số giữa mức thay đổi thực tế hằng năm (từ năm gốc đến năm mới nhất có số liệu) và mức thay đổi cần thiết hằng năm để đạt chỉ tiêu đúng hạn. Đúng tiến độ: tỷ số ≥ 0,95; có nguy cơ: 0,5 đến dưới 0,95; chệch tiến độ: dưới 0,5. Chỉ tiêu đã đến hạn được đánh giá theo số liệu thực tế của năm đến hạn, không dự báo. Ngưỡng 0,95 và 0,5 do nền tảng chọn, không phải thang chính thức.</p>
<table class="forecasts">
<thead><tr><th>Chỉ tiêu</th><th>Năm</th><th>Đánh giá</th><th>Giá trị dự báo</th><th>Thay đổi cần/năm</th><th>Thực tế/năm</th><th>Số năm</th></tr></thead>
<tbody>
${rows.filter((o) => o.forecast).map((o) => { const f = o.forecast!; const t = data.targets.find((x) => x.id === o.targetId); return `<tr data-target="${esc(o.targetId)}" data-forecast="${esc(f.status)}"><td>${esc(label(o.targetId))}</td><td class="c">${esc(t?.targetYear ?? '–')}</td><td class="c status">${esc(FORECAST_VI[f.status] ?? f.status)}</td><td class="n">${f.projectedValue === null ? '–' : `${num(f.projectedValue)}%`}</td><td class="n">${num(f.requiredAnnualChange)}</td><td class="n">${num(f.actualAnnualChange)}</td><td class="n">${f.yearsUsed}</td></tr>`; }).join('\n') || '<tr><td colspan="7">Không có số liệu.</td></tr>'}
</tbody>
</table>
</section>`);
  }
  return out.join('\n\n');
}

const FUNDING_VI: Record<string, string> = {
  PROVINCE_BUDGET: 'Ngân sách tỉnh', DISTRICT_BUDGET: 'Ngân sách huyện', TT96_CLC_SUPPORT: 'Hỗ trợ TTHTCĐ (TT 96/2008)', SOCIALISED: 'Xã hội hóa',
};

/** Section n (after the outlook sections): the tasks of section V by lead agency (done, overdue) and the money by source, with a chart. */
export function programmeSectionHtml(p: ProgrammeSection, year: number, banner: string, n = 6): string {
  const rows = p.agencies.map((a) => `<tr><td>${esc(a.clause)}</td><td>${esc(a.nameVi)}</td><td class="num">${a.tasks}</td><td class="num">${a.done}</td><td class="num">${a.overdue.length}</td><td>${esc(a.overdue.join(', ') || '–')}</td></tr>`).join('\n');
  const total = p.agencies.reduce((s, a) => s + a.tasks, 0);
  const overdue = p.agencies.reduce((s, a) => s + a.overdue.length, 0);
  const money = p.funding.map((f) => `<tr><td>${esc(FUNDING_VI[f.source] ?? f.source)}</td><td class="num">${num(f.planned, 0)}</td><td class="num">${num(f.allocated, 0)}</td><td class="num">${num(f.spent, 0)}</td><td class="num">${f.planned ? `${num((100 * (f.spent ?? 0)) / f.planned, 1)}%` : '–'}</td></tr>`).join('\n');
  const chart = fundingChart({ title: `Kinh phí thực hiện chương trình năm ${year}`, rows: p.funding.map((f) => ({ label: FUNDING_VI[f.source] ?? f.source, planned: f.planned, allocated: f.allocated, spent: f.spent })) });
  return `<section>
<h2>${n}. Nhiệm vụ của các sở, ngành (mục V) và kinh phí, năm ${year} ${banner}</h2>
<p class="note">${total} nhiệm vụ của mục V (mỗi gạch đầu dòng, đoạn là một nhiệm vụ); quá hạn cuối năm ${year}: <b>${overdue}</b>. Nhiệm vụ hằng năm quá hạn khi báo cáo năm chưa "hoàn thành"; nhiệm vụ có thời hạn quá hạn khi đã qua thời hạn mà chưa hoàn thành.</p>
<table class="coverage">
<thead><tr><th>Điều khoản</th><th>Cơ quan chủ trì</th><th>Nhiệm vụ</th><th>Hoàn thành</th><th>Quá hạn</th><th>Nhiệm vụ quá hạn</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<table class="coverage">
<thead><tr><th>Nguồn kinh phí</th><th>Kế hoạch (đồng)</th><th>Được giao (đồng)</th><th>Đã chi (đồng)</th><th>Chi / kế hoạch</th></tr></thead>
<tbody>
${money}
</tbody>
</table>
<figure>${chart}</figure>
</section>`;
}

/** Section 7: households with a book cabinet in the province and each district. */
export function cultureSectionHtml(c: CultureSection, year: number, banner: string, n = 7): string {
  const chart = plainBarChart({ title: `Hộ gia đình có tủ sách (trên 100 hộ), năm ${year}`, subtitle: c.province?.value === null || !c.province ? 'Toàn tỉnh: không có số liệu' : `Toàn tỉnh: ${num(c.province.value)} (${num(c.province.numerator, 0)} / ${num(c.province.denominator, 0)} hộ)`, units: c.districts.map((d) => ({ name: d.name, value: d.value })) });
  return `<section>
<h2>${n}. Tủ sách gia đình theo huyện (Sở Văn hóa, Thể thao và Du lịch), năm ${year} ${banner}</h2>
<p class="note">Số hộ có tủ sách trên 100 hộ (QĐ 354 IV.2, V.6), tỷ lệ tổng trên các xã báo cáo; xám: không có số liệu. Chương trình không đặt chỉ tiêu bằng số cho tủ sách.</p>
${c.map ? `<figure class="map culture">${c.map.svg}<figcaption>${esc(c.map.caption)}</figcaption></figure>` : ''}
<figure>${chart}</figure>
</section>`;
}

function trendRange(data: ReportData): string {
  return `${data.trend[0]?.year ?? ''}–${data.trend[data.trend.length - 1]?.year ?? ''}`;
}
