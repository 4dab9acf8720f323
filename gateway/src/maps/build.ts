import type { RunGraphQL } from '../report/data';
import { collectMapData, mapSubject, type Boundaries } from './data';
import { renderMapSvg } from './render';

/** One map as SVG, from whatever runs the GraphQL operations (inside the gateway for /maps, in-process or over HTTP for the report). */
export async function buildMap(run: RunGraphQL, opts: { subject: string; year: number; boundaries?: Boundaries }): Promise<{ svg: string; synthetic: boolean; title: string }> {
  const data = await collectMapData(run, mapSubject(opts.subject), opts.year, opts.boundaries ?? 'REPORTED');
  return { svg: renderMapSvg(data), synthetic: data.synthetic, title: data.subject.titleVi };
}
