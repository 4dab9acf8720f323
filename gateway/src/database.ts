import { ApiKeyEntity, CreateApiKeys1764000009100 } from './api-keys/store';
import { AuditEventEntity, CreateAuditEvents1764000009200 } from './api-keys/audit-events';

/** The gateway's own small database (api_key, audit_event): its entities and migrations, for `openDatabase`. */
export const gatewayDatabase = {
  entities: [ApiKeyEntity, AuditEventEntity],
  migrations: [CreateApiKeys1764000009100, CreateAuditEvents1764000009200],
};
