import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DEPARTMENTS, indicatorByCode } from '@lsp/shared';
import type { ProgrammeTargetRow } from '../store/targets';

/**
 * The programme's target catalogue: every quantitative target and deadline of QĐ 354/QĐ-UBND (2013),
 * sections II and V, kept as a data file that cites the clause of each entry (data/targets.json) and
 * loaded into the database by a migration (LoadProgrammeTargets1764000000220).
 */
export const TARGETS_FILE = join(__dirname, '..', '..', 'data', 'targets.json');

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

/** Reads and checks the catalogue file; throws naming the entry at fault. */
export function loadTargetCatalogue(file = TARGETS_FILE): ProgrammeTargetRow[] {
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
