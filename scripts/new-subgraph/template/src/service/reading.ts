import {
  AuditStore, SYNTHETIC_LABEL, assertYear, badInput, canReadAggregates, forbidden, requireReader, rowsOfTerritory, territoryLocked, territoryOf,
  type ConnectionArgs, type SubgraphContext, type YearRef,
} from '@lsp/shared';
import type { __Dept__Loaders } from '../loaders';
import { __Dept__FigureStore, type __Dept__FigureRow } from '../store';

/**
 * Who may read what in __dept__, and how: totals on the year entities for every caller the gateway lets in with a
 * role (aggregates), the flat table and the audit trail for signed-in roles (rows). Writing rules are in ./writing.ts.
 */
type Ctx = SubgraphContext<__Dept__Loaders>;

const IMPORTED_LABEL = 'IMPORTED: entered through the __dept__ mutations or CSV import';
export const dataLabel = (row: { synthetic: boolean }) => (row.synthetic ? SYNTHETIC_LABEL : IMPORTED_LABEL);

function readAggregates(ctx: Ctx): void {
  if (!canReadAggregates(ctx.identity)) throw forbidden('Reading __dept__ figures needs a role');
}

/** A total over the reporting communes of a year entity: null value = no commune reported (never zero). */
export interface __Dept__Total {
  value: number | null;
  unitsReporting: number;
  unitsExpected: number;
  dataLabel: string;
}

export async function territoryTotal(ctx: Ctx, ref: YearRef): Promise<__Dept__Total> {
  readAggregates(ctx);
  const rows = (await rowsOfTerritory(ctx.loaders.figureByCommuneYear, territoryOf(ctx.units, ref))).filter((r): r is __Dept__FigureRow => !!r);
  const synthetic = rows.filter((r) => r.synthetic).length;
  return {
    value: rows.length ? rows.reduce((s, r) => s + r.value, 0) : null,
    unitsReporting: rows.length,
    unitsExpected: territoryOf(ctx.units, ref).communeCodes.length,
    dataLabel: !rows.length ? 'No data' : synthetic === rows.length ? SYNTHETIC_LABEL : synthetic ? `Mixed: ${SYNTHETIC_LABEL}; and imported rows` : IMPORTED_LABEL,
  };
}

export const yearEntityFields = {
  __dept__Locked: async (ref: YearRef, _: unknown, ctx: Ctx) => {
    const t = territoryOf(ctx.units, ref);
    return territoryLocked(ctx.units, t, await ctx.loaders.periodLocksByYear.load(t.year));
  },
  __dept__Figure: (ref: YearRef, _: unknown, ctx: Ctx) => territoryTotal(ctx, ref),
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

export const reading = {
  /** The flat table is row-level: signed-in roles (the access matrix's default for a Query field). */
  figures: async (ctx: Ctx, a: { year: number; communeCode?: string | null; districtCode?: string | null } & ConnectionArgs) => {
    requireReader(ctx.identity, '__dept__ figures');
    assertYear(a.year);
    return new __Dept__FigureStore(ctx.db).page({ year: a.year, communeCodes: communeFilter(ctx, a.year, a.communeCode, a.districtCode) }, a);
  },
  audit: (ctx: Ctx, a: { entityKey?: string | null; batchId?: string | null; first?: number | null }) => {
    requireReader(ctx.identity, 'the __dept__ audit trail');
    const first = a.first ?? 50;
    if (!Number.isInteger(first) || first < 1 || first > 1000) throw badInput('first must be between 1 and 1000', { field: 'first' });
    return new AuditStore(ctx.db).list({ entityKey: a.entityKey ?? undefined, batchId: a.batchId ?? undefined, first });
  },
};
