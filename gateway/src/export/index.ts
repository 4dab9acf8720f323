import type { ApolloServer } from '@apollo/server';
import express from 'express';
import { GraphQLError, Kind, parse, print, type GraphQLSchema, type OperationDefinitionNode, type ValidationRule } from 'graphql';
import { OPERATIONS_DIR, loadOperations, type PersistedOperation } from '../operations';
import type { GatewayContext } from '../context';
import { ExportError, ExportErrorCode } from './errors';
import { flatten, type Cell } from './flatten';
import { FORMATS, isExportFormat, writeTable, type ExportFormat, type Rows } from './formats';
import { planExport, type ExportPlan } from './plan';
import { variablesFromParams } from './variables';

export { ExportError, ExportErrorCode } from './errors';
export { flatten } from './flatten';
export { planExport } from './plan';
export { writeTable } from './formats';

/**
 * BI exports: any GraphQL query as one flat table (CSV, NDJSON or XLSX), run through the gateway itself
 * (apollo.executeOperation with the caller's own context: same authentication, limits and query plan).
 *
 * - `POST /export` `{ query, variables, operationName }` and `GET /export?query=…&variables=…&operationName=…`;
 *   the format from `format=csv|ndjson|xlsx`, else from `Accept`, else CSV.
 * - `GET /export/<name>.<csv|ndjson|xlsx>?year=2015&…`: every persisted operation (gateway/operations) as a
 *   named dataset, its variables from the query parameters.
 * - `GET /export` (no query): the datasets, their variables and their columns, as JSON.
 *
 * How rows and columns are made is in plan.ts. Errors before the first row are JSON `{ errors }` with
 * `extensions.code`; an answer with data and errors (a department did not answer) is still exported, the
 * errors in the `x-export-errors` header (URL-encoded JSON).
 */
export interface ExportDeps {
  apollo: ApolloServer<GatewayContext>;
  /** The gateway's schema now (it changes when the supergraph is reloaded). */
  schema: () => GraphQLSchema | undefined;
  /**
   * The gateway's query-shape rules (limits.ts), checked with GraphQL's own before an export is planned:
   * planning walks every fragment spread, so a document the limits refuse is never planned.
   */
  validationRules?: readonly ValidationRule[];
  /** The caller's verified identity as a request context; throws a GraphQLError (UNAUTHENTICATED) otherwise. */
  contextFor: (req: express.Request, res: express.Response) => Promise<GatewayContext>;
  operationsDir?: string;
  /** Run before an ad-hoc query is read (body parser and its limit, token limit); default: a 2 MB JSON body parser. */
  queryGuards?: express.RequestHandler[];
}

/**
 * Names the first exports were published under, kept working: the dataset each stands for and the values of
 * variables the old URLs did not carry (province 14 is Sơn La, the province the platform serves).
 */
const DATASET_ALIASES: Record<string, { operation: string; defaults: Record<string, unknown> }> = {
  'learning-society': { operation: 'learning-society-dashboard', defaults: { province: '14' } },
  'target-progress': { operation: 'target-progress', defaults: { province: '14' } },
};

const MAX_ERRORS_IN_HEADER = 10;

/** Headers of the GraphQL response that an export passes on (SQL statements, subgraph calls, limits). */
const PASSED_HEADERS = /^(x-|retry-after$|ratelimit)/i;

interface ExportRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string | null;
  format: ExportFormat;
  /** Download name without extension; by default the operation's name. */
  filename?: string;
}

export function exportRouter(deps: ExportDeps): express.Router {
  const router = express.Router();
  const operationsDir = deps.operationsDir ?? OPERATIONS_DIR;
  const queryGuards = deps.queryGuards ?? [express.json({ limit: '2mb' })];

  const schemaNow = () => {
    const schema = deps.schema();
    if (!schema) throw new ExportError(503, 'SCHEMA_NOT_LOADED', 'The gateway has not loaded its supergraph yet');
    return schema;
  };

  async function run(req: express.Request, res: express.Response, build: (schema: GraphQLSchema) => ExportRequest): Promise<void> {
    let context: GatewayContext;
    try {
      context = await deps.contextFor(req, res);
    } catch (err) {
      throw asExportError(err, 401);
    }
    const schema = schemaNow();
    const request = build(schema);
    let plan: ExportPlan;
    try {
      plan = planExport(schema, request.query, request.operationName, deps.validationRules);
    } catch (err) {
      const refused = err instanceof ExportError && (err.code === ExportErrorCode.GRAPHQL_VALIDATION_FAILED || err.code === ExportErrorCode.GRAPHQL_PARSE_FAILED);
      if (!refused) throw err;
      // Let Apollo word the refusal exactly as /graphql would (in production: without field suggestions).
      const answer = await deps.apollo.executeOperation(
        { query: request.query, variables: request.variables, operationName: request.operationName ?? undefined }, { contextValue: context });
      const errors = answer.body.kind === 'single' ? answer.body.singleResult.errors : undefined;
      if (!errors?.length) throw err;
      res.status(answer.http.status && answer.http.status >= 400 ? answer.http.status : 400).json({ errors });
      return;
    }
    // Taken before the first read: a row written from now on has updatedAt at or after it, so the next refresh
    // with updatedSince = this watermark cannot miss it (a row written during the export may come twice).
    const watermark = new Date().toISOString();
    const query = print(plan.document);
    const operationName = plan.operation.name?.value ?? request.operationName ?? undefined;
    const execute = (variables: Record<string, unknown> | undefined) =>
      deps.apollo.executeOperation({ query, variables, operationName }, { contextValue: context });
    const response = await execute(request.variables);
    for (const [k, v] of response.http.headers) if (PASSED_HEADERS.test(k)) res.setHeader(k, v);
    if (response.body.kind !== 'single') throw new ExportError(500, ExportErrorCode.INTERNAL, 'An export cannot stream an incremental (@defer) answer');
    const { data, errors } = response.body.singleResult;
    // Only a department that did not answer makes a partial table; an error of the request itself (a bad
    // year or code, a field the caller may not read) refuses the whole export, so no table is silently short.
    const refusal = errors?.find((e) => [400, 401, 403].includes(statusOf(String(e.extensions?.code ?? ''))));
    if (!data || refusal) {
      const first = refusal ?? errors?.[0];
      const code = String(first?.extensions?.code ?? ExportErrorCode.EXPORT_NO_DATA);
      const status = response.http.status && response.http.status >= 400 ? response.http.status : statusOf(code);
      res.status(status).json({ errors: errors ?? [{ message: 'The operation returned no data', extensions: { code } }] });
      return;
    }
    if (errors?.length) {
      // A header must stay small (clients refuse large ones): the first errors, and how many there were.
      res.setHeader('x-export-error-count', String(errors.length));
      res.setHeader('x-export-errors', encodeURIComponent(JSON.stringify(errors.slice(0, MAX_ERRORS_IN_HEADER).map((e) => ({
        message: e.message.slice(0, 300), code: e.extensions?.code, subgraph: e.extensions?.subgraph, path: e.path,
      })))));
    }
    res.setHeader('x-export-watermark', watermark);
    const rows = plan.paging ? pages(plan, data, request.variables ?? {}, async (variables) => {
      const next = await execute(variables);
      const single = next.body.kind === 'single' ? next.body.singleResult : undefined;
      // The header is gone with the first page: a later page that fails ends the download as failed.
      if (!single?.data || single.errors?.length) throw new Error(`A later page failed: ${single?.errors?.map((e) => e.message).join('; ') ?? 'no answer'}`);
      return single.data;
    }) : flatten(plan, data);
    await send(res, request, plan, rows);
  }

  async function send(res: express.Response, request: ExportRequest, plan: ExportPlan, rows: Rows) {
    res.status(200);
    res.setHeader('content-type', FORMATS[request.format].contentType);
    const filename = request.filename ?? plan.operation.name?.value ?? 'export';
    res.setHeader('content-disposition', `attachment; filename="${filename}.${request.format}"`);
    await writeTable(request.format, plan.columns, rows, res);
  }

  const handle = (build: (req: express.Request) => (schema: GraphQLSchema) => ExportRequest) => async (req: express.Request, res: express.Response) => {
    try {
      await run(req, res, build(req));
    } catch (err) {
      if (res.headersSent) {
        // Rows were already on their way: cut the response so the client sees a failed download, not a short table.
        res.destroy(err as Error);
        return;
      }
      const e = asExportError(err, 500);
      res.status(e.status).json(e.toJSON());
    }
  };

  const adHoc = (source: 'query' | 'body') => handle((req) => () => {
    const input = (source === 'body' ? req.body : req.query) as Record<string, unknown> | undefined;
    const query = input?.query;
    if (typeof query !== 'string' || !query.trim()) {
      throw new ExportError(400, ExportErrorCode.BAD_USER_INPUT, 'Send the GraphQL operation as "query"', { field: 'query' });
    }
    let variables = input?.variables;
    if (typeof variables === 'string') {
      try {
        variables = JSON.parse(variables);
      } catch {
        throw new ExportError(400, ExportErrorCode.BAD_USER_INPUT, '"variables" is not JSON', { field: 'variables' });
      }
    }
    if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) {
      throw new ExportError(400, ExportErrorCode.BAD_USER_INPUT, '"variables" must be a JSON object', { field: 'variables' });
    }
    const operationName = typeof input?.operationName === 'string' ? input.operationName : null;
    return { query, variables: (variables ?? undefined) as Record<string, unknown> | undefined, operationName, format: formatOf(req) };
  });

  router.get('/', async (req, res, next) => {
    if (req.query.query !== undefined) {
      next();
      return;
    }
    try {
      // The list shows fields of the schema: it needs the same identity as the exports themselves.
      await deps.contextFor(req, res).catch((err) => {
        throw asExportError(err, 401);
      });
      res.json({ datasets: listDatasets(schemaNow(), loadOperations(operationsDir)) });
    } catch (err) {
      const e = asExportError(err, 500);
      res.status(e.status).json(e.toJSON());
    }
  }, ...queryGuards, adHoc('query'));
  router.post('/', ...queryGuards, adHoc('body'));

  router.get('/:name.:format', handle((req) => (schema) => {
    const { name, format } = req.params as { name: string; format: string };
    if (!isExportFormat(format)) {
      throw new ExportError(400, ExportErrorCode.EXPORT_FORMAT_UNSUPPORTED, `Unknown format ".${format}"; use ${Object.keys(FORMATS).map((f) => `.${f}`).join(', ')}`);
    }
    const alias = DATASET_ALIASES[name];
    const operations = loadOperations(operationsDir);
    const op = operations.find((o) => o.name === (alias?.operation ?? name));
    if (!op) {
      throw new ExportError(404, ExportErrorCode.NOT_FOUND, `Unknown dataset "${name}"; GET /export lists them: ${operations.map((o) => o.name).join(', ')}`, { dataset: name });
    }
    const plan = planExport(schema, op.document, op.operationName);
    const variables = variablesFromParams(schema, plan.operation, req.query as Record<string, unknown>, alias?.defaults);
    return { query: op.document, variables, operationName: op.operationName, format, filename: name };
  }));

  return router;
}

/** The rows of every page of a paged operation, asking for the next page only when the writer wants more rows. */
export async function* pages(
  plan: ExportPlan, first: unknown, variables: Record<string, unknown>, next: (variables: Record<string, unknown>) => Promise<unknown>,
): AsyncGenerator<Cell[]> {
  const paging = plan.paging!;
  let data = first;
  for (let page = 0; ; page++) {
    yield* flatten(plan, data, { laterPage: page > 0 });
    let at: any = data;
    for (const key of paging.keys) at = at?.[key];
    const info = paging.style === 'pageInfo' ? at?.pageInfo : at;
    if (!info?.hasNextPage || !info.endCursor) return;
    data = await next({ ...variables, [paging.variable]: info.endCursor });
  }
}

/** What `GET /export` lists for each persisted operation: where to get it, what it takes, what columns it has. */
export function listDatasets(schema: GraphQLSchema, operations: PersistedOperation[]) {
  return operations.map((op) => {
    const definition = parse(op.document).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    let plan: ExportPlan | undefined;
    let unavailable: string | undefined;
    try {
      plan = planExport(schema, op.document, op.operationName);
    } catch (err) {
      // An operation the current schema cannot run (a field not deployed yet) is listed, with why, not hidden.
      unavailable = (err as Error).message;
    }
    return {
      name: op.name,
      title: op.title,
      description: op.description,
      operationName: op.operationName,
      urls: Object.fromEntries(Object.keys(FORMATS).map((f) => [f, `/export/${op.name}.${f}`])),
      // The cursor variable of a paged dataset is the export's to set, not a parameter to give.
      parameters: (definition.variableDefinitions ?? []).filter((v) => v.variable.name.value !== plan?.paging?.variable).map((v) => ({
        name: v.variable.name.value, type: print(v.type), required: v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue,
        example: op.exampleVariables[v.variable.name.value],
      })),
      paged: !!plan?.paging,
      columns: plan ? plan.columns.map((c) => ({ name: c.name, type: c.type })) : null,
      ...(unavailable ? { unavailable } : {}),
    };
  });
}

function formatOf(req: express.Request): ExportFormat {
  const asked = req.query.format ?? (req.body as Record<string, unknown> | undefined)?.format;
  if (asked !== undefined) {
    if (!isExportFormat(asked)) {
      throw new ExportError(400, ExportErrorCode.EXPORT_FORMAT_UNSUPPORTED, `Unknown format "${String(asked)}"; use ${Object.keys(FORMATS).join(', ')}`, { field: 'format' });
    }
    return asked;
  }
  const byMedia = Object.fromEntries(Object.entries(FORMATS).map(([f, d]) => [d.mediaType, f as ExportFormat]));
  const accepted = req.accepts(Object.keys(byMedia));
  return (accepted && byMedia[accepted]) || 'csv';
}

function statusOf(code: string): number {
  switch (code) {
    case ExportErrorCode.UNAUTHENTICATED: return 401;
    case ExportErrorCode.FORBIDDEN: return 403;
    case ExportErrorCode.BAD_USER_INPUT:
    case ExportErrorCode.GRAPHQL_VALIDATION_FAILED:
    case ExportErrorCode.GRAPHQL_PARSE_FAILED: return 400;
    default: return 502;
  }
}

function asExportError(err: unknown, fallbackStatus: number): ExportError {
  if (err instanceof ExportError) return err;
  if (err instanceof GraphQLError) {
    const code = String(err.extensions?.code ?? ExportErrorCode.INTERNAL);
    const http = err.extensions?.http as { status?: number } | undefined;
    return new ExportError(http?.status ?? (code === ExportErrorCode.INTERNAL ? fallbackStatus : statusOf(code)), code, err.message);
  }
  return new ExportError(fallbackStatus, ExportErrorCode.INTERNAL, (err as Error).message);
}
