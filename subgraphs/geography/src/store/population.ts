import { EntitySchema, In, Table, type DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { column } from '@lsp/shared';

/** Population and households of one reporting commune on 31 December of a year (SYNTHETIC demo data). */
export interface PopulationRow {
  communeCode: string;
  year: number;
  population: number;
  households: number;
  synthetic: boolean;
}

export const PopulationEntity = new EntitySchema<PopulationRow>({
  name: 'Population',
  tableName: 'commune_population',
  columns: {
    communeCode: { name: 'commune_code', type: 'varchar', length: 10, primary: true },
    year: { type: 'int', primary: true },
    population: { type: 'int' },
    households: { type: 'int' },
    synthetic: { type: 'boolean' },
  },
});

export class CreatePopulation1764000000100 implements MigrationInterface {
  name = 'CreatePopulation1764000000100';
  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'commune_population',
        columns: [
          { ...column.code('commune_code', 10), isPrimary: true },
          { ...column.int('year', false), isPrimary: true },
          column.int('population', false),
          column.int('households', false),
          column.bool('synthetic'),
        ],
        indices: [{ name: 'ix_population_year', columnNames: ['year'] }],
      }),
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('commune_population');
  }
}

/** The population repository: the only place geography speaks SQL. */
export class PopulationStore {
  constructor(private readonly db: DataSource) {}

  /** One statement for any batch of (year, commune) keys. */
  byYearsAndCommunes(years: number[], communeCodes: string[]): Promise<PopulationRow[]> {
    return this.db.getRepository(PopulationEntity).find({ where: { year: In(years), communeCode: In(communeCodes) } });
  }

  count(): Promise<number> {
    return this.db.getRepository(PopulationEntity).count();
  }

  async insertMany(rows: PopulationRow[]): Promise<void> {
    await this.db.transaction(async (m) => {
      for (let i = 0; i < rows.length; i += 500) await m.getRepository(PopulationEntity).insert(rows.slice(i, i + 500));
    });
  }
}
