import { EntitySchema, In, Table, type DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { bulkWrite, column, connection, nowIso, type ConnectionArgs } from '@lsp/shared';

/** One culture figure of one reporting commune in one year. */
export interface CultureFigureRow {
  communeCode: string;
  year: number;
  value: number;
  note: string | null;
  synthetic: boolean;
  /** When the row was last written (ISO-8601 UTC); set by the write. */
  updatedAt?: string;
}

export const CultureFigureEntity = new EntitySchema<CultureFigureRow>({
  name: 'CultureFigure',
  tableName: 'culture_figure',
  columns: {
    communeCode: { name: 'commune_code', type: 'varchar', length: 10, primary: true },
    year: { type: 'int', primary: true },
    value: { type: 'int' },
    note: { type: 'varchar', length: 200, nullable: true },
    synthetic: { type: 'boolean' },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 24 },
  },
});

export class CreateCultureFigure1764000400600 implements MigrationInterface {
  name = 'CreateCultureFigure1764000400600';
  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(new Table({
      name: 'culture_figure',
      columns: [
        { ...column.code('commune_code', 10), isPrimary: true },
        { ...column.int('year', false), isPrimary: true },
        column.int('value', false),
        column.code('note', 200, true),
        column.bool('synthetic'),
      ],
      indices: [{ name: 'ix_culture_figure_year', columnNames: ['year', 'commune_code'] }],
    }));
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('culture_figure');
  }
}

/** The only place culture figures are read or written in SQL. */
export class CultureFigureStore {
  constructor(private readonly db: DataSource) {}

  /** One statement for any batch of (year, commune) keys. */
  byYearsAndCommunes(years: number[], communeCodes: string[]): Promise<CultureFigureRow[]> {
    return this.db.getRepository(CultureFigureEntity).find({ where: { year: In(years), communeCode: In(communeCodes) } });
  }

  /** Flat table of one year (optionally some communes), paged in commune order. */
  page(f: { year: number; communeCodes?: string[] }, args: ConnectionArgs) {
    const qb = this.db.getRepository(CultureFigureEntity).createQueryBuilder('r').where('r.year = :year', { year: f.year });
    if (f.communeCodes) qb.andWhere('r.commune_code IN (:...codes)', { codes: f.communeCodes.length ? f.communeCodes : [''] });
    return connection(this.db, qb, args, { keyProps: ['communeCode'], tombstones: { entity: 'CultureFigure', year: f.year, units: f.communeCodes } });
  }

  count(): Promise<number> {
    return this.db.getRepository(CultureFigureEntity).count();
  }

  async insertMany(m: EntityManager, rows: CultureFigureRow[]): Promise<void> {
    const updatedAt = nowIso();
    await bulkWrite(m, CultureFigureEntity, rows.map((r) => ({ ...r, updatedAt: r.updatedAt ?? updatedAt })));
  }
}
