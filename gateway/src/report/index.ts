import type { ApolloServer } from '@apollo/server';
import express from 'express';
import { sendRefusal } from '../plugins/errors';
import type { GatewayContext } from '../context';
import { collectReportData, ReportInputError, type RunGraphQL } from './data';
import { PdfUnavailableError, printPdf } from './pdf';
import { renderReportHtml } from './render';

export { collectReportData, ReportInputError, type RunGraphQL } from './data';
export { renderReportHtml } from './render';

/** The report's footer line: what, for which year, and the SYNTHETIC label when it applies. */
export function reportFooter(year: number, synthetic: boolean): string {
  return `Báo cáo tiến độ xây dựng xã hội học tập năm ${year} · QĐ 354/QĐ-UBND${synthetic ? ' · DỮ LIỆU MẪU SYNTHETIC' : ''}`;
}

/** Builds the report (HTML, or PDF printed from it) from whatever runs the GraphQL operations. */
export async function buildReport(run: RunGraphQL, opts: { year: number; district?: string; format: 'html' | 'pdf'; generatedAt?: Date }): Promise<{ body: Buffer | string; contentType: string; synthetic: boolean }> {
  const data = await collectReportData(run, opts);
  const html = renderReportHtml(data, { generatedAt: opts.generatedAt ?? new Date() });
  if (opts.format === 'html') return { body: html, contentType: 'text/html; charset=utf-8', synthetic: data.synthetic };
  return { body: await printPdf(html, { footer: reportFooter(opts.year, data.synthetic) }), contentType: 'application/pdf', synthetic: data.synthetic };
}

/** Runs operations inside the gateway, as the caller: same query plan, loaders and access rules as /graphql. */
export function inGateway(apollo: ApolloServer<GatewayContext>, context: GatewayContext): RunGraphQL {
  return async (query, variables) => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: { ...context, sqlStatements: 0, subgraphCalls: 0 } });
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    return response.body.singleResult;
  };
}

/**
 * GET /reports/<year>.html and /reports/<year>.pdf (optional ?district=<code>), behind the same guard as
 * /graphql (the gateway's identify + rate limit middlewares), as the caller that guard identified.
 */
export function reportRouter(apollo: ApolloServer<GatewayContext>, guard: express.RequestHandler[], contextOf: (res: express.Response) => GatewayContext): express.Router {
  const router = express.Router();
  router.get('/reports/:file', ...guard, async (req, res) => {
    const m = /^(\d{4})\.(html|pdf)$/.exec(String(req.params.file));
    if (!m) {
      sendRefusal(res, 404, 'NOT_FOUND', 'Reports are /reports/<year>.html or /reports/<year>.pdf, e.g. /reports/2015.pdf');
      return;
    }
    const context = contextOf(res);
    const district = typeof req.query.district === 'string' ? req.query.district : undefined;
    try {
      const report = await buildReport(inGateway(apollo, context), { year: Number(m[1]), district, format: m[2] as 'html' | 'pdf' });
      res.status(200).type(report.contentType);
      if (m[2] === 'pdf') res.setHeader('content-disposition', `inline; filename="bao-cao-xhht-${m[1]}${district ? `-${district}` : ''}.pdf"`);
      res.send(report.body);
    } catch (err) {
      if (err instanceof ReportInputError) sendRefusal(res, 400, 'BAD_USER_INPUT', err.message);
      else if (err instanceof PdfUnavailableError) sendRefusal(res, 503, 'PDF_UNAVAILABLE', err.message);
      else sendRefusal(res, 502, 'SUBGRAPH_UNAVAILABLE', (err as Error).message);
    }
  });
  return router;
}
