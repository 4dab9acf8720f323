import { EntitySchema, In, Table, TableIndex, type DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { column, connection, type ConnectionArgs } from '@lsp/shared';
import { createPositionStandardTable } from './position-standard';
import { createQualificationTable } from './qualification';
import { createTrainingRecordTable } from './training-record';

/**
 * A cadre or civil servant (cán bộ, công chức) on the roster. fullName and dateOfBirth are personal data (role
 * workforce:pii). Where the person is posted lives in PostingRow (a person may move or hold several posts).
 * The table also holds the person's milestones (milestones.ts), derived columns this entity does not map.
 */
export interface PersonRow {
  personCode: string;
  fullName: string;
  dateOfBirth: string | null;
  birthYear: number;
  sex: string;
  ethnicGroup: string;
  source: string;
  updatedAt: string;
}

export const PersonEntity = new EntitySchema<PersonRow>({
  name: 'Person',
  tableName: 'person',
  columns: {
    personCode: { name: 'person_code', type: 'varchar', length: 40, primary: true },
    fullName: { name: 'full_name', type: 'varchar', length: 120 },
    dateOfBirth: { name: 'date_of_birth', type: 'varchar', length: 10, nullable: true },
    birthYear: { name: 'birth_year', type: 'int' },
    sex: { type: 'varchar', length: 1 },
    ethnicGroup: { name: 'ethnic_group', type: 'varchar', length: 40 },
    source: { type: 'varchar', length: 200 },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 24 },
  },
});

/**
 * The department's first migration, as applied: the person table (then with one posting per person, moved out by
 * MovePostingsToTheirOwnTable1764000000420) and the qualification, training-record and position-standard tables,
 * whose definitions live beside their entities.
 */
export class CreateWorkforce1764000000400 implements MigrationInterface {
  name = 'CreateWorkforce1764000000400';
  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'person',
        columns: [
          { ...column.code('person_code', 40), isPrimary: true },
          column.code('full_name', 120),
          column.date('date_of_birth'),
          column.int('birth_year', false),
          column.code('sex', 1),
          column.code('ethnic_group', 40),
          column.code('position', 32),
          column.code('unit_code', 10),
          column.date('posted_from', false),
          column.date('posted_to'),
          column.code('area_ethnic_language', 40, true),
          column.code('source', 200),
        ],
      }),
    );
    await qr.createIndex('person', new TableIndex({ name: 'ix_person_unit', columnNames: ['unit_code', 'posted_from'] }));
    await createQualificationTable(qr);
    await createTrainingRecordTable(qr);
    await createPositionStandardTable(qr);
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('position_standard');
    await qr.dropTable('training_record');
    await qr.dropTable('qualification');
    await qr.dropTable('person');
  }
}

export interface PersonFilter {
  unitCodes?: string[];
  position?: string | null;
  /** Posted on this date (inclusive bounds). */
  postedOn?: string | null;
}

/** The only SQL on person; each method is one statement for any batch size. */
export class PersonRepository {
  constructor(private readonly db: DataSource) {}

  byCodes(personCodes: string[]): Promise<PersonRow[]> {
    return this.db.getRepository(PersonEntity).find({ where: { personCode: In(personCodes) } });
  }

  count(): Promise<number> {
    return this.db.getRepository(PersonEntity).count();
  }

  /** People with a posting matching the filter, in personCode order (the connection convention, with updatedSince). */
  page(filter: PersonFilter, args: ConnectionArgs) {
    const qb = this.db.getRepository(PersonEntity).createQueryBuilder('p');
    if (filter.unitCodes || filter.position || filter.postedOn) {
      const conditions = ['po.person_code = p.person_code'];
      if (filter.unitCodes) conditions.push(filter.unitCodes.length ? 'po.unit_code IN (:...units)' : '1 = 0');
      if (filter.position) conditions.push('po.position = :position');
      if (filter.postedOn) conditions.push('po.posted_from <= :on', '(po.posted_to IS NULL OR po.posted_to >= :on)');
      qb.andWhere(`EXISTS (SELECT 1 FROM posting po WHERE ${conditions.join(' AND ')})`, { units: filter.unitCodes, position: filter.position, on: filter.postedOn });
    }
    return connection(this.db, qb, args, { keyProps: ['personCode'], tombstones: { entity: 'Person', units: filter.unitCodes } });
  }
}
