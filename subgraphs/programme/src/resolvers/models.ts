/**
 * What the resolvers of each schema type receive as parent (codegen `mappers`): stored rows, connections of the
 * kit, the year-entity references. Names end in Model so they never clash with the generated schema types.
 */
import type { AuditRecord, CommuneYearRef, Connection, DistrictYearRef, ProvinceYearRef } from '@lsp/shared';
import type { ProgrammeTotal } from '../service/reading';
import type { ProgrammeFigureRow } from '../store';

export type ProgrammeFigureModel = ProgrammeFigureRow;
export type ProgrammeFigureConnectionModel = Connection<ProgrammeFigureRow>;
export type ProgrammeTotalModel = ProgrammeTotal;
export type CommuneYearModel = CommuneYearRef;
export type DistrictYearModel = DistrictYearRef;
export type ProvinceYearModel = ProvinceYearRef;
export type AuditRecordModel = AuditRecord;
