import { In, type EntityManager, type EntitySchema, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import { PeriodLockEntity, periodLabel, reportingUnitOn, yearEnd, type AdminUnits, type CheckContext, type InputProblem, type PeriodLockRow } from '@lsp/shared';
import { PostingEntity, type PostingRow } from '../store/posting';

/**
 * Period locks of the workforce department. Workforce figures are stocks on 31 December (who is posted where, with
 * what qualifications by then), so a roster row is not the data of one year: a posting counts in every year whose
 * 31 December it covers, in the district of its unit; a qualification counts from the 31 December after it was
 * obtained, wherever its holder is posted. A write is refused with PERIOD_LOCKED when it would change a figure of a
 * locked year and district (a whole-province lock covers every district and the provincial office): a posting or
 * qualification that is new, changed or deleted, in its stored and its new form. Rows written again unchanged are
 * not refused, so a full roster file can be re-imported after a year is approved. A training record (no figure
 * counts it) belongs to the year it started, in the district where its holder was posted that day. Position
 * standards are not period data (they apply to every year); changing one is not refused by a lock. A person's own
 * fields (name, birth, sex, ethnic group, source) belong to every year and district their postings cover on
 * 31 December: changing one there is refused too, naming that field; deleting a person deletes their postings, and
 * is refused the same way as deleting those postings.
 */
export type Find = CheckContext['findIn'];

/** The same reads inside a deletion's transaction (afterWrite), where the kit hands over the entity manager. */
export const findWith = (m: EntityManager): Find => async <T extends object>(entity: EntitySchema<T>, property: keyof T & string, values: unknown[]) => {
  const distinct = [...new Set(values)];
  // One property of the entity matched against a list: TypeORM cannot type a where object built from a variable key.
  const where = Object.fromEntries([[property, In(distinct)]]) as FindOptionsWhere<T & ObjectLiteral>;
  return distinct.length ? m.getRepository<T & ObjectLiteral>(entity as EntitySchema<T & ObjectLiteral>).find({ where }) : [];
};

interface Locks {
  /** year → whole province locked, and the districts locked. */
  years: Map<number, { whole: boolean; districts: Set<string> }>;
}

/** Whether any workforce period is locked (when none is, a write needs no stored rows to compare). */
export async function anyLocks(find: Find): Promise<boolean> {
  return (await find(PeriodLockEntity, 'department', ['workforce'])).length > 0;
}

async function workforceLocks(find: Find): Promise<Locks> {
  const rows = await find(PeriodLockEntity, 'department', ['workforce']);
  const years = new Map<number, { whole: boolean; districts: Set<string> }>();
  for (const r of rows as PeriodLockRow[]) {
    const y = years.get(Number(r.year)) ?? { whole: false, districts: new Set<string>() };
    if (!r.districtCode) y.whole = true;
    else y.districts.add(r.districtCode);
    years.set(Number(r.year), y);
  }
  return { years };
}

/** The district a unit belonged to on a date: a commune's district, a district office itself, null for the province. */
function districtOf(units: AdminUnits, unitCode: string, date: string): string | null {
  // The reporting unit of that date: the commune's district until 2024, the commune itself from 2025 (lock units).
  return reportingUnitOn(units, unitCode, date);
}

const covers = (p: Pick<PostingRow, 'postedFrom' | 'postedTo'>, date: string) => p.postedFrom <= date && (p.postedTo === null || p.postedTo >= date);

/** A row of a write, in its stored or new form, that may touch a locked period. */
export type Touch =
  | { row: number | null; field: string; kind: 'posting'; posting: Pick<PostingRow, 'unitCode' | 'postedFrom' | 'postedTo'> }
  | { row: number | null; field: string; kind: 'qualification'; personCode: string; obtainedOn: string }
  | { row: number | null; field: string; kind: 'training'; personCode: string; startedOn: string }
  /**
   * A person's own field (name, birth, sex, ethnic group, source): the person counts, with these values, in every
   * year and district their postings cover on 31 December. `postings` are the row's own posting, besides the
   * stored ones of the person.
   */
  | { row: number | null; field: string; kind: 'person'; personCode: string; postings: Array<Pick<PostingRow, 'unitCode' | 'postedFrom' | 'postedTo'>> };

/** PERIOD_LOCKED problems of the touched rows (one per row, naming the first locked period it would change). */
export async function lockProblems(find: Find, units: AdminUnits, touches: Touch[]): Promise<InputProblem[]> {
  if (touches.length === 0) return [];
  const locks = await workforceLocks(find);
  if (locks.years.size === 0) return [];
  const people = touches.flatMap((t) => (t.kind === 'posting' ? [] : [t.personCode]));
  const postingsOf = new Map<string, PostingRow[]>();
  for (const p of people.length ? await find(PostingEntity, 'personCode', people) : []) postingsOf.set(p.personCode, [...(postingsOf.get(p.personCode) ?? []), p]);
  const lockedYears = [...locks.years.keys()].sort((a, b) => a - b);
  const isLocked = (year: number, district: string | null) => {
    const l = locks.years.get(year);
    return !!l && (l.whole || (district !== null && l.districts.has(district)));
  };
  const out: InputProblem[] = [];
  const seen = new Set<string>();
  for (const t of touches) {
    let hit: { year: number; district: string | null } | null = null;
    if (t.kind === 'posting') {
      for (const y of lockedYears) {
        const d = districtOf(units, t.posting.unitCode, yearEnd(y));
        if (covers(t.posting, yearEnd(y)) && isLocked(y, d)) {
          hit = { year: y, district: locks.years.get(y)!.whole ? null : d };
          break;
        }
      }
    } else if (t.kind === 'person') {
      const postings = [...t.postings, ...(postingsOf.get(t.personCode) ?? [])];
      for (const y of lockedYears) {
        const posting = postings.find((p) => covers(p, yearEnd(y)) && isLocked(y, districtOf(units, p.unitCode, yearEnd(y))));
        if (posting) {
          hit = { year: y, district: locks.years.get(y)!.whole ? null : districtOf(units, posting.unitCode, yearEnd(y)) };
          break;
        }
      }
    } else if (t.kind === 'qualification') {
      for (const y of lockedYears.filter((y) => t.obtainedOn <= yearEnd(y))) {
        const posting = (postingsOf.get(t.personCode) ?? []).find((p) => covers(p, yearEnd(y)) && isLocked(y, districtOf(units, p.unitCode, yearEnd(y))));
        if (posting) {
          hit = { year: y, district: locks.years.get(y)!.whole ? null : districtOf(units, posting.unitCode, yearEnd(y)) };
          break;
        }
      }
    } else {
      const y = Number(t.startedOn.slice(0, 4));
      const posting = (postingsOf.get(t.personCode) ?? []).find((p) => covers(p, t.startedOn));
      const d = posting ? districtOf(units, posting.unitCode, t.startedOn) : null;
      if (isLocked(y, d)) hit = { year: y, district: locks.years.get(y)!.whole ? null : d };
    }
    const key = `${t.row}|${t.field}`;
    if (hit && !seen.has(key)) {
      seen.add(key);
      out.push({
        row: t.row, field: t.field, code: 'PERIOD_LOCKED',
        message: `would change the figures of ${periodLabel('workforce', { year: hit.year, unitCode: hit.district })}, which is locked (approved); an admin must unlock it first`,
      });
    }
  }
  return out;
}
