import { writeTransaction } from './transaction';
import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditStore } from '../audit';
import { badInput, forbidden, notFound, type InputProblem } from '../errors';
import type { AdminUnits } from '../admin-units';
import { requireEditor, requireReader, type Department, type Identity } from '../identity';
import { nowIso } from '../db/columns';
import type { Period } from './dataset';
import { reportingUnit, reportingUnitOfCommune } from './reporting-units';
import { PeriodLockEntity, ReportingStateEntity, type PeriodLockRow } from './tables';

/**
 * Approval and lock of a department's periods, as DHIS2 does it: a year, for one reporting unit (a district until
 * 2024, a commune from 2025) or (no unit) the whole province. Every write into a locked period is refused with
 * PERIOD_LOCKED until an admin unlocks (unapproves) it. A lock is made two ways, one record either way: an
 * approver approving a unit's submission (kind APPROVAL, reporting.ts), or an editor locking directly for the
 * province's own corrections (kind DIRECT). Locking and unlocking are audited (entity "PeriodLock").
 */
export const unitLabel = (code: string | null) => (!code ? 'whole province' : code.length === 5 ? `commune ${code}` : `district ${code}`);
export const periodLabel = (department: string, p: Period) => `${department} ${p.year ?? ''}${p.unitCode ? ` ${unitLabel(p.unitCode)}` : ' (whole province)'}`;

export type LockKind = 'APPROVAL' | 'DIRECT';

export interface PeriodLock {
  department: string;
  year: number;
  /** The district of a district lock; null for a commune or whole-province lock (see unitCode). */
  districtCode: string | null;
  /** The reporting unit locked (district or commune); null = the whole province. */
  unitCode: string | null;
  kind: LockKind;
  lockedAt: string;
  lockedBy: string;
  note: string | null;
}

export const toLock = (r: PeriodLockRow): PeriodLock => {
  const unit = r.districtCode || null;
  return {
    department: r.department, year: Number(r.year), unitCode: unit, districtCode: unit && unit.length !== 5 ? unit : null,
    kind: (r.kind === 'APPROVAL' ? 'APPROVAL' : 'DIRECT'), lockedAt: r.lockedAt, lockedBy: r.lockedBy, note: r.note ?? null,
  };
};

export function requireAdmin(identity: Identity, what: string): void {
  if (!identity.roles.includes('admin')) throw forbidden(`${what} needs the role admin`, { needs: 'admin' });
}

/** A period argument of the lock mutations: the year, and the reporting unit as unitCode (or, as before, districtCode). */
export interface PeriodArgs {
  year: number;
  districtCode?: string | null;
  unitCode?: string | null;
}

/** Checks a lock's year and unit: the unit must be a reporting unit of that year (no district lock for 2025). */
export function checkPeriod(units: AdminUnits, p: PeriodArgs): { year: number; unitCode: string | null } {
  if (!Number.isInteger(p.year) || p.year < 2000 || p.year > 2100) throw badInput(`year ${p.year} is not a data year`, { field: 'year' });
  const code = p.unitCode || p.districtCode || null;
  if (code && !reportingUnit(units, p.year, code)) {
    if (!units.district(code) && !units.commune(code)) throw notFound('Reporting unit', code);
    throw badInput(`${unitLabel(code)} was not a reporting unit in ${p.year} (until 2024 the districts valid on 31 December report, from 2025 the communes)`, { field: p.unitCode ? 'unitCode' : 'districtCode' });
  }
  return { year: p.year, unitCode: code };
}

/** Inserts a lock inside a transaction and audits it; a period already locked is left as it is (returned). */
export async function insertLock(m: EntityManager, db: DataSource, row: Omit<PeriodLockRow, 'lockedAt'> & { lockedAt?: string }, auditAction = 'lock'): Promise<PeriodLock> {
  const repo = m.getRepository(PeriodLockEntity);
  const where = { department: row.department, year: row.year, districtCode: row.districtCode };
  const existing = await repo.findOne({ where });
  if (existing) return toLock(existing);
  const full: PeriodLockRow = { ...row, lockedAt: row.lockedAt ?? nowIso() };
  await repo.insert(full);
  await new AuditStore(db).record(m, row.lockedBy, [{
    action: auditAction, entity: 'PeriodLock', entityKey: periodLabel(row.department, { year: row.year, unitCode: row.districtCode || null }), before: null, after: full,
  }], null, row.note ?? null);
  return toLock(full);
}

/** Deletes a lock inside a transaction and audits it; false when there was none. */
export async function deleteLock(m: EntityManager, db: DataSource, actor: string, where: { department: string; year: number; districtCode: string }, note: string | null, auditAction = 'unlock'): Promise<boolean> {
  const repo = m.getRepository(PeriodLockEntity);
  const existing = await repo.findOne({ where });
  if (!existing) return false;
  await repo.delete(where);
  await new AuditStore(db).record(m, actor, [{
    action: auditAction, entity: 'PeriodLock', entityKey: periodLabel(where.department, { year: where.year, unitCode: where.districtCode || null }), before: existing, after: null,
  }], null, note);
  return true;
}

export class PeriodLocks {
  constructor(private readonly db: DataSource, readonly department: Department, private readonly units: AdminUnits) {}

  /**
   * An editor's direct lock (the province's own corrections, audited as kind DIRECT): a reporting unit's year or
   * the whole province's. Locking a locked period changes nothing. The unit's workflow shows it as APPROVED.
   */
  async lock(identity: Identity, period: PeriodArgs, note?: string | null): Promise<PeriodLock> {
    requireEditor(identity, this.department);
    const p = checkPeriod(this.units, period);
    return writeTransaction(this.db, (m) => insertLock(m, this.db, {
      department: this.department, year: p.year, districtCode: p.unitCode ?? '', lockedBy: identity.sub, note: note ?? null, kind: 'DIRECT',
    }));
  }

  /** Unlocks a period (admin only); returns false when it was not locked. An approved unit goes back to OPEN. */
  async unlock(identity: Identity, period: PeriodArgs, note?: string | null): Promise<boolean> {
    requireAdmin(identity, `Unlocking ${this.department} data`);
    const p = checkPeriod(this.units, period);
    return writeTransaction(this.db, (m) => deleteLock(m, this.db, identity.sub, { department: this.department, year: p.year, districtCode: p.unitCode ?? '' }, note ?? null));
  }

  /** The locks of this department, for a signed-in reader: a lock names who approved it and why. */
  async list(identity: Identity, filter: { year?: number | null } = {}): Promise<PeriodLock[]> {
    requireReader(identity, 'period locks');
    return this.find(filter);
  }

  private async find(filter: { year?: number | null }): Promise<PeriodLock[]> {
    const where: Record<string, unknown> = { department: this.department };
    if (filter.year) where.year = filter.year;
    const rows = await this.db.getRepository(PeriodLockEntity).find({ where, order: { year: 'ASC', districtCode: 'ASC' } });
    return rows.map(toLock);
  }

  /**
   * Whether a year is approved over a territory: locked for the whole province, or for every reporting unit
   * listed. (The score says whether all its inputs were locked.)
   */
  async isLocked(year: number, unitCodes: string[]): Promise<boolean> {
    return locksCover(await this.find({ year }), unitCodes);
  }

  /**
   * PERIOD_LOCKED problems for rows whose period is locked, PERIOD_SUBMITTED for rows whose reporting unit has
   * submitted the year and awaits approval (the unit's data is frozen until approved or returned). Runs inside the
   * write's transaction. `locks: false` checks the submitted freeze only (a dataset with its own lock check).
   */
  static async problems(
    m: EntityManager, department: string, periods: Array<{ row: number | null; field: string; period: Period | null }>, opts: { locks?: boolean } = {},
  ): Promise<InputProblem[]> {
    const years = [...new Set(periods.filter((p) => p.period && p.period.year !== null).map((p) => p.period!.year as number))];
    if (years.length === 0) return [];
    const checkLocks = opts.locks ?? true;
    const locks = checkLocks
      ? await m.getRepository(PeriodLockEntity).createQueryBuilder('l')
        .where('l.department = :department', { department }).andWhere('l.year IN (:...years)', { years }).getMany()
      : [];
    const submitted = await m.getRepository(ReportingStateEntity).createQueryBuilder('s')
      .where('s.department = :department', { department }).andWhere('s.year IN (:...years)', { years }).andWhere('s.state = :state', { state: 'SUBMITTED' }).getMany();
    if (locks.length === 0 && submitted.length === 0) return [];
    const locked = new Set(locks.map((l) => `${Number(l.year)}|${l.districtCode}`));
    const frozen = new Set(submitted.map((s) => `${Number(s.year)}|${s.unitCode}`));
    const out: InputProblem[] = [];
    for (const { row, field, period } of periods) {
      if (!period || period.year === null) continue;
      const whole = locked.has(`${period.year}|`);
      const unit = period.unitCode !== null && locked.has(`${period.year}|${period.unitCode}`);
      if (whole || unit) {
        const p: Period = whole ? { year: period.year, unitCode: null } : period;
        out.push({ row, field, code: 'PERIOD_LOCKED', message: `the period ${periodLabel(department, p)} is locked (approved); an admin must unlock it before it can change` });
      } else if (period.unitCode !== null && frozen.has(`${period.year}|${period.unitCode}`)) {
        out.push({ row, field, code: 'PERIOD_SUBMITTED', message: `the period ${periodLabel(department, period)} is submitted for approval: its data cannot change until an approver approves or returns it` });
      }
    }
    return out;
  }
}

/** Per-request loader of a department's locks by year (one statement per batch of years). */
export function periodLocksByYearLoader(db: DataSource, department: Department): DataLoader<number, PeriodLock[]> {
  return new DataLoader<number, PeriodLock[]>(async (years) => {
    const rows = await db.getRepository(PeriodLockEntity).createQueryBuilder('l')
      .where('l.department = :department', { department }).andWhere('l.year IN (:...years)', { years: [...years] }).getMany();
    return years.map((y) => rows.filter((r) => Number(r.year) === y).map(toLock));
  });
}

/** Whether a year's locks cover a territory: a whole-province lock, or a lock on every one of its reporting units. */
export function locksCover(locks: PeriodLock[], unitCodes: string[]): boolean {
  if (locks.some((l) => l.unitCode === null)) return true;
  const locked = new Set(locks.map((l) => l.unitCode));
  return unitCodes.length > 0 && unitCodes.every((d) => locked.has(d));
}

/** Whether a year entity's territory (its reporting communes of that year) is covered by the year's locks. */
export function territoryLocked(units: AdminUnits, t: { year: number; communeCodes: string[] }, locks: PeriodLock[]): boolean {
  const reporting = [...new Set(t.communeCodes.map((c) => reportingUnitOfCommune(units, c, t.year)).filter((d): d is string => !!d))];
  return locksCover(locks, reporting);
}
