import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import type { SubgraphContext, SubgraphModule } from '@lsp/shared';
import { createLoaders, type VocationalLoaders } from './loaders';
import { resolvers } from './resolvers';
import { vocationalDatasets } from './datasets';
import { entities, migrations } from './store';
import { seedVocational } from './store/seed';
import { vocationalFacts } from './indicators/facts';

export const typeDefs = gql(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));

/**
 * Builds the vocational subgraph (does not listen: src/main.ts does). The resolvers are typed from schema.graphql;
 * Apollo's resolver map type is wider (federation's __resolveReference), hence the one widening below.
 */
export const vocational: SubgraphModule<VocationalLoaders> = {
  definition: { name: 'vocational', typeDefs, resolvers: resolvers as GraphQLResolverMap<SubgraphContext<VocationalLoaders>>, createLoaders: (db) => createLoaders(db), intake: { datasets: vocationalDatasets } },
  defaultPort: 4003,
  entities,
  migrations,
  seed: (db, log, units) => seedVocational(db, log, units),
  facts: vocationalFacts,
};
