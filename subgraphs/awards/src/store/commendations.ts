import { EntitySchema, In, Table, type DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { bulkWrite, column, connection, nowIso, type ConnectionArgs } from '@lsp/shared';

/** One commendation (khen thưởng) or emulation title awarded to an individual or a collective. */
export interface CommendationRow {
  /** Natural key: decision number plus line, as the issuing body numbers it (e.g. "1234/QĐ-UBND#7"). */
  reference: string;
  year: number;
  awardedOn: string;
  recipientKind: string;
  recipientName: string;
  /** Reporting commune of the recipient, when it is commune-based; null for provincial bodies. */
  communeCode: string | null;
  title: string;
  level: string;
  issuedBy: string;
  /** Whether building the learning society was one of the criteria weighed (QĐ 354 IV.10, V.5). */
  learningSocietyCriterion: boolean;
  reason: string | null;
  synthetic: boolean;
  /** When the row was last written (ISO-8601 UTC); set by the write. */
  updatedAt?: string;
}

export const CommendationEntity = new EntitySchema<CommendationRow>({
  name: 'Commendation',
  tableName: 'commendation',
  columns: {
    reference: { type: 'varchar', length: 100, primary: true },
    year: { type: 'int' },
    awardedOn: { name: 'awarded_on', type: 'varchar', length: 10 },
    recipientKind: { name: 'recipient_kind', type: 'varchar', length: 20 },
    recipientName: { name: 'recipient_name', type: 'varchar', length: 200 },
    communeCode: { name: 'commune_code', type: 'varchar', length: 10, nullable: true },
    title: { type: 'varchar', length: 200 },
    level: { type: 'varchar', length: 20 },
    issuedBy: { name: 'issued_by', type: 'varchar', length: 200 },
    learningSocietyCriterion: { name: 'learning_society_criterion', type: 'boolean' },
    reason: { type: 'text', nullable: true },
    synthetic: { type: 'boolean' },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 24 },
  },
});

export class CreateCommendation1764000005300 implements MigrationInterface {
  name = 'CreateCommendation1764000005300';
  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'commendation',
        columns: [
          { ...column.code('reference', 100), isPrimary: true },
          column.int('year', false),
          column.date('awarded_on', false),
          column.code('recipient_kind', 20),
          column.code('recipient_name', 200),
          column.code('commune_code', 10, true),
          column.code('title', 200),
          column.code('level', 20),
          column.code('issued_by', 200),
          column.bool('learning_society_criterion'),
          column.text('reason'),
          column.bool('synthetic'),
        ],
        indices: [{ name: 'ix_commendation_year_commune', columnNames: ['year', 'commune_code'] }],
      }),
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('commendation');
  }
}

export class CommendationStore {
  constructor(private readonly db: DataSource) {}

  /** One statement for any batch of (year, commune) keys. */
  byYearsAndCommunes(years: number[], communeCodes: string[]): Promise<CommendationRow[]> {
    return this.db.getRepository(CommendationEntity).find({ where: { year: In(years), communeCode: In(communeCodes) } });
  }

  /** One emulation year's commendations, paged by reference. */
  page(f: { year: number; communeCodes?: string[]; level?: string; learningSocietyCriterion?: boolean }, args: ConnectionArgs) {
    const qb = this.db.getRepository(CommendationEntity).createQueryBuilder('c').where('c.year = :year', { year: f.year });
    if (f.communeCodes) qb.andWhere('c.commune_code IN (:...codes)', { codes: f.communeCodes.length ? f.communeCodes : [''] });
    if (f.level) qb.andWhere('c.level = :level', { level: f.level });
    if (f.learningSocietyCriterion !== undefined) qb.andWhere('c.learning_society_criterion = :ls', { ls: f.learningSocietyCriterion ? 1 : 0 });
    return connection(this.db, qb, args, { keyProps: ['reference'], tombstones: { entity: 'Commendation', year: f.year, units: f.communeCodes } });
  }

  count(): Promise<number> {
    return this.db.getRepository(CommendationEntity).count();
  }

  async insertMany(m: EntityManager, rows: CommendationRow[]): Promise<void> {
    const updatedAt = nowIso();
    await bulkWrite(m, CommendationEntity, rows.map((r) => ({ ...r, updatedAt: r.updatedAt ?? updatedAt })));
  }
}
