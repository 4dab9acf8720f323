import { EntitySchema, In, Table, TableIndex, type DataSource, type QueryRunner } from 'typeorm';
import { column, connection, type ConnectionArgs } from '@lsp/shared';
import type { QualificationKind } from '../datasets/reference-lists';

/** A dated qualification: general education, professional level, political theory, certificates, languages. */
export interface QualificationRow {
  id?: number;
  personCode: string;
  kind: QualificationKind;
  /** Level within the kind. */
  level: string;
  /** Order of the level within its kind (1 = lowest), so "X or more" is a comparison in SQL. Derived from kind + level. */
  levelRank: number;
  /** Language of an ethnic- or foreign-language qualification, '' otherwise (part of the natural key). */
  language: string;
  /** Obtained through a supplementary (bổ túc) programme. */
  supplementary: boolean;
  obtainedOn: string;
  source: string;
  updatedAt: string;
}

export const QualificationEntity = new EntitySchema<QualificationRow>({
  name: 'Qualification',
  tableName: 'qualification',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    personCode: { name: 'person_code', type: 'varchar', length: 40 },
    kind: { type: 'varchar', length: 32 },
    level: { type: 'varchar', length: 32 },
    levelRank: { name: 'level_rank', type: 'int' },
    language: { type: 'varchar', length: 40 },
    supplementary: { type: 'boolean' },
    obtainedOn: { name: 'obtained_on', type: 'varchar', length: 10 },
    source: { type: 'varchar', length: 200 },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 24 },
  },
});

/** Part of CreateWorkforce1764000000400, as applied. The unique index is the natural key the kit upserts on. */
export async function createQualificationTable(qr: QueryRunner): Promise<void> {
  await qr.createTable(
    new Table({
      name: 'qualification',
      columns: [
        column.id(),
        column.code('person_code', 40),
        column.code('kind', 32),
        column.code('level', 32),
        column.int('level_rank', false),
        column.code('language', 40),
        column.bool('supplementary'),
        column.date('obtained_on', false),
        column.code('source', 200),
      ],
    }),
  );
  await qr.createIndex('qualification', new TableIndex({ name: 'ux_qualification', columnNames: ['person_code', 'kind', 'level', 'language'], isUnique: true }));
}

/** The only SQL on qualification; each method is one statement for any batch size. */
export class QualificationRepository {
  constructor(private readonly db: DataSource) {}

  ofPeople(personCodes: string[]): Promise<QualificationRow[]> {
    return this.db.getRepository(QualificationEntity).find({ where: { personCode: In(personCodes) }, order: { obtainedOn: 'ASC', id: 'ASC' } });
  }

  page(filter: { personCode?: string | null; kind?: string | null }, args: ConnectionArgs) {
    const qb = this.db.getRepository(QualificationEntity).createQueryBuilder('q');
    if (filter.personCode) qb.andWhere('q.person_code = :person', { person: filter.personCode });
    if (filter.kind) qb.andWhere('q.kind = :kind', { kind: filter.kind });
    return connection(this.db, qb, args, { keyProps: ['personCode', 'kind', 'level', 'language'], tombstones: 'Qualification' });
  }
}
