/**
 * Prunes the gateway's audit trail now (the gateway also does it on its own timer), on the gateway's database:
 *
 *   npm run audit:prune                       # rows older than AUDIT_RETENTION_DAYS (default 730)
 *   node gateway/dist/audit-retention-cli.js prune [--days 365] [--archive-dir /var/lib/lsp/audit-archive]
 *
 * Reads DATABASE_URL / DATA_DIR as the gateway does. Every removed row is first appended to an NDJSON file in the
 * archive folder and fsynced (api-keys/audit-retention.ts). Prints {cutoff, removed, archive} as JSON.
 */
import { createLogger, databaseConcern, loadConfigOrExit, openDatabase } from '@lsp/shared';
import { auditArchiveDirOf, auditRetentionConcern } from './config';
import { gatewayDatabase } from './database';
import { pruneAuditEvents, type PruneResult } from './api-keys/audit-retention';

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

export const auditCliConcern = databaseConcern.extend(auditRetentionConcern.shape);

export async function auditRetentionCli(argv: string[], env: ReturnType<typeof auditCliConcern.parse>, out: (line: string) => void): Promise<number> {
  if (argv[0] !== 'prune') {
    out('usage: audit-retention-cli prune [--days <n>] [--archive-dir <folder>]');
    return 2;
  }
  const days = option(argv, 'days') === undefined ? env.AUDIT_RETENTION_DAYS : Number(option(argv, 'days'));
  if (!Number.isInteger(days) || days < 1) {
    out(`--days: must be a whole number of days, at least 1 (got ${option(argv, 'days')})`);
    return 2;
  }
  const log = createLogger('audit-prune', 'warn');
  const db = await openDatabase({ service: 'gateway', url: env.DATABASE_URL, dataDir: env.DATA_DIR, ...gatewayDatabase, log });
  try {
    const result: PruneResult = await pruneAuditEvents(db, { retentionDays: days, archiveDir: option(argv, 'archive-dir') ?? auditArchiveDirOf(env) });
    out(JSON.stringify(result));
    return 0;
  } finally {
    await db.destroy();
  }
}

if (require.main === module) {
  const env = loadConfigOrExit(auditCliConcern);
  auditRetentionCli(process.argv.slice(2), env, (l) => process.stdout.write(`${l}\n`)).then(
    (code) => process.exit(code),
    (err: Error) => {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    },
  );
}
