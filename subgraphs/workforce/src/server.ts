import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import type { SubgraphContext, SubgraphModule } from '@lsp/shared';
import { createLoaders, type WorkforceLoaders } from './loaders';
import { resolvers } from './resolvers';
import { workforceDatasets } from './datasets';
import { entities, migrations } from './store';
import { seedWorkforce } from './store/seed';
import { workforceFacts } from './indicators/facts';

export const typeDefs = gql(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));

/**
 * Builds the workforce subgraph (does not listen: src/main.ts does). The resolvers are typed from schema.graphql;
 * Apollo's resolver map type is wider (federation's __resolveReference), hence the one widening below.
 */
export const workforce: SubgraphModule<WorkforceLoaders> = {
  definition: { name: 'workforce', typeDefs, resolvers: resolvers as GraphQLResolverMap<SubgraphContext<WorkforceLoaders>>, createLoaders: (db) => createLoaders(db), intake: { datasets: workforceDatasets } },
  defaultPort: 4004,
  entities,
  migrations,
  seed: (db, log, units) => seedWorkforce(db, log, units),
  facts: workforceFacts,
};
