import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { sonLaUnits, type SubgraphContext, type SubgraphModule } from '@lsp/shared';
import { createLoaders, type EducationLoaders } from './loaders';
import { resolvers } from './resolvers';
import { educationDatasets } from './datasets';
import { entities, migrations } from './store';
import { seedEducation } from './store/seed';
import { educationFacts } from './indicators/facts';

export const typeDefs = gql(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));

/**
 * Builds the education subgraph (does not listen: src/main.ts does). The resolvers are typed from schema.graphql;
 * Apollo's resolver map type is wider (federation's __resolveReference), hence the one widening below.
 */
export const education: SubgraphModule<EducationLoaders> = {
  definition: { name: 'education', typeDefs, resolvers: resolvers as GraphQLResolverMap<SubgraphContext<EducationLoaders>>, createLoaders: (db) => createLoaders(db), intake: { datasets: educationDatasets } },
  defaultPort: 4002,
  entities,
  migrations,
  seed: (db, log, units) => seedEducation(db, log, units ?? sonLaUnits()),
  facts: educationFacts,
};
