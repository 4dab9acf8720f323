import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { SubgraphModule } from '@lsp/shared';
import { createLoaders, type WorkforceLoaders } from './loaders';
import { resolvers } from './resolvers';
import { entities, migrations } from './store';
import { seedWorkforce } from './domain/seed';

export const typeDefs = gql(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));

export const workforce: SubgraphModule<WorkforceLoaders> = {
  definition: { name: 'workforce', typeDefs, resolvers: resolvers as never, createLoaders: (db) => createLoaders(db) },
  defaultPort: 4004,
  entities,
  migrations,
  seed: (db, log, units) => seedWorkforce(db, log, units),
};
