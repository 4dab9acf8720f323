import { EntitySchema, In, Table, type DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { bulkWrite, column, connection, nowIso, type ConnectionArgs } from '@lsp/shared';

/** One __dept__ figure of one reporting commune in one year. */
export interface __Dept__FigureRow {
  communeCode: string;
  year: number;
  value: number;
  note: string | null;
  synthetic: boolean;
  /** When the row was last written (ISO-8601 UTC); set by the write. */
  updatedAt?: string;
}

export const __Dept__FigureEntity = new EntitySchema<__Dept__FigureRow>({
  name: '__Dept__Figure',
  tableName: '__dept___figure',
  columns: {
    communeCode: { name: 'commune_code', type: 'varchar', length: 10, primary: true },
    year: { type: 'int', primary: true },
    value: { type: 'int' },
    note: { type: 'varchar', length: 200, nullable: true },
    synthetic: { type: 'boolean' },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 24 },
  },
});

export class Create__Dept__Figure__T1__ implements MigrationInterface {
  name = 'Create__Dept__Figure__T1__';
  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(new Table({
      name: '__dept___figure',
      columns: [
        { ...column.code('commune_code', 10), isPrimary: true },
        { ...column.int('year', false), isPrimary: true },
        column.int('value', false),
        column.code('note', 200, true),
        column.bool('synthetic'),
      ],
      indices: [{ name: 'ix___dept___figure_year', columnNames: ['year', 'commune_code'] }],
    }));
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('__dept___figure');
  }
}

/** The only place __dept__ figures are read or written in SQL. */
export class __Dept__FigureStore {
  constructor(private readonly db: DataSource) {}

  /** One statement for any batch of (year, commune) keys. */
  byYearsAndCommunes(years: number[], communeCodes: string[]): Promise<__Dept__FigureRow[]> {
    return this.db.getRepository(__Dept__FigureEntity).find({ where: { year: In(years), communeCode: In(communeCodes) } });
  }

  /** Flat table of one year (optionally some communes), paged in commune order. */
  page(f: { year: number; communeCodes?: string[] }, args: ConnectionArgs) {
    const qb = this.db.getRepository(__Dept__FigureEntity).createQueryBuilder('r').where('r.year = :year', { year: f.year });
    if (f.communeCodes) qb.andWhere('r.commune_code IN (:...codes)', { codes: f.communeCodes.length ? f.communeCodes : [''] });
    return connection(this.db, qb, args, { keyProps: ['communeCode'], tombstones: { entity: '__Dept__Figure', year: f.year, units: f.communeCodes } });
  }

  count(): Promise<number> {
    return this.db.getRepository(__Dept__FigureEntity).count();
  }

  async insertMany(m: EntityManager, rows: __Dept__FigureRow[]): Promise<void> {
    const updatedAt = nowIso();
    await bulkWrite(m, __Dept__FigureEntity, rows.map((r) => ({ ...r, updatedAt: r.updatedAt ?? updatedAt })));
  }
}
