import { readFileSync } from 'node:fs';
import {
  ConfigError, createLogger, databaseConcern, loadAdminUnits, openDatabase, parseConfig, processEnv, serverConcern, sonLaUnits, unitsConcern,
} from '@lsp/shared';
import { importCsv, type ImportKind } from './domain/imports';
import { entities, migrations } from './store';

/**
 * Bulk import from the command line, the same rules as the import mutations:
 *   npm run import -w subgraphs/vocational -- <providers|courses|labour-force> <file.csv> [--dry-run] [--actor <name>]
 * The database comes from DATABASE_URL / DATA_DIR as for the subgraph itself (migrated before the import).
 * Exit code 0 when applied (or checked with --dry-run), 1 when refused or misused.
 */
const KINDS: ImportKind[] = ['providers', 'courses', 'labour-force'];
const USAGE = `usage: import-cli <${KINDS.join('|')}> <file.csv> [--dry-run] [--actor <name>]`;

export async function runImportCli(argv: string[], env: Record<string, string | undefined>, out: (line: string) => void = console.log): Promise<number> {
  const args = [...argv];
  const dryRun = args.includes('--dry-run');
  const actorAt = args.indexOf('--actor');
  const actor = actorAt >= 0 ? args[actorAt + 1] : `cli:${env.USER ?? 'unknown'}`;
  const positional = args.filter((a, i) => !a.startsWith('--') && (actorAt < 0 || i !== actorAt + 1));
  const [kind, file] = positional as [ImportKind | undefined, string | undefined];
  if (!kind || !KINDS.includes(kind) || !file || !actor) {
    out(USAGE);
    return 1;
  }
  let cfg;
  try {
    cfg = parseConfig(serverConcern(4003).extend(databaseConcern.shape).extend(unitsConcern.shape), env);
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
  const log = createLogger('vocational-import', cfg.LOG_LEVEL === 'info' ? 'warn' : cfg.LOG_LEVEL);
  const db = await openDatabase({ service: 'vocational', url: cfg.DATABASE_URL, dataDir: cfg.DATA_DIR, entities, migrations, log });
  try {
    out(`importing ${kind} from ${file}${dryRun ? ' (dry run)' : ''} as ${actor} into ${db.options.type}`);
    const units = cfg.ADMIN_UNITS_FILE ? loadAdminUnits(cfg.ADMIN_UNITS_FILE) : sonLaUnits();
    const result = await importCsv(db, units, kind, csv, { actor, dryRun, note: `CLI import of ${file}` });
    if (!result.ok) {
      out(`REFUSED, nothing written: ${result.problems.length} problem(s) (batch ${result.batchId})`);
      for (const p of result.problems) out(`  row ${p.row ?? '-'}, field ${p.field}: ${p.code}: ${p.message}`);
      return 1;
    }
    out(`${dryRun ? 'checked' : 'applied'}: ${result.rows} records, ${result.inserted} inserted, ${result.updated} updated, ${result.unchanged} unchanged (batch ${result.batchId})`);
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
