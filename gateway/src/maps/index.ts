import type { ApolloServer } from '@apollo/server';
import express from 'express';
import { sendRefusal } from '../plugins/errors';
import { inGateway } from '../report';
import type { GatewayContext } from '../context';
import { buildMap } from './build';
import { MapInputError } from './data';

export { buildMap } from './build';
export { MapInputError } from './data';

/**
 * GET /maps/<score|grade|indicatorCode>.svg?year=Y[&boundaries=CURRENT], behind the same guard as /graphql, as the caller
 * that guard identified: the figures are read through the same query plan and access rules as any other answer.
 */
export function mapRouter(apollo: ApolloServer<GatewayContext>, guard: express.RequestHandler[], contextOf: (res: express.Response) => GatewayContext): express.Router {
  const router = express.Router();
  router.get('/maps/:file', ...guard, async (req, res) => {
    const m = /^([A-Za-z0-9_]{1,64})\.svg$/.exec(String(req.params.file));
    if (!m) {
      sendRefusal(res, 404, 'NOT_FOUND', 'Maps are /maps/<score|grade|indicatorCode>.svg?year=Y, e.g. /maps/score.svg?year=2015');
      return;
    }
    const boundaries = req.query.boundaries === undefined ? 'REPORTED' : String(req.query.boundaries);
    if (boundaries !== 'REPORTED' && boundaries !== 'CURRENT') {
      sendRefusal(res, 400, 'BAD_USER_INPUT', 'boundaries must be REPORTED or CURRENT');
      return;
    }
    const year = /^\d{4}$/.test(String(req.query.year ?? '')) ? Number(req.query.year) : NaN;
    try {
      const map = await buildMap(inGateway(apollo, contextOf(res)), { subject: m[1], year, boundaries });
      res.status(200).type('image/svg+xml; charset=utf-8').setHeader('x-synthetic-data', String(map.synthetic));
      res.send(map.svg);
    } catch (err) {
      if (err instanceof MapInputError) sendRefusal(res, err.code === 'NOT_FOUND' ? 404 : 400, err.code, err.message);
      else sendRefusal(res, 502, 'SUBGRAPH_UNAVAILABLE', (err as Error).message);
    }
  });
  return router;
}
