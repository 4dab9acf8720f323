/**
 * What the resolvers of each schema type receive as parent (codegen `mappers`): catalogue entries, stored rows and
 * their views, connections of the kit, the year-entity references. Names end in Model so they never clash with the
 * generated schema types.
 */
import type { AuditRecord, CommuneYearRef, Connection, DistrictYearRef, ProvinceYearRef } from '@lsp/shared';
import type { CriteriaSet, EmulationTitle } from '../datasets/titles';
import type { GradeCount } from '../indicators';
import type { assessmentView, commendationView } from '../service/reading';
import type { RecognitionCountRow } from '../store';

export type EmulationTitleModel = EmulationTitle;
export type CriteriaSetModel = CriteriaSet;
export type RecognitionCountModel = RecognitionCountRow;
export type AssessmentModel = ReturnType<typeof assessmentView>;
export type CommendationModel = ReturnType<typeof commendationView>;
export type RecognitionCountConnectionModel = Connection<RecognitionCountRow>;
export type AssessmentConnectionModel = Connection<AssessmentModel>;
export type CommendationConnectionModel = Connection<CommendationModel>;
export type CommuneYearModel = CommuneYearRef;
export type DistrictYearModel = DistrictYearRef;
export type ProvinceYearModel = ProvinceYearRef;
export type AuditRecordModel = AuditRecord;
export type GradeCountModel = GradeCount;
