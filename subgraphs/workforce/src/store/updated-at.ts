import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { column } from '@lsp/shared';

const TABLES = ['person', 'posting', 'qualification', 'training_record', 'position_standard'];

/**
 * Every fact row carries updated_at (ISO-8601 UTC), so that BI tools can pull what changed since their last read.
 * Rows stored before this migration get the time it ran: their last change is unknown, and "now" makes a
 * following `updatedSince` pull take them once rather than never.
 */
export class AddWorkforceUpdatedAt1765000000400 implements MigrationInterface {
  name = 'AddWorkforceUpdatedAt1765000000400';
  async up(qr: QueryRunner): Promise<void> {
    const now = new Date().toISOString();
    for (const table of TABLES) {
      await qr.addColumn(table, new TableColumn({ ...column.timestamp('updated_at'), default: `'${now}'` }));
      await qr.createIndex(table, new TableIndex({ name: `ix_${table}_updated`, columnNames: ['updated_at'] }));
    }
  }
  async down(qr: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await qr.dropIndex(table, `ix_${table}_updated`);
      await qr.dropColumn(table, 'updated_at');
    }
  }
}
