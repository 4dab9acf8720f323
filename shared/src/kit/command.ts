import type { EntitySchema, MigrationInterface } from 'typeorm';
import type { ImportCommand } from '../import-command';
import type { Department } from '../identity';
import type { Dataset } from './dataset';
import { DatasetWriter } from './writer';

/** The import command of a department, derived from its datasets: one kind per dataset, same rules as the mutations. */
export function datasetImportCommand(opts: {
  department: Department;
  datasets: Array<Dataset<any>>;
  entities: EntitySchema[];
  migrations: Array<new () => MigrationInterface>;
}): ImportCommand<string> {
  const byKind = new Map(opts.datasets.map((d) => [d.cliKind, d]));
  return {
    service: opts.department,
    kinds: [...byKind.keys()],
    help: `CSV formats (UTF-8, comma-separated, header = the GraphQL input field names):\n${opts.datasets.map((d) => `  ${d.cliKind}: ${d.header.join(',')}`).join('\n')}`,
    entities: opts.entities,
    migrations: opts.migrations,
    run: (db, units, kind, csv, o) => new DatasetWriter(db, units, opts.department).importCsv(byKind.get(kind)!, csv, { actor: o.actor, dryRun: o.dryRun, note: o.note }),
  };
}
