import type { GraphQLResolveInfo } from 'graphql';
import { asksSubfield, badInput, notFound, territoryOf, type YearRef } from '@lsp/shared';
import { uniformList } from '../indicators';
import { educationFacts, ratesOf } from '../indicators/year-figures';
import { modelForYear } from '../scoring/default-models';
import { score, type SourceDepartment } from '../scoring/engine';
import { otherDepartments } from '../scoring/parts';
import { yearFigures } from '../service';
import { progressRows } from './analytics';
import type { EducationContext as Ctx } from './context';

/**
 * learningSociety and targetProgress on the year entities. Education's own list and lock are computed here; the
 * other departments' come from their score-parts feeds (scoring/parts.ts), whichever departments the model's
 * components (or the targets) name, so a new department's components need no new field here. A department that
 * did not answer has a null list: its components are SOURCE_UNAVAILABLE, never zero.
 */
const others = (sources: Iterable<string>) => [...new Set(sources)].filter((d): d is SourceDepartment => d !== 'education');

async function learningSociety(parent: YearRef, args: { model?: string | null }, ctx: Ctx, info?: GraphQLResolveInfo) {
  const models = await ctx.loaders.scoringModels.load('all');
  const model = args.model ? models.find((m) => m.id === args.model) : modelForYear(models, parent.year);
  if (args.model && !model) throw notFound('ScoringModel', args.model);
  if (!model) throw badInput(`No scoring model covers ${parent.year}`, { field: 'year' });
  const territory = territoryOf(ctx.units, parent);
  const boundaries = 'communeCode' in parent ? parent.boundaries : 'REPORTED';
  const unplacedUnits = 'communeCode' in parent ? ctx.units.unplacedUnits(parent.communeCode, parent.year, boundaries) : [];
  // Inputs first (facts and parts as held, no lists built), then education's list, the other departments' lists
  // (built when read, see CompactYear.held) and the score in one synchronous step: for a ranking of the country the
  // loads of all its communes resolve together, and lists built before that point all lived until the last one.
  const [facts, ownLock, rest] = await Promise.all([
    educationFacts(ctx.units, ctx.loaders, parent), yearFigures.locked(ctx, parent),
    otherDepartments(ctx, parent, others(model.components.map((c) => c.source)), false),
  ]);
  const s = score(model, { ...rest.lists, education: uniformList(ratesOf(facts)) }, { complete: territory.complete, unplacedUnits }, { ...rest.locks, education: ownLock });
  // The components only when asked: a ranking of the country asks total, grade and coverage, and its 230,000
  // component objects otherwise lived until the whole answer was written (every scavenge copied them, then they
  // were promoted). Everything else of the score is computed from them already.
  return { ...s, components: asksSubfield(info, 'components') ? s.components : [], model, year: parent.year };
}

function progress(parent: YearRef, _: unknown, ctx: Ctx) {
  return progressRows(ctx, parent, true);
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
