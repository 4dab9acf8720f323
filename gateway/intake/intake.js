/*
 * The intake page's script (plain browser JavaScript, served as is by the gateway, nothing from the internet).
 * Sign in as in the explorer (a pasted token; development tokens from /explorer/dev-tokens.json outside
 * production), pick dataset, year and unit, download the template, upload for a report (dry run), commit the
 * previewed file by its digest. The credential lives in sessionStorage only.
 */
(function () {
  'use strict';
  var KEY = 'lsp-intake-authorization';
  var T = {
    vi: {
      title: 'Nhập và kiểm tra số liệu', signin: '1. Đăng nhập', token: 'Mã đăng nhập (token)', devRole: 'Vai trò phát triển', signinButton: 'Đăng nhập',
      signout: 'Đăng xuất', notSignedIn: 'Chưa đăng nhập', signedIn: 'Đã đăng nhập', choose: '2. Chọn bộ số liệu', department: 'Sở, ngành', dataset: 'Bộ số liệu',
      year: 'Năm', unit: 'Đơn vị báo cáo (mã)', downloadXlsx: 'Tải mẫu Excel (.xlsx)', downloadCsv: 'Tải mẫu CSV', upload: '3. Tải lên và kiểm tra',
      file: 'Tệp (.xlsx hoặc .csv)', check: 'Kiểm tra (chưa ghi)', commit: 'Ghi số liệu', checking: 'Đang kiểm tra…', noProblems: 'Không có lỗi. Có thể ghi.',
      problems: 'lỗi', sheet: 'Trang', cell: 'Ô', row: 'Dòng', field: 'Cột', value: 'Giá trị', code: 'Mã lỗi', message: 'Nội dung',
      inserted: 'thêm mới', updated: 'sửa', unchanged: 'không đổi', rows: 'dòng', committed: 'Đã ghi số liệu.', refused: 'Bị từ chối',
      synthetic: 'Số liệu mẫu trong cơ sở dữ liệu demo là SYNTHETIC (dữ liệu giả lập).', before: 'Trước', after: 'Sau', key: 'Đơn vị',
      chooseFile: 'Chọn một tệp.', downloadFailed: 'Không tải được mẫu',
    },
    en: {
      title: 'Enter and check figures', signin: '1. Sign in', token: 'Token', devRole: 'Development role', signinButton: 'Sign in',
      signout: 'Sign out', notSignedIn: 'Not signed in', signedIn: 'Signed in', choose: '2. Choose a dataset', department: 'Department', dataset: 'Dataset',
      year: 'Year', unit: 'Reporting unit (code)', downloadXlsx: 'Download the Excel template (.xlsx)', downloadCsv: 'Download the CSV template', upload: '3. Upload and check',
      file: 'File (.xlsx or .csv)', check: 'Check (nothing written)', commit: 'Write the figures', checking: 'Checking…', noProblems: 'No problems. Ready to write.',
      problems: 'problems', sheet: 'Sheet', cell: 'Cell', row: 'Row', field: 'Column', value: 'Value', code: 'Code', message: 'Message',
      inserted: 'inserted', updated: 'updated', unchanged: 'unchanged', rows: 'rows', committed: 'The figures were written.', refused: 'Refused',
      synthetic: 'Figures in the demo databases are SYNTHETIC.', before: 'Before', after: 'After', key: 'Unit',
      chooseFile: 'Choose a file.', downloadFailed: 'The template could not be downloaded',
    },
  };
  var lang = localStorage.getItem('lsp-intake-lang') || 'vi';
  var $ = function (id) { return document.getElementById(id); };
  var datasets = [];
  var lastDigest = null;
  var lastReport = null;

  function t(k) { return T[lang][k] || k; }
  function applyLang() {
    document.documentElement.lang = lang;
    $('lang').textContent = lang === 'vi' ? 'English' : 'Tiếng Việt';
    document.querySelectorAll('[data-i18n]').forEach(function (el) { el.textContent = t(el.getAttribute('data-i18n')); });
    $('auth-status').textContent = auth() ? t('signedIn') : t('notSignedIn');
    if (lastReport) showReport(lastReport.status, lastReport.body);
  }
  function auth() { return sessionStorage.getItem(KEY) || ''; }
  function headers() { var a = auth(); return a ? { authorization: a } : {}; }
  function setAuth(v) {
    if (v) sessionStorage.setItem(KEY, /^(Bearer|ApiKey) /.test(v) ? v : 'Bearer ' + v); else sessionStorage.removeItem(KEY);
    $('auth-status').textContent = auth() ? t('signedIn') : t('notSignedIn');
  }
  function query() {
    return '?year=' + encodeURIComponent($('year').value) + '&unitCode=' + encodeURIComponent($('unit').value.trim());
  }
  function dataset() { return $('dataset').value; }

  function fillDatasets() {
    var dep = $('department').value;
    $('dataset').innerHTML = '';
    datasets.filter(function (d) { return d.department === dep; }).forEach(function (d) {
      var o = document.createElement('option'); o.value = d.name; o.textContent = d.name + ' · ' + (lang === 'vi' ? d.titleVi || d.title : d.title); $('dataset').appendChild(o);
    });
  }

  function download(ext) {
    return function (ev) {
      ev.preventDefault();
      fetch('/intake/templates/' + dataset() + '.' + ext + query(), { headers: headers() }).then(function (res) {
        if (!res.ok) return res.json().then(function (b) { showReport(res.status, b); throw new Error(t('downloadFailed')); });
        return res.blob().then(function (blob) {
          var a = document.createElement('a');
          a.href = URL.createObjectURL(blob);
          a.download = dataset() + '-' + $('year').value + '-' + $('unit').value.trim() + '.' + ext;
          document.body.appendChild(a); a.click(); a.remove();
        });
      }).catch(function (e) { $('upload-status').textContent = e.message; });
    };
  }

  function td(text, cls) { var c = document.createElement('td'); c.textContent = text === null || text === undefined ? '' : String(text); if (cls) c.className = cls; return c; }
  function table(head, rows) {
    var tb = document.createElement('table');
    var tr = document.createElement('tr');
    head.forEach(function (h) { var th = document.createElement('th'); th.scope = 'col'; th.textContent = h; tr.appendChild(th); });
    tb.appendChild(tr);
    rows.forEach(function (r) { tb.appendChild(r); });
    return tb;
  }
  function showReport(status, body) {
    lastReport = { status: status, body: body };
    var out = $('report');
    out.innerHTML = '';
    var problems = body.problems || [];
    var p = document.createElement('p');
    if (body.committed) { p.className = 'ok'; p.textContent = t('committed'); }
    else if (problems.length) { p.className = 'bad'; p.textContent = (status >= 400 ? t('refused') + ' (' + status + '): ' : '') + problems.length + ' ' + t('problems'); }
    else { p.className = 'ok'; p.textContent = t('noProblems'); }
    out.appendChild(p);
    if (body.changes) {
      var c = document.createElement('p');
      c.id = 'changes';
      c.textContent = body.changes.rows + ' ' + t('rows') + ': ' + body.changes.inserted + ' ' + t('inserted') + ', ' + body.changes.updated + ' ' + t('updated') + ', ' + body.changes.unchanged + ' ' + t('unchanged');
      out.appendChild(c);
    }
    if (problems.length) {
      var tb = table([t('cell'), t('row'), t('field'), t('value'), t('code'), t('message')], problems.map(function (x) {
        var tr = document.createElement('tr');
        tr.appendChild(td(x.cell, 'cell')); tr.appendChild(td(x.row)); tr.appendChild(td(x.field)); tr.appendChild(td(x.value));
        tr.appendChild(td(x.code)); tr.appendChild(td(lang === 'vi' ? x.messageVi + ' (' + x.message + ')' : x.message));
        return tr;
      }));
      tb.id = 'problems';
      out.appendChild(tb);
    } else if (body.changes && body.changes.items && body.changes.items.length) {
      var rows = [];
      body.changes.items.filter(function (i) { return i.action !== 'unchanged'; }).slice(0, 200).forEach(function (i) {
        i.fields.forEach(function (f) {
          var tr = document.createElement('tr');
          tr.appendChild(td(f.cell, 'cell')); tr.appendChild(td(i.key)); tr.appendChild(td(i.action)); tr.appendChild(td(f.field)); tr.appendChild(td(f.before)); tr.appendChild(td(f.after));
          rows.push(tr);
        });
      });
      var ct = table([t('cell'), t('key'), '', t('field'), t('before'), t('after')], rows);
      ct.id = 'change-table';
      out.appendChild(ct);
    }
  }

  function send(commit) {
    var f = $('file').files[0];
    if (!f) { $('upload-status').textContent = t('chooseFile'); return; }
    var form = new FormData();
    form.append('file', f, f.name);
    $('upload-status').textContent = t('checking');
    $('commit-button').disabled = true;
    var url = '/intake/' + dataset() + query() + (commit ? '&commit=' + encodeURIComponent(lastDigest) : '&dryRun=true');
    fetch(url, { method: 'POST', headers: headers(), body: form }).then(function (res) {
      return res.json().then(function (body) {
        $('upload-status').textContent = res.status + (body.committed ? ' · ' + t('committed') : '');
        showReport(res.status, body);
        lastDigest = !commit && res.ok && body.ok ? body.digest : null;
        $('commit-button').disabled = !lastDigest;
      });
    }).catch(function (e) { $('upload-status').textContent = e.message; });
  }

  $('lang').addEventListener('click', function () { lang = lang === 'vi' ? 'en' : 'vi'; localStorage.setItem('lsp-intake-lang', lang); applyLang(); });
  $('signin-form').addEventListener('submit', function (ev) { ev.preventDefault(); setAuth($('credential').value.trim()); $('credential').value = ''; });
  $('signout-button').addEventListener('click', function () { setAuth(''); });
  $('dev-role').addEventListener('change', function () { if ($('dev-role').value) setAuth($('dev-role').value); });
  $('department').addEventListener('change', fillDatasets);
  $('template-xlsx').addEventListener('click', download('xlsx'));
  $('template-csv').addEventListener('click', download('csv'));
  $('upload-form').addEventListener('submit', function (ev) { ev.preventDefault(); send(false); });
  $('commit-button').addEventListener('click', function () { send(true); });
  $('file').addEventListener('change', function () { lastDigest = null; $('commit-button').disabled = true; });

  fetch('/intake/datasets.json').then(function (r) { return r.json(); }).then(function (list) {
    datasets = list;
    var deps = [];
    list.forEach(function (d) { if (deps.indexOf(d.department) < 0) deps.push(d.department); });
    deps.forEach(function (d) { var o = document.createElement('option'); o.value = d; o.textContent = d; $('department').appendChild(o); });
    if (deps.indexOf('education') >= 0) $('department').value = 'education';
    fillDatasets();
  });
  fetch('/explorer/dev-tokens.json').then(function (r) { return r.json(); }).then(function (tokens) {
    if (!tokens.length) return;
    tokens.forEach(function (x) { var o = document.createElement('option'); o.value = 'Bearer ' + x.token; o.textContent = x.role; $('dev-role').appendChild(o); });
    $('dev-roles').hidden = false;
  }).catch(function () {});
  applyLang();
})();
