import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import { sonLaUnits, type SubgraphModule } from '@lsp/shared';
import { createLoaders, type EducationLoaders } from './loaders';
import { resolvers } from './resolvers';
import { entities, migrations } from './store';
import { seedEducation } from './domain/seed';

export const typeDefs = gql(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));

export const education: SubgraphModule<EducationLoaders> = {
  definition: { name: 'education', typeDefs, resolvers: resolvers as never, createLoaders: (db) => createLoaders(db) },
  defaultPort: 4002,
  entities,
  migrations,
  seed: (db, log, units) => seedEducation(db, log, units ?? sonLaUnits()),
};
