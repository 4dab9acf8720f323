import { runImportCommand, runImportCommandFromProcess, type ImportCommand } from '@lsp/shared';
import { DATASETS, importCsv, type DatasetName } from './domain/imports';
import { entities, migrations } from './store';

/**
 * Bulk CSV import into the education database, with the same rules as the import mutations:
 *   npm run import -w subgraphs/education -- <dataset> <file.csv> [--dry-run] [--actor <name>]
 */
export const importCommand: ImportCommand<DatasetName> = {
  service: 'education',
  kinds: Object.keys(DATASETS) as DatasetName[],
  help: `datasets:\n${Object.values(DATASETS)
    .map((d) => `  ${d.name.padEnd(30)} ${d.about}\n  ${''.padEnd(30)} columns: ${d.fields().map((f) => f.name).join(',')}`)
    .join('\n')}`,
  entities,
  migrations,
  run: (db, units, kind, csv, opts) => importCsv(db, units, DATASETS[kind], csv, opts),
};

export const runImportCli = (argv: string[], env: Record<string, string | undefined>, out?: (line: string) => void) =>
  runImportCommand(importCommand, argv, env, out);

if (require.main === module) runImportCommandFromProcess(importCommand);
