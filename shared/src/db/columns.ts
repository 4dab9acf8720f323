import type { TableColumnOptions } from 'typeorm';

/**
 * Portable column definitions for migrations (TypeORM Table API): one set of migrations serves SQLite and
 * MySQL/MariaDB. Dates are ISO strings (YYYY-MM-DD), timestamps ISO-8601 UTC strings, so both dialects
 * store and compare them the same way.
 */
export const column = {
  id: (name = 'id'): TableColumnOptions => ({ name, type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' }),
  code: (name: string, length = 20, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: nullable }),
  text: (name: string, nullable = true): TableColumnOptions => ({ name, type: 'text', isNullable: nullable }),
  int: (name: string, nullable = true): TableColumnOptions => ({ name, type: 'int', isNullable: nullable }),
  real: (name: string, nullable = true): TableColumnOptions => ({ name, type: 'double', isNullable: nullable }),
  bool: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'boolean', isNullable: nullable }),
  date: (name: string, nullable = true): TableColumnOptions => ({ name, type: 'varchar', length: '10', isNullable: nullable }),
  timestamp: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '24', isNullable: nullable }),
};

export const nowIso = (): string => new Date().toISOString();
