/**
 * What the resolvers of each schema type receive as parent (codegen `mappers`): unit references with the date
 * their fields describe, the year-entity references. Names end in Model so they never clash with the schema types.
 */
import type { CommuneYearRef, DistrictYearRef, ProvinceYearRef } from '@lsp/shared';
import type { CommunePage, CommuneVersionView, ProvinceVersionView, UnitRef } from '../service';

export type UnitModel = UnitRef;
export type CommunePageModel = CommunePage;
export type CommuneVersionModel = CommuneVersionView;
export type ProvinceVersionModel = ProvinceVersionView;
export type CommuneYearModel = CommuneYearRef;
export type DistrictYearModel = DistrictYearRef;
export type ProvinceYearModel = ProvinceYearRef;
