import { EntitySchema, In, Table, type DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { bulkWrite, column, nowIso } from '@lsp/shared';

/**
 * The programme's yearly activities per district (QĐ 354 IV.4, IV.8, IV.9, V.8): the Lifelong Learning Week, the
 * survey of the learning needs of cadres and workers, the trainings of CLC managers and reporters.
 */
export const RESPONDENT_GROUPS = ['CADRES', 'CIVIL_SERVANTS', 'PUBLIC_EMPLOYEES', 'WORKERS'] as const;
export const SURVEY_TOPICS = ['IT', 'FOREIGN_LANGUAGE', 'ETHNIC_LANGUAGE', 'POLITICAL_THEORY', 'PROFESSIONAL', 'LAW', 'OTHER'] as const;
export const TRAINEE_ROLES = ['CLC_MANAGER', 'REPORTER'] as const;

/** One district's Lifelong Learning Week of a year (IV.9): events and participants by group. */
export interface LearningWeekRow {
  year: number;
  districtCode: string;
  events: number;
  participantsPupils: number;
  participantsCadres: number;
  participantsWorkers: number;
  participantsOther: number;
  synthetic: boolean;
  updatedAt?: string;
}

/** Respondents of the learning-needs survey (IV.8) of one district, group and topic wanted, in a year. */
export interface LearningNeedRow {
  year: number;
  districtCode: string;
  respondentGroup: string;
  topic: string;
  respondents: number;
  synthetic: boolean;
  updatedAt?: string;
}

/** Trainings of CLC managers or reporters (IV.4, V.8) held for one district in a year. */
export interface ClcTrainingRow {
  year: number;
  districtCode: string;
  traineeRole: string;
  sessions: number;
  trainees: number;
  synthetic: boolean;
  updatedAt?: string;
}

const base = { year: { type: 'int' as const, primary: true }, districtCode: { name: 'district_code', type: 'varchar' as const, length: 10, primary: true } };
const tail = { synthetic: { type: 'boolean' as const }, updatedAt: { name: 'updated_at', type: 'varchar' as const, length: 24 } };

export const LearningWeekEntity = new EntitySchema<LearningWeekRow>({
  name: 'LearningWeek', tableName: 'learning_week',
  columns: {
    ...base, events: { type: 'int' }, participantsPupils: { name: 'participants_pupils', type: 'int' }, participantsCadres: { name: 'participants_cadres', type: 'int' },
    participantsWorkers: { name: 'participants_workers', type: 'int' }, participantsOther: { name: 'participants_other', type: 'int' }, ...tail,
  },
});
export const LearningNeedEntity = new EntitySchema<LearningNeedRow>({
  name: 'LearningNeed', tableName: 'learning_need',
  columns: {
    ...base, respondentGroup: { name: 'respondent_group', type: 'varchar', length: 20, primary: true }, topic: { type: 'varchar', length: 20, primary: true },
    respondents: { type: 'int' }, ...tail,
  },
});
export const ClcTrainingEntity = new EntitySchema<ClcTrainingRow>({
  name: 'ClcTraining', tableName: 'clc_training',
  columns: { ...base, traineeRole: { name: 'trainee_role', type: 'varchar', length: 20, primary: true }, sessions: { type: 'int' }, trainees: { type: 'int' }, ...tail },
});

/** Part of CreateProgrammeTables (the subgraph has not been released: one migration creates all its tables). */
export async function createActivityTables(qr: QueryRunner): Promise<void> {
  const key = [{ ...column.int('year', false), isPrimary: true }, { ...column.code('district_code', 10), isPrimary: true }];
  await qr.createTable(new Table({
    name: 'learning_week',
    columns: [...key, column.int('events', false), column.int('participants_pupils', false), column.int('participants_cadres', false), column.int('participants_workers', false), column.int('participants_other', false), column.bool('synthetic')],
  }));
  await qr.createTable(new Table({
    name: 'learning_need',
    columns: [...key, { ...column.code('respondent_group', 20), isPrimary: true }, { ...column.code('topic', 20), isPrimary: true }, column.int('respondents', false), column.bool('synthetic')],
  }));
  await qr.createTable(new Table({
    name: 'clc_training',
    columns: [...key, { ...column.code('trainee_role', 20), isPrimary: true }, column.int('sessions', false), column.int('trainees', false), column.bool('synthetic')],
  }));
}
export const ACTIVITY_TABLES = ['learning_week', 'learning_need', 'clc_training'];

export interface Activities {
  weeks: LearningWeekRow[];
  needs: LearningNeedRow[];
  trainings: ClcTrainingRow[];
}

/** The only place activity rows are read or written in SQL: one statement per table for any batch of (year, district). */
export class ActivityStore {
  constructor(private readonly db: DataSource) {}

  async of(years: number[], districtCodes: string[]): Promise<Activities> {
    const where = { year: In(years), districtCode: In(districtCodes) };
    const [weeks, needs, trainings] = await Promise.all([
      this.db.getRepository(LearningWeekEntity).find({ where }), this.db.getRepository(LearningNeedEntity).find({ where }), this.db.getRepository(ClcTrainingEntity).find({ where }),
    ]);
    return { weeks, needs, trainings };
  }

  async insert(m: EntityManager, a: Activities): Promise<void> {
    const updatedAt = nowIso();
    const stamp = <R extends { updatedAt?: string }>(rows: R[]) => rows.map((r) => ({ ...r, updatedAt: r.updatedAt ?? updatedAt }));
    await bulkWrite(m, LearningWeekEntity, stamp(a.weeks));
    await bulkWrite(m, LearningNeedEntity, stamp(a.needs));
    await bulkWrite(m, ClcTrainingEntity, stamp(a.trainings));
  }
}
