import { EntitySchema, In, Table, type DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { column, connection, type ConnectionArgs } from '@lsp/shared';
import type { ProviderKind } from '../datasets/reference-lists';

/** A training provider (cơ sở dạy nghề). Natural key: code. */
export interface ProviderRow {
  code: string;
  name: string;
  kind: ProviderKind;
  districtCode: string;
  synthetic: boolean;
  source: string;
  updatedAt: string;
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
    updatedAt: { name: 'updated_at', type: 'varchar', length: 24 },
  },
});

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
          column.code('source', 200),
        ],
        indices: [{ name: 'ix_provider_district', columnNames: ['district_code'] }],
      }),
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('training_provider');
  }
}

/** The only SQL on training_provider; each method is one statement for any batch size. */
export class ProviderRepository {
  constructor(private readonly db: DataSource) {}

  byCodes(codes: string[]): Promise<ProviderRow[]> {
    return this.db.getRepository(ProviderEntity).find({ where: { code: In(codes) } });
  }

  codesOfDistrict(districtCode: string): Promise<string[]> {
    return this.db.getRepository(ProviderEntity).find({ select: { code: true }, where: { districtCode } }).then((rows) => rows.map((r) => r.code));
  }

  page(filter: { districtCode?: string | null; kind?: string | null }, args: ConnectionArgs) {
    const qb = this.db.getRepository(ProviderEntity).createQueryBuilder('p');
    if (filter.districtCode) qb.andWhere('p.district_code = :district', { district: filter.districtCode });
    if (filter.kind) qb.andWhere('p.kind = :kind', { kind: filter.kind });
    return connection(this.db, qb, args, { keyProps: ['code'], tombstones: { entity: 'TrainingProvider', units: filter.districtCode ? [filter.districtCode] : null } });
  }

  count(): Promise<number> {
    return this.db.getRepository(ProviderEntity).count();
  }
}
