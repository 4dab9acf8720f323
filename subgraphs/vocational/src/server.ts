import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { SubgraphModule } from '@lsp/shared';
import { createLoaders, type VocationalLoaders } from './loaders';
import { resolvers } from './resolvers';
import { entities, migrations } from './store';
import { seedVocational } from './domain/seed';

export const typeDefs = gql(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));

export const vocational: SubgraphModule<VocationalLoaders> = {
  definition: { name: 'vocational', typeDefs, resolvers: resolvers as never, createLoaders: (db) => createLoaders(db) },
  defaultPort: 4003,
  entities,
  migrations,
  seed: (db, log, units) => seedVocational(db, log, units),
};
