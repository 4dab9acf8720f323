import type { DataSource } from 'typeorm';
import { runImportCommand, runImportCommandFromProcess, type AdminUnits, type ImportCommand, type WriteOutcome } from '@lsp/shared';
import { importQualificationsCsv, importRosterCsv, importTrainingsCsv, type WriteOptions } from './domain/writes';
import { entities, migrations } from './store';

/**
 * Bulk import from the command line, with the same rules as the import mutations:
 *   npm run import -w subgraphs/workforce -- <roster|qualifications|trainings> <file.csv> [--dry-run] [--actor <name>]
 * Problems never print names (they name row, field and code).
 */
export type ImportKind = 'roster' | 'qualifications' | 'trainings';
const KINDS: ImportKind[] = ['roster', 'qualifications', 'trainings'];

export function importKind(db: DataSource, units: AdminUnits, kind: ImportKind, csv: string, opts: WriteOptions): Promise<WriteOutcome> {
  if (kind === 'roster') return importRosterCsv(db, units, csv, opts);
  if (kind === 'qualifications') return importQualificationsCsv(db, csv, opts);
  return importTrainingsCsv(db, csv, opts);
}

export const importCommand: ImportCommand<ImportKind> = {
  service: 'workforce',
  kinds: KINDS,
  entities,
  migrations,
  run: (db, units, kind, csv, opts) => importKind(db, units, kind, csv, { actor: opts.actor, dryRun: opts.dryRun, source: `${kind} ${opts.note} by ${opts.actor}` }),
};

export const runImportCli = (argv: string[], env: Record<string, string | undefined>, out?: (line: string) => void) =>
  runImportCommand(importCommand, argv, env, out);

if (require.main === module) runImportCommandFromProcess(importCommand);
