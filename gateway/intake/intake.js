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
      findings: 'Kết quả kiểm tra chất lượng số liệu', rule: 'Quy tắc', importance: 'Mức độ', left: 'Số liệu', right: 'So với',
      QUALITY_ERRORS: 'Có lỗi chất lượng số liệu (ERROR): sửa số liệu (của một trong hai bên) trước khi nộp.',
      QUALITY_WARNING_NEEDS_COMMENT: 'Có cảnh báo chất lượng số liệu: sửa, hoặc nhập nhận xét giải thích rồi nộp lại.',
      changes: 'Thay đổi từ lần phê duyệt trước', noChanges: 'Không có thay đổi từ lần phê duyệt trước.', more: 'Xem thêm',
      submitH: '4. Nộp để phê duyệt', submit: 'Nộp số liệu của đơn vị', comment: 'Nhận xét', state: 'Trạng thái',
      approveH: '5. Phê duyệt (người phê duyệt của sở, ngành)', loadPeriods: 'Xem các đơn vị của năm', unitName: 'Tên đơn vị',
      completeness: 'Mức đầy đủ', submittedAt: 'Ngày nộp', timeliness: 'Đúng hạn', open: 'Mở', approve: 'Phê duyệt', return: 'Trả lại',
      history: 'Lịch sử', figures: 'Số liệu đã nộp', actor: 'Người thực hiện', at: 'Lúc', action: 'Thao tác', needComment: 'Trả lại cần có nhận xét.',
      OPEN: 'Đang mở', SUBMITTED: 'Đã nộp', RETURNED: 'Bị trả lại', APPROVED: 'Đã phê duyệt', ON_TIME: 'Đúng hạn', LATE: 'Muộn', PENDING: 'Chưa đến hạn',
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
      submitH: '4. Submit for approval', submit: "Submit the unit's figures", comment: 'Comment', state: 'State',
      approveH: "5. Approve (the department's approver)", loadPeriods: 'Show the units of the year', unitName: 'Unit name',
      completeness: 'Completeness', submittedAt: 'Submitted', timeliness: 'Timeliness', open: 'Open', approve: 'Approve', return: 'Return',
      findings: 'Data-quality check', rule: 'Rule', importance: 'Importance', left: 'Figure', right: 'Against',
      QUALITY_ERRORS: 'Data-quality findings of importance ERROR: correct the figures (either side) before submitting.',
      QUALITY_WARNING_NEEDS_COMMENT: 'Data-quality warnings: correct them, or give a comment saying why the figures stand and submit again.',
      changes: 'Changes since the last approval', noChanges: 'No change since the last approval.', more: 'More',
      history: 'History', figures: 'Submitted figures', actor: 'By', at: 'At', action: 'Action', needComment: 'Returning needs a comment.',
      OPEN: 'Open', SUBMITTED: 'Submitted', RETURNED: 'Returned', APPROVED: 'Approved', ON_TIME: 'On time', LATE: 'Late', PENDING: 'Pending',
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

  // The workflow (approve, return) is the department's own GraphQL API, called as the signed-in user; the submission
  // goes through the gateway's data-quality check (below).
  function currentDataset() { var n = dataset(); return datasets.filter(function (d) { return d.name === n; })[0]; }
  function dept() { var d = currentDataset(); return d ? d.department : ''; }
  function cap(s) { return s.charAt(0).toUpperCase() + s.slice(1); }
  function year() { return Number($('year').value); }
  function gql(query, variables) {
    var h = headers(); h['content-type'] = 'application/json';
    return fetch('/graphql', { method: 'POST', headers: h, body: JSON.stringify({ query: query, variables: variables }) }).then(function (r) { return r.json(); });
  }
  function errorText(body) { return body.errors ? body.errors.map(function (e) { return (e.extensions && e.extensions.code ? e.extensions.code + ': ' : '') + e.message; }).join('; ') : ''; }
  function resultText(r) {
    if (r.ok) return t(r.period.state) + ' (' + r.period.unitCode + ', ' + r.period.year + ')';
    return t('refused') + ': ' + r.code + ' ' + (r.message || '') + (r.problems && r.problems.length ? ' · ' + r.problems.map(function (p) { return p.field + ' ' + p.code + ' ' + p.message; }).join('; ') : '');
  }
  var RESULT = '{ ok code message period { unitCode year state } problems { field code message } }';

  // The submission goes through the gateway's check of the data-quality rules (POST /intake/submit/<department>):
  // refused findings are listed here, a warning needs the comment field.
  function side(x) { return x ? (x.department || '') + '/' + (x.dataset || '') + ' ' + (x.row || x.label || '') + ' = ' + (x.value === null ? '–' : x.value) : ''; }
  function showFindings(list) {
    var out = $('submit-findings'); out.innerHTML = '';
    if (!list || !list.length) return;
    var tb = table([t('rule'), t('importance'), t('unit'), t('message'), t('left'), t('right')], list.map(function (f) {
      var tr = document.createElement('tr'); tr.className = f.importance === 'ERROR' ? 'error' : 'warning';
      tr.appendChild(td(f.ruleCode, 'cell')); tr.appendChild(td(f.importance)); tr.appendChild(td(f.unitCode + ' ' + (f.unitName || '')));
      tr.appendChild(td(lang === 'vi' ? (f.messageVi || f.message) : f.message)); tr.appendChild(td(side(f.left))); tr.appendChild(td(side(f.right)));
      return tr;
    }));
    tb.id = 'findings-table';
    var c = document.createElement('caption'); c.textContent = t('findings'); tb.insertBefore(c, tb.firstChild);
    out.appendChild(tb);
  }
  function submitPeriod(ev) {
    ev.preventDefault();
    var h = headers(); h['content-type'] = 'application/json';
    var url = '/intake/submit/' + encodeURIComponent(dept()) + '?year=' + year() + '&unitCode=' + encodeURIComponent($('unit').value.trim());
    fetch(url, { method: 'POST', headers: h, body: JSON.stringify({ comment: $('submit-comment').value || null }) }).then(function (r) { return r.json(); }).then(function (b) {
      showFindings(b.findings);
      if (b.ok) { $('submit-status').textContent = t(b.period.state) + ' (' + $('unit').value.trim() + ', ' + year() + ')'; return; }
      var words = b.code && T[lang][b.code] ? T[lang][b.code] + ' ' : '';
      $('submit-status').textContent = t('refused') + ': ' + (b.code || '') + ' ' + words + (b.message || (b.problems || []).map(function (p) { return p.code + ' ' + p.message; }).join('; '));
      if (b.code === 'QUALITY_WARNING_NEEDS_COMMENT') $('submit-comment').focus();
    }).catch(function (e) { $('submit-status').textContent = e.message; });
  }

  var reviewing = null;
  function loadPeriods() {
    var d = dept(), ds = dataset();
    var q = 'query($y: Int!) { p: ' + d + 'ReportingPeriods(year: $y) { unitCode unitName state submittedAt comment }'
      + ' r: province(code: "14") { inYear(year: $y) { ' + d + 'Reporting { kebabName unitCode unitsExpected unitsReporting completeness timeliness } } } }';
    gql(q, { y: year() }).then(function (b) {
      var out = $('periods'); out.innerHTML = '';
      if (!b.data || !b.data.p) { $('review-status').textContent = errorText(b); return; }
      var rates = {};
      ((b.data.r && b.data.r.inYear[d + 'Reporting']) || []).forEach(function (x) { if (x.kebabName === ds) rates[x.unitCode] = x; });
      var tb = table([t('unit'), t('unitName'), t('completeness'), t('state'), t('submittedAt'), t('timeliness'), ''], b.data.p.map(function (p) {
        var tr = document.createElement('tr'); tr.setAttribute('data-unit', p.unitCode);
        var r = rates[p.unitCode];
        tr.appendChild(td(p.unitCode, 'cell')); tr.appendChild(td(p.unitName));
        tr.appendChild(td(r ? r.unitsReporting + '/' + r.unitsExpected + ' (' + r.completeness + '%)' : '–', 'completeness'));
        tr.appendChild(td(t(p.state), 'state')); tr.appendChild(td(p.submittedAt ? p.submittedAt.slice(0, 10) : '')); tr.appendChild(td(r ? t(r.timeliness) : ''));
        var c = document.createElement('td'); var btn = document.createElement('button'); btn.type = 'button'; btn.textContent = t('open');
        btn.className = 'open-unit'; btn.setAttribute('aria-label', t('open') + ' ' + p.unitCode + ' ' + p.unitName);
        btn.addEventListener('click', function () { openSubmission(p.unitCode, p.unitName); }); c.appendChild(btn); tr.appendChild(c);
        return tr;
      }));
      tb.id = 'periods-table';
      out.appendChild(tb);
    });
  }
  function openSubmission(unitCode, unitName) {
    reviewing = unitCode;
    $('submission').hidden = false;
    $('submission-h').textContent = unitCode + ' · ' + unitName + ' · ' + year();
    var q = 'query($y: Int!, $u: String!) { p: ' + dept() + 'ReportingPeriods(year: $y, unitCode: $u) { state history { action from to at actor comment acknowledgedWarnings } } }';
    gql(q, { y: year(), u: unitCode }).then(function (b) {
      var h = $('submission-history'); h.innerHTML = '';
      var list = (b.data && b.data.p && b.data.p[0] && b.data.p[0].history) || [];
      var tb = table([t('at'), t('action'), t('state'), t('actor'), t('comment')], list.map(function (x) {
        var tr = document.createElement('tr');
        tr.appendChild(td(x.at.slice(0, 16).replace('T', ' '))); tr.appendChild(td(x.action)); tr.appendChild(td(t(x.from) + ' → ' + t(x.to))); tr.appendChild(td(x.actor)); tr.appendChild(td((x.comment || '') + (x.acknowledgedWarnings && x.acknowledgedWarnings.length ? ' [' + x.acknowledgedWarnings.join('; ') + ']' : '')));
        return tr;
      }));
      var cap1 = document.createElement('caption'); cap1.textContent = t('history'); tb.insertBefore(cap1, tb.firstChild);
      h.appendChild(tb);
    });
    loadChanges(unitCode, null);
    fetch('/intake/submissions/' + dataset() + '?year=' + year() + '&unitCode=' + encodeURIComponent(unitCode), { headers: headers() }).then(function (r) { return r.json(); }).then(function (b) {
      var out = $('submission-rows'); out.innerHTML = '';
      if (!b.rows) { out.textContent = (b.problems || []).map(function (p) { return p.code + ': ' + p.message; }).join('; '); return; }
      var cols = b.columns;
      var tb = table([t('unit'), t('unitName')].concat(cols.map(function (c) { return lang === 'vi' ? c.labelVi : c.name; })), b.rows.map(function (r) {
        var tr = document.createElement('tr');
        tr.appendChild(td(r.code, 'cell')); tr.appendChild(td(r.name));
        cols.forEach(function (c) { tr.appendChild(td(r.values ? r.values[c.name] : '')); });
        return tr;
      }));
      tb.id = 'submission-table';
      var cap2 = document.createElement('caption'); cap2.textContent = t('figures'); tb.insertBefore(cap2, tb.firstChild);
      out.appendChild(tb);
    });
  }
  // The unit's changes to the dataset since its last approval, per row and field (GET /intake/changes/<dataset>), 50 a page.
  function loadChanges(unitCode, after) {
    var url = '/intake/changes/' + dataset() + '?year=' + year() + '&unitCode=' + encodeURIComponent(unitCode) + '&first=50' + (after ? '&after=' + encodeURIComponent(after) : '');
    fetch(url, { headers: headers() }).then(function (r) { return r.json(); }).then(function (b) {
      var out = $('submission-changes');
      if (!after) out.innerHTML = '';
      if (!b.nodes) { out.textContent = (b.problems || []).map(function (p) { return p.code + ': ' + p.message; }).join('; '); return; }
      if (!after && !b.nodes.length) { var p = document.createElement('p'); p.textContent = t('noChanges'); out.appendChild(p); return; }
      var rows = [];
      b.nodes.forEach(function (n) {
        n.fields.forEach(function (f, i) {
          var tr = document.createElement('tr');
          tr.appendChild(td(i === 0 ? n.at.slice(0, 16).replace('T', ' ') : '')); tr.appendChild(td(i === 0 ? n.actor : '')); tr.appendChild(td(i === 0 ? n.action : ''));
          tr.appendChild(td(n.key, 'cell')); tr.appendChild(td(lang === 'vi' && b.labels[f.field] ? b.labels[f.field] : f.field));
          tr.appendChild(td(f.before === null ? '–' : f.before)); tr.appendChild(td(f.after === null ? '–' : f.after));
          rows.push(tr);
        });
      });
      var tb = table([t('at'), t('actor'), t('action'), t('key'), t('field'), t('before'), t('after')], rows);
      tb.className = 'changes-table';
      var c = document.createElement('caption'); c.textContent = t('changes') + ' (' + b.totalCount + (b.since ? ', ' + b.since.slice(0, 10) : '') + ')'; tb.insertBefore(c, tb.firstChild);
      var old = $('changes-more'); if (old) old.remove();
      out.appendChild(tb);
      if (b.pageInfo.hasNextPage) {
        var more = document.createElement('button'); more.type = 'button'; more.id = 'changes-more'; more.textContent = t('more');
        more.addEventListener('click', function () { loadChanges(unitCode, b.pageInfo.endCursor); }); out.appendChild(more);
      }
    });
  }
  function review(action) {
    return function () {
      var c = $('review-comment').value.trim();
      if (action === 'return' && !c) { $('review-status').textContent = t('needComment'); return; }
      var m = 'mutation($y: Int!, $u: String!, $c: String' + (action === 'return' ? '!' : '') + ') { r: ' + action + cap(dept()) + 'Period(year: $y, unitCode: $u, comment: $c) ' + RESULT + ' }';
      gql(m, { y: year(), u: reviewing, c: c || null }).then(function (b) {
        $('review-status').textContent = b.data && b.data.r ? resultText(b.data.r) : errorText(b);
        loadPeriods();
      });
    };
  }
  $('submit-form').addEventListener('submit', submitPeriod);
  $('periods-button').addEventListener('click', loadPeriods);
  $('approve-button').addEventListener('click', review('approve'));
  $('return-button').addEventListener('click', review('return'));

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
