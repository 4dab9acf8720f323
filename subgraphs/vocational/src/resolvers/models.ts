/**
 * What the resolvers of each schema type receive as parent (codegen `mappers`): stored rows, connections of the
 * kit, the year-entity references. Names end in Model so they never clash with the generated schema types.
 */
import type { AuditPage, AuditRecord, CommuneYearRef, Connection, DistrictYearRef, ProvinceYearRef } from '@lsp/shared';
import type { TrainingFigures } from '../indicators';
import type { CourseRow, EnrolmentRow, LabourForceRow, ProviderRow } from '../store';

export type ProviderModel = ProviderRow;
export type CourseModel = CourseRow;
export type EnrolmentModel = EnrolmentRow;
export type LabourForceRowModel = LabourForceRow;
export type ProviderConnectionModel = Connection<ProviderRow>;
export type CourseConnectionModel = Connection<CourseRow>;
export type EnrolmentConnectionModel = Connection<EnrolmentRow>;
export type LabourForceConnectionModel = Connection<LabourForceRow>;
export type TrainingFiguresModel = TrainingFigures;
export type CommuneYearModel = CommuneYearRef;
export type DistrictYearModel = DistrictYearRef;
export type ProvinceYearModel = ProvinceYearRef;
export type AuditRecordModel = AuditRecord;
export type AuditConnectionModel = AuditPage;
