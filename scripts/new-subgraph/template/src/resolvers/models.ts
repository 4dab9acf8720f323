/**
 * What the resolvers of each schema type receive as parent (codegen `mappers`): stored rows, connections of the
 * kit, the year-entity references. Names end in Model so they never clash with the generated schema types.
 */
import type { AuditRecord, CommuneYearRef, Connection, DistrictYearRef, ProvinceYearRef } from '@lsp/shared';
import type { __Dept__Total } from '../service/reading';
import type { __Dept__FigureRow } from '../store';

export type __Dept__FigureModel = __Dept__FigureRow;
export type __Dept__FigureConnectionModel = Connection<__Dept__FigureRow>;
export type __Dept__TotalModel = __Dept__Total;
export type CommuneYearModel = CommuneYearRef;
export type DistrictYearModel = DistrictYearRef;
export type ProvinceYearModel = ProvinceYearRef;
export type AuditRecordModel = AuditRecord;
