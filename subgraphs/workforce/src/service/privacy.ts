import { forbidden, hasRole, type AuditRecord, type Identity } from '@lsp/shared';

/** Personal data of cadres (ARCHITECTURE.md, "Trust"): names and birth dates need workforce:pii. */
export const PII_ROLE = 'workforce:pii' as const;
export const PERSONAL_FIELDS = ['fullName', 'dateOfBirth'] as const;
export const MASK = '***';

export const canReadPersonalData = (identity: Identity) => hasRole(identity, PII_ROLE);

/** Throws FORBIDDEN for a personal field; GraphQL then nulls that field only and answers the rest. */
export function requirePersonalData(identity: Identity, field: string): void {
  if (!canReadPersonalData(identity)) {
    throw forbidden(`Reading ${field} of cadres needs the role ${PII_ROLE}`, { needs: PII_ROLE, field });
  }
}

function maskJson(json: string | null): string | null {
  if (json === null) return null;
  try {
    const value = JSON.parse(json) as unknown;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return json;
    const masked: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    for (const f of PERSONAL_FIELDS) if (f in masked && masked[f] !== null) masked[f] = MASK;
    return JSON.stringify(masked);
  } catch {
    return json;
  }
}

/** The audit view: personal data in before/after masked for callers without workforce:pii. */
export function auditView(identity: Identity, records: AuditRecord[]): AuditRecord[] {
  if (canReadPersonalData(identity)) return records;
  return records.map((r) => ({ ...r, before: maskJson(r.before), after: maskJson(r.after) }));
}
