import { datasetImportCommand, runImportCommand, runImportCommandFromProcess } from '@lsp/shared';
import { workforceDatasets } from './datasets';
import { entities, migrations } from './store';

/**
 * Bulk import from the command line, derived from the datasets (same rules as the import mutations):
 *   npm run import -w subgraphs/workforce -- <roster|qualifications|trainings|standards> <file.csv> [--dry-run] [--actor <name>]
 * Problems never print names (they name row, field and code).
 */
export const importCommand = datasetImportCommand({ department: 'workforce', datasets: workforceDatasets, entities, migrations });

export const runImportCli = (argv: string[], env: Record<string, string | undefined>, out?: (line: string) => void) =>
  runImportCommand(importCommand, argv, env, out);

if (require.main === module) runImportCommandFromProcess(importCommand);
