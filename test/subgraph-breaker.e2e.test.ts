import { createServer, request as httpRequest } from 'node:http';
import { startPlatform, type RunningPlatform } from './testkit/platform';
import { gql } from './testkit';

/**
 * The circuit breakers of one subgraph on the real platform: vocational is reached through a switch that forwards
 * or hangs (accepts, never answers). The question asks vocational twice: a field the gateway fetches from it, and
 * the score, whose owner (education) reads vocational's score-parts feed by the same switch. Hung, both calls time
 * out (the gateway's at the 5 s read timeout, education's by the deadline the gateway gave it) until both breakers
 * open — the gateway's per subgraph, education's per department, same settings; then the question answers without
 * waiting, vocational SUBGRAPH_UNAVAILABLE and its components SOURCE_UNAVAILABLE, the rest served; when it answers
 * again, the probes close both breakers and the full answer returns.
 */
const READ_TIMEOUT_MS = 5000;
const DASHBOARD = `{ commune(code: "03646") { name inYear(year: 2016) { labourForce { workingAgePopulation } learningSociety { total unavailableSources components { source status } } } } }`;
// Education's breaker of the score-parts feeds reads the same settings as the gateway's (set before it is loaded).
process.env.SUBGRAPH_BREAKER_FAILURES = '2';
process.env.SUBGRAPH_BREAKER_OPEN_MS = '15000';
let hang = false;
let p: RunningPlatform;
let token: string;
let stopSwitch: () => void = () => undefined;

async function startSwitch(target: string): Promise<string> {
  const to = new URL(target);
  const server = createServer((req, res) => {
    if (hang) return; // accepted, never answered
    const out = httpRequest({ host: to.hostname, port: to.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    out.on('error', () => res.destroy());
    req.pipe(out);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const address = server.address();
  stopSwitch = () => {
    server.closeAllConnections();
    server.close();
  };
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
}

const breakerOf = async (name: string) => {
  const ready = await (await fetch(p.gatewayUrl.replace(/\/graphql$/, '/ready'))).json();
  return { status: ready.status, breaker: ready.subgraphs.find((s: { name: string }) => s.name === name)?.breaker };
};

beforeAll(async () => {
  p = await startPlatform({
    limits: { readTimeoutMs: READ_TIMEOUT_MS }, breaker: { failures: 2, openMs: 15_000 },
    route: (name, url) => (name === 'vocational' ? startSwitch(url) : url),
  });
  token = await p.token(['analyst']);
}, 180_000);
afterAll(async () => {
  hang = false;
  stopSwitch();
  await p?.stop();
});

it('opens after consecutive timeouts, answers at once without vocational, closes when it is back', async () => {
  expect((await gql(p.gatewayUrl, DASHBOARD, {}, { bearer: token })).errors).toBeUndefined();
  expect(await breakerOf('vocational')).toEqual({ status: 'ready', breaker: 'closed' });
  hang = true;
  for (let i = 0; i < 5 && (await breakerOf('vocational')).breaker !== 'open'; i++) await gql(p.gatewayUrl, DASHBOARD, {}, { bearer: token });
  expect(await breakerOf('vocational')).toEqual({ status: 'ready', breaker: 'open' });
  const metrics = await (await fetch(p.gatewayUrl.replace(/\/graphql$/, '/metrics'))).text();
  expect(metrics).toMatch(/lsp_subgraph_breaker_state\{subgraph="vocational"[^}]*\} 2/);

  const started = Date.now();
  const r = await gql(p.gatewayUrl, DASHBOARD, {}, { bearer: token });
  const elapsed = Date.now() - started;
  // A functional check, not a timing threshold: the answer did not wait for the read timeout.
  expect(elapsed).toBeLessThan(READ_TIMEOUT_MS);
  expect(r.data.commune.name).toBeTruthy();
  expect(r.data.commune.inYear.labourForce).toBeNull();
  const unavailable = (r.errors ?? []).filter((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE' && e.extensions?.subgraph === 'vocational');
  // Named by the gateway (its own fetch) and by education (the score's parts), both refused by an open breaker.
  expect(unavailable.some((e) => e.extensions?.serviceName === 'education')).toBe(true);
  expect(unavailable.some((e) => e.extensions?.serviceName !== 'education')).toBe(true);
  for (const e of unavailable) expect(e.message).toMatch(/circuit breaker open/);
  const ls = r.data.commune.inYear.learningSociety;
  expect(ls.unavailableSources).toEqual(['vocational']);
  const voc = ls.components.filter((c: { source: string }) => c.source === 'vocational');
  expect(voc.length).toBeGreaterThan(0);
  for (const c of voc) expect(c.status).toBe('SOURCE_UNAVAILABLE');

  hang = false;
  let back = false;
  for (let i = 0; i < 120 && !back; i++) {
    await new Promise((res) => setTimeout(res, 250));
    // A new text each time (a comment) so the response cache does not answer it: the call must reach vocational.
    back = (await gql(p.gatewayUrl, `${DASHBOARD}\n# after ${i}`, {}, { bearer: token })).errors === undefined && (await breakerOf('vocational')).breaker === 'closed';
  }
  expect(back).toBe(true);
  expect(await (await fetch(p.gatewayUrl.replace(/\/graphql$/, '/metrics'))).text()).toMatch(/lsp_subgraph_breaker_state\{subgraph="vocational"[^}]*\} 0/);
}, 150_000);
