import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DEPARTMENTS } from './identity';
import { indicatorByCode } from './indicators';

/**
 * The programme's target catalogue, in one place every department reads: every quantitative target and deadline
 * of QĐ 354/QĐ-UBND (2013), sections II and V, kept as a data file that cites the clause of each entry
 * (shared/data/targets.json). Education stores it in its database for the score (a migration loads it);
 * the other departments read it through `programmeTargets()` / `targetsOf()`.
 */
export const TARGETS_FILE = join(__dirname, '..', 'data', 'targets.json');

export type TargetComparator = 'GTE' | 'GT' | 'LTE';
export type TargetKind = 'RATE' | 'DEADLINE';

/** One quantitative target or deadline of QĐ 354/QĐ-UBND (2013), sections II and V, as cited in the catalogue file. */
export interface ProgrammeTarget {
  id: string;
  clause: string;
  indicatorCode: string | null;
  kind: TargetKind;
  targetYear: number | null;
  deadline: string | null;
  comparator: TargetComparator;
  value: number | null;
  unit: string;
  department: string;
  responsibleVi: string;
  wordingVi: string;
  labelEn: string;
  subShareOf: string | null;
  note: string | null;
  /** Position in the text (1-based), the catalogue's order. */
  sortOrder: number;
}

const targetSchema = z
  .object({
    id: z.string().min(1).max(80),
    clause: z.string().regex(/^(II|V)(\.\d+)+$/, 'must be a clause of section II or V, e.g. II.2.1'),
    indicatorCode: z.string().nullable(),
    kind: z.enum(['RATE', 'DEADLINE']),
    targetYear: z.number().int().min(2012).max(2030).nullable(),
    deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    comparator: z.enum(['GTE', 'GT', 'LTE']),
    value: z.number().nullable(),
    unit: z.string().min(1),
    department: z.enum(DEPARTMENTS),
    responsibleVi: z.string().min(1),
    wordingVi: z.string().min(1),
    labelEn: z.string().min(1),
    subShareOf: z.string().nullable(),
    note: z.string().nullable(),
  })
  .refine((t) => t.indicatorCode === null || !!indicatorByCode(t.indicatorCode), { message: 'indicatorCode is not in shared/src/indicators.ts' })
  .refine((t) => (t.kind === 'DEADLINE' ? t.deadline !== null && t.value === null : t.value !== null), {
    message: 'a RATE target has a value; a DEADLINE target has a deadline date and no value',
  })
  .refine((t) => t.targetYear !== null || t.note !== null, { message: 'a target without a year needs a note saying why' });

const fileSchema = z.object({ about: z.string(), source: z.string(), qualitativeAimsNotListed: z.array(z.string()), targets: z.array(targetSchema) });

/** Reads and checks a catalogue file; throws naming the entry at fault. */
export function loadTargetCatalogue(file = TARGETS_FILE): ProgrammeTarget[] {
  const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`Invalid target catalogue ${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const rows = parsed.data.targets.map((t, i) => ({ ...t, sortOrder: i + 1 }));
  const ids = new Set(rows.map((r) => r.id));
  if (ids.size !== rows.length) throw new Error(`Invalid target catalogue ${file}: duplicate ids`);
  for (const r of rows) if (r.subShareOf && !ids.has(r.subShareOf)) throw new Error(`Invalid target catalogue ${file}: ${r.id} is a sub-share of unknown ${r.subShareOf}`);
  return rows;
}

let catalogue: readonly ProgrammeTarget[] | undefined;

/** The catalogue of shared/data/targets.json, read once per process. */
export function programmeTargets(): readonly ProgrammeTarget[] {
  catalogue ??= Object.freeze(loadTargetCatalogue());
  return catalogue;
}

/** Targets of the catalogue matching every given condition, in catalogue order. */
export function targetsOf(filter: { department?: string; indicatorCode?: string; year?: number }): ProgrammeTarget[] {
  return programmeTargets().filter(
    (t) =>
      (filter.department === undefined || t.department === filter.department) &&
      (filter.indicatorCode === undefined || t.indicatorCode === filter.indicatorCode) &&
      (filter.year === undefined || t.targetYear === filter.year),
  );
}
