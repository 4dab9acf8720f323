import { writeTransaction } from './transaction';
import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditStore } from '../audit';
import { badInput, forbidden, notFound, type InputProblem } from '../errors';
import { yearEnd, type AdminUnits } from '../admin-units';
import { requireEditor, requireReader, type Department, type Identity } from '../identity';
import { nowIso } from '../db/columns';
import type { Period } from './dataset';
import { PeriodLockEntity, type PeriodLockRow } from './tables';

/**
 * Approval and lock of a department's periods, as DHIS2 does it: after review an editor of the department locks
 * a year, for one district or (districtCode null) the whole province; every write into a locked period is then
 * refused with PERIOD_LOCKED until an admin unlocks it. Locking and unlocking are audited (entity "PeriodLock").
 */
export const periodLabel = (department: string, p: Period) => `${department} ${p.year}${p.districtCode ? ` district ${p.districtCode}` : ' (whole province)'}`;

export interface PeriodLock {
  department: string;
  year: number;
  districtCode: string | null;
  lockedAt: string;
  lockedBy: string;
  note: string | null;
}

const toLock = (r: PeriodLockRow): PeriodLock => ({ ...r, year: Number(r.year), districtCode: r.districtCode || null });

export function requireAdmin(identity: Identity, what: string): void {
  if (!identity.roles.includes('admin')) throw forbidden(`${what} needs the role admin`, { needs: 'admin' });
}

export class PeriodLocks {
  constructor(private readonly db: DataSource, readonly department: Department, private readonly units: AdminUnits) {}

  private checkPeriod(p: { year: number; districtCode?: string | null }): Period {
    if (!Number.isInteger(p.year) || p.year < 2000 || p.year > 2100) throw badInput(`year ${p.year} is not a data year`, { field: 'year' });
    if (p.districtCode && !this.units.district(p.districtCode)) throw notFound('District', p.districtCode);
    return { year: p.year, districtCode: p.districtCode || null };
  }

  /** Locks a period (editor of the department); locking a locked period changes nothing. */
  async lock(identity: Identity, period: { year: number; districtCode?: string | null }, note?: string | null): Promise<PeriodLock> {
    requireEditor(identity, this.department);
    const p = this.checkPeriod(period);
    return writeTransaction(this.db, async (m) => {
      const repo = m.getRepository(PeriodLockEntity);
      const where = { department: this.department, year: p.year, districtCode: p.districtCode ?? '' };
      const existing = await repo.findOne({ where });
      if (existing) return toLock(existing);
      const row: PeriodLockRow = { ...where, lockedAt: nowIso(), lockedBy: identity.sub, note: note ?? null };
      await repo.insert(row);
      await new AuditStore(this.db).record(m, identity.sub, [{ action: 'lock', entity: 'PeriodLock', entityKey: periodLabel(this.department, p), before: null, after: row }], null, note ?? null);
      return toLock(row);
    });
  }

  /** Unlocks a period (admin only); returns false when it was not locked. */
  async unlock(identity: Identity, period: { year: number; districtCode?: string | null }, note?: string | null): Promise<boolean> {
    requireAdmin(identity, `Unlocking ${this.department} data`);
    const p = this.checkPeriod(period);
    return writeTransaction(this.db, async (m) => {
      const repo = m.getRepository(PeriodLockEntity);
      const where = { department: this.department, year: p.year, districtCode: p.districtCode ?? '' };
      const existing = await repo.findOne({ where });
      if (!existing) return false;
      await repo.delete(where);
      await new AuditStore(this.db).record(m, identity.sub, [{ action: 'unlock', entity: 'PeriodLock', entityKey: periodLabel(this.department, p), before: existing, after: null }], null, note ?? null);
      return true;
    });
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
   * Whether a year is approved over a territory: locked for the whole province, or for every district listed.
   * (The score says whether all its inputs were locked.)
   */
  async isLocked(year: number, districtCodes: string[]): Promise<boolean> {
    return locksCover(await this.find({ year }), districtCodes);
  }

  /** PERIOD_LOCKED problems for rows whose period is locked; runs inside the write's transaction. */
  static async problems(m: EntityManager, department: string, periods: Array<{ row: number | null; field: string; period: Period | null }>): Promise<InputProblem[]> {
    const years = [...new Set(periods.filter((p) => p.period).map((p) => p.period!.year))];
    if (years.length === 0) return [];
    const locks = await m.getRepository(PeriodLockEntity).createQueryBuilder('l')
      .where('l.department = :department', { department }).andWhere('l.year IN (:...years)', { years }).getMany();
    if (locks.length === 0) return [];
    const locked = new Set(locks.map((l) => `${Number(l.year)}|${l.districtCode}`));
    const out: InputProblem[] = [];
    for (const { row, field, period } of periods) {
      if (!period) continue;
      const whole = locked.has(`${period.year}|`);
      const district = period.districtCode !== null && locked.has(`${period.year}|${period.districtCode}`);
      if (whole || district) {
        const p: Period = whole ? { year: period.year, districtCode: null } : period;
        out.push({ row, field, code: 'PERIOD_LOCKED', message: `the period ${periodLabel(department, p)} is locked (approved); an admin must unlock it before it can change` });
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

/** Whether a year's locks cover a territory: a whole-province lock, or a lock on every one of its districts. */
export function locksCover(locks: PeriodLock[], districtCodes: string[]): boolean {
  if (locks.some((l) => l.districtCode === null)) return true;
  const locked = new Set(locks.map((l) => l.districtCode));
  return districtCodes.length > 0 && districtCodes.every((d) => locked.has(d));
}

/** Whether a year entity's territory (its reporting communes of that year) is covered by the year's locks. */
export function territoryLocked(units: AdminUnits, t: { year: number; communeCodes: string[] }, locks: PeriodLock[]): boolean {
  const districts = [...new Set(t.communeCodes.map((c) => units.commune(c, yearEnd(t.year))?.parentCode).filter((d): d is string => !!d))];
  return locksCover(locks, districts);
}
