import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { createLogger, databaseConcern, loadConfigOrExit, openDatabase, sonLaUnits } from '@lsp/shared';
import { DATASETS, importCsv, type DatasetName } from './domain/imports';
import { entities, migrations } from './store';

/**
 * Bulk CSV import into the education database (the one DATABASE_URL / DATA_DIR name, like the subgraph):
 *   npm run import -w subgraphs/education -- <dataset> <file.csv> [--dry-run] [--actor <name>]
 * All or nothing; prints progress and every problem; exits 1 when the file is refused.
 */
const USAGE = `usage: import <dataset> <file.csv> [--dry-run] [--actor <name>]\ndatasets:\n${Object.values(DATASETS)
  .map((d) => `  ${d.name.padEnd(30)} ${d.about}; columns: ${d.fields().map((f) => f.name).join(',')}`)
  .join('\n')}`;

async function main(argv: string[]): Promise<number> {
  const positional: string[] = [];
  let dryRun = false;
  let actor = `cli:${userInfo().username}`;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dry-run') dryRun = true;
    else if (argv[i] === '--actor' && argv[i + 1]) actor = argv[++i];
    else positional.push(argv[i]);
  }
  const [name, file] = positional;
  const ds = DATASETS[name as DatasetName];
  if (!ds || !file) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const cfg = loadConfigOrExit(databaseConcern);
  const log = createLogger('education-import', 'warn');
  const say = (m: string) => process.stdout.write(`[education import] ${m}\n`);
  say(`reading ${file} as ${ds.name}${dryRun ? ' (dry run)' : ''}`);
  const csv = readFileSync(file, 'utf8');
  const db = await openDatabase({ service: 'education', url: cfg.DATABASE_URL, dataDir: cfg.DATA_DIR, entities, migrations, log });
  try {
    say(`database ready (${db.options.type})`);
    const outcome = await importCsv(db, sonLaUnits(), ds, csv, { actor, dryRun, progress: say });
    for (const p of outcome.problems) say(`  ${p.row === null ? 'file' : `row ${p.row}`}, field ${p.field}: ${p.code} — ${p.message}`);
    return outcome.ok ? 0 : 1;
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`[education import] failed: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
