import { EntitySchema, In, Table, TableIndex, type DataSource, type QueryRunner } from 'typeorm';
import { column, connection, type ConnectionArgs } from '@lsp/shared';

/** A training course a person attended. */
export interface TrainingRecordRow {
  id?: number;
  personCode: string;
  course: string;
  organiser: string;
  startedOn: string;
  endedOn: string | null;
  result: string;
  source: string;
  updatedAt: string;
}

export const TrainingRecordEntity = new EntitySchema<TrainingRecordRow>({
  name: 'TrainingRecord',
  tableName: 'training_record',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    personCode: { name: 'person_code', type: 'varchar', length: 40 },
    course: { type: 'varchar', length: 200 },
    organiser: { type: 'varchar', length: 200 },
    startedOn: { name: 'started_on', type: 'varchar', length: 10 },
    endedOn: { name: 'ended_on', type: 'varchar', length: 10, nullable: true },
    result: { type: 'varchar', length: 20 },
    source: { type: 'varchar', length: 200 },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 24 },
  },
});

/** Part of CreateWorkforce1764000000400, as applied. */
export async function createTrainingRecordTable(qr: QueryRunner): Promise<void> {
  await qr.createTable(
    new Table({
      name: 'training_record',
      columns: [
        column.id(),
        column.code('person_code', 40),
        column.code('course', 200),
        column.code('organiser', 200),
        column.date('started_on', false),
        column.date('ended_on'),
        column.code('result', 20),
        column.code('source', 200),
      ],
    }),
  );
  await qr.createIndex('training_record', new TableIndex({ name: 'ux_training', columnNames: ['person_code', 'course', 'started_on'], isUnique: true }));
}

/** The only SQL on training_record; each method is one statement for any batch size. */
export class TrainingRecordRepository {
  constructor(private readonly db: DataSource) {}

  ofPeople(personCodes: string[]): Promise<TrainingRecordRow[]> {
    return this.db.getRepository(TrainingRecordEntity).find({ where: { personCode: In(personCodes) }, order: { startedOn: 'ASC', id: 'ASC' } });
  }

  page(filter: { personCode?: string | null }, args: ConnectionArgs) {
    const qb = this.db.getRepository(TrainingRecordEntity).createQueryBuilder('t');
    if (filter.personCode) qb.andWhere('t.person_code = :person', { person: filter.personCode });
    return connection(this.db, qb, args, { keyProps: ['personCode', 'course', 'startedOn'], tombstones: 'TrainingRecord' });
  }
}
