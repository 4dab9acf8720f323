/**
 * What the resolvers of each schema type receive as parent (codegen `mappers`): stored rows, connections of the
 * kit, the year-entity references. Names end in Model so they never clash with the generated schema types.
 */
import type { AuditRecord, CommuneYearRef, Connection, DistrictYearRef, ProvinceYearRef, YearRef } from '@lsp/shared';
import type { PersonRow, PositionStandardRow, PostingRow, QualificationRow, TrainingRecordRow } from '../store';

export type PersonModel = PersonRow;
export type PostingModel = PostingRow;
export type QualificationModel = QualificationRow;
export type TrainingRecordModel = TrainingRecordRow;
export type PositionStandardModel = PositionStandardRow;
export type PersonConnectionModel = Connection<PersonRow>;
export type PostingConnectionModel = Connection<PostingRow>;
export type QualificationConnectionModel = Connection<QualificationRow>;
export type TrainingRecordConnectionModel = Connection<TrainingRecordRow>;
/** The typed figures are computed from the year entity they hang on. */
export type WorkforceFiguresModel = YearRef;
export type CommuneYearModel = CommuneYearRef;
export type DistrictYearModel = DistrictYearRef;
export type ProvinceYearModel = ProvinceYearRef;
export type AuditRecordModel = AuditRecord;
