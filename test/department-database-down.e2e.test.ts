import { gql, dbKinds } from './testkit';
import { startPlatform, type RunningPlatform } from './testkit/platform';

/**
 * One department's DATABASE down while its subgraph process keeps running (issue 10, "Database faults become
 * coded answers"): the score marks that department's components SOURCE_UNAVAILABLE, exactly as for a stopped
 * subgraph, the error is coded and names the department (never host, port or SQL), and the subgraph's /ready
 * says so with a coded reason. The database is taken away by closing the subgraph's own DataSource (its pool
 * closed, every query refused), on SQLite and on MariaDB alike; the shared MariaDB server is not touched.
 */
describe.each(dbKinds)('with the vocational database down, its subgraph running (%s)', (kind) => {
  let p: RunningPlatform;
  beforeAll(async () => {
    p = await startPlatform({ kind });
    await p.subgraphs.vocational.db.destroy();
  });
  afterAll(async () => {
    // Reopened so that the platform's own stop (which closes it) and the test database's cleanup run as usual.
    await p?.subgraphs.vocational.db.initialize();
    await p?.stop();
  });

  it('scores the communes with the vocational components SOURCE_UNAVAILABLE and a coded error naming vocational', async () => {
    const r = await gql(p.gatewayUrl, `{ district(code: "127") { inYear(year: 2015) { communes { communeCode
      learningSociety { total coverage approved unavailableSources unapprovedSources components { source status points locked } }
      targetProgress { source status } } } } }`, {}, { bearer: await p.token(['analyst']) });
    const communes = r.data.district.inYear.communes;
    expect(communes).toHaveLength(8);
    for (const c of communes) {
      const ls = c.learningSociety;
      expect(ls.unavailableSources).toEqual(['vocational']);
      const voc = ls.components.filter((x: any) => x.source === 'vocational');
      expect(voc.length).toBeGreaterThan(0);
      for (const x of voc) expect(x).toMatchObject({ status: 'SOURCE_UNAVAILABLE', points: null, locked: null });
      expect(ls.components.some((x: any) => x.source === 'education' && x.status === 'SCORED')).toBe(true);
      expect(ls.total).toEqual(expect.any(Number));
      expect(ls.coverage).toBeLessThan(1);
      expect(ls.approved).toBe(false);
      expect(ls.unapprovedSources).toContain('vocational');
      for (const t of c.targetProgress.filter((x: any) => x.source === 'vocational')) expect(t.status).toBe('SOURCE_UNAVAILABLE');
    }
    expect(r.errors?.length).toBeGreaterThan(0);
    for (const e of r.errors ?? []) {
      expect(e.extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE', department: 'vocational' });
      expect(JSON.stringify(e)).not.toMatch(/127\.0\.0\.1|3306|localhost|SELECT|\.sqlite/i);
    }
  });

  it('answers /ready 503 with a coded reason naming the department, no driver text', async () => {
    const res = await fetch(new URL('/ready', p.subgraphs.vocational.url));
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body).toEqual({ status: 'unavailable', service: 'vocational', code: 'DATABASE_UNAVAILABLE', reason: expect.stringMatching(/vocational database/) });
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|3306|localhost|connection|sqlite|mysql/i);
    const other = await fetch(new URL('/ready', p.subgraphs.education.url));
    expect(other.status).toBe(200);
  });
});
