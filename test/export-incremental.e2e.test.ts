import type { DataSource } from 'typeorm';
import { openDatabase } from '@lsp/shared';
import { ApiKeyEntity, ApiKeyStore, CreateApiKeys1764000009100 } from '../gateway/src/api-keys/store';
import { dbKinds, dropMysqlDatabase, freshDatabaseUrl, gql } from './testkit';
import { startPlatform, type RunningPlatform } from './testkit/platform';

/**
 * Incremental refresh of a fact dataset, as a BI tool runs it with its API key: a full export, then
 * `updatedSince` = the last `x-export-watermark` returns exactly the rows written since, and the keys deleted since.
 */
describe.each(dbKinds)('incremental refresh of a fact dataset (%s)', (kind) => {
  let p: RunningPlatform;
  let db: DataSource;
  let url: string;
  let store: ApiKeyStore;
  let key: string;
  beforeAll(async () => {
    url = freshDatabaseUrl(kind, 'gateway');
    db = await openDatabase({ service: 'gateway', url, entities: [ApiKeyEntity], migrations: [CreateApiKeys1764000009100] });
    store = new ApiKeyStore(db, 'test-pepper-0123456789abcdef');
    p = await startPlatform({ kind, only: ['geography', 'vocational'], apiKeyStore: store });
    key = (await store.create({ name: 'powerbi-so-ldtbxh', roles: ['analyst'], days: 30, actor: { sub: 'test-admin', roles: ['admin'] } })).key;
  });
  afterAll(async () => {
    await p?.stop();
    await db?.destroy();
    await dropMysqlDatabase(url);
  });

  const exportUrl = (query: string) => `${p.gatewayUrl.replace(/graphql$/, 'export')}/labour-force.ndjson?${query}`;
  const exportRows = async (query: string) => {
    const res = await fetch(exportUrl(query), { headers: { authorization: `ApiKey ${key}` } });
    expect(res.status).toBe(200);
    const text = await res.text();
    return { watermark: res.headers.get('x-export-watermark')!, rows: text.trim() ? text.trim().split('\n').map((l) => JSON.parse(l)) : [] };
  };
  const nodes = (rows: any[]) => rows.filter((r) => r._list === 'labourForceRows.nodes');
  const deleted = (rows: any[]) => rows.filter((r) => r._list === 'labourForceRows.deleted');

  it('takes the tool\u2019s API key, and refuses an unknown or revoked one with a coded 401', async () => {
    const made = await store.create({ name: 'to-revoke', roles: ['analyst'], days: 1, actor: { sub: 'test-admin', roles: ['admin'] } });
    const as = (k: string) => fetch(exportUrl('year=2015'), { headers: { authorization: `ApiKey ${k}` } });
    expect((await as(made.key)).status).toBe(200);
    await store.revoke(made.info.id, { sub: 'test-admin', roles: ['admin'] });
    for (const k of [made.key, `${made.key.slice(0, -4)}AAAA`]) {
      const res = await as(k);
      expect(res.status).toBe(401);
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('returns exactly the rows an import changed, then the key a deletion removed, each time with the next watermark', async () => {
    const HEADER = 'communeCode,year,workingAgePopulation,agriculturalWorkers,vocationallyTrainedWorkers,agriculturalWorkersTrainingAccess,technologyTransferWorkers,technologyTransferAgriculture,technologyTransferForestry,technologyTransferTourism,technologyTransferProcessing,source\n';
    const SAME = '03655,2015,2000,800,400,600,900,500,200,100,100,imported by the test\n';
    const editor = { bearer: await p.token(['editor:vocational']) };
    const importCsv = async (csv: string) => (await gql(p.gatewayUrl,
      'mutation($csv: String!) { importLabourForceCsv(csv: $csv) { ok inserted updated unchanged problems { message } } }', { csv }, editor)).data.importLabourForceCsv;
    expect(await importCsv(HEADER + SAME)).toMatchObject({ ok: true, updated: 1 });

    const full = await exportRows('year=2015');
    const all = nodes(full.rows);
    expect(all.length).toBe(204); // every commune that reported in 2015
    expect(deleted(full.rows)).toEqual([]);
    expect(new Set(all.map((r) => r['labourForceRows.nodes.communeCode'])).size).toBe(all.length);

    const unchanged = await exportRows(`year=2015&updatedSince=${encodeURIComponent(full.watermark)}`);
    expect(unchanged.rows).toEqual([]);

    // Three rows: one corrected, one with new figures, and one identical to what is stored (which must not come back).
    const row03646 = all.find((r) => r['labourForceRows.nodes.communeCode'] === '03646');
    const imported = await importCsv(HEADER
      + `03646,2015,${row03646['labourForceRows.nodes.workingAgePopulation'] + 1},400,200,340,700,400,200,50,50,imported by the test\n`
      + '03649,2015,1000,400,200,340,700,400,200,50,50,imported by the test\n'
      + SAME);
    expect(imported).toMatchObject({ ok: true, updated: 2, unchanged: 1 });

    const changed = await exportRows(`year=2015&updatedSince=${encodeURIComponent(full.watermark)}`);
    expect(nodes(changed.rows).map((r) => r['labourForceRows.nodes.communeCode']).sort()).toEqual(['03646', '03649']);
    expect(deleted(changed.rows)).toEqual([]);
    expect(changed.watermark > full.watermark).toBe(true);

    const removed = await gql(p.gatewayUrl, 'mutation { deleteLabourForce(communeCode: "03652", year: 2015) { ok } }', {}, editor);
    expect(removed.data.deleteLabourForce.ok).toBe(true);
    const after = await exportRows(`year=2015&updatedSince=${encodeURIComponent(changed.watermark)}`);
    expect(nodes(after.rows)).toEqual([]);
    expect(deleted(after.rows).map((r) => r['labourForceRows.deleted.key'])).toEqual(['03652|2015']);
  });
});
