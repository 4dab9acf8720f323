import { EntitySchema, In, Table, type DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { bulkWrite, column, connection, nowIso, type ConnectionArgs } from '@lsp/shared';
import { ACTIVITY_TABLES, createActivityTables } from './activities';

/** The yearly report on one section-V task: where it stands, when, on what evidence, by whom. */
export interface TaskReportRow {
  taskId: string;
  year: number;
  status: string;
  reportedOn: string;
  evidence: string;
  reporter: string;
  synthetic: boolean;
  updatedAt?: string;
}

/** The sources of the programme's money (QĐ 354 IV.8, V.3, V.4). */
export const FUNDING_SOURCES = ['PROVINCE_BUDGET', 'DISTRICT_BUDGET', 'TT96_CLC_SUPPORT', 'SOCIALISED'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** Money of one source for one unit (the province "14" or a district) in one calendar (= fiscal) year, in đồng. */
export interface FundingRow {
  year: number;
  unitCode: string;
  source: string;
  planned: number;
  allocated: number;
  spent: number;
  synthetic: boolean;
  updatedAt?: string;
}

export const TaskReportEntity = new EntitySchema<TaskReportRow>({
  name: 'TaskReport',
  tableName: 'task_report',
  columns: {
    taskId: { name: 'task_id', type: 'varchar', length: 12, primary: true },
    year: { type: 'int', primary: true },
    status: { type: 'varchar', length: 12 },
    reportedOn: { name: 'reported_on', type: 'varchar', length: 10 },
    evidence: { type: 'varchar', length: 1000 },
    reporter: { type: 'varchar', length: 200 },
    synthetic: { type: 'boolean' },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 24 },
  },
});

export const FundingEntity = new EntitySchema<FundingRow>({
  name: 'ProgrammeFunding',
  tableName: 'programme_funding',
  columns: {
    year: { type: 'int', primary: true },
    unitCode: { name: 'unit_code', type: 'varchar', length: 10, primary: true },
    source: { type: 'varchar', length: 20, primary: true },
    planned: { type: 'double' },
    allocated: { type: 'double' },
    spent: { type: 'double' },
    synthetic: { type: 'boolean' },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 24 },
  },
});

export class CreateProgrammeTables1764000400700 implements MigrationInterface {
  name = 'CreateProgrammeTables1764000400700';
  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(new Table({
      name: 'task_report',
      columns: [
        { ...column.code('task_id', 12), isPrimary: true }, { ...column.int('year', false), isPrimary: true }, column.code('status', 12),
        column.code('reported_on', 10), column.code('evidence', 1000), column.code('reporter', 200), column.bool('synthetic'),
      ],
      indices: [{ name: 'ix_task_report_year', columnNames: ['year'] }],
    }));
    await qr.createTable(new Table({
      name: 'programme_funding',
      columns: [
        { ...column.int('year', false), isPrimary: true }, { ...column.code('unit_code', 10), isPrimary: true }, { ...column.code('source', 20), isPrimary: true },
        column.real('planned', false), column.real('allocated', false), column.real('spent', false), column.bool('synthetic'),
      ],
    }));
    await createActivityTables(qr);
  }
  async down(qr: QueryRunner): Promise<void> {
    for (const t of ACTIVITY_TABLES) await qr.dropTable(t);
    await qr.dropTable('programme_funding');
    await qr.dropTable('task_report');
  }
}

/** The only place programme rows are read or written in SQL. */
export class ProgrammeStore {
  constructor(private readonly db: DataSource) {}

  /** Every report up to a year (one statement: 24 tasks, a few years). */
  reportsUpTo(years: number[]): Promise<TaskReportRow[]> {
    return this.db.getRepository(TaskReportEntity).createQueryBuilder('r').where('r.year <= :y', { y: Math.max(...years) }).getMany();
  }
  /** Funding rows of some years and units: one statement for the batch. */
  funding(years: number[], unitCodes: string[]): Promise<FundingRow[]> {
    return this.db.getRepository(FundingEntity).find({ where: { year: In(years), unitCode: In(unitCodes) } });
  }

  reportPage(f: { year: number; taskId?: string }, args: ConnectionArgs) {
    const qb = this.db.getRepository(TaskReportEntity).createQueryBuilder('r').where('r.year = :year', { year: f.year });
    if (f.taskId) qb.andWhere('r.task_id = :t', { t: f.taskId });
    return connection(this.db, qb, args, { keyProps: ['taskId'], tombstones: { entity: 'TaskReport', year: f.year } });
  }
  fundingPage(f: { year: number; unitCode?: string; source?: string }, args: ConnectionArgs) {
    const qb = this.db.getRepository(FundingEntity).createQueryBuilder('r').where('r.year = :year', { year: f.year });
    if (f.unitCode) qb.andWhere('r.unit_code = :u', { u: f.unitCode });
    if (f.source) qb.andWhere('r.source = :s', { s: f.source });
    return connection(this.db, qb, args, { keyProps: ['unitCode', 'source'], tombstones: { entity: 'ProgrammeFunding', year: f.year } });
  }

  async count(): Promise<number> {
    return (await this.db.getRepository(TaskReportEntity).count()) + (await this.db.getRepository(FundingEntity).count());
  }

  async insert(m: EntityManager, reports: TaskReportRow[], funding: FundingRow[]): Promise<void> {
    const updatedAt = nowIso();
    await bulkWrite(m, TaskReportEntity, reports.map((r) => ({ ...r, updatedAt: r.updatedAt ?? updatedAt })));
    await bulkWrite(m, FundingEntity, funding.map((r) => ({ ...r, updatedAt: r.updatedAt ?? updatedAt })));
  }
}
