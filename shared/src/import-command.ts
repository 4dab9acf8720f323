import { readFileSync } from 'node:fs';
import type { DataSource, EntitySchema, MigrationInterface } from 'typeorm';
import { loadAdminUnits, sonLaUnits, type AdminUnits } from './admin-units';
import { ConfigError, databaseConcern, parseConfig, serverConcern, unitsConcern } from './config';
import { openDatabase } from './db/data-source';
import type { WriteOutcome } from './importer';
import { decodeCsv } from './csv';
import { createLogger } from './logger';

/**
 * The bulk-import command every department ships (`npm run import -w subgraphs/<name> -- <kind> <file.csv>
 * [--dry-run] [--actor <name>]`): same rules as the import mutations, the database from DATABASE_URL /
 * DATA_DIR as for the subgraph (migrated first), progress and every problem printed, exit code 0 when applied
 * (or checked with --dry-run) and 1 when refused or misused.
 */
export interface ImportOptions {
  actor: string;
  dryRun: boolean;
  note: string;
  progress: (message: string) => void;
}

export interface ImportCommand<K extends string> {
  service: string;
  kinds: readonly K[];
  /** Extra usage text (the columns of each kind). */
  help?: string;
  entities: EntitySchema[];
  migrations: Array<new () => MigrationInterface>;
  run: (db: DataSource, units: AdminUnits, kind: K, csv: string, opts: ImportOptions) => Promise<WriteOutcome>;
}

const MAX_PROBLEMS_PRINTED = 200;

export async function runImportCommand<K extends string>(
  cmd: ImportCommand<K>,
  argv: string[],
  env: Record<string, string | undefined>,
  out: (line: string) => void = console.log,
): Promise<number> {
  const positional: string[] = [];
  let dryRun = false;
  let actor = `cli:${env.USER ?? 'unknown'}`;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dry-run') dryRun = true;
    else if (argv[i] === '--actor' && argv[i + 1]) actor = argv[++i];
    else positional.push(argv[i]);
  }
  const [kind, file] = positional as [K | undefined, string | undefined];
  if (!kind || !cmd.kinds.includes(kind) || !file) {
    out(`usage: import <${cmd.kinds.join('|')}> <file.csv> [--dry-run] [--actor <name>]${cmd.help ? `\n${cmd.help}` : ''}`);
    return 1;
  }
  let cfg;
  try {
    cfg = parseConfig(serverConcern(0).extend(databaseConcern.shape).extend(unitsConcern.shape), env);
  } catch (err) {
    if (err instanceof ConfigError) {
      out(err.message);
      return 1;
    }
    throw err;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    out(`cannot read ${file}: ${(err as Error).message}`);
    return 1;
  }
  // The file's bytes are checked here (UTF-16, Windows-1258... are refused with ENCODING), not after a lossy decode.
  const decoded = decodeCsv(bytes);
  if ('problem' in decoded) {
    out(`REFUSED, nothing written: ${decoded.problem.code}: ${decoded.problem.message}`);
    return 1;
  }
  const csv = decoded.text;
  const log = createLogger(`${cmd.service}-import`, cfg.LOG_LEVEL === 'info' ? 'warn' : cfg.LOG_LEVEL);
  const db = await openDatabase({ service: cmd.service, url: cfg.DATABASE_URL, dataDir: cfg.DATA_DIR, entities: cmd.entities, migrations: cmd.migrations, log });
  try {
    const units = cfg.ADMIN_UNITS_FILE ? loadAdminUnits(cfg.ADMIN_UNITS_FILE) : sonLaUnits();
    out(`importing ${kind} from ${file}${dryRun ? ' (dry run)' : ''} as ${actor} into ${db.options.type}`);
    const started = Date.now();
    const result = await cmd.run(db, units, kind, csv, { actor, dryRun, note: `CLI import of ${file}`, progress: (m) => out(`  ${m}`) });
    if (!result.ok) {
      out(`REFUSED, nothing written: ${result.problems.length} problem(s) (batch ${result.batchId})`);
      for (const p of result.problems.slice(0, MAX_PROBLEMS_PRINTED)) out(`  row ${p.row ?? '-'}, field ${p.field}: ${p.code}: ${p.message}`);
      if (result.problems.length > MAX_PROBLEMS_PRINTED) out(`  ... and ${result.problems.length - MAX_PROBLEMS_PRINTED} more`);
      return 1;
    }
    out(
      `${dryRun ? 'checked' : 'applied'}: ${result.rows} rows, ${result.inserted} inserted, ${result.updated} updated, ` +
        `${result.unchanged} unchanged in ${((Date.now() - started) / 1000).toFixed(1)} s (batch ${result.batchId})`,
    );
    return 0;
  } finally {
    await db.destroy();
  }
}

/** The `require.main === module` tail of an import-cli.ts. */
export function runImportCommandFromProcess<K extends string>(cmd: ImportCommand<K>): void {
  runImportCommand(cmd, process.argv.slice(2), process.env).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
