import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { sonLaUnits, type SubgraphContext, type SubgraphModule } from '@lsp/shared';
import { createLoaders, type __Dept__Loaders } from './loaders';
import { resolvers } from './resolvers';
import { __dept__Datasets } from './datasets';
import { entities, migrations } from './store';
import { seed__Dept__ } from './store/seed';

export const typeDefs = gql(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));

/**
 * Builds the __dept__ subgraph (does not listen: src/main.ts does). The resolvers are typed from schema.graphql;
 * Apollo's resolver map type is wider (federation's __resolveReference), hence the one widening below.
 */
export const __dept__: SubgraphModule<__Dept__Loaders> = {
  definition: {
    name: '__dept__', typeDefs, resolvers: resolvers as GraphQLResolverMap<SubgraphContext<__Dept__Loaders>>,
    createLoaders: (db) => createLoaders(db), intake: { datasets: __dept__Datasets },
  },
  defaultPort: __PORT__,
  entities,
  migrations,
  seed: (db, log, units) => seed__Dept__(db, log, units ?? sonLaUnits()),
};
