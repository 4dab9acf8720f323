/**
 * What the resolvers of each schema type receive as parent (codegen `mappers`): stored rows, connections of the
 * kit, the year-entity references. Names end in Model so they never clash with the generated schema types.
 */
import type { AuditRecord, CommuneYearRef, Connection, DistrictYearRef, ProvinceYearRef } from '@lsp/shared';
import type { CultureTotal } from '../service/reading';
import type { CultureFigureRow } from '../store';

export type CultureFigureModel = CultureFigureRow;
export type CultureFigureConnectionModel = Connection<CultureFigureRow>;
export type CultureTotalModel = CultureTotal;
export type CommuneYearModel = CommuneYearRef;
export type DistrictYearModel = DistrictYearRef;
export type ProvinceYearModel = ProvinceYearRef;
export type AuditRecordModel = AuditRecord;
