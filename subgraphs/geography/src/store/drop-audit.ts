import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CreateAuditLog1764000000000 } from '@lsp/shared';

/**
 * Geography writes nothing through its API, so the audit table that CreateAuditLog made here was never written.
 * That migration stays in the list (databases that ran it keep a consistent history); this one drops the table.
 */
export class DropGeographyAudit1765000000100 implements MigrationInterface {
  name = 'DropGeographyAudit1765000000100';
  async up(qr: QueryRunner): Promise<void> {
    if (await qr.hasTable('audit_log')) await qr.dropTable('audit_log');
  }
  async down(qr: QueryRunner): Promise<void> {
    await new CreateAuditLog1764000000000().up(qr);
  }
}
