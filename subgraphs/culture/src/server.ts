import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { sonLaUnits, type SubgraphContext, type SubgraphModule } from '@lsp/shared';
import { createLoaders, type CultureLoaders } from './loaders';
import { resolvers } from './resolvers';
import { cultureDatasets } from './datasets';
import { entities, migrations } from './store';
import { seedCulture } from './store/seed';

export const typeDefs = gql(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));

/**
 * Builds the culture subgraph (does not listen: src/main.ts does). The resolvers are typed from schema.graphql;
 * Apollo's resolver map type is wider (federation's __resolveReference), hence the one widening below.
 */
export const culture: SubgraphModule<CultureLoaders> = {
  definition: {
    name: 'culture', typeDefs, resolvers: resolvers as GraphQLResolverMap<SubgraphContext<CultureLoaders>>,
    createLoaders: (db) => createLoaders(db), intake: { datasets: cultureDatasets },
  },
  defaultPort: 4006,
  entities,
  migrations,
  seed: (db, log, units) => seedCulture(db, log, units ?? sonLaUnits()),
};
