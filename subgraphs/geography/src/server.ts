import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import type { SubgraphContext, SubgraphModule } from '@lsp/shared';
import { createLoaders, type GeographyLoaders } from './loaders';
import { resolvers } from './resolvers';
import { entities, migrations } from './store';
import { seedGeography } from './store/seed';

export const typeDefs = gql(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));

/**
 * Builds the geography subgraph (does not listen: src/main.ts does). The resolvers are typed from schema.graphql;
 * Apollo's resolver map type is wider (federation's __resolveReference), hence the one widening below.
 */
export const geography: SubgraphModule<GeographyLoaders> = {
  definition: { name: 'geography', typeDefs, resolvers: resolvers as GraphQLResolverMap<SubgraphContext<GeographyLoaders>>, createLoaders: (db) => createLoaders(db) },
  defaultPort: 4001,
  entities,
  migrations,
  seed: (db, log, units) => seedGeography(db, log, units),
};
