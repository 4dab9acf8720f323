import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatasetWriter, createLogger, openDatabase, processEnv, sonLaUnits, type AdminUnits } from '@lsp/shared';
import { roster } from '../datasets';
import { entities, migrations } from '../store';

/**
 * Benchmark (a script, not a test): generates a SYNTHETIC roster CSV of 50,000 people posted in Sơn La's communes,
 * imports it into a fresh SQLite file and into MariaDB/MySQL (MYSQL_URL, default mysql://root@127.0.0.1:3306;
 * skipped with --no-mysql or when unreachable), then imports it again (every row unchanged), and prints rows
 * per second for both. The import path is the production one: CSV parsing, validation against the
 * administrative units, all-or-nothing upsert in one transaction, one audit record per row.
 *   npm run bench:import -w subgraphs/workforce [-- --rows 50000 --no-mysql]
 */
const HEADER = 'personCode,fullName,dateOfBirth,birthYear,sex,ethnicGroup,position,unitCode,postedFrom,postedTo,areaEthnicLanguage';
const POSITIONS = ['PARTY_CELL_SECRETARY', 'VILLAGE_HEAD', 'COMMUNE_KEY_CADRE', 'COMMUNE_CIVIL_SERVANT'];

export function benchRosterCsv(units: AdminUnits, rows: number): string {
  const communes = units.reportingCommunes(2015);
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const c = communes[i % communes.length];
    const birthYear = 1960 + (i % 33);
    lines.push([
      `BENCH-${String(i + 1).padStart(6, '0')}`, `SYNTHETIC Person ${i + 1}`, `${birthYear}-0${1 + (i % 9)}-1${i % 10}`, birthYear,
      i % 3 === 0 ? 'F' : 'M', i % 4 === 0 ? 'Kinh' : 'Thái', POSITIONS[i % POSITIONS.length], c.code, '2015-01-01', c.validTo ?? '', c.type === 'Phường' ? '' : 'Thái',
    ].join(','));
  }
  return lines.join('\n');
}

async function run(label: string, url: string, csv: string, rows: number, units: AdminUnits): Promise<string[]> {
  const log = createLogger('bench', 'warn');
  const db = await openDatabase({ service: 'workforce', url, entities, migrations, log });
  const out: string[] = [];
  try {
    for (const pass of ['first import (inserts)', 're-import (idempotent, unchanged)']) {
      const t0 = performance.now();
      const result = await new DatasetWriter(db, units, 'workforce').importCsv(roster, csv, { actor: 'bench', note: 'bench roster import (SYNTHETIC)' });
      const seconds = (performance.now() - t0) / 1000;
      if (!result.ok) throw new Error(`${label}: import refused: ${JSON.stringify(result.problems.slice(0, 3))}`);
      const line = `${label.padEnd(8)} ${pass.padEnd(36)} ${rows} rows in ${seconds.toFixed(2)} s = ${Math.round(rows / seconds).toLocaleString('en')} rows/s (inserted ${result.inserted}, unchanged ${result.unchanged})`;
      console.log(line);
      out.push(line);
    }
  } finally {
    await db.destroy();
  }
  return out;
}

async function main() {
  const argv = process.argv.slice(2);
  const env = processEnv();
  const rowsAt = argv.indexOf('--rows');
  const rows = rowsAt >= 0 ? Number(argv[rowsAt + 1]) : 50000;
  if (!Number.isInteger(rows) || rows < 1) throw new Error('--rows must be a positive whole number');
  const units = sonLaUnits();
  let t0 = performance.now();
  const csv = benchRosterCsv(units, rows);
  console.log(`generated a SYNTHETIC roster of ${rows} rows (${(csv.length / 1e6).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(2)} s`);

  const dir = mkdtempSync(join(tmpdir(), 'lsp-bench-workforce-'));
  try {
    await run('SQLite', `sqlite:${join(dir, 'workforce.sqlite')}`, csv, rows, units);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  if (argv.includes('--no-mysql')) return;
  const base = new URL(env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306');
  const database = `lsp_bench_workforce_${process.pid}`;
  base.pathname = `/${database}`;
  t0 = performance.now();
  try {
    await run('MariaDB', base.toString(), csv, rows, units);
  } catch (err) {
    console.log(`MariaDB/MySQL skipped or failed at ${base.host}: ${(err as Error).message}`);
  } finally {
    const mysql = await import('mysql2/promise');
    const conn = await mysql.createConnection({ host: base.hostname, port: Number(base.port || 3306), user: decodeURIComponent(base.username || 'root'), password: decodeURIComponent(base.password) }).catch(() => null);
    if (conn) {
      await conn.query(`DROP DATABASE IF EXISTS \`${database}\``);
      await conn.end();
    }
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
