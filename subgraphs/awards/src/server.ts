import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { sonLaUnits, type SubgraphContext, type SubgraphModule } from '@lsp/shared';
import { createLoaders, type AwardsLoaders } from './loaders';
import { resolvers } from './resolvers';
import { awardsDatasets } from './datasets';
import { entities, migrations } from './store';
import { seedAwards } from './store/seed';
import { awardsFacts } from './indicators/facts';

export const typeDefs = gql(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));

/**
 * Builds the awards subgraph (does not listen: src/main.ts does). The resolvers are typed from schema.graphql;
 * Apollo's resolver map type is wider (federation's __resolveReference), hence the one widening below.
 */
export const awards: SubgraphModule<AwardsLoaders> = {
  definition: { name: 'awards', typeDefs, resolvers: resolvers as GraphQLResolverMap<SubgraphContext<AwardsLoaders>>, createLoaders: (db) => createLoaders(db), intake: { datasets: awardsDatasets } },
  defaultPort: 4005,
  entities,
  migrations,
  seed: (db, log, units) => seedAwards(db, log, units ?? sonLaUnits()),
  facts: awardsFacts,
};
