import { In, type DataSource, type EntityManager, type ObjectLiteral } from 'typeorm';
import { AuditStore, AuditRecordEntity } from '../audit';
import type { AdminUnits } from '../admin-units';
import { nowIso } from '../db/columns';
import { badInput, forbidden, type InputProblem } from '../errors';
import { isApprover, reportingUnitsOf, requireReader, hasRole, type Department, type Identity } from '../identity';
import type { CheckContext, Dataset, ParsedRow } from './dataset';
import { checkPeriod, deleteLock, insertLock, requireAdmin, toLock, type PeriodLock } from './locks';
import { communesOfReportingUnit, reportingUnit, reportingUnitsOfYear, type ReportingLevel } from './reporting-units';
import { PeriodLockEntity, ReportingStateEntity, type ReportingStateRow } from './tables';
import { writeTransaction } from './transaction';

/**
 * The reporting workflow of a department, per year and reporting unit (DHIS2's data approval):
 * OPEN → SUBMITTED (the unit's reporter or an editor) → APPROVED (an approver) or RETURNED (an approver, with a
 * comment; the unit may edit and submit again); APPROVED → OPEN by an admin only (unapprove). SUBMITTED freezes
 * the unit's data (PERIOD_SUBMITTED on every write, locks.ts). APPROVED is the period lock itself (a period_lock
 * row of kind APPROVAL): no second record says a unit is approved, so a write is refused by the same check
 * whichever way the period was locked. A unit cannot submit while its stored rows have problems of importance
 * ERROR (the kit's own problems: the stored rows are validated again as if imported). Every transition is
 * audited (entity ReportingPeriod) with actor, time and comment.
 */
export type ReportingStateName = 'OPEN' | 'SUBMITTED' | 'RETURNED' | 'APPROVED';

export interface ReportingTransition {
  action: string;
  from: string;
  to: string;
  at: string;
  actor: string;
  comment: string | null;
  /** The data-quality warnings the submitter acknowledged with the comment (SUBMIT only; empty otherwise). */
  acknowledgedWarnings: string[];
}

export interface ReportingPeriodView {
  department: string;
  year: number;
  unitCode: string;
  unitName: string;
  unitLevel: ReportingLevel;
  state: ReportingStateName;
  updatedAt: string | null;
  updatedBy: string | null;
  comment: string | null;
  submittedAt: string | null;
  submittedBy: string | null;
  /** Resolved on demand (one audit read per period asked). */
  history?: ReportingTransition[];
  lock: PeriodLock | null;
}

export interface ReportingResult {
  ok: boolean;
  code: string | null;
  message: string | null;
  period: ReportingPeriodView;
  problems: InputProblem[];
}

export const reportingKey = (department: string, year: number, unitCode: string) => `${department} ${year} ${unitCode}`;

/** The state of every reporting unit of a year from its stored rows (few statements, whatever the number of units). */
export async function reportingStates(m: EntityManager | DataSource, department: string, units: AdminUnits, year: number): Promise<ReportingPeriodView[]> {
  const [locks, states] = await Promise.all([
    m.getRepository(PeriodLockEntity).find({ where: { department, year } }),
    m.getRepository(ReportingStateEntity).find({ where: { department, year } }),
  ]);
  const whole = locks.find((l) => !l.districtCode);
  const lockOf = new Map(locks.map((l) => [l.districtCode, l]));
  const stateOf = new Map(states.map((s) => [s.unitCode, s]));
  return reportingUnitsOfYear(units, year).map((u) => {
    const s = stateOf.get(u.code);
    const lock = lockOf.get(u.code) ?? whole;
    return {
      department, year, unitCode: u.code, unitName: u.name, unitLevel: u.level,
      state: lock ? 'APPROVED' : ((s?.state as ReportingStateName | undefined) ?? 'OPEN'),
      updatedAt: lock ? lock.lockedAt : s?.updatedAt ?? null, updatedBy: lock ? lock.lockedBy : s?.updatedBy ?? null,
      comment: lock ? lock.note ?? null : s?.comment ?? null, submittedAt: s?.submittedAt ?? null, submittedBy: s?.submittedBy ?? null,
      lock: lock ? toLock(lock) : null,
    };
  });
}

export class ReportingWorkflow {
  constructor(
    private readonly db: DataSource, readonly department: Department, private readonly units: AdminUnits, private readonly datasets: Array<Dataset<any>>,
  ) {}

  private unit(year: number, unitCode: string) {
    const p = checkPeriod(this.units, { year, unitCode });
    if (!p.unitCode) throw badInput('a reporting unit is required', { field: 'unitCode' });
    return reportingUnit(this.units, year, unitCode)!;
  }

  /** Every reporting unit of a year (OPEN when untouched), or one. */
  async periods(identity: Identity, year: number, unitCode?: string | null): Promise<ReportingPeriodView[]> {
    requireReader(identity, 'reporting periods');
    if (unitCode) this.unit(year, unitCode);
    const all = await reportingStates(this.db, this.department, this.units, year);
    return unitCode ? all.filter((p) => p.unitCode === unitCode) : all;
  }

  /** The transitions of a unit-year, oldest first (from the audit trail). */
  async history(year: number, unitCode: string): Promise<ReportingTransition[]> {
    const rows = await this.db.getRepository(AuditRecordEntity).find({
      where: { entity: 'ReportingPeriod', entityKey: reportingKey(this.department, year, unitCode) }, order: { id: 'ASC' },
    });
    return rows.map((r) => {
      const before = r.before ? JSON.parse(r.before) : {};
      const after = r.after ? JSON.parse(r.after) : {};
      return {
        action: r.action.toUpperCase(), from: before.state ?? 'OPEN', to: after.state ?? 'OPEN', at: r.at, actor: r.actor, comment: r.note ?? null,
        acknowledgedWarnings: Array.isArray(after.acknowledgedWarnings) ? after.acknowledgedWarnings.map(String) : [],
      };
    });
  }

  private async current(m: EntityManager, year: number, unitCode: string): Promise<ReportingPeriodView> {
    return (await reportingStates(m, this.department, this.units, year)).find((p) => p.unitCode === unitCode)!;
  }

  private async transition(
    identity: Identity, year: number, unitCode: string, action: 'submit' | 'approve' | 'return' | 'unapprove', comment: string | null,
    allowed: ReportingStateName[], run: (m: EntityManager, now: ReportingPeriodView) => Promise<InputProblem[] | void>,
    to: ReportingStateName, acknowledgedWarnings: string[] = [],
  ): Promise<ReportingResult> {
    this.unit(year, unitCode);
    return writeTransaction(this.db, async (m) => {
      const now = await this.current(m, year, unitCode);
      if (!allowed.includes(now.state)) {
        return {
          ok: false, code: 'INVALID_TRANSITION', problems: [], period: now,
          message: `cannot ${action} ${this.department} ${year} ${unitCode}: it is ${now.state} (allowed from ${allowed.join(', ')})`,
        };
      }
      const problems = (await run(m, now)) ?? [];
      if (problems.length) {
        return { ok: false, code: 'HAS_ERRORS', message: `${problems.length} problem(s) of importance ERROR in the stored data: correct them before submitting`, period: now, problems };
      }
      await new AuditStore(this.db).record(m, identity.sub, [{
        action, entity: 'ReportingPeriod', entityKey: reportingKey(this.department, year, unitCode), before: { state: now.state },
        after: { state: to, comment, ...(acknowledgedWarnings.length ? { acknowledgedWarnings } : {}) },
      }], null, comment);
      return { ok: true, code: null, message: null, period: await this.current(m, year, unitCode), problems: [] };
    });
  }

  private async setState(m: EntityManager, year: number, unitCode: string, state: string, actor: string, comment: string | null, submitted: boolean) {
    const repo = m.getRepository(ReportingStateEntity);
    const before = await repo.findOne({ where: { department: this.department, year, unitCode } });
    const at = nowIso();
    const row: ReportingStateRow = {
      department: this.department, year, unitCode, state, updatedAt: at, updatedBy: actor, comment,
      submittedAt: submitted ? at : before?.submittedAt ?? null, submittedBy: submitted ? actor : before?.submittedBy ?? null,
    };
    if (before) await repo.update({ department: this.department, year, unitCode }, row);
    else await repo.insert(row);
  }

  /**
   * The unit's reporter (or an editor) submits its year; refused while its stored rows have problems. The
   * data-quality warnings acknowledged (listed by the gateway's intake check, README "Department teams") are
   * audited with the transition; they need a comment saying why the figures stand.
   */
  async submit(identity: Identity, year: number, unitCode: string, comment?: string | null, acknowledgedWarnings?: string[] | null): Promise<ReportingResult> {
    const editor = hasRole(identity, `editor:${this.department}`);
    const mine = reportingUnitsOf(identity, this.department);
    const needs = () => forbidden(`Submitting ${this.department} ${year} ${unitCode} needs the role reporter:${this.department}:${unitCode} or editor:${this.department}`, { needs: `reporter:${this.department}:${unitCode}` });
    if (!editor && mine.length === 0) throw needs();
    this.unit(year, unitCode); // a reporter's bad year or unit is BAD_USER_INPUT before the question of which unit
    const own = mine.includes(unitCode);
    if (!own && !editor) {
      throw forbidden(`Submitting ${this.department} ${year} ${unitCode} needs the role reporter:${this.department}:${unitCode} or editor:${this.department}`, { needs: `reporter:${this.department}:${unitCode}` });
    }
    const acknowledged = (acknowledgedWarnings ?? []).map((w) => w.trim()).filter(Boolean);
    if (acknowledged.length && !comment?.trim()) throw badInput('acknowledging data-quality warnings needs a comment saying why the figures stand', { field: 'comment' });
    if (acknowledged.length > 1000 || acknowledged.some((w) => w.length > 500)) throw badInput('at most 1,000 acknowledged warnings of at most 500 characters each', { field: 'acknowledgedWarnings' });
    return this.transition(identity, year, unitCode, 'submit', comment ?? null, ['OPEN', 'RETURNED'], async (m) => {
      const problems = await this.storedProblems(m, year, unitCode);
      if (problems.length) return problems;
      await this.setState(m, year, unitCode, 'SUBMITTED', identity.sub, comment ?? null, true);
    }, 'SUBMITTED', acknowledged);
  }

  /** An approver approves a submitted unit-year: the period lock (kind APPROVAL). */
  async approve(identity: Identity, year: number, unitCode: string, comment?: string | null): Promise<ReportingResult> {
    this.requireApprover(identity, 'Approving');
    return this.transition(identity, year, unitCode, 'approve', comment ?? null, ['SUBMITTED'], async (m) => {
      await insertLock(m, this.db, { department: this.department, year, districtCode: unitCode, lockedBy: identity.sub, note: comment ?? null, kind: 'APPROVAL' }, 'approve');
      await this.setState(m, year, unitCode, 'SUBMITTED', identity.sub, comment ?? null, false);
    }, 'APPROVED');
  }

  /** An approver returns a submitted unit-year with a comment: the unit may edit and submit again. */
  async return(identity: Identity, year: number, unitCode: string, comment: string): Promise<ReportingResult> {
    this.requireApprover(identity, 'Returning');
    if (!comment?.trim()) throw badInput('returning a submission needs a comment saying what to correct', { field: 'comment' });
    return this.transition(identity, year, unitCode, 'return', comment, ['SUBMITTED'], async (m) => {
      await this.setState(m, year, unitCode, 'RETURNED', identity.sub, comment, false);
    }, 'RETURNED');
  }

  /** An admin unapproves an approved unit-year (removes its lock): OPEN again. A whole-province lock is lifted with unlock<Dept>Period. */
  async unapprove(identity: Identity, year: number, unitCode: string, comment?: string | null): Promise<ReportingResult> {
    requireAdmin(identity, `Unapproving ${this.department} data`);
    return this.transition(identity, year, unitCode, 'unapprove', comment ?? null, ['APPROVED'], async (m, now) => {
      if (!now.lock?.unitCode) {
        return [{ row: null, field: 'unitCode', code: 'PROVINCE_LOCKED', message: `${this.department} ${year} is locked for the whole province: an admin unlocks it with the province's unlock mutation` }];
      }
      await deleteLock(m, this.db, identity.sub, { department: this.department, year, districtCode: unitCode }, comment ?? null, 'unapprove');
      await this.setState(m, year, unitCode, 'OPEN', identity.sub, comment ?? null, false);
    }, 'OPEN');
  }

  private requireApprover(identity: Identity, what: string) {
    if (!isApprover(identity, this.department)) throw forbidden(`${what} ${this.department} data needs the role approver:${this.department}`, { needs: `approver:${this.department}` });
  }

  /**
   * The stored rows of a unit-year validated again as an import would validate them (columns, rules, reference
   * checks): problems name the dataset and the row's key. Rows are read by the unit and year columns of the table
   * that holds them (with its parents' fields), one statement per table and chunk of units.
   */
  async storedProblems(m: EntityManager, year: number, unitCode: string): Promise<InputProblem[]> {
    const out: InputProblem[] = [];
    for (const ds of this.datasets) {
      if (!ds.period) continue;
      const rows = await storedRowsOf(m, ds, this.units, year, unitCode);
      if (rows.length === 0) continue;
      const read = ds.fromInputs(rows);
      const parsed = read.rows as Array<ParsedRow<Record<string, unknown>>>;
      const ctx: CheckContext = { units: this.units, findIn: async (entity, property, values) => (values.length ? m.getRepository(entity as never).find({ where: { [property]: In([...new Set(values)]) } as never }) : []) as never };
      const problems = [...read.problems, ...ds.rowProblems(read.rows), ...((await ds.check?.(read.rows, ctx)) ?? [])]
        // A reference check that compares with stored rows (CONFLICTS_WITH_STORED) is about a new input, not this one.
        .filter((p) => p.code !== 'PERIOD_LOCKED' && p.code !== 'CONFLICTS_WITH_STORED');
      for (const p of problems) {
        const r = p.row ? (parsed.find((x) => x.row === p.row)?.values ?? rows[p.row - 1]) : undefined;
        out.push({ ...p, message: `${ds.name}${r ? ` ${ds.key.map((k) => String(r[k])).join('|')}` : ''}: ${p.message}` });
      }
    }
    return out;
  }
}

/**
 * The stored rows of a dataset for a year and reporting unit, as dataset records (CSV columns): from the table
 * holding the unit column (the fact table), merged with its parents' fields, filtered by the row's period.
 */
export async function storedRowsOf(m: EntityManager, ds: Dataset<any>, units: AdminUnits, year: number, unitCode: string): Promise<Array<Record<string, unknown>>> {
  if (!ds.unitField) return [];
  const tables = [...ds.tables];
  const fact = [...tables].reverse().find((t) => Object.values(t.fields).includes(ds.unitField!))!;
  const propOf = (t: typeof fact, field: string) => Object.entries(t.fields).find(([, f]) => f === field)?.[0];
  const unitProp = propOf(fact, ds.unitField)!;
  const yearProp = ds.yearField ? propOf(fact, ds.yearField) : undefined;
  const candidates = [...new Set([...communesOfReportingUnit(units, year, unitCode), unitCode])];
  const where: Record<string, unknown> = { [unitProp]: In(candidates) };
  if (yearProp) where[yearProp] = year;
  const factRows: ObjectLiteral[] = await m.getRepository(fact.entity).find({ where: where as never });
  const records = factRows.map((r) => Object.fromEntries(Object.entries(fact.fields).map(([prop, f]) => [f, r[prop]])) as Record<string, unknown>);
  for (const parent of tables.filter((t) => t !== fact)) {
    const keyFields = parent.key.map((p) => parent.fields[p]);
    const first = keyFields[0];
    const values = [...new Set(records.map((r) => r[first]))];
    if (values.length === 0) continue;
    const rows: ObjectLiteral[] = await m.getRepository(parent.entity).find({ where: { [parent.key[0]]: In(values) } as never });
    const byKey = new Map(rows.map((r) => [parent.key.map((k) => String(r[k])).join('|'), r]));
    for (const rec of records) {
      const p = byKey.get(keyFields.map((f) => String(rec[f])).join('|'));
      if (p) for (const [prop, f] of Object.entries(parent.fields)) if (!(f in rec) || rec[f] === undefined) rec[f] = p[prop];
    }
  }
  // Stored values come back in the drivers' forms (0/1 booleans, numeric strings): the column parser reads them as an input.
  return records
    .map((rec) => Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, ds.columns[k]?.kind === 'bool' && (v === 0 || v === 1) ? v === 1 : v])))
    .filter((rec) => {
      const p = ds.period!(rec as never, units);
      return !!p && p.year === year && p.unitCode === unitCode;
    });
}

