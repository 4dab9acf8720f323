import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { EntitySchema, IsNull, Table, type DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { isRole, column, nowIso, type Identity, type Role } from '@lsp/shared';

/**
 * API keys for BI tools, kept in the gateway's own small database (the shared database factory: SQLite
 * file data/gateway.sqlite, or MySQL/MariaDB). A key is `lsp_<id>_<secret>`: the id finds the row, the
 * secret is stored only as HMAC-SHA256 under a pepper from the configuration (API_KEY_PEPPER), so a copy of
 * the database alone neither reveals nor verifies a key. Keys are scoped to read roles and always expire.
 */
export interface ApiKeyRow {
  id: string;
  name: string;
  secretHash: string;
  roles: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  revokedBy: string | null;
}

export const ApiKeyEntity = new EntitySchema<ApiKeyRow>({
  name: 'ApiKey',
  tableName: 'api_key',
  columns: {
    id: { type: 'varchar', length: 16, primary: true },
    name: { type: 'varchar', length: 100 },
    secretHash: { name: 'secret_hash', type: 'varchar', length: 64 },
    roles: { type: 'varchar', length: 200 },
    createdBy: { name: 'created_by', type: 'varchar', length: 200 },
    createdAt: { name: 'created_at', type: 'varchar', length: 24 },
    expiresAt: { name: 'expires_at', type: 'varchar', length: 24 },
    revokedAt: { name: 'revoked_at', type: 'varchar', length: 24, nullable: true },
    revokedBy: { name: 'revoked_by', type: 'varchar', length: 200, nullable: true },
  },
});

export class CreateApiKeys1764000009100 implements MigrationInterface {
  name = 'CreateApiKeys1764000009100';
  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(new Table({
      name: 'api_key',
      columns: [
        { ...column.code('id', 16), isPrimary: true }, column.code('name', 100), column.code('secret_hash', 64), column.code('roles', 200),
        column.code('created_by', 200), column.timestamp('created_at'), column.timestamp('expires_at'),
        column.timestamp('revoked_at', true), column.code('revoked_by', 200, true),
      ],
    }));
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('api_key');
  }
}

/** Roles a BI tool's key may carry: reading roles only, never admin or an editor's. */
export const API_KEY_ROLES: Role[] = ['analyst', 'workforce:pii'];
export const MAX_API_KEY_DAYS = 366;

/** A refused key request, naming the input field at fault (`name`, `roles` or `days`). */
export class ApiKeyError extends Error {
  constructor(readonly field: 'name' | 'roles' | 'days', reason: string) {
    super(`${field}: ${reason}`);
  }
}

export interface ApiKeyInfo {
  id: string;
  name: string;
  roles: Role[];
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  revokedBy: string | null;
}

const info = (r: ApiKeyRow): ApiKeyInfo => ({
  id: r.id, name: r.name, roles: JSON.parse(r.roles) as Role[], createdBy: r.createdBy, createdAt: r.createdAt,
  expiresAt: r.expiresAt, revokedAt: r.revokedAt, revokedBy: r.revokedBy,
});

export class ApiKeyStore {
  constructor(private readonly db: DataSource, private readonly pepper: string) {}

  private hash(secret: string): string {
    return createHmac('sha256', this.pepper).update(secret).digest('hex');
  }

  async create(input: { name: string; roles: string[]; days: number; actor: Identity }, now = new Date()): Promise<{ key: string; info: ApiKeyInfo }> {
    const name = input.name.trim();
    if (!name || name.length > 100) throw new ApiKeyError('name', '1 to 100 characters');
    const bad = input.roles.filter((r) => !(API_KEY_ROLES as string[]).includes(r));
    if (!input.roles.length || bad.length) throw new ApiKeyError('roles', `one or more of ${API_KEY_ROLES.join(', ')}${bad.length ? `; not ${bad.map((r) => `"${String(r).slice(0, 40)}"`).join(', ')}` : ''}`);
    if (!Number.isInteger(input.days) || input.days < 1 || input.days > MAX_API_KEY_DAYS) throw new ApiKeyError('days', `a whole number from 1 to ${MAX_API_KEY_DAYS}`);
    const id = randomBytes(6).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    const row: ApiKeyRow = {
      id, name, secretHash: this.hash(secret), roles: JSON.stringify([...new Set(input.roles)]), createdBy: input.actor.sub.slice(0, 200),
      createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + input.days * 86_400_000).toISOString(), revokedAt: null, revokedBy: null,
    };
    await this.db.getRepository(ApiKeyEntity).insert(row);
    return { key: `lsp_${id}_${secret}`, info: info(row) };
  }

  async revoke(id: string, actor: Identity): Promise<ApiKeyInfo | undefined> {
    const repo = this.db.getRepository(ApiKeyEntity);
    await repo.update({ id, revokedAt: IsNull() }, { revokedAt: nowIso(), revokedBy: actor.sub.slice(0, 200) });
    const row = await repo.findOneBy({ id });
    return row ? info(row) : undefined;
  }

  async list(): Promise<ApiKeyInfo[]> {
    return (await this.db.getRepository(ApiKeyEntity).find({ order: { createdAt: 'DESC' } })).map(info);
  }

  /** The identity of a valid key (known, secret matching, not revoked, not expired); otherwise undefined. */
  async verify(key: string, now = new Date()): Promise<Identity | undefined> {
    const m = /^lsp_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/.exec(key);
    if (!m) return undefined;
    const row = await this.db.getRepository(ApiKeyEntity).findOneBy({ id: m[1] });
    if (!row) return undefined;
    const given = Buffer.from(this.hash(m[2]), 'hex');
    const stored = Buffer.from(row.secretHash, 'hex');
    if (given.length !== stored.length || !timingSafeEqual(given, stored)) return undefined;
    if (row.revokedAt || row.expiresAt <= now.toISOString()) return undefined;
    const roles = (JSON.parse(row.roles) as string[]).filter(isRole);
    return { sub: `api-key:${row.id}:${row.name}`, roles };
  }
}
