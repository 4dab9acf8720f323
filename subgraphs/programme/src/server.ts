import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { sonLaUnits, type SubgraphContext, type SubgraphModule } from '@lsp/shared';
import { createLoaders, type ProgrammeLoaders } from './loaders';
import { resolvers } from './resolvers';
import { programmeDatasets } from './datasets';
import { entities, migrations } from './store';
import { seedProgramme } from './store/seed';

export const typeDefs = gql(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));

/**
 * Builds the programme subgraph (does not listen: src/main.ts does). The resolvers are typed from schema.graphql;
 * Apollo's resolver map type is wider (federation's __resolveReference), hence the one widening below.
 */
export const programme: SubgraphModule<ProgrammeLoaders> = {
  definition: {
    name: 'programme', typeDefs, resolvers: resolvers as GraphQLResolverMap<SubgraphContext<ProgrammeLoaders>>,
    createLoaders: (db) => createLoaders(db), intake: { datasets: programmeDatasets },
  },
  defaultPort: 4007,
  entities,
  migrations,
  seed: (db, log, units) => seedProgramme(db, log, units ?? sonLaUnits()),
};
