import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { column } from '@lsp/shared';

const source = () => column.code('source', 200);

export class CreateTrainingProviders1764000000300 implements MigrationInterface {
  name = 'CreateTrainingProviders1764000000300';
  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'training_provider',
        columns: [
          { ...column.code('code', 20), isPrimary: true },
          column.code('name', 200),
          column.code('kind', 40),
          column.code('district_code', 10),
          column.bool('synthetic'),
          source(),
        ],
        indices: [{ name: 'ix_provider_district', columnNames: ['district_code'] }],
      }),
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('training_provider');
  }
}

export class CreateVocationalCourses1764000000310 implements MigrationInterface {
  name = 'CreateVocationalCourses1764000000310';
  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'vocational_course',
        columns: [
          { ...column.code('code', 40), isPrimary: true },
          column.code('provider_code', 20),
          column.code('occupation', 120),
          column.code('level', 20),
          column.bool('rural_labour_programme'),
          column.int('year', false),
          column.bool('synthetic'),
          source(),
        ],
        indices: [
          { name: 'ix_course_year', columnNames: ['year'] },
          { name: 'ix_course_provider', columnNames: ['provider_code', 'year'] },
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'course_enrolment',
        columns: [
          { ...column.code('course_code', 40), isPrimary: true },
          { ...column.code('commune_code', 10), isPrimary: true },
          { ...column.code('sex', 6), isPrimary: true },
          { ...column.code('ethnic_group', 40), isPrimary: true },
          column.int('year', false),
          column.int('enrolled', false),
          column.int('graduated', false),
          column.bool('synthetic'),
          source(),
        ],
        indices: [{ name: 'ix_enrolment_year_commune', columnNames: ['year', 'commune_code'] }],
      }),
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('course_enrolment');
    await qr.dropTable('vocational_course');
  }
}

export class CreateLabourForce1764000000320 implements MigrationInterface {
  name = 'CreateLabourForce1764000000320';
  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'labour_force',
        columns: [
          { ...column.code('commune_code', 10), isPrimary: true },
          { ...column.int('year', false), isPrimary: true },
          column.int('working_age_population', false),
          column.int('agricultural_workers', false),
          column.int('vocationally_trained_workers', false),
          column.int('agri_workers_training_access', false),
          column.int('tech_transfer_workers', false),
          column.int('tech_transfer_agriculture', false),
          column.int('tech_transfer_forestry', false),
          column.int('tech_transfer_tourism', false),
          column.int('tech_transfer_processing', false),
          column.bool('synthetic'),
          source(),
        ],
        indices: [{ name: 'ix_labour_force_year', columnNames: ['year'] }],
      }),
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('labour_force');
  }
}
