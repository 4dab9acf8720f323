import type { CommuneYearRef, DistrictYearRef, ProvinceYearRef, YearRef } from '@lsp/shared';
import type { WorkforceIndicatorCode } from '../indicators';
import { reading, writing, yearFigures } from '../service';
import type { WorkforceContext } from './context';
import type { Resolvers } from './types.generated';
import type { GraphQLResolveInfo } from 'graphql';

/** Thin resolvers, typed from schema.graphql (src/resolvers/types.generated.ts): every rule is in src/service. */
type Ctx = WorkforceContext;

const yearEntity = {
  workforceIndicators: (ref: YearRef, _: unknown, ctx: Ctx, info: GraphQLResolveInfo) => yearFigures.indicators(ctx, ref, info),
  workforce: (ref: YearRef) => ref,
  workforceLocked: (ref: YearRef, _: unknown, ctx: Ctx) => yearFigures.locked(ctx, ref),
};

const ratio = (code: WorkforceIndicatorCode) => (ref: YearRef, _: unknown, ctx: Ctx) => yearFigures.ratio(ctx, ref, code);

export const resolvers: Resolvers = {
  Query: {
    people: (_, a, ctx) => reading.people(ctx, a),
    person: (_, a, ctx) => reading.person(ctx, a.personCode),
    workforcePostings: (_, a, ctx) => reading.postings(ctx, a),
    workforceQualifications: (_, a, ctx) => reading.qualifications(ctx, a),
    workforceTrainingRecords: (_, a, ctx) => reading.trainingRecords(ctx, a),
    positionStandards: (_, __, ctx) => reading.positionStandards(ctx),
    workforceAudit: (_, a, ctx) => reading.audit(ctx, a),
    workforcePeriodLocks: (_, a, ctx) => reading.periodLocks(ctx, a),
  },

  Mutation: {
    upsertPerson: (_, a, ctx) => writing.upsertPerson(ctx, a.input),
    recordQualification: (_, a, ctx) => writing.recordQualification(ctx, a.input),
    recordTraining: (_, a, ctx) => writing.recordTraining(ctx, a.input),
    setPositionStandard: (_, a, ctx) => writing.setPositionStandard(ctx, a.input),
    importRosterCsv: (_, a, ctx) => writing.importRoster(ctx, a.csv, a.dryRun, a),
    importQualificationsCsv: (_, a, ctx) => writing.importQualifications(ctx, a.csv, a.dryRun, a),
    importTrainingRecordsCsv: (_, a, ctx) => writing.importTrainings(ctx, a.csv, a.dryRun, a),
    importPositionStandardsCsv: (_, a, ctx) => writing.importStandards(ctx, a.csv, a.dryRun, a),
    deletePerson: (_, a, ctx) => writing.deletePerson(ctx, a),
    deletePosting: (_, a, ctx) => writing.deletePosting(ctx, a),
    deleteQualification: (_, a, ctx) => writing.deleteQualification(ctx, a),
    deleteTrainingRecord: (_, a, ctx) => writing.deleteTrainingRecord(ctx, a),
    lockWorkforcePeriod: (_, a, ctx) => writing.lock(ctx, a),
    unlockWorkforcePeriod: (_, a, ctx) => writing.unlock(ctx, a),
  },

  Person: {
    fullName: (p, _, ctx) => reading.personal(ctx, p, 'fullName'),
    dateOfBirth: (p, _, ctx) => reading.personal(ctx, p, 'dateOfBirth'),
    postings: (p, _, ctx) => reading.postingsOf(ctx, p.personCode),
    qualifications: (p, _, ctx) => reading.qualificationsOf(ctx, p.personCode),
    trainings: (p, _, ctx) => reading.trainingsOf(ctx, p.personCode),
    dataLabel: (p) => p.source,
  },
  Posting: {
    dataLabel: (p) => p.source,
  },
  Qualification: {
    language: (q) => q.language || null,
    supplementary: (q) => Boolean(q.supplementary),
    dataLabel: (q) => q.source,
  },
  TrainingRecord: {
    dataLabel: (t) => t.source,
  },
  PositionStandard: {
    requiresManagement: (s) => Boolean(s.requiresManagement),
    requiresIt: (s) => Boolean(s.requiresIt),
    requiresForeignLanguage: (s) => Boolean(s.requiresForeignLanguage),
  },

  WorkforceFigures: {
    asOf: (ref) => yearFigures.asOf(ref),
    villageLeadersLowerSecondary: ratio('WF_VILLAGE_LEADERS_LOWER_SECONDARY'),
    villageLeadersManagementAndPolitical: ratio('WF_VILLAGE_LEADERS_MANAGEMENT_POLITICAL'),
    keyCadresLowerSecondary: ratio('WF_KEY_CADRES_LOWER_SECONDARY'),
    keyCadresUpperSecondary: ratio('WF_KEY_CADRES_UPPER_SECONDARY'),
    keyCadresCollegeOrMore: ratio('WF_KEY_CADRES_COLLEGE'),
    cadresEthnicLanguage: ratio('WF_CADRES_ETHNIC_LANGUAGE'),
    civilServantsMeetingStandard: ratio('WF_CIVIL_SERVANTS_STANDARD'),
    dataLabel: () => yearFigures.dataLabel(),
  },

  CommuneYear: {
    __resolveReference: (ref: CommuneYearRef) => ref,
    ...yearEntity,
    workforcePeople: (ref, a, ctx) => yearFigures.people(ctx, ref, a),
  },
  DistrictYear: { __resolveReference: (ref: DistrictYearRef) => ref, ...yearEntity },
  ProvinceYear: { __resolveReference: (ref: ProvinceYearRef) => ref, ...yearEntity },
};
