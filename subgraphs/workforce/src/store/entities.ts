import { EntitySchema, Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { column } from '@lsp/shared';

/**
 * A cadre or civil servant (cán bộ, công chức) on the roster. fullName and dateOfBirth are personal data (role
 * workforce:pii). Where the person is posted lives in PostingRow (a person may move or hold several posts).
 */
export interface PersonRow {
  personCode: string;
  fullName: string;
  dateOfBirth: string | null;
  birthYear: number;
  sex: string;
  ethnicGroup: string;
  source: string;
}

/** One post held by a person from postedFrom to postedTo (inclusive ISO dates; null = still posted). */
export interface PostingRow {
  personCode: string;
  postedFrom: string;
  position: string;
  /** Commune code for commune-level posts, district code for district civil servants, the province code for provincial ones. */
  unitCode: string;
  postedTo: string | null;
  /** The local ethnic language of the area where posted; null = not an ethnic-minority area. */
  areaEthnicLanguage: string | null;
  source: string;
}

/** A dated qualification: general education, professional level, political theory, certificates, languages. */
export interface QualificationRow {
  id?: number;
  personCode: string;
  kind: string;
  /** Level within the kind ('' where the kind has none, e.g. an ethnic language). */
  level: string;
  /** Order of the level within its kind (1 = lowest), so "X or more" is a comparison in SQL. */
  levelRank: number;
  /** Language of an ethnic- or foreign-language qualification, '' otherwise. */
  language: string;
  /** Obtained through a supplementary (bổ túc) programme. */
  supplementary: boolean;
  obtainedOn: string;
  source: string;
}

/** A training course a person attended. */
export interface TrainingRecordRow {
  id?: number;
  personCode: string;
  course: string;
  organiser: string;
  startedOn: string;
  endedOn: string | null;
  result: string;
  source: string;
}

/** What a position's holders must have to meet its standard (ranks as in QualificationRow.levelRank). */
export interface PositionStandardRow {
  position: string;
  minGeneralEducation: number;
  minProfessional: number;
  minPoliticalTheory: number;
  requiresManagement: boolean;
  requiresIt: boolean;
  requiresForeignLanguage: boolean;
  source: string;
}

export const PersonEntity = new EntitySchema<PersonRow>({
  name: 'Person',
  tableName: 'person',
  columns: {
    personCode: { name: 'person_code', type: 'varchar', length: 40, primary: true },
    fullName: { name: 'full_name', type: 'varchar', length: 120 },
    dateOfBirth: { name: 'date_of_birth', type: 'varchar', length: 10, nullable: true },
    birthYear: { name: 'birth_year', type: 'int' },
    sex: { type: 'varchar', length: 1 },
    ethnicGroup: { name: 'ethnic_group', type: 'varchar', length: 40 },
    source: { type: 'varchar', length: 200 },
  },
});

export const PostingEntity = new EntitySchema<PostingRow>({
  name: 'Posting',
  tableName: 'posting',
  columns: {
    personCode: { name: 'person_code', type: 'varchar', length: 40, primary: true },
    postedFrom: { name: 'posted_from', type: 'varchar', length: 10, primary: true },
    position: { type: 'varchar', length: 32 },
    unitCode: { name: 'unit_code', type: 'varchar', length: 10 },
    postedTo: { name: 'posted_to', type: 'varchar', length: 10, nullable: true },
    areaEthnicLanguage: { name: 'area_ethnic_language', type: 'varchar', length: 40, nullable: true },
    source: { type: 'varchar', length: 200 },
  },
});

export const QualificationEntity = new EntitySchema<QualificationRow>({
  name: 'Qualification',
  tableName: 'qualification',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    personCode: { name: 'person_code', type: 'varchar', length: 40 },
    kind: { type: 'varchar', length: 32 },
    level: { type: 'varchar', length: 32 },
    levelRank: { name: 'level_rank', type: 'int' },
    language: { type: 'varchar', length: 40 },
    supplementary: { type: 'boolean' },
    obtainedOn: { name: 'obtained_on', type: 'varchar', length: 10 },
    source: { type: 'varchar', length: 200 },
  },
});

export const TrainingRecordEntity = new EntitySchema<TrainingRecordRow>({
  name: 'TrainingRecord',
  tableName: 'training_record',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    personCode: { name: 'person_code', type: 'varchar', length: 40 },
    course: { type: 'varchar', length: 200 },
    organiser: { type: 'varchar', length: 200 },
    startedOn: { name: 'started_on', type: 'varchar', length: 10 },
    endedOn: { name: 'ended_on', type: 'varchar', length: 10, nullable: true },
    result: { type: 'varchar', length: 20 },
    source: { type: 'varchar', length: 200 },
  },
});

export const PositionStandardEntity = new EntitySchema<PositionStandardRow>({
  name: 'PositionStandard',
  tableName: 'position_standard',
  columns: {
    position: { type: 'varchar', length: 32, primary: true },
    minGeneralEducation: { name: 'min_general_education', type: 'int' },
    minProfessional: { name: 'min_professional', type: 'int' },
    minPoliticalTheory: { name: 'min_political_theory', type: 'int' },
    requiresManagement: { name: 'requires_management', type: 'boolean' },
    requiresIt: { name: 'requires_it', type: 'boolean' },
    requiresForeignLanguage: { name: 'requires_foreign_language', type: 'boolean' },
    source: { type: 'varchar', length: 200 },
  },
});

export class CreateWorkforce1764000000400 implements MigrationInterface {
  name = 'CreateWorkforce1764000000400';
  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'person',
        columns: [
          { ...column.code('person_code', 40), isPrimary: true },
          column.code('full_name', 120),
          column.date('date_of_birth'),
          column.int('birth_year', false),
          column.code('sex', 1),
          column.code('ethnic_group', 40),
          column.code('position', 32),
          column.code('unit_code', 10),
          column.date('posted_from', false),
          column.date('posted_to'),
          column.code('area_ethnic_language', 40, true),
          column.code('source', 200),
        ],
      }),
    );
    await qr.createIndex('person', new TableIndex({ name: 'ix_person_unit', columnNames: ['unit_code', 'posted_from'] }));
    await qr.createTable(
      new Table({
        name: 'qualification',
        columns: [
          column.id(),
          column.code('person_code', 40),
          column.code('kind', 32),
          column.code('level', 32),
          column.int('level_rank', false),
          column.code('language', 40),
          column.bool('supplementary'),
          column.date('obtained_on', false),
          column.code('source', 200),
        ],
      }),
    );
    await qr.createIndex('qualification', new TableIndex({ name: 'ux_qualification', columnNames: ['person_code', 'kind', 'level', 'language'], isUnique: true }));
    await qr.createTable(
      new Table({
        name: 'training_record',
        columns: [
          column.id(),
          column.code('person_code', 40),
          column.code('course', 200),
          column.code('organiser', 200),
          column.date('started_on', false),
          column.date('ended_on'),
          column.code('result', 20),
          column.code('source', 200),
        ],
      }),
    );
    await qr.createIndex('training_record', new TableIndex({ name: 'ux_training', columnNames: ['person_code', 'course', 'started_on'], isUnique: true }));
    await qr.createTable(
      new Table({
        name: 'position_standard',
        columns: [
          { ...column.code('position', 32), isPrimary: true },
          column.int('min_general_education', false),
          column.int('min_professional', false),
          column.int('min_political_theory', false),
          column.bool('requires_management'),
          column.bool('requires_it'),
          column.bool('requires_foreign_language'),
          column.code('source', 200),
        ],
      }),
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('position_standard');
    await qr.dropTable('training_record');
    await qr.dropTable('qualification');
    await qr.dropTable('person');
  }
}
