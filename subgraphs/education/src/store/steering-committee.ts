import { EntitySchema, In, Table, type DataSource } from 'typeorm';
import { column, connection, type ConnectionArgs } from '@lsp/shared';

export type SteeringCommitteeLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
export const STEERING_COMMITTEE_LEVELS: readonly SteeringCommitteeLevel[] = ['PROVINCE', 'DISTRICT', 'COMMUNE'];

/** A steering committee for building a learning society (Ban Chỉ đạo xây dựng XHHT) of one unit. Natural key: level + unit. */
export interface SteeringCommitteeRow {
  level: SteeringCommitteeLevel;
  unitCode: string;
  establishedOn: string | null;
  decisionRef: string | null;
  synthetic: boolean;
  updatedAt: string;
}

export const SteeringCommitteeEntity = new EntitySchema<SteeringCommitteeRow>({
  name: 'SteeringCommittee',
  tableName: 'steering_committee',
  columns: {
    unitCode: { name: 'unit_code', type: 'varchar', length: 10, primary: true },
    level: { type: 'varchar', length: 10, primary: true },
    establishedOn: { name: 'established_on', type: 'varchar', length: 10, nullable: true },
    decisionRef: { name: 'decision_ref', type: 'varchar', length: 120, nullable: true },
    synthetic: { type: 'boolean' },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 24 },
  },
});

/** The table as first created (CreateEducationData1764000000200). */
export function steeringCommitteeTable(): Table {
  return new Table({
    name: 'steering_committee',
    columns: [
      { ...column.code('unit_code', 10), isPrimary: true },
      { ...column.code('level', 10), isPrimary: true },
      column.date('established_on', true),
      column.code('decision_ref', 120, true),
      column.bool('synthetic'),
    ],
  });
}

/** The only SQL on steering_committee; each method is one statement for any batch size. */
export class SteeringCommitteeRepository {
  constructor(private readonly db: DataSource) {}

  ofUnits(unitCodes: string[]): Promise<SteeringCommitteeRow[]> {
    return this.db.getRepository(SteeringCommitteeEntity).find({ where: { unitCode: In(unitCodes) } });
  }

  /** In key order (level, unit code). */
  page(filter: { level?: SteeringCommitteeLevel }, args: ConnectionArgs) {
    const qb = this.db.getRepository(SteeringCommitteeEntity).createQueryBuilder('c');
    if (filter.level) qb.andWhere('c.level = :level', { level: filter.level });
    return connection(this.db, qb, args, { keyProps: ['level', 'unitCode'], tombstones: 'SteeringCommittee' });
  }
}
