import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { badInput, notFound, territoryOf, type IndicatorValue, type SubgraphContext, type YearRef } from '@lsp/shared';
import { educationIndicatorList } from '../indicators/year-figures';
import type { EducationLoaders } from '../loaders';
import { modelForYear } from '../scoring/default-models';
import { score, type ScoringModelSpec, type SourceDepartment } from '../scoring/engine';
import { targetProgress } from '../scoring/progress';
import { loadScoringModels } from '../scoring/store';
import { TargetStore, type ProgrammeTargetRow } from '../store';

/**
 * learningSociety and targetProgress on the year entities. The other departments' indicator lists arrive
 * with the entity representation through @requires (the gateway fetches them first, one batched _entities
 * call per department); education's own list is computed here. A list that did not arrive (its subgraph
 * failed) is null, and its components are SOURCE_UNAVAILABLE, never zero.
 */
type Ctx = SubgraphContext<EducationLoaders & ScoringLoaders>;
type WithLists = YearRef & { vocationalIndicators?: IndicatorValue[] | null; workforceIndicators?: IndicatorValue[] | null; awardsIndicators?: IndicatorValue[] | null };

/** Per-request loaders of the scoring reference data: a constant number of statements per request. */
export function createScoringLoaders(db: DataSource) {
  const targets = new TargetStore(db);
  return {
    scoringModels: new DataLoader<'all', ScoringModelSpec[]>(async (keys) => {
      const models = await loadScoringModels(db);
      return keys.map(() => models);
    }),
    programmeTargets: new DataLoader<'all', ProgrammeTargetRow[]>(async (keys) => {
      const rows = await targets.list();
      return keys.map(() => rows);
    }),
  };
}
export type ScoringLoaders = ReturnType<typeof createScoringLoaders>;

/** The four lists; education's own with the previous year only for target progress (its `change`). */
async function listsOf(parent: WithLists, ctx: Ctx, previousYear: boolean): Promise<Record<SourceDepartment, IndicatorValue[] | null>> {
  return {
    education: await educationIndicatorList(ctx.units, ctx.loaders, parent, previousYear),
    vocational: parent.vocationalIndicators ?? null,
    workforce: parent.workforceIndicators ?? null,
    awards: parent.awardsIndicators ?? null,
  };
}

async function learningSociety(parent: WithLists, args: { model?: string | null }, ctx: Ctx) {
  const models = await ctx.loaders.scoringModels.load('all');
  const model = args.model ? models.find((m) => m.id === args.model) : modelForYear(models, parent.year);
  if (args.model && !model) throw notFound('ScoringModel', args.model);
  if (!model) throw badInput(`No scoring model covers ${parent.year}`, { field: 'year' });
  const territory = territoryOf(ctx.units, parent);
  const boundaries = 'communeCode' in parent ? parent.boundaries : 'REPORTED';
  const unplacedUnits = 'communeCode' in parent ? ctx.units.unplacedUnits(parent.communeCode, parent.year, boundaries) : [];
  const s = score(model, await listsOf(parent, ctx, false), { complete: territory.complete, unplacedUnits });
  return { ...s, model, year: parent.year };
}

async function progress(parent: WithLists, _: unknown, ctx: Ctx) {
  const targets = await ctx.loaders.programmeTargets.load('all');
  return targetProgress(targets, await listsOf(parent, ctx, true), parent.year);
}

export const learningSocietyYearFields = { learningSociety, targetProgress: progress };

export const scoringQueries = {
  scoringModels: (_: unknown, __: unknown, ctx: Ctx) => ctx.loaders.scoringModels.load('all'),
  scoringModel: async (_: unknown, { id }: { id: string }, ctx: Ctx) => {
    const m = (await ctx.loaders.scoringModels.load('all')).find((x) => x.id === id);
    if (!m) throw notFound('ScoringModel', id);
    return m;
  },
};
