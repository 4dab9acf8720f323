import type { ApolloServer } from '@apollo/server';
import express from 'express';
import { sendRefusal } from '../plugins/errors';
import type { GatewayContext } from '../context';
import { buildMap } from '../maps/build';
import { collectReportData, ReportInputError, type ReportData, type RunGraphQL } from './data';
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
  data.maps = await reportMaps(run, opts.year, data.problems);
  if (data.maps.some((m) => m.synthetic)) data.synthetic = true;
  if (data.culture) {
    // Culture's section: households with a book cabinet on the map of the year's units (the catalogue indicator's map).
    try {
      const map = await buildMap(run, { subject: 'CU_HOUSEHOLD_BOOK_CABINETS', year: opts.year, boundaries: 'REPORTED' });
      data.culture.map = { caption: `Hộ gia đình có tủ sách trên 100 hộ, năm ${opts.year}`, svg: map.svg, synthetic: map.synthetic };
      if (map.synthetic) data.synthetic = true;
    } catch (err) {
      data.problems.push(`map CU_HOUSEHOLD_BOOK_CABINETS: ${(err as Error).message}`);
    }
  }
  const html = renderReportHtml(data, { generatedAt: opts.generatedAt ?? new Date() });
  if (opts.format === 'html') return { body: html, contentType: 'text/html; charset=utf-8', synthetic: data.synthetic };
  return { body: await printPdf(html, { footer: reportFooter(opts.year, data.synthetic) }), contentType: 'application/pdf', synthetic: data.synthetic };
}

/**
 * The report's maps of the province: the score by district in the year's own units (before 2025), and by today's 75
 * communes (the year read with boundaries CURRENT from 2025 on, where districts no longer exist, both are commune maps).
 * A map that cannot be drawn (a department down) becomes a problem of the report, not a failed report.
 */
async function reportMaps(run: RunGraphQL, year: number, problems: string[]): Promise<NonNullable<ReportData['maps']>> {
  const wanted = [
    { subject: 'score', boundaries: 'REPORTED' as const, caption: year < 2025 ? `Chỉ số học tập theo huyện, thành phố, năm ${year}` : `Chỉ số học tập theo xã, phường, năm ${year}` },
    { subject: 'score', boundaries: 'CURRENT' as const, caption: `Chỉ số học tập của 75 xã, phường hiện nay (từ 01/07/2025), số liệu năm ${year} tổng hợp từ các đơn vị cũ` },
  ];
  const maps: NonNullable<ReportData['maps']> = [];
  for (const w of year >= 2025 ? wanted.slice(0, 1) : wanted) {
    try {
      const map = await buildMap(run, { subject: w.subject, year, boundaries: w.boundaries });
      maps.push({ caption: w.caption, svg: map.svg, synthetic: map.synthetic });
    } catch (err) {
      problems.push(`map ${w.subject} (${w.boundaries}): ${(err as Error).message}`);
    }
  }
  return maps;
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
