import { SYNTHETIC_LABEL, combineProvenance, rowProvenance, unitsOfChanges, type AuditChange, type ComputedFact, type FactSource, type Provenance } from '@lsp/shared';
import type { EntityManager } from 'typeorm';
import type { VocationalIndicatorCode } from '.';

/**
 * The vocational facts (shared kit facts.ts): per reporting commune and year, each VOC_* indicator's numerator and
 * denominator, the same parts the indicators were computed from the rows with:
 * - VOC_AGRI_TRAINING_ACCESS, VOC_WORKERS_TRAINED, VOC_TECH_TRANSFER from the commune's labour-force row, with the
 *   row's provenance;
 * - VOC_TRAINEES_PER_1000: the commune's enrolments of the year (0 without any) over its working-age population,
 *   only when some course of that year is stored anywhere (otherwise trainees are missing, not zero); provenance
 *   of the labour row and of the enrolment groups (by source: the generator's rows carry SYNTHETIC_LABEL).
 * A commune without a labour-force row has no fact. A labour row reporting 0 in a denominator is data (0/0: the
 * commune counts as reporting), as it always was here, hence `zeroDenominatorIsData`.
 *
 * Three statements for any number of communes and years: the labour rows, the enrolments summed per commune,
 * year and source, and which years have courses.
 */
const inList = (xs: unknown[]) => xs.map(() => '?').join(', ');
const truthy = (v: unknown) => v === true || v === 1 || v === '1';
const keyOf = (communeCode: string, year: number) => `${year}|${communeCode}`;

export const vocationalFacts: FactSource = {
  zeroDenominatorIsData: true,
  async compute(m, unitCodes, years) {
    if (unitCodes.length === 0 || years.length === 0) return [];
    const params = [...years, ...unitCodes];
    const labour = (await m.query(
      `SELECT commune_code AS communeCode, year AS year, working_age_population AS wap, agricultural_workers AS agri,
        vocationally_trained_workers AS trained, agri_workers_training_access AS access, tech_transfer_workers AS tech, synthetic AS synthetic
       FROM labour_force WHERE year IN (${inList(years)}) AND commune_code IN (${inList(unitCodes)})`,
      params,
    )) as Array<Record<string, unknown>>;
    if (labour.length === 0) return [];
    // The same groups as the training figures read (enrolments of stored courses), summed per source.
    const enrolments = (await m.query(
      `SELECT e.commune_code AS communeCode, e.year AS year, e.source AS source, SUM(e.enrolled) AS enrolled
       FROM course_enrolment e INNER JOIN vocational_course c ON c.code = e.course_code
       WHERE e.year IN (${inList(years)}) AND e.commune_code IN (${inList(unitCodes)})
       GROUP BY e.commune_code, e.year, e.source`,
      params,
    )) as Array<Record<string, unknown>>;
    const withCourses = new Set(((await m.query(`SELECT DISTINCT year AS year FROM vocational_course WHERE year IN (${inList(years)})`, years)) as Array<{ year: unknown }>)
      .map((r) => Number(r.year)));
    const trainees = new Map<string, { enrolled: number; provenances: Provenance[] }>();
    for (const e of enrolments) {
      const k = keyOf(String(e.communeCode), Number(e.year));
      const acc = trainees.get(k) ?? { enrolled: 0, provenances: [] };
      acc.enrolled += Number(e.enrolled ?? 0);
      acc.provenances.push(rowProvenance(String(e.source) === SYNTHETIC_LABEL));
      trainees.set(k, acc);
    }
    const out: ComputedFact[] = [];
    for (const l of labour) {
      const unitCode = String(l.communeCode);
      const year = Number(l.year);
      const provenance = rowProvenance(truthy(l.synthetic));
      const wap = Number(l.wap);
      const fact = (indicatorCode: VocationalIndicatorCode, numerator: number, denominator: number, p: Provenance = provenance) =>
        out.push({ year, unitCode, indicatorCode, numerator, denominator, provenance: p });
      fact('VOC_AGRI_TRAINING_ACCESS', Number(l.access), Number(l.agri));
      fact('VOC_WORKERS_TRAINED', Number(l.trained), wap);
      fact('VOC_TECH_TRANSFER', Number(l.tech), wap);
      if (withCourses.has(year)) {
        const t = trainees.get(keyOf(unitCode, year));
        fact('VOC_TRAINEES_PER_1000', t?.enrolled ?? 0, wap, combineProvenance([provenance, ...(t?.provenances ?? [])]) ?? provenance);
      }
    }
    return out;
  },
  async units(m) {
    return ((await m.query('SELECT DISTINCT commune_code AS u FROM labour_force')) as Array<{ u: string }>).map((r) => String(r.u));
  },
};

/**
 * The communes whose facts a write changes: the commune of each labour-force or enrolment row written or deleted,
 * and, when a course written or deleted makes a year gain its first course or lose its last (a commune's trainees
 * of that year then turn from missing to 0, or back), every commune with a labour-force row in that year. Other
 * course fields (provider, occupation, level, programme, source) change no indicator; a course cannot change year.
 */
export async function unitsTouched(m: EntityManager, changes: AuditChange[]): Promise<string[]> {
  const units = unitsOfChanges(changes, { LabourForce: 'communeCode', CourseEnrolment: 'communeCode' });
  const courses = new Map<number, { inserted: number; deleted: number }>();
  for (const c of changes) {
    const before = c.before as Record<string, unknown> | null;
    const after = c.after as Record<string, unknown> | null;
    if (c.entity === 'VocationalCourse' && (!before || !after)) {
      const year = Number((after ?? before)?.year);
      if (!Number.isInteger(year)) continue;
      const acc = courses.get(year) ?? { inserted: 0, deleted: 0 };
      if (!before) acc.inserted += 1;
      else acc.deleted += 1;
      courses.set(year, acc);
    }
  }
  if (courses.size) {
    const years = [...courses.keys()];
    const now = new Map(((await m.query(`SELECT year AS year, COUNT(*) AS n FROM vocational_course WHERE year IN (${inList(years)}) GROUP BY year`, years)) as Array<{ year: unknown; n: unknown }>)
      .map((r) => [Number(r.year), Number(r.n)]));
    const flipped = years.filter((y) => {
      const after = now.get(y) ?? 0;
      const before = after - courses.get(y)!.inserted + courses.get(y)!.deleted;
      return (before === 0) !== (after === 0);
    });
    if (flipped.length) {
      const rows = (await m.query(`SELECT DISTINCT commune_code AS u FROM labour_force WHERE year IN (${inList(flipped)})`, flipped)) as Array<{ u: string }>;
      rows.forEach((r) => units.add(String(r.u)));
    }
  }
  return [...units];
}
