import {
  AuditStore, SYNTHETIC_LABEL, assertYear, badInput, canReadAggregates, forbidden, indicatorListAsAsked, requireReader, territoryLocked, territoryOf,
  type ConnectionArgs, type Provenance, type SubgraphContext, type YearRef,
} from '@lsp/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { cabinetTotals, cultureIndicators, readingFacilities, type CommuneRows } from '../indicators';
import type { CultureLoaders } from '../loaders';
import { CultureStore, HOLDER_KINDS } from '../store';

/**
 * Who may read what in culture, and how: aggregates on the year entities (indicators, totals per kind of holder,
 * reading facilities) for every caller the gateway lets in with a role; the flat tables and the audit trail for
 * signed-in roles (rows). Writing rules are in ./writing.ts.
 */
type Ctx = SubgraphContext<CultureLoaders>;

const IMPORTED_LABEL = 'IMPORTED: entered through the culture mutations or CSV import';
export const dataLabel = (row: { synthetic: boolean }) => (row.synthetic ? SYNTHETIC_LABEL : IMPORTED_LABEL);
export const provenanceLabel = (p: Provenance | null) => (p === null ? 'No data' : p === 'SYNTHETIC' ? SYNTHETIC_LABEL : p === 'MIXED' ? `Mixed: ${SYNTHETIC_LABEL}; and imported rows` : IMPORTED_LABEL);

function readAggregates(ctx: Ctx): void {
  if (!canReadAggregates(ctx.identity)) throw forbidden('Reading culture figures needs a role');
}

/** The rows of every reporting commune of a year entity: two loaders, one statement each per batch of entities. */
async function territoryRows(ctx: Ctx, ref: YearRef): Promise<CommuneRows[]> {
  readAggregates(ctx);
  const t = territoryOf(ctx.units, ref);
  return Promise.all(t.communeCodes.map(async (communeCode) => {
    const [commune, cabinets] = await Promise.all([ctx.loaders.communeByCommuneYear.load({ communeCode, year: t.year }), ctx.loaders.cabinetsByCommuneYear.load({ communeCode, year: t.year })]);
    return { commune, cabinets };
  }));
}

export const yearEntityFields = {
  cultureLocked: async (ref: YearRef, _: unknown, ctx: Ctx) => {
    const t = territoryOf(ctx.units, ref);
    return territoryLocked(ctx.units, t, await ctx.loaders.periodLocksByYear.load(t.year));
  },
  cultureIndicators: (ref: YearRef, _: unknown, ctx: Ctx, info?: GraphQLResolveInfo) => indicatorListAsAsked(ref, info, async (r) => cultureIndicators(await territoryRows(ctx, r))),
  householdBookCabinets: async (ref: YearRef, _: unknown, ctx: Ctx) => cultureIndicators(await territoryRows(ctx, ref))[0],
  booksPerPerson: async (ref: YearRef, _: unknown, ctx: Ctx) => cultureIndicators(await territoryRows(ctx, ref))[1],
  bookCabinets: async (ref: YearRef, _: unknown, ctx: Ctx) => cabinetTotals(await territoryRows(ctx, ref)).map((t) => ({ ...t, dataLabel: provenanceLabel(t.provenance) })),
  readingFacilities: async (ref: YearRef, _: unknown, ctx: Ctx) => {
    const f = readingFacilities(await territoryRows(ctx, ref));
    return { ...f, dataLabel: provenanceLabel(f.provenance) };
  },
};

/** Reporting communes of a year selected by commune or district code (undefined = no filter). */
function communeFilter(ctx: Ctx, year: number, communeCode?: string | null, districtCode?: string | null): string[] | undefined {
  if (communeCode) return [communeCode];
  if (districtCode) {
    if (!ctx.units.district(districtCode)) throw badInput(`District ${districtCode} is not a Sơn La district`, { field: 'districtCode' });
    return ctx.units.districtTerritory(districtCode, year);
  }
  return undefined;
}

type Filter = { year: number; communeCode?: string | null; districtCode?: string | null } & ConnectionArgs;

export const reading = {
  bookCabinets: (ctx: Ctx, a: Filter & { holderKind?: string | null }) => {
    requireReader(ctx.identity, 'book cabinets');
    assertYear(a.year);
    if (a.holderKind && !(HOLDER_KINDS as readonly string[]).includes(a.holderKind)) throw badInput(`holderKind must be one of ${HOLDER_KINDS.join(', ')}`, { field: 'holderKind' });
    return new CultureStore(ctx.db).cabinetPage({ year: a.year, holderKind: a.holderKind ?? undefined, communeCodes: communeFilter(ctx, a.year, a.communeCode, a.districtCode) }, a);
  },
  cultureCommunes: (ctx: Ctx, a: Filter) => {
    requireReader(ctx.identity, 'culture commune figures');
    assertYear(a.year);
    return new CultureStore(ctx.db).communePage({ year: a.year, communeCodes: communeFilter(ctx, a.year, a.communeCode, a.districtCode) }, a);
  },
  audit: (ctx: Ctx, a: { entityKey?: string | null; batchId?: string | null; first?: number | null }) => {
    requireReader(ctx.identity, 'the culture audit trail');
    const first = a.first ?? 50;
    if (!Number.isInteger(first) || first < 1 || first > 1000) throw badInput('first must be between 1 and 1000', { field: 'first' });
    return new AuditStore(ctx.db).list({ entityKey: a.entityKey ?? undefined, batchId: a.batchId ?? undefined, first });
  },
};
