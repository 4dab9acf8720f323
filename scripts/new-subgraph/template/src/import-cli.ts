import { datasetImportCommand, runImportCommand, runImportCommandFromProcess } from '@lsp/shared';
import { __dept__Datasets } from './datasets';
import { entities, migrations } from './store';

/**
 * Bulk import from the command line, derived from the datasets (same rules as the import mutations):
 *   npm run import -w subgraphs/__dept__ -- <kind> <file.csv> [--dry-run] [--actor <name>]
 */
export const importCommand = datasetImportCommand({ department: '__dept__', datasets: __dept__Datasets, entities, migrations });

export const runImportCli = (argv: string[], env: Record<string, string | undefined>, out?: (line: string) => void) =>
  runImportCommand(importCommand, argv, env, out);

if (require.main === module) runImportCommandFromProcess(importCommand);
