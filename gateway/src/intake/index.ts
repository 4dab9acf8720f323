import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import busboy from 'busboy';
import { parse as parseCsv } from 'csv-parse/sync';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { GatewayContext } from '../context';
import { datasetCatalogue, type IntakeDataset } from './datasets';
import { problemVi } from './labels';
import { csvTemplate, xlsxTemplate } from './template';
import { IntakeRefusal, reportingUnit, runner, storedRows, unitRows, type RunGraphQL } from './units';
import { problem, readCsv, readWorkbook, sniff, UploadRefusal, type IntakeProblem, type ReadUpload } from './workbook';
import { intakePage } from './page';
import { checkSubmission, findingLine } from './quality';

export { describeDatasets } from './datasets';

/**
 * Department teams' intake (README "Department teams"):
 * - `GET /intake/templates/<dataset>.xlsx|.csv?year=Y&unitCode=U`: the template of a reporting unit's year;
 * - `POST /intake/<dataset>?year=Y&unitCode=U&dryRun=true` (multipart field `file`): the report and preview
 *   `{ problems, changes, digest }`; `&commit=<digest>` writes the same file if a fresh dry run has that digest;
 * - `POST /intake/submit/<department>?year=Y&unitCode=U` (JSON `{ comment }`): the unit's submission, after the
 *   data-quality check of that unit and year (quality.ts): ERROR findings refuse it (QUALITY_ERRORS), WARNING
 *   findings without a comment too (QUALITY_WARNING_NEEDS_COMMENT); with one, the warnings are acknowledged and
 *   audited with the transition (the department's submit<Dept>Period, acknowledgedWarnings);
 * - `GET /intake/changes/<dataset>?year=Y&unitCode=U[&first=&after=]`: what the unit changed since its last
 *   approval, per row and field (the department's <dept>SubmissionChanges);
 * - `GET /intake`: the page; `GET /intake/datasets.json`: the datasets it offers.
 * Every read and write goes through the supergraph as the caller (the same guard as /graphql); the writes are the
 * department's own import mutation, i.e. the kit's one write path (codes, all-or-nothing, audit).
 */
export interface IntakeDeps {
  apollo: ApolloServer<GatewayContext>;
  schema: () => GraphQLSchema | undefined;
  supergraphPath: string;
  guard: express.RequestHandler[];
  contextOf: (res: express.Response) => GatewayContext;
  /** A context of no one (anonymous), for metadata queries such as the departments' dataset descriptions. */
  anonymousContext: () => GatewayContext;
  /** The gateway's upload limits (GatewayLimits in server.ts: LIMIT_MAX_UPLOAD_BYTES, _ROWS, _UNZIPPED_BYTES). */
  limits: { maxUploadBytes: number; maxUploadRows: number; maxUnzippedBytes: number };
}

const CLIENT_DIR = join(__dirname, '..', '..', 'intake');

function sendProblems(res: express.Response, status: number, problems: IntakeProblem[], extra: Record<string, unknown> = {}) {
  res.status(status).json({ ok: false, problems, changes: null, digest: null, ...extra });
}

const refusalProblem = (code: string, message: string) => problem({ code, message });

/** Reads the single multipart `file` field, at most `max` bytes (413 past it). */
function readUpload(req: express.Request, max: number): Promise<{ filename: string; data: Buffer }> {
  return new Promise((resolve, reject) => {
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > max + 64 * 1024) return reject(new UploadRefusal(413, [refusalProblem('FILE_TOO_LARGE', `the upload is ${length} bytes; at most ${max} are accepted`)]));
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, limits: { fileSize: max, files: 1, fields: 10, parts: 12 } });
    } catch {
      return reject(new UploadRefusal(400, [refusalProblem('NO_FILE', 'send the file as multipart/form-data in the field "file"')]));
    }
    let got: { filename: string; data: Buffer } | undefined;
    let failure: UploadRefusal | undefined;
    bb.on('file', (name, stream, info) => {
      if (name !== 'file') {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('limit', () => {
        failure = new UploadRefusal(413, [refusalProblem('FILE_TOO_LARGE', `the file is larger than ${max} bytes`)]);
      });
      stream.on('end', () => {
        got = { filename: info.filename ?? '', data: Buffer.concat(chunks) };
      });
    });
    bb.on('error', (e: Error) => reject(new UploadRefusal(400, [refusalProblem('NO_FILE', `the multipart body cannot be read: ${e.message}`)])));
    bb.on('close', () => {
      if (failure) reject(failure);
      else if (!got) reject(new UploadRefusal(400, [refusalProblem('NO_FILE', 'no file in the multipart field "file"')]));
      else resolve(got);
    });
    req.pipe(bb);
  });
}

/** The CSV rows of an uploaded CSV (for the unit checks and the changes); unreadable CSV is left to the kit's reader. */
function csvRows(text: string): ReadUpload['rows'] {
  try {
    const records: string[][] = parseCsv(text, { relax_column_count: true, skip_empty_lines: true });
    const [header, ...rest] = records;
    return rest.map((r, i) => ({ line: i + 2, values: Object.fromEntries(header.map((h, j) => [h.trim(), (r[j] ?? '').trim()])) }));
  } catch {
    return [];
  }
}

const toCsv = (ds: IntakeDataset, rows: ReadUpload['rows']) => {
  const esc = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [ds.columns.map((c) => c.name).join(','), ...rows.map((r) => ds.columns.map((c) => esc(r.values[c.name] ?? '')).join(','))].join('\n') + '\n';
};

/** A typed value of a cell text as the department stores it (for the changes' before → after). */
function typed(ds: IntakeDataset, field: string, text: string): unknown {
  const c = ds.columns.find((x) => x.name === field);
  if (text === '') return null;
  if (c?.kind === 'int' || c?.kind === 'number') return Number(text);
  if (c?.kind === 'bool') return /^(true|1|yes|có)$/i.test(text);
  return text;
}

interface Preview {
  problems: IntakeProblem[];
  changes: { inserted: number; updated: number; unchanged: number; rows: number; items: Array<{ row: number; cell: string | null; key: string; action: 'insert' | 'update' | 'unchanged'; fields: Array<{ field: string; cell: string | null; before: unknown; after: unknown }> }> };
  digest: string;
  csv: string;
}

async function preview(run: RunGraphQL, ds: IntakeDataset, year: number, unitCode: string, file: { filename: string; data: Buffer }, limits: IntakeDeps['limits']): Promise<Preview> {
  const unit = await reportingUnit(run, unitCode, year);
  const upLimits = { maxRows: limits.maxUploadRows, maxUnzippedBytes: limits.maxUnzippedBytes };
  const kind = sniff(file.data, file.filename);
  let read: ReadUpload;
  let csv: string;
  if (kind === 'xlsx') {
    read = await readWorkbook(file.data, ds, { year, unitCode }, upLimits);
    csv = toCsv(ds, read.rows);
  } else {
    const c = readCsv(file.data, ds, upLimits);
    csv = c.text;
    read = { ...c, rows: csvRows(c.text) };
  }
  if (read.rows.length === 0 && kind === 'xlsx') throw new UploadRefusal(200, [problem({ sheet: read.sheet, code: 'NO_ROWS', message: 'the sheet has no data rows' })]);
  const at = (line: number, field: string) => ({ sheet: read.sheet, cell: read.letters[field] ? `${read.letters[field]}${line}` : null, row: line, field });
  const problems = [...read.problems];
  // The reporting unit's own rows only, of its year (the department's reporter roles enforce the same on write).
  const allowed = new Set(unitRows(ds, unit).map((u) => u.code));
  if (ds.unitKey) {
    for (const r of read.rows) {
      const key = r.values[ds.unitKey];
      if (key && !allowed.has(key)) {
        problems.push(problem({ ...at(r.line, ds.unitKey), value: key, code: 'OUTSIDE_UNIT', message: `${key} is not a ${ds.unitKey === 'communeCode' ? 'commune' : 'district'} of the reporting unit ${unit.code} (${unit.name}) in ${year}` }));
      }
      const y = r.values.year;
      if (y !== undefined && y !== '' && y !== String(year)) problems.push(problem({ ...at(r.line, 'year'), value: y, code: 'WRONG_YEAR', message: `the row is for ${y}, the upload for ${year}` }));
    }
  }
  const dry = await run(`mutation IntakeDryRun($csv: String!) { r: ${ds.importField}(csv: $csv, dryRun: true) { ok rows inserted updated unchanged code problems { row field code message } } }`, { csv });
  if (!dry.data?.r) throw graphqlRefusal(dry);
  const seen = new Set(problems.map((p) => `${p.row}|${p.field}`));
  const lineOf = (row: number | null) => (row === null ? null : read.rows[row - 1]?.line ?? (kind === 'csv' ? row + 1 : null));
  for (const p of dry.data.r.problems as Array<{ row: number | null; field: string; code: string; message: string }>) {
    const line = lineOf(p.row);
    // A cell the intake already refused (text for a number, a formula…) is not reported twice.
    if (line !== null && seen.has(`${line}|${p.field}`)) continue;
    const valueRow = p.row === null ? undefined : read.rows[p.row - 1];
    problems.push(problem({ ...(line === null ? { sheet: read.sheet, field: p.field } : at(line, p.field)), value: valueRow?.values[p.field] ?? null, code: p.code, message: p.message }));
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.cell ?? '').localeCompare(b.cell ?? ''));

  const stored = await storedRows(run, ds, unit, year);
  const items: Preview['changes']['items'] = [];
  if (ds.unitKey && problems.length === 0) {
    for (const r of read.rows) {
      const key = r.values[ds.unitKey];
      const before = stored.get(key);
      const fields = ds.columns.filter((c) => !c.key).map((c) => ({ field: c.name, cell: read.letters[c.name] ? `${read.letters[c.name]}${r.line}` : null, before: before ? (before[c.name] ?? null) : null, after: typed(ds, c.name, r.values[c.name] ?? '') }));
      const changed = fields.filter((f) => f.before !== f.after);
      items.push({ row: r.line, cell: read.letters[ds.unitKey] ? `${read.letters[ds.unitKey]}${r.line}` : null, key, action: !before ? 'insert' : changed.length ? 'update' : 'unchanged', fields: before ? changed : fields });
    }
  }
  const r = dry.data.r;
  const ok = problems.length === 0;
  // What is written is what was previewed: the file's rows as the department reads them, and the stored values they
  // replace. Any write to these rows in between changes the digest (PREVIEW_STALE on commit).
  const digest = createHash('sha256').update(JSON.stringify([ds.name, year, unitCode, csv, [...stored].sort(([a], [b]) => a.localeCompare(b))])).digest('hex');
  return { problems, csv, digest, changes: { inserted: ok ? r.inserted : 0, updated: ok ? r.updated : 0, unchanged: ok ? r.unchanged : 0, rows: read.rows.length, items } };
}

function graphqlRefusal(r: Awaited<ReturnType<RunGraphQL>>): UploadRefusal {
  const e = r.errors?.[0];
  const code = String(e?.extensions?.code ?? 'SUBGRAPH_UNAVAILABLE');
  const status = code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : code === 'BAD_USER_INPUT' ? 400 : 502;
  return new UploadRefusal(status, [problem({ code, message: e?.message ?? 'the department did not answer' })]);
}

const intParam = (v: unknown) => (typeof v === 'string' && /^\d{4}$/.test(v) ? Number(v) : undefined);

export function intakeRouter(deps: IntakeDeps): express.Router {
  const router = express.Router();
  // Descriptions are metadata: asked as an anonymous caller, once per schema.
  const catalogue = datasetCatalogue(deps.schema, deps.supergraphPath, (query) =>
    deps.apollo.executeOperation({ query }, { contextValue: deps.anonymousContext() }).then((r) => (r.body.kind === 'single' ? r.body.singleResult as never : {})));

  router.get('/intake', (_req, res) => {
    res.type('html').set('cache-control', 'no-cache').send(intakePage());
  });
  for (const file of ['intake.js', 'intake.css']) {
    router.get(`/intake/${file}`, (_req, res) => {
      res.sendFile(join(CLIENT_DIR, file), { headers: { 'cache-control': 'no-cache' } });
    });
  }
  router.get('/intake/datasets.json', async (_req, res) => {
    res.set('cache-control', 'no-cache').json((await catalogue()).map((d) => ({
      name: d.name, department: d.department, title: d.title, titleVi: d.titleVi, unitKey: d.unitKey,
      columns: d.columns.map((c) => ({ name: c.name, kind: c.kind, required: c.required, values: c.values, labelVi: c.labelVi, description: c.description, key: c.key })),
    })));
  });

  const signedIn = (res: express.Response): GatewayContext | undefined => {
    const context = deps.contextOf(res);
    if (context.identity.roles.includes('anonymous' as never)) {
      sendProblems(res, 401, [refusalProblem('UNAUTHENTICATED', 'sign in: the same bearer tokens and API keys as /graphql')]);
      return undefined;
    }
    return context;
  };
  const target = async (req: express.Request, res: express.Response, name: string): Promise<{ ds: IntakeDataset; year: number; unitCode: string } | undefined> => {
    const ds = (await catalogue()).find((d) => d.name === name);
    const year = intParam(req.query.year);
    const unitCode = typeof req.query.unitCode === 'string' ? req.query.unitCode : '';
    if (!ds) sendProblems(res, 404, [refusalProblem('UNKNOWN_DATASET', `no dataset "${name}" (see /intake/datasets.json)`)]);
    else if (!year) sendProblems(res, 400, [refusalProblem('BAD_USER_INPUT', 'year=YYYY is required')]);
    else if (!unitCode) sendProblems(res, 400, [refusalProblem('BAD_USER_INPUT', 'unitCode (the reporting district or commune) is required')]);
    else return { ds, year, unitCode };
    return undefined;
  };
  // A report is a 200 on a dry run; on a commit the same problems refuse it, a 4xx.
  const fail = (res: express.Response, err: unknown, commit = false) => {
    if (err instanceof UploadRefusal) sendProblems(res, commit && err.status === 200 ? 422 : err.status, err.problems, commit ? { committed: false } : {});
    else if (err instanceof IntakeRefusal) sendProblems(res, err.status, [refusalProblem(err.code, err.message)]);
    else sendProblems(res, 502, [refusalProblem('SUBGRAPH_UNAVAILABLE', (err as Error).message.slice(0, 300))]);
  };

  router.get('/intake/templates/:file', ...deps.guard, async (req, res) => {
    const m = /^([a-z0-9-]+)\.(xlsx|csv)$/.exec(String(req.params.file));
    if (!m) return sendProblems(res, 404, [refusalProblem('NOT_FOUND', 'templates are /intake/templates/<dataset>.xlsx or .csv')]);
    const context = signedIn(res);
    const t = context && (await target(req, res, m[1]));
    if (!context || !t) return;
    try {
      const run = runner(deps.apollo, context);
      const unit = await reportingUnit(run, t.unitCode, t.year);
      const rows = unitRows(t.ds, unit);
      const stored = await storedRows(run, t.ds, unit, t.year);
      const base = `${t.ds.name}-${t.year}-${t.unitCode}`;
      if (m[2] === 'csv') {
        res.status(200).type('text/csv; charset=utf-8').set('content-disposition', `attachment; filename="${base}.csv"`).send(csvTemplate(t.ds, t.year, rows, stored));
      } else {
        const body = await xlsxTemplate(t.ds, t.year, unit, rows, stored);
        res.status(200).type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').set('content-disposition', `attachment; filename="${base}.xlsx"`).send(body);
      }
    } catch (err) {
      fail(res, err);
    }
  });

  // What an approver opens: the figures a reporting unit stored for the year (every row of its template, as read
  // back through the department's list query, the same as the template's pre-filled values), labelled.
  router.get('/intake/submissions/:dataset', ...deps.guard, async (req, res) => {
    const context = signedIn(res);
    const t = context && (await target(req, res, String(req.params.dataset)));
    if (!context || !t) return;
    try {
      const run = runner(deps.apollo, context);
      const unit = await reportingUnit(run, t.unitCode, t.year);
      const stored = await storedRows(run, t.ds, unit, t.year);
      const columns = t.ds.columns.filter((c) => !c.key).map((c) => ({ name: c.name, labelVi: c.labelVi }));
      res.set('cache-control', 'no-store').json({
        dataset: t.ds.name, year: t.year, unit: { code: unit.code, name: unit.name }, columns,
        rows: unitRows(t.ds, unit).map((u) => ({ code: u.code, name: u.name, values: stored.get(u.code) ?? null })),
      });
    } catch (err) {
      fail(res, err);
    }
  });

  // What an approver opens next to the figures: the unit's changes to the dataset since its last approval.
  router.get('/intake/changes/:dataset', ...deps.guard, async (req, res) => {
    const context = signedIn(res);
    const t = context && (await target(req, res, String(req.params.dataset)));
    if (!context || !t) return;
    const first = typeof req.query.first === 'string' && /^\d{1,4}$/.test(req.query.first) ? Number(req.query.first) : undefined;
    const after = typeof req.query.after === 'string' && req.query.after ? req.query.after : undefined;
    try {
      const run = runner(deps.apollo, context);
      const r = await run(`query IntakeChanges($d: String!, $y: Int!, $u: String!, $first: Int, $after: String) {
        c: ${t.ds.department}SubmissionChanges(dataset: $d, year: $y, unitCode: $u, first: $first, after: $after) {
          dataset year unitCode since totalCount truncated pageInfo { endCursor hasNextPage } nodes { at actor action batchId key fields { field before after } } } }`,
      { d: t.ds.name, y: t.year, u: t.unitCode, ...(first ? { first } : {}), ...(after ? { after } : {}) });
      if (!r.data?.c) throw graphqlRefusal(r);
      const labels = Object.fromEntries(t.ds.columns.map((c) => [c.name, c.labelVi ?? c.name]));
      res.set('cache-control', 'no-store').json({ ...r.data.c, labels });
    } catch (err) {
      fail(res, err);
    }
  });

  // A unit's submission: the data-quality check of its year first (README "Department teams"), then the
  // department's own submit, which runs the kit's checks of the stored rows (HAS_ERRORS) and audits the step.
  router.post('/intake/submit/:department', ...deps.guard, express.json({ limit: '64kb' }), async (req, res) => {
    const context = signedIn(res);
    if (!context) return;
    const department = String(req.params.department);
    const year = intParam(req.query.year);
    const unitCode = typeof req.query.unitCode === 'string' ? req.query.unitCode : '';
    const comment = typeof req.body?.comment === 'string' && req.body.comment.trim() ? req.body.comment.trim() : null;
    if (!(await catalogue()).some((d) => d.department === department)) return sendProblems(res, 404, [refusalProblem('UNKNOWN_DEPARTMENT', `no department "${department}" with datasets (see /intake/datasets.json)`)]);
    if (!year) return sendProblems(res, 400, [refusalProblem('BAD_USER_INPUT', 'year=YYYY is required')]);
    if (!unitCode) return sendProblems(res, 400, [refusalProblem('BAD_USER_INPUT', 'unitCode (the reporting district or commune) is required')]);
    try {
      const run = runner(deps.apollo, context);
      // The check of submissionCheckPlugin (quality.ts), run here for the page's answer; the comment acknowledges the warnings listed.
      const check = await checkSubmission(run, department, year, unitCode, comment, null);
      const { findings, warnings } = check;
      if (check.refusal) {
        const { code, message } = check.refusal;
        return void res.status(422).json({ ok: false, submitted: false, code, message, findings, problems: [refusalProblem(code, message)] });
      }
      const D = department[0].toUpperCase() + department.slice(1);
      const w = await runner(deps.apollo, { ...context, submissionChecked: true })(`mutation IntakeSubmit($y: Int!, $u: String!, $c: String, $w: [String!]) {
        r: submit${D}Period(year: $y, unitCode: $u, comment: $c, acknowledgedWarnings: $w) {
          ok code message problems { row field code message } period { state submittedAt submittedBy comment history { action at actor comment acknowledgedWarnings } } } }`,
      { y: year, u: unitCode, c: comment, w: warnings.map(findingLine) });
      if (!w.data?.r) throw graphqlRefusal(w);
      const r = w.data.r;
      res.status(r.ok ? 200 : r.code === 'INVALID_TRANSITION' ? 409 : 422).json({
        ok: r.ok, submitted: r.ok, code: r.code, message: r.message, findings, acknowledgedWarnings: r.ok ? warnings.map(findingLine) : [], period: r.period,
        problems: (r.problems as Array<{ row: number | null; field: string; code: string; message: string }>).map((x) => problem({ row: x.row, field: x.field, code: x.code, message: x.message, messageVi: problemVi(x.code) })),
      });
    } catch (err) {
      fail(res, err);
    }
  });

  router.post('/intake/:dataset', ...deps.guard, async (req, res) => {
    const context = signedIn(res);
    const t = context && (await target(req, res, String(req.params.dataset)));
    if (!context || !t) {
      req.resume();
      return;
    }
    const commit = typeof req.query.commit === 'string' ? req.query.commit : undefined;
    if (!commit && req.query.dryRun !== 'true') {
      req.resume();
      return sendProblems(res, 400, [refusalProblem('BAD_USER_INPUT', 'either dryRun=true (a report, nothing written) or commit=<digest of that report>')]);
    }
    try {
      const file = await readUpload(req, deps.limits.maxUploadBytes);
      const run = runner(deps.apollo, context);
      const p = await preview(run, t.ds, t.year, t.unitCode, file, deps.limits);
      const body = { problems: p.problems, changes: p.changes, digest: p.digest };
      if (!commit) return void res.status(200).json({ ok: p.problems.length === 0, dryRun: true, ...body });
      if (p.problems.length) return void res.status(422).json({ ok: false, committed: false, ...body });
      if (commit !== p.digest) {
        return void res.status(409).json({ ok: false, committed: false, ...body, problems: [problem({ code: 'PREVIEW_STALE', message: 'the stored data or the file changed since the preview: look at the new report and commit again' })] });
      }
      const w = await run(`mutation IntakeCommit($csv: String!) { r: ${t.ds.importField}(csv: $csv, dryRun: false) { ok batchId rows inserted updated unchanged code problems { row field code message } } }`, { csv: p.csv });
      if (!w.data?.r) throw graphqlRefusal(w);
      if (!w.data.r.ok) {
        const problems = (w.data.r.problems as Array<{ row: number | null; field: string; code: string; message: string }>).map((x) => problem({ row: x.row, field: x.field, code: x.code, message: x.message, messageVi: problemVi(x.code) }));
        return void res.status(w.data.r.code === 'PERIOD_LOCKED' ? 409 : 422).json({ ok: false, committed: false, ...body, problems });
      }
      res.status(200).json({ ok: true, committed: true, batchId: w.data.r.batchId, ...body, changes: { ...p.changes, inserted: w.data.r.inserted, updated: w.data.r.updated, unchanged: w.data.r.unchanged } });
    } catch (err) {
      req.resume();
      fail(res, err, !!commit);
    }
  });
  return router;
}
