import { runImportCommand, runImportCommandFromProcess, type ImportCommand } from '@lsp/shared';
import { importCsv, type ImportKind } from './domain/imports';
import { entities, migrations } from './store';

/**
 * Bulk import from the command line, with the same rules as the import mutations:
 *   npm run import -w subgraphs/vocational -- <providers|courses|labour-force> <file.csv> [--dry-run] [--actor <name>]
 */
export const importCommand: ImportCommand<ImportKind> = {
  service: 'vocational',
  kinds: ['providers', 'courses', 'labour-force'],
  entities,
  migrations,
  run: (db, units, kind, csv, opts) => importCsv(db, units, kind, csv, { actor: opts.actor, dryRun: opts.dryRun, note: opts.note }),
};

export const runImportCli = (argv: string[], env: Record<string, string | undefined>, out?: (line: string) => void) =>
  runImportCommand(importCommand, argv, env, out);

if (require.main === module) runImportCommandFromProcess(importCommand);
