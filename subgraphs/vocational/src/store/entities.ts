import { EntitySchema } from 'typeorm';

/** A training provider (cơ sở dạy nghề). Natural key: code. */
export interface ProviderRow {
  code: string;
  name: string;
  kind: string;
  districtCode: string;
  synthetic: boolean;
  source: string;
}

/** A vocational course of one provider and year. Natural key: code. */
export interface CourseRow {
  code: string;
  providerCode: string;
  occupation: string;
  level: string;
  ruralLabourProgramme: boolean;
  year: number;
  synthetic: boolean;
  source: string;
}

/**
 * Trainees of one course from one commune, sex and ethnic group. Natural key: course + commune + sex + ethnic
 * group. `year` repeats the course year so that a commune-year's trainees are read without a join.
 */
export interface EnrolmentRow {
  courseCode: string;
  communeCode: string;
  sex: string;
  ethnicGroup: string;
  year: number;
  enrolled: number;
  graduated: number;
  synthetic: boolean;
  source: string;
}

/** Labour-force figures of one reporting commune on 31 December of a year (persons). Natural key: commune + year. */
export interface LabourForceRow {
  communeCode: string;
  year: number;
  workingAgePopulation: number;
  agriculturalWorkers: number;
  vocationallyTrainedWorkers: number;
  agriculturalWorkersTrainingAccess: number;
  technologyTransferWorkers: number;
  technologyTransferAgriculture: number;
  technologyTransferForestry: number;
  technologyTransferTourism: number;
  technologyTransferProcessing: number;
  synthetic: boolean;
  source: string;
}

export const ProviderEntity = new EntitySchema<ProviderRow>({
  name: 'TrainingProvider',
  tableName: 'training_provider',
  columns: {
    code: { type: 'varchar', length: 20, primary: true },
    name: { type: 'varchar', length: 200 },
    kind: { type: 'varchar', length: 40 },
    districtCode: { name: 'district_code', type: 'varchar', length: 10 },
    synthetic: { type: 'boolean' },
    source: { type: 'varchar', length: 200 },
  },
});

export const CourseEntity = new EntitySchema<CourseRow>({
  name: 'VocationalCourse',
  tableName: 'vocational_course',
  columns: {
    code: { type: 'varchar', length: 40, primary: true },
    providerCode: { name: 'provider_code', type: 'varchar', length: 20 },
    occupation: { type: 'varchar', length: 120 },
    level: { type: 'varchar', length: 20 },
    ruralLabourProgramme: { name: 'rural_labour_programme', type: 'boolean' },
    year: { type: 'int' },
    synthetic: { type: 'boolean' },
    source: { type: 'varchar', length: 200 },
  },
});

export const EnrolmentEntity = new EntitySchema<EnrolmentRow>({
  name: 'CourseEnrolment',
  tableName: 'course_enrolment',
  columns: {
    courseCode: { name: 'course_code', type: 'varchar', length: 40, primary: true },
    communeCode: { name: 'commune_code', type: 'varchar', length: 10, primary: true },
    sex: { type: 'varchar', length: 6, primary: true },
    ethnicGroup: { name: 'ethnic_group', type: 'varchar', length: 40, primary: true },
    year: { type: 'int' },
    enrolled: { type: 'int' },
    graduated: { type: 'int' },
    synthetic: { type: 'boolean' },
    source: { type: 'varchar', length: 200 },
  },
});

export const LabourForceEntity = new EntitySchema<LabourForceRow>({
  name: 'LabourForce',
  tableName: 'labour_force',
  columns: {
    communeCode: { name: 'commune_code', type: 'varchar', length: 10, primary: true },
    year: { type: 'int', primary: true },
    workingAgePopulation: { name: 'working_age_population', type: 'int' },
    agriculturalWorkers: { name: 'agricultural_workers', type: 'int' },
    vocationallyTrainedWorkers: { name: 'vocationally_trained_workers', type: 'int' },
    agriculturalWorkersTrainingAccess: { name: 'agri_workers_training_access', type: 'int' },
    technologyTransferWorkers: { name: 'tech_transfer_workers', type: 'int' },
    technologyTransferAgriculture: { name: 'tech_transfer_agriculture', type: 'int' },
    technologyTransferForestry: { name: 'tech_transfer_forestry', type: 'int' },
    technologyTransferTourism: { name: 'tech_transfer_tourism', type: 'int' },
    technologyTransferProcessing: { name: 'tech_transfer_processing', type: 'int' },
    synthetic: { type: 'boolean' },
    source: { type: 'varchar', length: 200 },
  },
});
