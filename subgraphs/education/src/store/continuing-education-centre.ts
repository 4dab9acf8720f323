import { EntitySchema, In, Table, type DataSource } from 'typeorm';
import { column, connection, type ConnectionArgs } from '@lsp/shared';

/** A district continuing-education centre (trung tâm GDTX huyện) in one year. Natural key: district + year. */
export interface ContinuingEducationCentreRow {
  districtCode: string;
  year: number;
  name: string;
  alsoVocational: boolean;
  synthetic: boolean;
  updatedAt: string;
}

export const ContinuingEducationCentreEntity = new EntitySchema<ContinuingEducationCentreRow>({
  name: 'ContinuingEducationCentre',
  tableName: 'continuing_education_centre_year',
  columns: {
    districtCode: { name: 'district_code', type: 'varchar', length: 10, primary: true },
    year: { type: 'int', primary: true },
    name: { type: 'varchar', length: 200 },
    alsoVocational: { name: 'also_vocational', type: 'boolean' },
    synthetic: { type: 'boolean' },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 24 },
  },
});

/** The table as first created (CreateEducationData1764000000200). */
export function continuingEducationCentreTable(): Table {
  return new Table({
    name: 'continuing_education_centre_year',
    columns: [
      { ...column.code('district_code', 10), isPrimary: true },
      { ...column.int('year', false), isPrimary: true },
      column.code('name', 200),
      column.bool('also_vocational'),
      column.bool('synthetic'),
    ],
  });
}

/** The only SQL on continuing_education_centre_year; each method is one statement for any batch size. */
export class ContinuingEducationCentreRepository {
  constructor(private readonly db: DataSource) {}

  ofDistrictYears(years: number[], districtCodes: string[]): Promise<ContinuingEducationCentreRow[]> {
    return this.db.getRepository(ContinuingEducationCentreEntity).find({ where: { year: In(years), districtCode: In(districtCodes) } });
  }

  page(filter: { year: number; districtCode?: string }, args: ConnectionArgs) {
    const qb = this.db.getRepository(ContinuingEducationCentreEntity).createQueryBuilder('c').where('c.year = :year', { year: filter.year });
    if (filter.districtCode) qb.andWhere('c.district_code = :district', { district: filter.districtCode });
    return connection(this.db, qb, args, { keyProps: ['districtCode', 'year'], tombstones: { entity: 'ContinuingEducationCentre', year: filter.year, units: filter.districtCode ? [filter.districtCode] : null } });
  }
}
