import type { EntitySchema, MigrationInterface, DataSource } from 'typeorm';
import { databaseConcern, identityConcern, loadConfigOrExit, serverConcern, telemetryConcern, unitsConcern } from './config';
import { startTracing } from './observability/tracing';
import { drainAndClose } from './graceful';
import { openDatabase } from './db/data-source';
import { createLogger, type Logger } from './logger';
import { createSubgraphApp, listen, type SubgraphDefinition } from './subgraph';
import type { AdminUnits } from './admin-units';
import { unitsFromConfig } from './national-units';
import { ensureFacts, type FactSource } from './kit/facts';

export const subgraphConfigSchema = (defaultPort: number) =>
  serverConcern(defaultPort).extend(databaseConcern.shape).extend(identityConcern.shape).extend(unitsConcern.shape).extend(telemetryConcern.shape);

export interface SubgraphModule<L> {
  definition: SubgraphDefinition<L>;
  defaultPort: number;
  entities: EntitySchema[];
  migrations: Array<new () => MigrationInterface>;
  /**
   * Fills an empty database with demo data (synthetic where it is not reference data) for the given units
   * (the provinces of ADMIN_UNITS_PROVINCES, real units; the figures are SYNTHETIC); does nothing on a filled database.
   */
  seed?: (db: DataSource, log: Logger, units: AdminUnits) => Promise<void>;
  /** The department's indicator facts (kit/facts.ts), when it keeps them: filled at start if empty while data is there. */
  facts?: FactSource;
}

/** The body of every subgraph's main.ts: config, database (migrate, seed), listen, graceful stop. */
export async function runSubgraph<L>(mod: SubgraphModule<L>): Promise<void> {
  const cfg = loadConfigOrExit(subgraphConfigSchema(mod.defaultPort));
  const log = createLogger(mod.definition.name, cfg.LOG_LEVEL);
  const stopTracing = startTracing(mod.definition.name, cfg);
  const db = await openDatabase({
    service: mod.definition.name, url: cfg.DATABASE_URL, dataDir: cfg.DATA_DIR,
    entities: mod.entities, migrations: mod.migrations, log,
  });
  const units = unitsFromConfig(cfg);
  if (cfg.SEED_DEMO_DATA && mod.seed) await mod.seed(db, log, units);
  if (mod.facts) await ensureFacts(db, mod.facts, log);
  const { app, apollo } = await createSubgraphApp(mod.definition, { db, log, identityPublicKey: cfg.IDENTITY_PUBLIC_KEY, maxBodyBytes: cfg.SUBGRAPH_MAX_BODY_BYTES, units, executor: cfg.SUBGRAPH_EXECUTOR });
  const server = await listen(app, cfg.PORT, cfg.HOST);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : cfg.PORT;
  log.info({ url: `http://${cfg.HOST}:${port}/graphql`, database: db.options.type }, `${mod.definition.name} subgraph ready`);
  const stop = async (signal: string) => {
    log.info({ signal }, 'stopping');
    // In-flight requests finish before the database goes (graceful.ts).
    await drainAndClose(server);
    await apollo.stop();
    await db.destroy();
    await stopTracing();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}
