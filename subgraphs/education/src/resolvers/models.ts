/**
 * What the resolvers of each schema type receive as parent (codegen `mappers`): stored rows, connections of the
 * kit, the year-entity references (with the other departments' lists that @requires brings), the scoring engine's
 * values. Names end in Model so they never clash with the generated schema types.
 */
import type { AuditRecord, CommuneYearRef, Connection, DistrictYearRef, IndicatorValue, ProvinceYearRef } from '@lsp/shared';
import type { Score, ScoredComponent, ScoringComponentSpec, ScoringModelSpec } from '../scoring/engine';
import type { TargetProgress } from '../scoring/progress';
import type {
  AuditPage, ContinuingEducationCentreRow, EducationStatisticsRow, LearningCentreRow, ProgrammeTargetRow, SteeringCommitteeRow,
} from '../store';

/** The other departments' indicator lists, present on a year entity when the gateway resolved @requires. */
export interface RequiredLists {
  vocationalIndicators?: IndicatorValue[] | null;
  workforceIndicators?: IndicatorValue[] | null;
  awardsIndicators?: IndicatorValue[] | null;
}

export type ProgrammeTargetModel = ProgrammeTargetRow;
export type StatisticsRowModel = EducationStatisticsRow;
export type LearningCentreModel = LearningCentreRow;
export type ContinuingEducationCentreModel = ContinuingEducationCentreRow;
export type SteeringCommitteeModel = SteeringCommitteeRow;
export type StatisticsConnectionModel = Connection<EducationStatisticsRow>;
export type LearningCentreConnectionModel = Connection<LearningCentreRow>;
export type ContinuingEducationCentreConnectionModel = Connection<ContinuingEducationCentreRow>;
export type SteeringCommitteeConnectionModel = Connection<SteeringCommitteeRow>;
export type AuditConnectionModel = AuditPage;
export type AuditRecordModel = AuditRecord;
export type ScoringModelModel = ScoringModelSpec;
export type CommuneYearModel = CommuneYearRef & RequiredLists;
export type DistrictYearModel = DistrictYearRef & RequiredLists;
export type ProvinceYearModel = ProvinceYearRef & RequiredLists;
export type ScoringComponentSpecModel = ScoringComponentSpec;
export type ScoreModel = Score & { model: ScoringModelSpec; year: number };
export type ScoreComponentModel = ScoredComponent;
/** A target-progress row with the entity it is of, for its shortfallOfUnits and forecast. */
export type TargetProgressModel = TargetProgress & { ref: CommuneYearRef | DistrictYearRef | ProvinceYearRef };
