import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPHS, SUPERGRAPH_FILE, defaultUrlOf, schemaFileOf } from './subgraphs';

/**
 * Composes the supergraph from every composed subgraph's schema.graphql (@apollo/composition) into
 * gateway/supergraph.graphql. `--check` fails when composition fails or the committed file is stale.
 */
export function composeSupergraph(): { supergraphSdl?: string; errors: string[]; hints: string[] } {
  const services = SUBGRAPHS.filter((s) => s.composed).map((s) => ({
    name: s.name,
    url: defaultUrlOf(s),
    typeDefs: parse(readFileSync(schemaFileOf(s.name), 'utf8')),
  }));
  const result = composeServices(services);
  if (result.errors) return { errors: result.errors.map((e) => e.message), hints: [] };
  return { supergraphSdl: result.supergraphSdl, errors: [], hints: result.hints.map((h) => h.toString()) };
}

if (require.main === module) {
  const check = process.argv.includes('--check');
  const { supergraphSdl, errors } = composeSupergraph();
  if (errors.length || !supergraphSdl) {
    console.error(`Composition failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
    process.exit(1);
  }
  const committed = existsSync(SUPERGRAPH_FILE) ? readFileSync(SUPERGRAPH_FILE, 'utf8') : '';
  if (check) {
    if (committed !== supergraphSdl) {
      console.error('gateway/supergraph.graphql is stale: run `npm run compose` and commit it');
      process.exit(1);
    }
    console.log('supergraph is up to date');
  } else {
    writeFileSync(SUPERGRAPH_FILE, supergraphSdl);
    console.log(`wrote ${SUPERGRAPH_FILE} (${SUBGRAPHS.filter((s) => s.composed).map((s) => s.name).join(', ')})`);
  }
}
