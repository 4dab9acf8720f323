import { EntitySchema, In, Table, type DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { column, connection, type ConnectionArgs } from '@lsp/shared';

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
  updatedAt: string;
}

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
    updatedAt: { name: 'updated_at', type: 'varchar', length: 24 },
  },
});

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
          column.code('source', 200),
        ],
        indices: [{ name: 'ix_labour_force_year', columnNames: ['year'] }],
      }),
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('labour_force');
  }
}

/** The only SQL on labour_force; each method is one statement for any batch size. */
export class LabourForceRepository {
  constructor(private readonly db: DataSource) {}

  ofCommuneYears(years: number[], communeCodes: string[]): Promise<LabourForceRow[]> {
    return this.db.getRepository(LabourForceEntity).find({ where: { year: In(years), communeCode: In(communeCodes) } });
  }

  page(filter: { year: number; communeCodes?: string[] }, args: ConnectionArgs) {
    const qb = this.db.getRepository(LabourForceEntity).createQueryBuilder('l').where('l.year = :year', { year: filter.year });
    if (filter.communeCodes) qb.andWhere(filter.communeCodes.length ? 'l.commune_code IN (:...codes)' : '1 = 0', { codes: filter.communeCodes });
    return connection(this.db, qb, args, { keyProps: ['communeCode', 'year'], tombstones: { entity: 'LabourForce', year: filter.year, units: filter.communeCodes } });
  }
}
