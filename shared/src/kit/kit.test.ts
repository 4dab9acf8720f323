import { EntitySchema, Table, type DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { dbKinds, dropMysqlDatabase, freshDatabaseUrl, quietLog } from '../../../test/testkit';
import { sonLaUnits, yearEnd } from '../admin-units';
import { AuditRecordEntity, AuditStore, CreateAuditLog1764000000000 } from '../audit';
import { column } from '../db/columns';
import { createServiceMetrics, metricsText } from '../observability/metrics';
import { openDatabase } from '../db/data-source';
import type { Identity } from '../identity';
import { AddReportingWorkflow1767000000000, AddTombstoneScope1767000000000, col, communePeriod, connection, CreateKitTables1765000000000, ReportingWorkflow, classifyDatabaseError, defineDataset, DatasetWriter, kitEntities, partOf, PeriodLocks, publicError } from '.';

/** A small dataset of its own (households reached per commune and year) exercises every part of the kit. */
interface ReachRow {
  communeCode: string;
  year: number;
  households: number;
  reached: number;
  surveyedOn: string | null;
  method: string;
  source: string;
  synthetic: boolean;
  updatedAt: string;
}
const ReachEntity = new EntitySchema<ReachRow>({
  name: 'KitReach',
  tableName: 'kit_reach',
  columns: {
    communeCode: { name: 'commune_code', type: 'varchar', length: 10, primary: true },
    year: { type: 'int', primary: true },
    households: { type: 'int' },
    reached: { type: 'int' },
    surveyedOn: { name: 'surveyed_on', type: 'varchar', length: 10, nullable: true },
    method: { type: 'varchar', length: 20 },
    source: { type: 'varchar', length: 20 },
    synthetic: { type: 'boolean' },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 24 },
  },
});
class CreateKitReach1765000000001 implements MigrationInterface {
  name = 'CreateKitReach1765000000001';
  async up(qr: QueryRunner) {
    await qr.createTable(new Table({
      name: 'kit_reach',
      columns: [
        { ...column.code('commune_code', 10), isPrimary: true }, { ...column.int('year', false), isPrimary: true },
        column.int('households', false), column.int('reached', false), column.date('surveyed_on'), column.code('method', 20),
        column.code('source', 20), column.bool('synthetic'), column.timestamp('updated_at'),
      ],
    }));
  }
  async down(qr: QueryRunner) {
    await qr.dropTable('kit_reach');
  }
}

const units = sonLaUnits();
const [C1, C2] = units.districtTerritory('116', 2015);
const C3 = units.districtTerritory('118', 2015)[0];

const reach = defineDataset({
  name: 'reach',
  cliKind: 'reach',
  department: 'vocational',
  title: 'Households reached',
  columns: {
    communeCode: col.text(10, { aliases: ['commune_code'] }),
    year: col.int({ min: 2010, max: 2030 }),
    households: col.count(),
    reached: col.count({ aliases: ['households_reached'] }),
    surveyedOn: col.date({ optional: true }),
    method: col.oneOf(['VISIT', 'PHONE'] as const),
    source: col.text(20, { optional: true }),
  },
  key: ['communeCode', 'year'],
  rules: [partOf('reached', 'households')],
  defaults: { source: 'kit test' },
  check: (rows) => rows.filter((r) => !units.commune(r.values.communeCode, yearEnd(r.values.year)))
    .map((r) => ({ row: r.row, field: 'communeCode', code: 'UNKNOWN_COMMUNE', message: `${r.values.communeCode} is not a commune in ${r.values.year}` })),
  period: (r, u) => communePeriod(u, r.year, r.communeCode),
  tables: [{
    entity: ReachEntity, auditEntity: 'KitReach', key: ['communeCode', 'year'], constants: { synthetic: false },
    fields: { communeCode: 'communeCode', year: 'year', households: 'households', reached: 'reached', surveyedOn: 'surveyedOn', method: 'method', source: 'source' },
  }],
});

const HEADER = 'communeCode,year,households,reached,surveyedOn,method';
const row = (over: Partial<Record<string, string>> = {}) => {
  const v = { communeCode: C1, year: '2015', households: '100', reached: '40', surveyedOn: '2015-06-30', method: 'VISIT', ...over };
  return `${v.communeCode},${v.year},${v.households},${v.reached},${v.surveyedOn},${v.method}`;
};
const editor: Identity = { sub: 'ms.lan', roles: ['editor:vocational'] };
const admin: Identity = { sub: 'root', roles: ['admin'] };
const codes = (o: { problems: Array<{ row: number | null; field: string; code: string }> }) => o.problems.map((p) => `${p.row}:${p.field}:${p.code}`);

describe('column parsing (same answer for a CSV cell and a mutation value)', () => {
  it.each([
    ['year', '0x2BC', 'NOT_NUMBER'], ['households', '7e2', 'NOT_NUMBER'], ['households', '700.0', 'NOT_NUMBER'], ['households', '-1', 'NEGATIVE'],
    ['surveyedOn', '2013-02-29', 'NOT_DATE'], ['surveyedOn', '1980-02-31', 'NOT_DATE'], ['surveyedOn', '2015-6-30', 'NOT_DATE'],
    ['method', 'MAYBE', 'NOT_ALLOWED'], ['communeCode', 'X'.repeat(11), 'TOO_LONG'], ['communeCode', '', 'REQUIRED'], ['year', '2031', 'OUT_OF_RANGE'],
    ['surveyedOn', `${new Date().getUTCFullYear() + 1}-01-01`, 'OUT_OF_RANGE'], ['surveyedOn', '2099-06-15', 'OUT_OF_RANGE'],
  ])('%s = %j is %s', (field, value, code) => {
    const csv = reach.fromCsv(`${HEADER}\n${row({ [field]: value })}`);
    expect(codes(csv)).toEqual([`1:${field}:${code}`]);
    const input = reach.fromInputs([{ communeCode: C1, year: 2015, households: 100, reached: 40, surveyedOn: '2015-06-30', method: 'VISIT', [field]: value }]);
    expect(codes(input)).toEqual([`1:${field}:${code}`]);
  });
  it('accepts a leap day that exists, a BOM, header aliases, and leaves an optional column empty', () => {
    const r = reach.fromCsv(`\uFEFFcommune_code,year,households,households_reached,surveyedOn,method\n${row({ surveyedOn: '2016-02-29' })}\n${row({ year: '2016', surveyedOn: '' })}`);
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => x.values.surveyedOn)).toEqual(['2016-02-29', null]);
    expect(r.rows[0].values.source).toBe('kit test');
  });
  it('refuses a column given twice under its name and its alias, unknown and missing columns', () => {
    expect(codes(reach.fromCsv(`communeCode,commune_code,year,households,reached,method\n`))).toEqual(['null:communeCode:DUPLICATE_COLUMN']);
    expect(codes(reach.fromCsv(`communeCode,year,households,method,extra\n`))).toEqual(['null:extra:UNKNOWN_COLUMN', 'null:reached:MISSING_COLUMN']);
  });
});

describe('CSV intake tells people what is wrong with the file', () => {
  const utf8 = `${HEADER}\n${row()}\n`;
  it('refuses UTF-16 (with or without BOM) naming it', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8, 'utf16le')]);
    expect(reach.fromCsv(le).problems).toEqual([expect.objectContaining({ code: 'ENCODING', message: expect.stringContaining('UTF-16') })]);
    expect(reach.fromCsv(Buffer.from(utf8, 'utf16le')).problems[0]).toMatchObject({ code: 'ENCODING', message: expect.stringContaining('UTF-16') });
    expect(reach.fromCsv(Buffer.from(utf8, 'utf16le').toString('utf8')).problems[0]).toMatchObject({ code: 'ENCODING' });
  });
  it('refuses Windows-1258 naming it, and text that went through a lossy decode', () => {
    // "Mường Lạn" in Windows-1258: base letters with combining marks 0xF2 (dot below) and 0xEC (acute).
    const cp1258 = Buffer.concat([Buffer.from(`${HEADER},\n`), Buffer.from('M'), Buffer.from([0xf0 - 0x40 + 0x40]), Buffer.from('ng L'), Buffer.from('a'), Buffer.from([0xf2]), Buffer.from('n,x\n')]);
    const r = reach.fromCsv(cp1258);
    expect(r.problems).toEqual([expect.objectContaining({ code: 'ENCODING', field: '(file)', message: expect.stringContaining('Windows-1258') })]);
    expect(reach.fromCsv(cp1258.toString('utf8')).problems[0]).toMatchObject({ code: 'ENCODING' });
  });
  it('refuses ; and tab separators saying so', () => {
    expect(reach.fromCsv(HEADER.replace(/,/g, ';')).problems[0]).toMatchObject({ code: 'SEPARATOR', message: expect.stringContaining('semicolons') });
    expect(reach.fromCsv(HEADER.replace(/,/g, '\t')).problems[0]).toMatchObject({ code: 'SEPARATOR', message: expect.stringContaining('tabs') });
  });
});

describe('a dataset that contradicts its entity fails at definition', () => {
  it('refuses a text column longer than the stored column', () => {
    expect(() => defineDataset({ ...reach, columns: { ...reach.columns, communeCode: col.text(50) } })).toThrow(/KitReach.communeCode holds 10 characters/);
  });
});

describe.each(dbKinds)('the kit writing on %s', (kind) => {
  let db: DataSource;
  let url: string;
  let writer: DatasetWriter;
  const count = async () => Number((await db.query('SELECT COUNT(*) AS n FROM kit_reach'))[0].n);
  beforeAll(async () => {
    url = freshDatabaseUrl(kind, 'kit');
    db = await openDatabase({
      service: 'kit', url, log: quietLog,
      entities: [AuditRecordEntity, ...kitEntities, ReachEntity],
      migrations: [CreateAuditLog1764000000000, CreateKitTables1765000000000, CreateKitReach1765000000001, AddTombstoneScope1767000000000, AddReportingWorkflow1767000000000],
    });
    writer = new DatasetWriter(db, units, 'vocational');
  });
  afterAll(async () => {
    await db?.destroy();
    await dropMysqlDatabase(url);
  });

  it('refuses a 21-character code and every bad value before the database sees it, writing nothing', async () => {
    const o = await writer.importCsv(reach, `${HEADER}\n${row({ communeCode: 'P'.repeat(21) })}\n${row({ communeCode: C2, reached: '101' })}\n${row({ communeCode: '99999' })}`, { actor: 'kit' });
    expect(o.ok).toBe(false);
    expect(codes(o)).toEqual(['1:communeCode:TOO_LONG', '2:reached:PART_EXCEEDS_WHOLE', '3:communeCode:UNKNOWN_COMMUNE']);
    expect(await count()).toBe(0);
    const refused = await new AuditStore(db).list({ batchId: o.batchId });
    expect(JSON.parse(refused[0].after!)).toMatchObject({ result: 'refused', problems: 3 });
  });

  it('writes all-or-nothing, idempotently, with updatedAt and audit before/after', async () => {
    const first = await writer.importCsv(reach, `${HEADER}\n${row()}\n${row({ communeCode: C2 })}\n${row({ communeCode: C3 })}`, { actor: 'kit' });
    expect(first).toMatchObject({ ok: true, inserted: 3, updated: 0, unchanged: 0 });
    const again = await writer.importCsv(reach, `${HEADER}\n${row()}\n${row({ communeCode: C2 })}\n${row({ communeCode: C3 })}`, { actor: 'kit' });
    expect(again).toMatchObject({ ok: true, inserted: 0, updated: 0, unchanged: 3 });
    const stored = await db.getRepository(ReachEntity).findOneByOrFail({ communeCode: C1, year: 2015 });
    expect(stored.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const upd = await writer.upsert(reach, [{ communeCode: C1, year: 2015, households: 100, reached: 55, method: 'PHONE' }], { actor: 'ms.lan' });
    expect(upd).toMatchObject({ ok: true, updated: 1 });
    const [rec] = await new AuditStore(db).list({ entityKey: `${C1}|2015` });
    expect(rec).toMatchObject({ action: 'update', actor: 'ms.lan' });
    expect(JSON.parse(rec.before!)).toMatchObject({ reached: 40, method: 'VISIT' });
    expect(JSON.parse(rec.after!)).toMatchObject({ reached: 55, method: 'PHONE' });
    const unknown = await writer.upsert(reach, [{ communeCode: '99999', year: 2015, households: 1, reached: 1, method: 'VISIT' }], { actor: 'ms.lan' });
    expect(codes(unknown)).toEqual(['1:communeCode:UNKNOWN_COMMUNE']);
  });

  it('answers racing upserts of one key without a duplicate-key error', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) =>
      writer.upsert(reach, [{ communeCode: C2, year: 2016, households: 100 + i, reached: 10, method: 'VISIT' }], { actor: `racer${i}` })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(Number((await db.query(`SELECT COUNT(*) AS n FROM kit_reach WHERE year = 2016`))[0].n)).toBe(1);
  });

  it('locks a period (editor), refuses writes into it with PERIOD_LOCKED, unlocks (admin only), all audited', async () => {
    const locks = new PeriodLocks(db, 'vocational', units);
    await expect(locks.lock({ sub: 'a', roles: ['analyst'] }, { year: 2015 })).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await locks.lock(editor, { year: 2015, districtCode: '116' }, 'reviewed');
    const inLocked = await writer.upsert(reach, [{ communeCode: C1, year: 2015, households: 100, reached: 60, method: 'VISIT' }], { actor: 'ms.lan' });
    expect(inLocked.problems).toEqual([expect.objectContaining({ row: 1, field: 'year', code: 'PERIOD_LOCKED', message: expect.stringContaining('vocational 2015 district 116') })]);
    const otherDistrict = await writer.upsert(reach, [{ communeCode: C3, year: 2015, households: 100, reached: 61, method: 'VISIT' }], { actor: 'ms.lan' });
    expect(otherDistrict.ok).toBe(true);
    await locks.lock(editor, { year: 2015 });
    expect((await writer.upsert(reach, [{ communeCode: C3, year: 2015, households: 100, reached: 62, method: 'VISIT' }], { actor: 'ms.lan' })).problems[0])
      .toMatchObject({ code: 'PERIOD_LOCKED', message: expect.stringContaining('whole province') });
    expect((await writer.delete(reach, { communeCode: C3, year: 2015 }, { actor: 'ms.lan' })).problems[0]).toMatchObject({ code: 'PERIOD_LOCKED' });
    expect(await locks.isLocked(2015, ['116', '118'])).toBe(true);
    expect((await locks.list(editor, { year: 2015 })).map((l) => l.districtCode)).toEqual([null, '116']);
    await expect(locks.list({ sub: 'anonymous', roles: ['anonymous'] }, { year: 2015 })).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(locks.unlock(editor, { year: 2015 })).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await locks.unlock(admin, { year: 2015 })).toBe(true);
    expect(await locks.unlock(admin, { year: 2015, districtCode: '116' })).toBe(true);
    expect(await locks.isLocked(2015, ['116'])).toBe(false);
    const trail = await new AuditStore(db).list({ entity: 'PeriodLock' });
    expect(trail.map((t) => `${t.action} ${t.entityKey} ${t.actor}`)).toEqual([
      'unlock vocational 2015 district 116 root', 'unlock vocational 2015 (whole province) root',
      'lock vocational 2015 (whole province) ms.lan', 'lock vocational 2015 district 116 ms.lan',
    ]);
  });

  it('deletes with a tombstone that a list with updatedSince reports; pages with first/after', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const del = await writer.delete(reach, { communeCode: C3, year: 2015 }, { actor: 'ms.lan' });
    expect(del).toMatchObject({ ok: true, rows: 1 });
    expect((await writer.delete(reach, { communeCode: C3, year: 2015 }, { actor: 'ms.lan' })).problems[0]).toMatchObject({ code: 'NOT_FOUND' });
    const qb = () => db.getRepository(ReachEntity).createQueryBuilder('r');
    const page1 = await connection(db, qb(), { first: 2 }, { keyProps: ['communeCode', 'year'], tombstones: 'KitReach' });
    expect(page1).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true }, deleted: [] });
    const page2 = await connection(db, qb(), { first: 2, after: page1.pageInfo.endCursor }, { keyProps: ['communeCode', 'year'] });
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect([...page1.nodes, ...page2.nodes].map((n) => `${n.communeCode}|${n.year}`)).toEqual([`${C1}|2015`, `${C2}|2015`, `${C2}|2016`].sort());
    const changed = await connection(db, qb(), { updatedSince: since }, { keyProps: ['communeCode', 'year'], tombstones: 'KitReach' });
    expect(changed.deleted).toEqual([{ key: `${C3}|2015`, deletedAt: expect.any(String) }]);
    // The list's year and unit filters apply to its tombstones: the row was listed under (C3, 2015).
    const under = (year: number, units: string[]) => connection(db, qb(), { updatedSince: since }, { keyProps: ['communeCode', 'year'], tombstones: { entity: 'KitReach', year, units } });
    expect((await under(2015, [C3])).deleted.map((d) => d.key)).toEqual([`${C3}|2015`]);
    expect((await under(2015, [C1, C2])).deleted).toEqual([]);
    expect((await under(2016, [C3])).deleted).toEqual([]);
    expect((await under(2015, [])).deleted).toEqual([]);
    // A tombstone written before tombstones carried year and unit (null) is reported to every filtered list.
    await db.query("INSERT INTO tombstone (entity, entity_key, deleted_at, actor, batch_id) VALUES ('KitReach', 'OLD|2014', ?, 'kit', 'old-batch')", [new Date().toISOString()]);
    expect((await under(2015, [C1])).deleted.map((d) => d.key)).toEqual(['OLD|2014']);
    await expect(connection(db, qb(), { first: 1001 }, { keyProps: ['communeCode'] })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    await expect(connection(db, qb(), { after: 'nonsense' }, { keyProps: ['communeCode'] })).rejects.toMatchObject({ extensions: { field: 'after' } });
  });
  it('counts every batch in the import metrics by entity and result', async () => {
    const metrics = createServiceMetrics('kit-test');
    const batches = async (result: string) => {
      const line = (await metricsText(metrics)).body.split('\n').find((l) => l.startsWith('lsp_import_batches_total{') && l.includes('entity="KitReach"') && l.includes(`result="${result}"`));
      return line ? Number(line.split(' ').pop()) : 0;
    };
    const [applied, refused, dry] = [await batches('applied'), await batches('refused'), await batches('dry_run')];
    await writer.upsert(reach, [{ communeCode: C1, year: 2018, households: 10, reached: 1, method: 'VISIT' }], { actor: 'kit' });
    await writer.upsert(reach, [{ communeCode: C1, year: 2018, households: 10, reached: 11, method: 'VISIT' }], { actor: 'kit' });
    await writer.upsert(reach, [{ communeCode: C1, year: 2018, households: 10, reached: 2, method: 'VISIT' }], { actor: 'kit', dryRun: true });
    expect([await batches('applied'), await batches('refused'), await batches('dry_run')]).toEqual([applied + 1, refused + 1, dry + 1]);
  });
});

describe('database faults as coded answers', () => {
  it('a closed database is DATABASE_UNAVAILABLE naming the department, without driver text', async () => {
    const url = freshDatabaseUrl('sqlite', 'kitdown');
    const db = await openDatabase({ service: 'kitdown', url, log: quietLog, entities: [AuditRecordEntity], migrations: [CreateAuditLog1764000000000] });
    await db.destroy();
    const err = await db.query('SELECT 1').catch((e: unknown) => e);
    expect(classifyDatabaseError(err)).toBe('unavailable');
    expect(publicError('vocational', err)).toMatchObject({ message: expect.stringContaining('vocational database is not answering'), extensions: { code: 'DATABASE_UNAVAILABLE', department: 'vocational' } });
    expect(classifyDatabaseError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 10.0.0.5:3306' })).toBe('unavailable');
    expect(publicError('awards', new Error('ER_PARSE_ERROR near SELECT * FROM secret'))!.message).toBe('Internal error in the awards subgraph');
  });
});

describe.each(dbKinds)('intake on %s: reporter scope, preview changes and digest, workflow, reporting rates', (kind) => {
  let db: DataSource;
  let url: string;
  let writer: DatasetWriter;
  const Q = units.districtTerritory('118', 2016);
  const T = units.districtTerritory('119', 2016);
  beforeAll(async () => {
    url = freshDatabaseUrl(kind, 'kitintake');
    db = await openDatabase({
      service: 'kit', url, log: quietLog,
      entities: [AuditRecordEntity, ...kitEntities, ReachEntity],
      migrations: [CreateAuditLog1764000000000, CreateKitTables1765000000000, AddReportingWorkflow1767000000000, CreateKitReach1765000000001],
    });
    writer = new DatasetWriter(db, units, 'vocational');
  });
  afterAll(async () => {
    await db?.destroy();
    await dropMysqlDatabase(url);
  });
  const line = (c: string, y = 2016, households = '50', reached = '10') => `${c},${y},${households},${reached},,VISIT`;

  it('a district-118 reporter writes its communes of the year only: a commune of 119 is OUTSIDE_REPORTING_UNIT naming the row; a commune reporter writes its own 2025 rows only', async () => {
    const scope = { units: ['118'] };
    const bad = await writer.importCsv(reach, `${HEADER}\n${line(Q[0])}\n${line(T[0])}`, { actor: 'r', scope });
    expect(codes(bad)).toEqual(['2:communeCode:OUTSIDE_REPORTING_UNIT']);
    expect(Number((await db.query('SELECT COUNT(*) AS n FROM kit_reach'))[0].n)).toBe(0);
    // The same commune code in 2025 belongs to a commune, not to district 118.
    const c2025 = units.reportingCommunes(2025)[0].code;
    expect(codes(await writer.importCsv(reach, `${HEADER}\n${line(c2025, 2025)}`, { actor: 'r', scope, dryRun: true }))).toEqual(['1:communeCode:OUTSIDE_REPORTING_UNIT']);
    expect((await writer.importCsv(reach, `${HEADER}\n${line(c2025, 2025)}`, { actor: 'r', scope: { units: [c2025] }, dryRun: true })).ok).toBe(true);
    expect(codes(await writer.importCsv(reach, `${HEADER}\n${line(c2025, 2024)}`, { actor: 'r', scope: { units: [c2025] }, dryRun: true }))).toEqual(['1:communeCode:OUTSIDE_REPORTING_UNIT']);
    // An upload for one year and unit refuses another year's row on the year column.
    expect(codes(await writer.importCsv(reach, `${HEADER}\n${line(Q[0], 2015)}`, { actor: 'e', scope: { year: 2016, unitCode: '118' }, dryRun: true }))).toEqual(['1:year:OUTSIDE_REPORTING_UNIT']);
  });

  it('a dry run returns per-row changes (before -> after) and a digest; committing a stale digest is PREVIEW_STALE and writes nothing; empty cells are never zero; a missing row deletes nothing', async () => {
    const first = await writer.importCsv(reach, `${HEADER}\n${line(Q[0])}\n${line(Q[1])}`, { actor: 'e' });
    expect(first).toMatchObject({ ok: true, inserted: 2 });
    const file = `${HEADER}\n${line(Q[0], 2016, '60')}\n${line(Q[2])}`; // Q[1] left out, Q[0] changed, Q[2] new
    const preview = await writer.importCsv(reach, file, { actor: 'e', dryRun: true });
    expect(preview.changes.map((c) => [c.row, c.action])).toEqual([[1, 'UPDATED'], [2, 'INSERTED']]);
    expect(preview.changes[0].fields).toEqual([{ field: 'households', before: '50', after: '60' }]);
    expect(preview.digest).toMatch(/^[0-9a-f]{64}$/);
    // Someone else changes Q[0] in between: the preview is stale.
    await writer.importCsv(reach, `${HEADER}\n${line(Q[0], 2016, '55')}`, { actor: 'other' });
    const stale = await writer.importCsv(reach, file, { actor: 'e', expectedDigest: preview.digest });
    expect(stale.ok).toBe(false);
    expect(codes(stale)).toEqual(['null:(file):PREVIEW_STALE']);
    const again = await writer.importCsv(reach, file, { actor: 'e', dryRun: true });
    const ok = await writer.importCsv(reach, file, { actor: 'e', expectedDigest: again.digest });
    expect(ok).toMatchObject({ ok: true, updated: 1, inserted: 1 });
    const stored = await db.getRepository(ReachEntity).find({ where: { year: 2016 } });
    expect(stored.map((r) => r.communeCode).sort()).toEqual([Q[0], Q[1], Q[2]].sort()); // Q[1] not deleted
    // An empty required cell is REQUIRED, never 0.
    const empty = await writer.importCsv(reach, `${HEADER}\n${line(Q[3], 2016, '')}`, { actor: 'e' });
    expect(codes(empty)).toEqual(['1:households:REQUIRED']);
  });

  it('submit -> return -> submit -> approve locks the unit-year (PERIOD_SUBMITTED while submitted, PERIOD_LOCKED after); unapprove by admin only; every step audited', async () => {
    const flow = new ReportingWorkflow(db, 'vocational', units, [reach]);
    const reporter: Identity = { sub: 'hoa', roles: ['reporter:vocational:118'] };
    const approver: Identity = { sub: 'minh', roles: ['approver:vocational'] };
    const admin: Identity = { sub: 'root', roles: ['admin'] };
    await expect(flow.submit({ sub: 'x', roles: ['reporter:vocational:119'] }, 2016, '118')).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect((await flow.approve(approver, 2016, '118')).code).toBe('INVALID_TRANSITION');
    expect((await flow.submit(reporter, 2016, '118', 'done')).period.state).toBe('SUBMITTED');
    const frozen = await writer.importCsv(reach, `${HEADER}\n${line(Q[4])}`, { actor: 'hoa', scope: { units: ['118'] } });
    expect(codes(frozen)).toEqual(['1:year:PERIOD_SUBMITTED']);
    await expect(flow.return(approver, 2016, '118', '')).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect((await flow.return(approver, 2016, '118', 'check households')).period).toMatchObject({ state: 'RETURNED', comment: 'check households' });
    expect((await writer.importCsv(reach, `${HEADER}\n${line(Q[4])}`, { actor: 'hoa', scope: { units: ['118'] } })).ok).toBe(true);
    expect((await flow.submit(reporter, 2016, '118')).ok).toBe(true);
    await expect(flow.approve(reporter, 2016, '118')).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const approved = await flow.approve(approver, 2016, '118', 'ok');
    expect(approved.period).toMatchObject({ state: 'APPROVED', lock: { kind: 'APPROVAL', unitCode: '118' } });
    expect(await new PeriodLocks(db, 'vocational', units).isLocked(2016, ['118'])).toBe(true);
    expect(codes(await writer.importCsv(reach, `${HEADER}\n${line(Q[4], 2016, '70')}`, { actor: 'hoa', scope: { units: ['118'] } }))).toEqual(['1:year:PERIOD_LOCKED']);
    await expect(flow.unapprove(approver, 2016, '118')).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect((await flow.unapprove(admin, 2016, '118', 'reopen')).period.state).toBe('OPEN');
    expect((await flow.history(2016, '118')).map((h) => `${h.action}:${h.from}>${h.to}:${h.actor}`)).toEqual([
      'SUBMIT:OPEN>SUBMITTED:hoa', 'RETURN:SUBMITTED>RETURNED:minh', 'SUBMIT:RETURNED>SUBMITTED:hoa', 'APPROVE:SUBMITTED>APPROVED:minh', 'UNAPPROVE:APPROVED>OPEN:root',
    ]);
  });

  it('completeness of district 118 in 2016, recomputed by hand: communes of 118 that year with a row / all its communes of that year', async () => {
    const { reportingRates } = await import('./intake');
    const rates = await reportingRates(db, 'vocational', units, [reach], 2016);
    const r118 = rates.find((r) => r.unitCode === '118')!;
    const stored = new Set((await db.getRepository(ReachEntity).find({ where: { year: 2016 } })).map((r) => r.communeCode));
    const expected = units.districtTerritory('118', 2016);
    expect(r118.unitsExpected).toBe(expected.length);
    expect(r118.unitsReporting).toBe(expected.filter((c) => stored.has(c)).length);
    expect(r118.unitsReporting).toBe(4); // Q[0], Q[1], Q[2], Q[4] written above
    expect(r118.completeness).toBe(Math.round((4 / expected.length) * 1000) / 10);
    // Submitted today, long after 31/01/2017: late (the last submission counts, kept after unapproval).
    expect(r118).toMatchObject({ state: 'OPEN', dueDate: '2017-01-31', timeliness: 'LATE' });
    expect(r118.submittedAt).not.toBeNull();
    expect(rates.find((r) => r.unitCode === '119')).toMatchObject({ unitsReporting: 0, timeliness: 'LATE', completeness: 0 });
    // From 2025 the communes report: one row expected per commune.
    const y2025 = await reportingRates(db, 'vocational', units, [reach], 2025);
    expect(y2025.length).toBe(units.reportingCommunes(2025).length);
    expect(y2025.every((r) => r.unitsExpected === 1)).toBe(true);
  });

  it('a unit cannot submit while its stored rows have problems of importance ERROR (HAS_ERRORS, naming the row\'s key); corrected, it can', async () => {
    const flow = new ReportingWorkflow(db, 'vocational', units, [reach]);
    const reporter: Identity = { sub: 'hoa', roles: ['reporter:vocational:118'] };
    // A stored row that breaks a rule (written before the rule, or by hand in the database): reached > households.
    await db.getRepository(ReachEntity).update({ communeCode: Q[1], year: 2016 }, { reached: 999 });
    const refused = await flow.submit(reporter, 2016, '118');
    expect(refused).toMatchObject({ ok: false, code: 'HAS_ERRORS', period: { state: 'OPEN' } });
    expect(refused.problems.map((p) => `${p.field}:${p.code}`)).toEqual(['reached:PART_EXCEEDS_WHOLE']);
    expect(refused.problems[0].message).toContain(Q[1]);
    expect((await flow.history(2016, '118')).length).toBe(5); // nothing recorded for the refused submission
    expect((await writer.importCsv(reach, `${HEADER}\n${line(Q[1], 2016, '50', '20')}`, { actor: 'hoa', scope: { units: ['118'] } })).ok).toBe(true);
    expect((await flow.submit(reporter, 2016, '118')).period.state).toBe('SUBMITTED');
  });
});
