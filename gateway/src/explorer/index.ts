import { dirname, join } from 'node:path';
import express from 'express';
import { DEVELOPMENT_PERSONAS, issueToken } from '@lsp/shared';
import { loadOperations } from '../operations';

/**
 * The analysts' explorer at `/`: GraphiQL served by the gateway itself from the npm packages in
 * node_modules (graphiql's prebuilt UMD bundle and React 18's UMD builds), so it works on a provincial
 * network with no internet. A sign-in box sets the Authorization header (`Bearer <jwt>` or `ApiKey <key>`);
 * the persisted operations of gateway/operations/ open as tabs.
 */
export interface ExplorerOptions {
  /**
   * The gateway's local HS256 token settings, given only outside production (where the gateway accepts such
   * tokens): the role picker then offers one freshly minted development token per role. Undefined: no picker.
   */
  developmentTokens?: { secret: string; issuer: string };
}

/** Files served under /explorer/vendor/: the name in the URL → the file inside an npm package. */
const VENDOR: Record<string, string> = {
  'react.production.min.js': 'react/umd/react.production.min.js',
  'react-dom.production.min.js': 'react-dom/umd/react-dom.production.min.js',
  'graphiql.min.js': 'graphiql/graphiql.min.js',
  'graphiql.min.css': 'graphiql/graphiql.min.css',
};

/** The tabs in the README's order; any other persisted operation follows, by name. */
const TAB_ORDER = ['learning-society-dashboard', 'target-progress', 'district-drilldown', 'commune-today-in-earlier-year', 'labour-force', 'data-quality', 'target-gaps', 'target-forecasts'];

/**
 * The explorer's own page script and style: plain browser files in gateway/explorer/ (not compiled, and
 * outside src/ so that they ship with dist/ in the service image, like gateway/operations/).
 */
const CLIENT_DIR = join(__dirname, '..', '..', 'explorer');

/** The HTML of `/`: every script and style comes from the gateway itself. */
export function explorerPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sơn La learning-society platform: GraphQL explorer</title>
<link rel="stylesheet" href="/explorer/vendor/graphiql.min.css">
<link rel="stylesheet" href="/explorer/explorer.css">
</head>
<body>
<header id="signin">
  <strong>Sơn La learning-society platform</strong>
  <form id="signin-form" autocomplete="off">
    <label>Scheme <select id="auth-scheme" name="scheme"><option value="Bearer">Bearer token</option><option value="ApiKey">API key</option></select></label>
    <label>Credential <input id="auth-credential" name="credential" type="password" placeholder="paste a token or API key" size="40"></label>
    <button id="signin-button" type="submit">Sign in</button>
    <button id="signout-button" type="button">Sign out</button>
    <span id="dev-roles" hidden><label>Development role <select id="dev-role"><option value="">choose…</option></select></label></span>
  </form>
  <span id="auth-status" role="status">Not signed in</span>
</header>
<main id="graphiql">Loading the explorer…</main>
<script src="/explorer/vendor/react.production.min.js"></script>
<script src="/explorer/vendor/react-dom.production.min.js"></script>
<script src="/explorer/vendor/graphiql.min.js"></script>
<script src="/explorer/explorer.js"></script>
</body>
</html>
`;
}

export function explorerRouter(opts: ExplorerOptions): express.Router {
  const router = express.Router();
  const dev = opts.developmentTokens;
  const page = explorerPage();

  router.get('/', (_req, res) => {
    res.type('html').set('cache-control', 'no-cache').send(page);
  });
  // Apollo Server's own landing page on GET /graphql loads Apollo Sandbox from the internet: send browsers here.
  router.get('/graphql', (req, res, next) => {
    if (req.accepts(['json', 'html']) === 'html' && !req.query.query) res.redirect(302, '/');
    else next();
  });
  router.get('/explorer/vendor/:file', (req, res) => {
    const target = VENDOR[req.params.file];
    if (!target) {
      res.status(404).type('text/plain').send('not found\n');
      return;
    }
    const pkg = target.split('/')[0];
    const file = join(dirname(require.resolve(`${pkg}/package.json`)), target.slice(pkg.length + 1));
    res.sendFile(file, { maxAge: '1h' });
  });
  for (const file of ['explorer.js', 'explorer.css']) {
    router.get(`/explorer/${file}`, (_req, res) => {
      res.sendFile(join(CLIENT_DIR, file), { headers: { 'cache-control': 'no-cache' } });
    });
  }
  router.get('/explorer/operations.json', (_req, res) => {
    const rank = (name: string) => (TAB_ORDER.indexOf(name) + TAB_ORDER.length + 1) % (TAB_ORDER.length + 1);
    res.json(loadOperations().sort((a, b) => rank(a.name) - rank(b.name)).map((o) => ({ name: o.name, operationName: o.operationName, title: o.title, description: o.description, query: o.document, variables: o.exampleVariables })));
  });
  router.get('/explorer/dev-tokens.json', async (_req, res) => {
    if (!dev) {
      res.json([]);
      return;
    }
    const tokens = await Promise.all(
      DEVELOPMENT_PERSONAS.map(async (p) => ({
        role: p.roles[p.roles.length - 1],
        label: p.label,
        labelVi: p.labelVi,
        token: await issueToken(p.sub, p.roles, { ...dev, expiresIn: '12h' }),
      })),
    );
    res.set('cache-control', 'no-store').json(tokens);
  });
  return router;
}
