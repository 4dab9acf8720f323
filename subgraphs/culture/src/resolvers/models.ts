/**
 * What the resolvers of each schema type receive as parent (codegen `mappers`): stored rows, connections of the
 * kit, the year-entity references. Names end in Model so they never clash with the generated schema types.
 */
import type { AuditRecord, CommuneYearRef, Connection, DistrictYearRef, IndicatorValue, ProvinceYearRef } from '@lsp/shared';
import type { BookCabinetTotal, ReadingFacilities } from '../indicators';
import type { BookCabinetRow, CultureCommuneRow } from '../store';

export type BookCabinetsModel = BookCabinetRow;
export type CultureCommuneModel = CultureCommuneRow;
export type BookCabinetsConnectionModel = Connection<BookCabinetRow>;
export type CultureCommuneConnectionModel = Connection<CultureCommuneRow>;
export type BookCabinetTotalModel = BookCabinetTotal & { dataLabel: string };
export type ReadingFacilitiesModel = ReadingFacilities & { dataLabel: string };
export type IndicatorValueModel = IndicatorValue;
export type CommuneYearModel = CommuneYearRef;
export type DistrictYearModel = DistrictYearRef;
export type ProvinceYearModel = ProvinceYearRef;
export type AuditRecordModel = AuditRecord;
