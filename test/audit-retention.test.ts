import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { openDatabase } from '@lsp/shared';
import { dbKinds, dropMysqlDatabase, freshDatabaseUrl, quietLog } from './testkit';
import { gatewayDatabase } from '../gateway/src/database';
import { AuditEventEntity } from '../gateway/src/api-keys/audit-events';
import { pruneAuditEvents } from '../gateway/src/api-keys/audit-retention';

/**
 * Retention of the gateway's audit_event on each database: rows past the retention are archived as NDJSON, then
 * removed; recent rows stay; the archive holds exactly the removed rows; a failing archive write removes nothing.
 */
describe.each(dbKinds)('audit_event retention on %s', (kind) => {
  let db: DataSource;
  let url: string;
  const NOW = new Date('2026-12-07T00:00:00.000Z');
  const day = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();
  beforeEach(async () => {
    url = freshDatabaseUrl(kind, 'gwretention');
    db = await openDatabase({ service: 'gateway', url, ...gatewayDatabase, log: quietLog });
    const rows = [
      ...Array.from({ length: 25 }, (_, i) => ({ at: day(731 + i), kind: 'pii-read', who: `old-${i}`, requestId: `r${i}`, what: JSON.stringify({ fields: ['fullName'], i }) })),
      ...Array.from({ length: 5 }, (_, i) => ({ at: day(10 + i), kind: 'refusal', who: `new-${i}`, requestId: null, what: '{"code":"FORBIDDEN"}' })),
      { at: day(729), kind: 'api-key', who: 'edge', requestId: null, what: '{}' },
    ];
    await db.getRepository(AuditEventEntity).insert(rows);
  }, 60_000);
  afterEach(async () => {
    await db?.destroy();
    await dropMysqlDatabase(url);
  });

  it('archives then removes the rows older than the retention, keeps the recent ones; the archive is the removed rows', async () => {
    const repo = db.getRepository(AuditEventEntity);
    const old = await repo.createQueryBuilder('e').where('e.at < :c', { c: day(730) }).orderBy('e.id', 'ASC').getMany();
    expect(old).toHaveLength(25);
    const dir = join(mkdtempSync(join(tmpdir(), 'lsp-audit-archive-')), 'archive');
    const r = await pruneAuditEvents(db, { retentionDays: 730, archiveDir: dir, now: NOW, batchSize: 10 });
    expect(r.removed).toBe(25);
    expect(r.archive).toBeTruthy();
    const left = await repo.find({ order: { id: 'ASC' } });
    expect(left.map((x) => x.who).sort()).toEqual(['edge', 'new-0', 'new-1', 'new-2', 'new-3', 'new-4']);
    const lines = readFileSync(r.archive!, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual(old.map((o) => ({ id: o.id, at: o.at, kind: o.kind, who: o.who, requestId: o.requestId, what: o.what })));
    // Nothing left to prune: no new file.
    expect((await pruneAuditEvents(db, { retentionDays: 730, archiveDir: dir, now: NOW })).removed).toBe(0);
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('a failing archive write deletes nothing', async () => {
    const blocker = join(mkdtempSync(join(tmpdir(), 'lsp-audit-archive-')), 'not-a-folder');
    writeFileSync(blocker, 'a file where the archive folder should be');
    await expect(pruneAuditEvents(db, { retentionDays: 730, archiveDir: blocker, now: NOW })).rejects.toThrow(/EEXIST|ENOTDIR/);
    expect(await db.getRepository(AuditEventEntity).count()).toBe(31);
  });
});
