import { readFileSync } from 'node:fs';
import type { DataSource } from 'typeorm';
import {
  ConfigError, createLogger, databaseConcern, loadAdminUnits, openDatabase, parseConfig, processEnv, serverConcern, sonLaUnits, unitsConcern,
  type AdminUnits, type WriteOutcome,
} from '@lsp/shared';
import { importQualificationsCsv, importRosterCsv, importTrainingsCsv, type WriteOptions } from './domain/writes';
import { entities, migrations } from './store';

/**
 * Bulk import from the command line, with the same rules as the import mutations:
 *   npm run import -w subgraphs/workforce -- <roster|qualifications|trainings> <file.csv> [--dry-run] [--actor <name>]
 * The database comes from DATABASE_URL / DATA_DIR as for the subgraph itself (migrated before the import).
 * Exit code 0 when applied (or checked with --dry-run), 1 when refused or misused. Problems never print names.
 */
export type ImportKind = 'roster' | 'qualifications' | 'trainings';
const KINDS: ImportKind[] = ['roster', 'qualifications', 'trainings'];
const USAGE = `usage: import-cli <${KINDS.join('|')}> <file.csv> [--dry-run] [--actor <name>]`;

export function importKind(db: DataSource, units: AdminUnits, kind: ImportKind, csv: string, opts: WriteOptions): Promise<WriteOutcome> {
  if (kind === 'roster') return importRosterCsv(db, units, csv, opts);
  if (kind === 'qualifications') return importQualificationsCsv(db, csv, opts);
  return importTrainingsCsv(db, csv, opts);
}

export async function runImportCli(argv: string[], env: Record<string, string | undefined>, out: (line: string) => void = console.log): Promise<number> {
  const dryRun = argv.includes('--dry-run');
  const actorAt = argv.indexOf('--actor');
  const actor = actorAt >= 0 ? argv[actorAt + 1] : `cli:${env.USER ?? 'unknown'}`;
  const positional = argv.filter((a, i) => !a.startsWith('--') && (actorAt < 0 || i !== actorAt + 1));
  const [kind, file] = positional as [ImportKind | undefined, string | undefined];
  if (!kind || !KINDS.includes(kind) || !file || !actor) {
    out(USAGE);
    return 1;
  }
  let cfg;
  try {
    cfg = parseConfig(serverConcern(4004).extend(databaseConcern.shape).extend(unitsConcern.shape), env);
  } catch (err) {
    if (err instanceof ConfigError) {
      out(err.message);
      return 1;
    }
    throw err;
  }
  let csv: string;
  try {
    csv = readFileSync(file, 'utf8');
  } catch (err) {
    out(`cannot read ${file}: ${(err as Error).message}`);
    return 1;
  }
  const log = createLogger('workforce-import', cfg.LOG_LEVEL === 'info' ? 'warn' : cfg.LOG_LEVEL);
  const db = await openDatabase({ service: 'workforce', url: cfg.DATABASE_URL, dataDir: cfg.DATA_DIR, entities, migrations, log });
  try {
    const units = cfg.ADMIN_UNITS_FILE ? loadAdminUnits(cfg.ADMIN_UNITS_FILE) : sonLaUnits();
    out(`importing ${kind} from ${file}${dryRun ? ' (dry run)' : ''} as ${actor} into ${db.options.type}`);
    const started = Date.now();
    const result = await importKind(db, units, kind, csv, { actor, dryRun, source: `${kind} CLI import of ${file} by ${actor}` });
    if (!result.ok) {
      out(`REFUSED, nothing written: ${result.problems.length} problem(s) (batch ${result.batchId})`);
      for (const p of result.problems.slice(0, 200)) out(`  row ${p.row ?? '-'}, field ${p.field}: ${p.code}: ${p.message}`);
      if (result.problems.length > 200) out(`  ... and ${result.problems.length - 200} more`);
      return 1;
    }
    out(`${dryRun ? 'checked' : 'applied'}: ${result.rows} rows, ${result.inserted} inserted, ${result.updated} updated, ${result.unchanged} unchanged in ${((Date.now() - started) / 1000).toFixed(1)} s (batch ${result.batchId})`);
    return 0;
  } finally {
    await db.destroy();
  }
}

if (require.main === module) {
  runImportCli(process.argv.slice(2), processEnv()).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
