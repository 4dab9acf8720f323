import { EntitySchema, Table, type DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { column, loadTargetCatalogue, type ProgrammeTarget } from '@lsp/shared';

/** One target of the catalogue (shared/data/targets.json) as stored for the score. */
export type ProgrammeTargetRow = ProgrammeTarget;

export const ProgrammeTargetEntity = new EntitySchema<ProgrammeTargetRow>({
  name: 'ProgrammeTarget',
  tableName: 'programme_target',
  columns: {
    id: { type: 'varchar', length: 80, primary: true },
    clause: { type: 'varchar', length: 20 },
    indicatorCode: { name: 'indicator_code', type: 'varchar', length: 60, nullable: true },
    kind: { type: 'varchar', length: 20 },
    targetYear: { name: 'target_year', type: 'int', nullable: true },
    deadline: { type: 'varchar', length: 10, nullable: true },
    comparator: { type: 'varchar', length: 5 },
    value: { type: 'double', nullable: true },
    unit: { type: 'varchar', length: 20 },
    department: { type: 'varchar', length: 20 },
    responsibleVi: { name: 'responsible_vi', type: 'text' },
    wordingVi: { name: 'wording_vi', type: 'text' },
    labelEn: { name: 'label_en', type: 'text' },
    subShareOf: { name: 'sub_share_of', type: 'varchar', length: 80, nullable: true },
    note: { type: 'text', nullable: true },
    sortOrder: { name: 'sort_order', type: 'int' },
  },
});

export class CreateProgrammeTargets1764000000210 implements MigrationInterface {
  name = 'CreateProgrammeTargets1764000000210';
  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'programme_target',
        columns: [
          { ...column.code('id', 80), isPrimary: true },
          column.code('clause', 20),
          column.code('indicator_code', 60, true),
          column.code('kind', 20),
          column.int('target_year', true),
          column.date('deadline', true),
          column.code('comparator', 5),
          column.real('value', true),
          column.code('unit', 20),
          column.code('department', 20),
          column.text('responsible_vi', false),
          column.text('wording_vi', false),
          column.text('label_en', false),
          column.code('sub_share_of', 80, true),
          column.text('note', true),
          column.int('sort_order', false),
        ],
        indices: [
          { name: 'ix_target_year', columnNames: ['target_year'] },
          { name: 'ix_target_indicator', columnNames: ['indicator_code'] },
        ],
      }),
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('programme_target');
  }
}

export interface TargetFilter {
  year?: number | null;
  department?: string | null;
  indicator?: string | null;
}

/** The only place the target catalogue speaks SQL. */
export class TargetStore {
  constructor(private readonly db: DataSource) {}

  list(filter: TargetFilter = {}): Promise<ProgrammeTargetRow[]> {
    const qb = this.db.getRepository(ProgrammeTargetEntity).createQueryBuilder('t');
    if (filter.year !== undefined && filter.year !== null) qb.andWhere('t.target_year = :year', { year: filter.year });
    if (filter.department) qb.andWhere('t.department = :department', { department: filter.department });
    if (filter.indicator) qb.andWhere('t.indicator_code = :indicator', { indicator: filter.indicator });
    return qb.orderBy('t.sort_order', 'ASC').getMany();
  }

  byIds(ids: readonly string[]): Promise<ProgrammeTargetRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.getRepository(ProgrammeTargetEntity).createQueryBuilder('t').where('t.id IN (:...ids)', { ids: [...ids] }).getMany();
  }

  count(): Promise<number> {
    return this.db.getRepository(ProgrammeTargetEntity).count();
  }

  async insertMany(rows: ProgrammeTargetRow[]): Promise<void> {
    await this.db.transaction(async (m) => {
      for (let i = 0; i < rows.length; i += 200) await m.getRepository(ProgrammeTargetEntity).insert(rows.slice(i, i + 200));
    });
  }
}

/**
 * Loads the catalogue file (shared/data/targets.json) into the table. The catalogue is reference data, not demo
 * data, so it is loaded by a migration and present whether or not synthetic statistics are seeded. The
 * migration reads the file as it is when it runs: a database created later gets the catalogue of that day, and a
 * correction to the file reaches older databases only through a migration of its own (as
 * ReadTargetsOnTheirWording1764000000400 did).
 */
export class LoadProgrammeTargets1764000000220 implements MigrationInterface {
  name = 'LoadProgrammeTargets1764000000220';
  async up(qr: QueryRunner): Promise<void> {
    const rows = loadTargetCatalogue();
    for (let i = 0; i < rows.length; i += 100) {
      await qr.manager.createQueryBuilder().insert().into(ProgrammeTargetEntity).values(rows.slice(i, i + 100)).execute();
    }
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.manager.createQueryBuilder().delete().from(ProgrammeTargetEntity).execute();
  }
}
