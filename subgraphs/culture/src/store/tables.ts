import { EntitySchema, In, Table, type DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { bulkWrite, column, connection, nowIso, type ConnectionArgs } from '@lsp/shared';

/** Who holds a book cabinet (QĐ 354 IV.2, V.6: "tủ sách của từng người, từng gia đình, cơ quan, đơn vị"). */
export const HOLDER_KINDS = ['HOUSEHOLD', 'AGENCY', 'CLC'] as const;
export type HolderKind = (typeof HOLDER_KINDS)[number];

/** The book cabinets of one kind of holder in one reporting commune and year: how many, their books, their readers. */
export interface BookCabinetRow {
  communeCode: string;
  year: number;
  holderKind: HolderKind;
  /** HOUSEHOLD: households with a book cabinet; AGENCY: agencies and units with one; CLC: community learning centres with one. */
  cabinets: number;
  books: number;
  /** People who read from them in the year (as counted by the commune's culture officer). */
  readers: number;
  synthetic: boolean;
  updatedAt?: string;
}

/** One reporting commune's reading facilities in a year, and the households and people they serve. */
export interface CultureCommuneRow {
  communeCode: string;
  year: number;
  households: number;
  population: number;
  /** Public libraries and reading rooms (thư viện, phòng đọc sách). */
  libraries: number;
  libraryBooks: number;
  /** Cultural houses (nhà văn hóa) of the commune and its villages; of them, those used for learning (CLC classes, talks). */
  culturalHouses: number;
  culturalHousesForLearning: number;
  synthetic: boolean;
  updatedAt?: string;
}

export const BookCabinetEntity = new EntitySchema<BookCabinetRow>({
  name: 'BookCabinet',
  tableName: 'book_cabinet',
  columns: {
    communeCode: { name: 'commune_code', type: 'varchar', length: 10, primary: true },
    year: { type: 'int', primary: true },
    holderKind: { name: 'holder_kind', type: 'varchar', length: 12, primary: true },
    cabinets: { type: 'int' },
    books: { type: 'int' },
    readers: { type: 'int' },
    synthetic: { type: 'boolean' },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 24 },
  },
});

export const CultureCommuneEntity = new EntitySchema<CultureCommuneRow>({
  name: 'CultureCommune',
  tableName: 'culture_commune',
  columns: {
    communeCode: { name: 'commune_code', type: 'varchar', length: 10, primary: true },
    year: { type: 'int', primary: true },
    households: { type: 'int' },
    population: { type: 'int' },
    libraries: { type: 'int' },
    libraryBooks: { name: 'library_books', type: 'int' },
    culturalHouses: { name: 'cultural_houses', type: 'int' },
    culturalHousesForLearning: { name: 'cultural_houses_for_learning', type: 'int' },
    synthetic: { type: 'boolean' },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 24 },
  },
});

export class CreateCultureTables1764000400600 implements MigrationInterface {
  name = 'CreateCultureTables1764000400600';
  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(new Table({
      name: 'book_cabinet',
      columns: [
        { ...column.code('commune_code', 10), isPrimary: true }, { ...column.int('year', false), isPrimary: true }, { ...column.code('holder_kind', 12), isPrimary: true },
        column.int('cabinets', false), column.int('books', false), column.int('readers', false), column.bool('synthetic'),
      ],
      indices: [{ name: 'ix_book_cabinet_year', columnNames: ['year', 'commune_code'] }],
    }));
    await qr.createTable(new Table({
      name: 'culture_commune',
      columns: [
        { ...column.code('commune_code', 10), isPrimary: true }, { ...column.int('year', false), isPrimary: true },
        column.int('households', false), column.int('population', false), column.int('libraries', false), column.int('library_books', false),
        column.int('cultural_houses', false), column.int('cultural_houses_for_learning', false), column.bool('synthetic'),
      ],
      indices: [{ name: 'ix_culture_commune_year', columnNames: ['year', 'commune_code'] }],
    }));
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('culture_commune');
    await qr.dropTable('book_cabinet');
  }
}

/** The only place culture rows are read or written in SQL. */
export class CultureStore {
  constructor(private readonly db: DataSource) {}

  /** One statement for any batch of (year, commune) keys. */
  cabinets(years: number[], communeCodes: string[]): Promise<BookCabinetRow[]> {
    return this.db.getRepository(BookCabinetEntity).find({ where: { year: In(years), communeCode: In(communeCodes) } });
  }
  communes(years: number[], communeCodes: string[]): Promise<CultureCommuneRow[]> {
    return this.db.getRepository(CultureCommuneEntity).find({ where: { year: In(years), communeCode: In(communeCodes) } });
  }

  cabinetPage(f: { year: number; holderKind?: string; communeCodes?: string[] }, args: ConnectionArgs) {
    const qb = this.db.getRepository(BookCabinetEntity).createQueryBuilder('r').where('r.year = :year', { year: f.year });
    if (f.holderKind) qb.andWhere('r.holder_kind = :kind', { kind: f.holderKind });
    if (f.communeCodes) qb.andWhere('r.commune_code IN (:...codes)', { codes: f.communeCodes.length ? f.communeCodes : [''] });
    return connection(this.db, qb, args, { keyProps: ['communeCode', 'holderKind'], tombstones: { entity: 'BookCabinet', year: f.year, units: f.communeCodes } });
  }
  communePage(f: { year: number; communeCodes?: string[] }, args: ConnectionArgs) {
    const qb = this.db.getRepository(CultureCommuneEntity).createQueryBuilder('r').where('r.year = :year', { year: f.year });
    if (f.communeCodes) qb.andWhere('r.commune_code IN (:...codes)', { codes: f.communeCodes.length ? f.communeCodes : [''] });
    return connection(this.db, qb, args, { keyProps: ['communeCode'], tombstones: { entity: 'CultureCommune', year: f.year, units: f.communeCodes } });
  }

  async count(): Promise<number> {
    return (await this.db.getRepository(BookCabinetEntity).count()) + (await this.db.getRepository(CultureCommuneEntity).count());
  }

  async insert(m: EntityManager, cabinets: BookCabinetRow[], communes: CultureCommuneRow[]): Promise<void> {
    const updatedAt = nowIso();
    await bulkWrite(m, BookCabinetEntity, cabinets.map((r) => ({ ...r, updatedAt: r.updatedAt ?? updatedAt })));
    await bulkWrite(m, CultureCommuneEntity, communes.map((r) => ({ ...r, updatedAt: r.updatedAt ?? updatedAt })));
  }
}
