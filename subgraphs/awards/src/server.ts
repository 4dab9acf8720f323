import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import { sonLaUnits, type SubgraphModule } from '@lsp/shared';
import { createLoaders, type AwardsLoaders } from './loaders';
import { resolvers } from './resolvers';
import { entities, migrations } from './store';
import { seedAwards } from './store/seed';

export const typeDefs = gql(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));

export const awards: SubgraphModule<AwardsLoaders> = {
  definition: { name: 'awards', typeDefs, resolvers: resolvers as never, createLoaders: (db) => createLoaders(db) },
  defaultPort: 4005,
  entities,
  migrations,
  seed: (db, log, units) => seedAwards(db, log, units ?? sonLaUnits()),
};
