import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The subgraphs composed into the supergraph and served by the gateway, read from the data file gateway/subgraphs.json (the
 * supergraph.yaml of this project): name, schema file, and routing URL (default port; overridable at run time by <NAME>_URL).
 * Every one listed is composed; a new subgraph joins by an entry in that file (`npm run new-subgraph` writes it), then
 * `npm run compose`: no gateway code changes.
 */
export interface SubgraphEntry {
  name: string;
  port: number;
}

/** Where the list lives: next to the gateway's package, so the gateway's image carries it (infra/docker/gateway.Dockerfile copies gateway/). */
export const SUBGRAPHS_FILE = join(__dirname, '..', 'subgraphs.json');

/** Reads and checks the list: names are lower-case identifiers, ports and names unique. */
export function readSubgraphList(file = SUBGRAPHS_FILE): SubgraphEntry[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { subgraphs?: unknown };
  if (!Array.isArray(parsed.subgraphs)) throw new Error(`${file}: "subgraphs" must be a list`);
  const list = parsed.subgraphs.map((e: unknown, i: number): SubgraphEntry => {
    const { name, port } = (e ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || !/^[a-z][a-z0-9]*$/.test(name)) throw new Error(`${file}: subgraphs[${i}].name must be a lower-case identifier`);
    if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${file}: subgraphs[${i}].port must be a TCP port`);
    return { name, port };
  });
  for (const key of ['name', 'port'] as const) {
    const seen = new Set<unknown>();
    for (const s of list) {
      if (seen.has(s[key])) throw new Error(`${file}: ${key} ${s[key]} is listed twice`);
      seen.add(s[key]);
    }
  }
  return list;
}

export const SUBGRAPHS: SubgraphEntry[] = readSubgraphList();

export const repoRoot = join(__dirname, '..', '..');
export const schemaFileOf = (name: string) => join(repoRoot, 'subgraphs', name, 'schema.graphql');
export const SUPERGRAPH_FILE = join(repoRoot, 'gateway', 'supergraph.graphql');
export const defaultUrlOf = (s: SubgraphEntry) => `http://127.0.0.1:${s.port}/graphql`;
/** Environment variable that overrides a subgraph's URL, e.g. GEOGRAPHY_URL. */
export const urlEnvOf = (name: string) => `${name.toUpperCase()}_URL`;
