import { AuditRecordEntity, AuditStore, CreateAuditLog1764000000000, openDatabase, revertAllMigrations, dialectOf } from '@lsp/shared';
import { dbKinds, dropMysqlDatabase, freshDatabaseUrl, quietLog } from './testkit';

describe.each(dbKinds)('database factory on %s', (kind) => {
  it('creates the database, migrates up and down, and refuses nothing it should keep', async () => {
    const url = freshDatabaseUrl(kind, 'dbtest');
    expect(dialectOf(url)).toBe(kind);
    const db = await openDatabase({ service: 'dbtest', url, entities: [AuditRecordEntity], migrations: [CreateAuditLog1764000000000], log: quietLog });
    try {
      expect(db.options.synchronize).toBe(false);
      const applied = await db.query('SELECT name FROM migrations');
      expect(applied.map((r: { name: string }) => r.name)).toEqual(['CreateAuditLog1764000000000']);
      // the table works: write and read back through the store, Vietnamese text intact
      await db.transaction((m) => new AuditStore(db).record(m, 'editor@sở', [{ action: 'insert', entity: 'Test', entityKey: 'Xã Chiềng Ly', before: null, after: { n: 1 } }]));
      const [rec] = await new AuditStore(db).list({ entity: 'Test' });
      expect(rec).toMatchObject({ actor: 'editor@sở', entityKey: 'Xã Chiềng Ly', after: '{"n":1}' });
      // reopening runs no migration twice
      await db.destroy();
      const again = await openDatabase({ service: 'dbtest', url, entities: [AuditRecordEntity], migrations: [CreateAuditLog1764000000000], log: quietLog });
      expect(Number((await again.query('SELECT COUNT(*) AS n FROM migrations'))[0].n)).toBe(1);
      expect(Number((await again.query('SELECT COUNT(*) AS n FROM audit_log'))[0].n)).toBe(1);
      // down
      expect(await revertAllMigrations(again)).toBe(1);
      expect(await again.createQueryRunner().hasTable('audit_log')).toBe(false);
      await again.destroy();
    } finally {
      if (db.isInitialized) await db.destroy();
      await dropMysqlDatabase(url);
    }
  });
});

describe.each(dbKinds)('every subgraph migrates up and down on %s', (kind) => {
  const { SUBGRAPHS } = jest.requireActual('../gateway/src/subgraphs') as typeof import('../gateway/src/subgraphs');
  const { loadSubgraphModule } = jest.requireActual('./testkit/platform') as typeof import('./testkit/platform');
  for (const s of SUBGRAPHS) {
    it(`${s.name}: all migrations up, then all down, leave no table behind`, async () => {
      const mod = loadSubgraphModule(s.name);
      const url = freshDatabaseUrl(kind, `mig_${s.name}`);
      const db = await openDatabase({ service: s.name, url, entities: mod.entities, migrations: mod.migrations, log: quietLog });
      try {
        const applied = await db.query('SELECT name FROM migrations');
        expect(applied).toHaveLength(mod.migrations.length);
        expect(await revertAllMigrations(db)).toBe(mod.migrations.length);
        const qr = db.createQueryRunner();
        const tables = db.entityMetadatas.map((m) => m.tableName);
        expect(tables.length).toBeGreaterThan(0);
        for (const t of tables) expect([t, await qr.hasTable(t)]).toEqual([t, false]);
        await qr.release();
      } finally {
        await db.destroy();
        await dropMysqlDatabase(url);
      }
    });
  }
});
