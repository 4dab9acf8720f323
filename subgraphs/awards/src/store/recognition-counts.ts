import { EntitySchema, In, Table, type DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { bulkWrite, column, connection, nowIso, type ConnectionArgs } from '@lsp/shared';

/**
 * Households, clans or villages of one reporting commune recognised under one title in one year, out of
 * those eligible (all households, clans, villages and residential groups of the commune).
 */
export interface RecognitionCountRow {
  communeCode: string;
  year: number;
  titleCode: string;
  /** The criteria set the title was assessed under that year (derived from the catalogue at write time). */
  criteriaSetCode: string;
  recognised: number;
  eligible: number;
  synthetic: boolean;
  /** When the row was last written (ISO-8601 UTC); set by the write. */
  updatedAt?: string;
}

export const RecognitionCountEntity = new EntitySchema<RecognitionCountRow>({
  name: 'RecognitionCount',
  tableName: 'recognition_count',
  columns: {
    communeCode: { name: 'commune_code', type: 'varchar', length: 10, primary: true },
    year: { type: 'int', primary: true },
    titleCode: { name: 'title_code', type: 'varchar', length: 40, primary: true },
    criteriaSetCode: { name: 'criteria_set_code', type: 'varchar', length: 40 },
    recognised: { type: 'int' },
    eligible: { type: 'int' },
    synthetic: { type: 'boolean' },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 24 },
  },
});

export class CreateRecognitionCount1764000005100 implements MigrationInterface {
  name = 'CreateRecognitionCount1764000005100';
  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'recognition_count',
        columns: [
          { ...column.code('commune_code', 10), isPrimary: true },
          { ...column.int('year', false), isPrimary: true },
          { ...column.code('title_code', 40), isPrimary: true },
          column.code('criteria_set_code', 40),
          column.int('recognised', false),
          column.int('eligible', false),
          column.bool('synthetic'),
        ],
        indices: [{ name: 'ix_recognition_count_year', columnNames: ['year', 'commune_code'] }],
      }),
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('recognition_count');
  }
}

/** The only place recognition counts are read or written in SQL. */
export class RecognitionCountStore {
  constructor(private readonly db: DataSource) {}

  /** One statement for any batch of (year, commune) keys. */
  byYearsAndCommunes(years: number[], communeCodes: string[]): Promise<RecognitionCountRow[]> {
    return this.db.getRepository(RecognitionCountEntity).find({ where: { year: In(years), communeCode: In(communeCodes) } });
  }

  /** Flat table of one year (optionally one title, some communes), paged in commune then title order. */
  page(f: { year: number; titleCode?: string; communeCodes?: string[] }, args: ConnectionArgs) {
    const qb = this.db.getRepository(RecognitionCountEntity).createQueryBuilder('r').where('r.year = :year', { year: f.year });
    if (f.titleCode) qb.andWhere('r.title_code = :title', { title: f.titleCode });
    if (f.communeCodes) qb.andWhere('r.commune_code IN (:...codes)', { codes: f.communeCodes.length ? f.communeCodes : [''] });
    return connection(this.db, qb, args, { keyProps: ['communeCode', 'titleCode'], tombstones: { entity: 'RecognitionCount', year: f.year, units: f.communeCodes } });
  }

  count(): Promise<number> {
    return this.db.getRepository(RecognitionCountEntity).count();
  }

  async insertMany(m: EntityManager, rows: RecognitionCountRow[]): Promise<void> {
    const updatedAt = nowIso();
    await bulkWrite(m, RecognitionCountEntity, rows.map((r) => ({ ...r, updatedAt: r.updatedAt ?? updatedAt })));
  }
}
