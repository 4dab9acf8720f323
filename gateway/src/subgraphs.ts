import { join } from 'node:path';

/**
 * The subgraphs composed into the supergraph (the supergraph.yaml of this project): name, schema file, and
 * routing URL (default port; overridable at run time by <NAME>_URL). Every one listed is composed; a new
 * subgraph joins by being listed here, then `npm run compose`.
 */
export interface SubgraphEntry {
  name: string;
  port: number;
}

export const SUBGRAPHS: SubgraphEntry[] = [
  { name: 'geography', port: 4001 },
  { name: 'education', port: 4002 },
  { name: 'vocational', port: 4003 },
  { name: 'workforce', port: 4004 },
  { name: 'awards', port: 4005 },
];

export const repoRoot = join(__dirname, '..', '..');
export const schemaFileOf = (name: string) => join(repoRoot, 'subgraphs', name, 'schema.graphql');
export const SUPERGRAPH_FILE = join(repoRoot, 'gateway', 'supergraph.graphql');
export const defaultUrlOf = (s: SubgraphEntry) => `http://127.0.0.1:${s.port}/graphql`;
/** Environment variable that overrides a subgraph's URL, e.g. GEOGRAPHY_URL. */
export const urlEnvOf = (name: string) => `${name.toUpperCase()}_URL`;
