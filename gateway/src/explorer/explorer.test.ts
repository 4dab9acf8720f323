import type { AddressInfo } from 'node:net';
import express from 'express';
import { DEVELOPMENT_PERSONAS, listen, verifyBearerToken } from '@lsp/shared';
import { explorerRouter } from './index';

/** The explorer's own routes, without a platform: the page, the vendored assets, the tabs, the dev tokens. */
const ISSUER = 'son-la-learning-society-platform';
async function serve(developmentSecret?: string) {
  const app = express();
  app.use(explorerRouter({ developmentTokens: developmentSecret ? { secret: developmentSecret, issuer: ISSUER } : undefined }));
  const server = await listen(app, 0, '127.0.0.1');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('explorer routes', () => {
  it('serves GraphiQL and React from node_modules, and the persisted operations in the README order', async () => {
    const s = await serve();
    try {
      const js = await fetch(`${s.base}/explorer/vendor/graphiql.min.js`);
      expect(js.status).toBe(200);
      expect(js.headers.get('content-type')).toMatch(/javascript/);
      expect((await js.text()).length).toBeGreaterThan(1_000_000);
      const react = await fetch(`${s.base}/explorer/vendor/react.production.min.js`);
      expect(react.status).toBe(200);
      expect(await react.text()).toMatch(/React/);
      const own = await fetch(`${s.base}/explorer/explorer.js`);
      expect(own.status).toBe(200);
      expect(await own.text()).toContain('sessionStorage');
      const other = await fetch(`${s.base}/explorer/vendor/anything-else.js`);
      expect(other.status).toBe(404);
      await other.text();
      const ops = (await (await fetch(`${s.base}/explorer/operations.json`)).json()) as Array<{ name: string; query: string; variables: unknown }>;
      expect(ops.slice(0, 5).map((o) => o.name)).toEqual(['learning-society-dashboard', 'target-progress', 'district-drilldown', 'commune-today-in-earlier-year', 'labour-force']);
      expect(ops[0].variables).toEqual({ province: '14', year: 2015 });
      // A browser asking for /graphql is sent to the explorer instead of Apollo's internet-loaded landing page.
      const landing = await fetch(`${s.base}/graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' });
      expect(landing.status).toBe(302);
      expect(landing.headers.get('location')).toBe('/');
      await landing.text();
    } finally {
      await s.close();
    }
  });

  it('mints development tokens for the role picker only outside production (when given the local token settings)', async () => {
    const prod = await serve();
    try {
      expect(await (await fetch(`${prod.base}/explorer/dev-tokens.json`)).json()).toEqual([]);
    } finally {
      await prod.close();
    }
    const devSecret = 'a-development-secret-0123456789';
    const dev = await serve(devSecret);
    try {
      const tokens = (await (await fetch(`${dev.base}/explorer/dev-tokens.json`)).json()) as Array<{ role: string; token: string }>;
      expect(tokens.map((t) => t.role)).toEqual(expect.arrayContaining(['analyst', 'admin', 'editor:education']));
      const analyst = tokens.find((t) => t.role === 'analyst')!;
      expect((await verifyBearerToken(analyst.token, { secret: devSecret, issuer: ISSUER })).roles).toEqual(['analyst']);
      // The picker offers the same personas npm start prints (one list): reporters of district 118 and of a commune of today, approvers.
      expect(tokens.map((t) => t.role)).toEqual(DEVELOPMENT_PERSONAS.map((p) => p.roles[p.roles.length - 1]));
      for (const d of ['education', 'vocational', 'workforce', 'awards']) {
        expect(tokens.map((t) => t.role)).toEqual(expect.arrayContaining([`reporter:${d}:118`, `reporter:${d}:03703`, `approver:${d}`]));
      }
      const reporter = tokens.find((t) => t.role === 'reporter:education:118')!;
      expect((await verifyBearerToken(reporter.token, { secret: devSecret, issuer: ISSUER })).roles).toEqual(['reporter:education:118']);
    } finally {
      await dev.close();
    }
  });
});
