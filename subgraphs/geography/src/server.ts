import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { SubgraphModule } from '@lsp/shared';
import { createLoaders, type GeographyLoaders } from './loaders';
import { resolvers } from './resolvers';
import { entities, migrations } from './store';
import { seedGeography } from './domain/seed';

export const typeDefs = gql(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));

export const geography: SubgraphModule<GeographyLoaders> = {
  definition: { name: 'geography', typeDefs, resolvers: resolvers as never, createLoaders: (db) => createLoaders(db) },
  defaultPort: 4001,
  entities,
  migrations,
  seed: (db, log, units) => seedGeography(db, log, units),
};
