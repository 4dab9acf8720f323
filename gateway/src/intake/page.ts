/**
 * The intake page at `/intake`: plain HTML, with its script and style served by the gateway from gateway/intake/
 * (no CDN: it works on a provincial network with no internet). Vietnamese first, an English switch; every control
 * is a native form element, so the page is usable by keyboard.
 */
export function intakePage(): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nhập số liệu · Sơn La</title>
<link rel="stylesheet" href="/intake/intake.css">
</head>
<body>
<header>
  <h1 data-i18n="title">Nhập và kiểm tra số liệu</h1>
  <button id="lang" type="button" aria-label="Switch language">English</button>
</header>
<main>
<section id="signin" aria-labelledby="signin-h">
  <h2 id="signin-h" data-i18n="signin">1. Đăng nhập</h2>
  <form id="signin-form" autocomplete="off">
    <label><span data-i18n="token">Mã đăng nhập (token)</span> <input id="credential" type="password" size="40"></label>
    <span id="dev-roles" hidden><label><span data-i18n="devRole">Vai trò phát triển</span> <select id="dev-role"><option value="">…</option></select></label></span>
    <button id="signin-button" type="submit" data-i18n="signinButton">Đăng nhập</button>
    <button id="signout-button" type="button" data-i18n="signout">Đăng xuất</button>
  </form>
  <p id="auth-status" role="status" data-i18n="notSignedIn">Chưa đăng nhập</p>
</section>
<section id="choose" aria-labelledby="choose-h">
  <h2 id="choose-h" data-i18n="choose">2. Chọn bộ số liệu</h2>
  <div class="row">
    <label><span data-i18n="department">Sở, ngành</span> <select id="department"></select></label>
    <label><span data-i18n="dataset">Bộ số liệu</span> <select id="dataset"></select></label>
    <label><span data-i18n="year">Năm</span> <input id="year" type="number" min="2010" max="2100" value="2016"></label>
    <label><span data-i18n="unit">Đơn vị báo cáo (mã)</span> <input id="unit" size="6" value="118"></label>
  </div>
  <p><a id="template-xlsx" href="#" data-i18n="downloadXlsx">Tải mẫu Excel (.xlsx)</a> · <a id="template-csv" href="#" data-i18n="downloadCsv">Tải mẫu CSV</a></p>
</section>
<section id="upload" aria-labelledby="upload-h">
  <h2 id="upload-h" data-i18n="upload">3. Tải lên và kiểm tra</h2>
  <form id="upload-form">
    <label><span data-i18n="file">Tệp (.xlsx hoặc .csv)</span> <input id="file" type="file" accept=".xlsx,.csv"></label>
    <button id="check-button" type="submit" data-i18n="check">Kiểm tra (chưa ghi)</button>
    <button id="commit-button" type="button" disabled data-i18n="commit">Ghi số liệu</button>
  </form>
  <p id="upload-status" role="status" aria-live="polite"></p>
  <div id="report"></div>
</section>
<section id="submit" aria-labelledby="submit-h">
  <h2 id="submit-h" data-i18n="submitH">4. Nộp để phê duyệt</h2>
  <form id="submit-form">
    <label><span data-i18n="comment">Nhận xét</span> <input id="submit-comment" size="50"></label>
    <button id="submit-button" type="submit" data-i18n="submit">Nộp số liệu của đơn vị</button>
  </form>
  <p id="submit-status" role="status" aria-live="polite"></p>
  <div id="submit-findings"></div>
</section>
<section id="approve" aria-labelledby="approve-h">
  <h2 id="approve-h" data-i18n="approveH">5. Phê duyệt (người phê duyệt của sở, ngành)</h2>
  <button id="periods-button" type="button" data-i18n="loadPeriods">Xem các đơn vị của năm</button>
  <div id="periods"></div>
  <div id="submission" hidden>
    <h3 id="submission-h"></h3>
    <div id="submission-history"></div>
    <div id="submission-changes"></div>
    <div id="submission-rows"></div>
    <form id="review-form">
      <label><span data-i18n="comment">Nhận xét</span> <input id="review-comment" size="50"></label>
      <button id="approve-button" type="button" data-i18n="approve">Phê duyệt</button>
      <button id="return-button" type="button" data-i18n="return">Trả lại</button>
    </form>
  </div>
  <p id="review-status" role="status" aria-live="polite"></p>
</section>
<p class="note" data-i18n="synthetic">Số liệu mẫu trong cơ sở dữ liệu demo là SYNTHETIC (dữ liệu giả lập).</p>
</main>
<script src="/intake/intake.js"></script>
</body>
</html>
`;
}
