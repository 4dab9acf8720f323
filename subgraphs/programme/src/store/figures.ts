import { EntitySchema, In, Table, type DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { bulkWrite, column, connection, nowIso, type ConnectionArgs } from '@lsp/shared';

/** One programme figure of one reporting commune in one year. */
export interface ProgrammeFigureRow {
  communeCode: string;
  year: number;
  value: number;
  note: string | null;
  synthetic: boolean;
  /** When the row was last written (ISO-8601 UTC); set by the write. */
  updatedAt?: string;
}

export const ProgrammeFigureEntity = new EntitySchema<ProgrammeFigureRow>({
  name: 'ProgrammeFigure',
  tableName: 'programme_figure',
  columns: {
    communeCode: { name: 'commune_code', type: 'varchar', length: 10, primary: true },
    year: { type: 'int', primary: true },
    value: { type: 'int' },
    note: { type: 'varchar', length: 200, nullable: true },
    synthetic: { type: 'boolean' },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 24 },
  },
});

export class CreateProgrammeFigure1764000400700 implements MigrationInterface {
  name = 'CreateProgrammeFigure1764000400700';
  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(new Table({
      name: 'programme_figure',
      columns: [
        { ...column.code('commune_code', 10), isPrimary: true },
        { ...column.int('year', false), isPrimary: true },
        column.int('value', false),
        column.code('note', 200, true),
        column.bool('synthetic'),
      ],
      indices: [{ name: 'ix_programme_figure_year', columnNames: ['year', 'commune_code'] }],
    }));
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('programme_figure');
  }
}

/** The only place programme figures are read or written in SQL. */
export class ProgrammeFigureStore {
  constructor(private readonly db: DataSource) {}

  /** One statement for any batch of (year, commune) keys. */
  byYearsAndCommunes(years: number[], communeCodes: string[]): Promise<ProgrammeFigureRow[]> {
    return this.db.getRepository(ProgrammeFigureEntity).find({ where: { year: In(years), communeCode: In(communeCodes) } });
  }

  /** Flat table of one year (optionally some communes), paged in commune order. */
  page(f: { year: number; communeCodes?: string[] }, args: ConnectionArgs) {
    const qb = this.db.getRepository(ProgrammeFigureEntity).createQueryBuilder('r').where('r.year = :year', { year: f.year });
    if (f.communeCodes) qb.andWhere('r.commune_code IN (:...codes)', { codes: f.communeCodes.length ? f.communeCodes : [''] });
    return connection(this.db, qb, args, { keyProps: ['communeCode'], tombstones: { entity: 'ProgrammeFigure', year: f.year, units: f.communeCodes } });
  }

  count(): Promise<number> {
    return this.db.getRepository(ProgrammeFigureEntity).count();
  }

  async insertMany(m: EntityManager, rows: ProgrammeFigureRow[]): Promise<void> {
    const updatedAt = nowIso();
    await bulkWrite(m, ProgrammeFigureEntity, rows.map((r) => ({ ...r, updatedAt: r.updatedAt ?? updatedAt })));
  }
}
