import { readFileSync } from 'node:fs';
import type { DataSource, EntitySchema, MigrationInterface } from 'typeorm';
import type { AdminUnits } from './admin-units';
import { unitsFromConfig } from './national-units';
import { ConfigError, cliConcern, databaseConcern, jwtConcern, parseConfig, serverConcern, unitsConcern } from './config';
import { hasRole, verifyBearerToken, type Department } from './identity';
import { createOidcVerifier } from './oidc';
import { openDatabase } from './db/data-source';
import type { WriteOutcome } from './importer';
import { decodeCsv } from './csv';
import { createLogger } from './logger';

/**
 * The bulk-import command every department ships (`LSP_TOKEN=<token> npm run import -w subgraphs/<name> --
 * <kind> <file.csv> [--dry-run]`): same rules as the import mutations, the database from DATABASE_URL /
 * DATA_DIR as for the subgraph (migrated first), progress and every problem printed, exit code 0 when applied
 * (or checked with --dry-run) and 1 when refused or misused. The actor written to the audit trail is the
 * verified holder of LSP_TOKEN (an OIDC token when OIDC_ISSUER is set; a local token outside production), who
 * must be the department's editor or an admin; a name typed on the command line is not accepted.
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
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dry-run') dryRun = true;
    else if (argv[i] === '--actor') {
      out('--actor is not accepted: the actor is the verified holder of LSP_TOKEN');
      return 1;
    } else positional.push(argv[i]);
  }
  const [kind, file] = positional as [K | undefined, string | undefined];
  if (!kind || !cmd.kinds.includes(kind) || !file) {
    out(`usage: LSP_TOKEN=<token> import <${cmd.kinds.join('|')}> <file.csv> [--dry-run]${cmd.help ? `\n${cmd.help}` : ''}`);
    return 1;
  }
  let cfg;
  try {
    cfg = parseConfig(serverConcern(0).extend(databaseConcern.shape).extend(unitsConcern.shape).extend(jwtConcern.shape).extend(cliConcern.shape), env);
  } catch (err) {
    if (err instanceof ConfigError) {
      out(err.message);
      return 1;
    }
    throw err;
  }
  if (!cfg.LSP_TOKEN) {
    out(`LSP_TOKEN is not set: imports run as a verified identity (editor:${cmd.service} or admin); export LSP_TOKEN=<your token>`);
    return 1;
  }
  let actor: string;
  try {
    const identity = cfg.OIDC_ISSUER && cfg.OIDC_AUDIENCE
      ? await createOidcVerifier({ issuer: cfg.OIDC_ISSUER, audience: cfg.OIDC_AUDIENCE, jwksUrl: cfg.OIDC_JWKS_URL, rolesClaim: cfg.OIDC_ROLES_CLAIM })(cfg.LSP_TOKEN)
      : cfg.NODE_ENV !== 'production' ? await verifyBearerToken(cfg.LSP_TOKEN, { secret: cfg.JWT_SECRET, issuer: cfg.JWT_ISSUER })
        : undefined;
    if (!identity) {
      out('REFUSED: production imports need an OIDC token (OIDC_ISSUER, OIDC_AUDIENCE)');
      return 1;
    }
    if (!hasRole(identity, `editor:${cmd.service as Department}`)) {
      out(`REFUSED: ${identity.sub} is not editor:${cmd.service} (nor admin)`);
      return 1;
    }
    actor = identity.sub;
  } catch (err) {
    out(`REFUSED: LSP_TOKEN: ${(err as Error).message}`);
    return 1;
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
    const units = unitsFromConfig(cfg);
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
