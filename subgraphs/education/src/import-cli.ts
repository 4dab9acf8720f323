import { readFileSync } from 'node:fs';
import {
  ConfigError, createLogger, databaseConcern, loadAdminUnits, openDatabase, parseConfig, processEnv, sonLaUnits, unitsConcern,
} from '@lsp/shared';
import { DATASETS, importCsv, type DatasetName } from './domain/imports';
import { entities, migrations } from './store';

/**
 * Bulk CSV import into the education database, with the same rules as the import mutations:
 *   npm run import -w subgraphs/education -- <dataset> <file.csv> [--dry-run] [--actor <name>]
 * The database comes from DATABASE_URL / DATA_DIR as for the subgraph itself (migrated first); ADMIN_UNITS_FILE
 * picks another unit set. Prints progress and every problem. Exit code 0 when applied (or checked with
 * --dry-run), 1 when refused or misused.
 */
export const USAGE = `usage: import <dataset> <file.csv> [--dry-run] [--actor <name>]\ndatasets:\n${Object.values(DATASETS)
  .map((d) => `  ${d.name.padEnd(30)} ${d.about}\n  ${''.padEnd(30)} columns: ${d.fields().map((f) => f.name).join(',')}`)
  .join('\n')}`;

export async function runImportCli(argv: string[], env: Record<string, string | undefined>, out: (line: string) => void = console.log): Promise<number> {
  const positional: string[] = [];
  let dryRun = false;
  let actor = `cli:${env.USER ?? 'unknown'}`;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dry-run') dryRun = true;
    else if (argv[i] === '--actor' && argv[i + 1]) actor = argv[++i];
    else positional.push(argv[i]);
  }
  const [name, file] = positional;
  const ds = DATASETS[name as DatasetName];
  if (!ds || !file) {
    out(USAGE);
    return 1;
  }
  let cfg;
  try {
    cfg = parseConfig(databaseConcern.extend(unitsConcern.shape), env);
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
  const say = (m: string) => out(`[education import] ${m}`);
  say(`reading ${file} as ${ds.name}${dryRun ? ' (dry run)' : ''}, actor ${actor}`);
  const db = await openDatabase({ service: 'education', url: cfg.DATABASE_URL, dataDir: cfg.DATA_DIR, entities, migrations, log: createLogger('education-import', 'warn') });
  try {
    say(`database ready (${db.options.type}, migrated)`);
    const units = cfg.ADMIN_UNITS_FILE ? loadAdminUnits(cfg.ADMIN_UNITS_FILE) : sonLaUnits();
    const outcome = await importCsv(db, units, ds, csv, { actor, dryRun, note: `CLI import of ${file}`, progress: say });
    for (const p of outcome.problems) say(`  ${p.row === null ? 'file' : `row ${p.row}`}, field ${p.field}: ${p.code} — ${p.message}`);
    return outcome.ok ? 0 : 1;
  } finally {
    await db.destroy();
  }
}

if (require.main === module) {
  runImportCli(process.argv.slice(2), processEnv()).then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`[education import] failed: ${(err as Error).message}\n`);
      process.exit(1);
    },
  );
}
