import { join } from 'node:path';
import { openDatabase, parseProvinceSelection, unitsOf, createLogger, type AdminUnits, type IndicatorValue, type FigureDepartment } from '@lsp/shared';
import { BENCH_DEPARTMENTS } from './departments';

/**
 * The floor: the benchmark's answer computed by one process that opens the five databases directly and
 * calls each department's own indicator code, with no HTTP and no GraphQL in between. The ratio of the
 * gateway's latency to this says what federation costs.
 */
export interface FloorScenario {
  kind: 'dashboard' | 'progress';
  year: number;
  provinceCode: string;
  /** Dashboard of one district's communes only. */
  districtCode?: string;
}

/** The departments whose figures are scored (shared/src/identity.ts). */
const DEPARTMENTS = BENCH_DEPARTMENTS;
type Dept = FigureDepartment;

interface Loaded {
  units: AdminUnits;
  resolvers: Record<Dept, Record<string, Record<string, (ref: unknown, args: unknown, ctx: unknown, info?: unknown) => unknown>>>;
  ctx: Record<Dept, (units: AdminUnits) => unknown>;
  scoring: {
    loadScoringModels: (db: unknown) => Promise<unknown[]>;
    modelForYear: (models: unknown[], year: number) => unknown;
    score: (model: unknown, lists: Record<string, IndicatorValue[]>) => unknown;
    targetProgress: (targets: unknown[], lists: Record<string, IndicatorValue[]>, year: number) => unknown[];
    loadTargets: () => unknown[];
  };
  educationDb: unknown;
  close: () => Promise<void>;
}

let cache: { key: string; loaded: Loaded } | undefined;

async function load(root: string, dbUrl: (service: string) => string, provinces = '14'): Promise<Loaded> {
  const key = `${dbUrl('education')}|${provinces}`;
  if (cache?.key === key) return cache.loaded;
  if (cache) await cache.loaded.close();
  const units = unitsOf(parseProvinceSelection(provinces));
  const log = createLogger('floor', 'silent');
  const dbs: Array<{ destroy(): Promise<void> }> = [];
  const resolvers = {} as Loaded['resolvers'];
  const ctx = {} as Loaded['ctx'];
  let educationDb: unknown;
  for (const name of DEPARTMENTS) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exports = require(join(root, 'subgraphs', name, 'dist', 'server.js')) as Record<string, any>;
    const mod = Object.values(exports).find((v) => v && typeof v === 'object' && 'definition' in v && 'migrations' in v);
    const db = await openDatabase({ service: name, url: dbUrl(name), entities: mod.entities, migrations: mod.migrations, log });
    dbs.push(db);
    if (name === 'education') educationDb = db;
    resolvers[name] = mod.definition.resolvers;
    ctx[name] = (u: AdminUnits) => ({ identity: { sub: 'floor', roles: ['analyst'] }, requestId: 'floor', log, db, units: u, loaders: mod.definition.createLoaders(db, u) });
  }
  const req = (p: string) => require(join(root, 'subgraphs', 'education', 'dist', p)); // eslint-disable-line @typescript-eslint/no-require-imports
  const store = req('scoring/store.js');
  const engine = req('scoring/engine.js');
  const models = req('scoring/default-models.js');
  const progress = req('scoring/progress.js');
  const targets = require(join(root, 'shared', 'dist', 'targets.js')); // eslint-disable-line @typescript-eslint/no-require-imports
  const loaded: Loaded = {
    units, resolvers, ctx, educationDb,
    scoring: { loadScoringModels: store.loadScoringModels, modelForYear: models.modelForYear, score: engine.score, targetProgress: progress.targetProgress, loadTargets: targets.loadTargetCatalogue },
    close: async () => {
      await Promise.all(dbs.map((d) => d.destroy()));
    },
  };
  cache = { key, loaded };
  return loaded;
}

/** Computes the scenario's answer directly; returns the time it took and how many entities it scored. */
export async function computeFloor(root: string, dbUrl: (service: string) => string, provinces: string | undefined, sc: FloorScenario): Promise<{ ms: number; entities: number }> {
  const l = await load(root, dbUrl, provinces);
  const t0 = performance.now();
  const contexts = Object.fromEntries(DEPARTMENTS.map((d) => [d, l.ctx[d](l.units)])) as Record<Dept, unknown>;
  let refs: Array<{ type: 'CommuneYear' | 'DistrictYear' | 'ProvinceYear'; ref: Record<string, unknown> }>;
  if (sc.kind === 'dashboard') {
    refs = (sc.districtCode ? l.units.allDistricts().filter((d) => d.code === sc.districtCode) : l.units.allDistricts()).flatMap((d) => l.units.children(d.code)).map((c) => ({ type: 'CommuneYear' as const, ref: { communeCode: c.code, year: sc.year, boundaries: 'REPORTED' } }));
  } else {
    refs = [
      { type: 'ProvinceYear' as const, ref: { provinceCode: sc.provinceCode, year: sc.year } },
      ...l.units.allDistricts().map((d) => ({ type: 'DistrictYear' as const, ref: { districtCode: d.code, year: sc.year } })),
    ];
  }
  // The score does not ask previousValue (resolve info without it); target progress does (no info = everything).
  const info = sc.kind === 'dashboard' ? { fieldNodes: [], fragments: {} } : undefined;
  const lists = await Promise.all(
    refs.map(async ({ type, ref }) => {
      const entries = await Promise.all(DEPARTMENTS.map(async (d) => [d, await l.resolvers[d][type][`${d}Indicators`](ref, {}, contexts[d], info)] as const));
      return Object.fromEntries(entries) as Record<string, IndicatorValue[]>;
    }),
  );
  if (sc.kind === 'dashboard') {
    const models = await l.scoring.loadScoringModels(l.educationDb);
    const model = l.scoring.modelForYear(models, sc.year);
    lists.forEach((ls) => l.scoring.score(model, ls));
  } else {
    const targets = l.scoring.loadTargets();
    lists.forEach((ls) => l.scoring.targetProgress(targets, ls, sc.year));
  }
  return { ms: performance.now() - t0, entities: refs.length };
}
