import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * The agencies of section V of QĐ 354/QĐ-UBND (2013) and their tasks, one per bullet or paragraph, as reference data
 * (data/section-v-tasks.json, checked here at start: a malformed file stops the subgraph, naming the entry).
 */
const agency = z.object({ code: z.string().regex(/^[A-Z_]+$/), clause: z.string().regex(/^V\.\d+$/), nameVi: z.string().min(1), nameEn: z.string().min(1) });
const task = z.object({
  id: z.string().regex(/^V\.\d+-\d+$/), clause: z.string().regex(/^V\.\d+$/), item: z.number().int().positive(), agencyCode: z.string(), partners: z.array(z.string()),
  what: z.string().min(1), dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(), recurrence: z.enum(['YEARLY']).nullable(), dueNoteVi: z.string().nullable(), wordingVi: z.string().min(1),
});
const file = z.object({ about: z.string(), source: z.string(), agencies: z.array(agency), tasks: z.array(task) });

export type ProgrammeAgency = z.infer<typeof agency>;
export type ProgrammeTask = z.infer<typeof task>;

export const CATALOGUE_FILE = join(__dirname, '..', 'data', 'section-v-tasks.json');

export function loadCatalogue(path = CATALOGUE_FILE) {
  const parsed = file.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const codes = new Set(parsed.data.agencies.map((a) => a.code));
  for (const t of parsed.data.tasks) {
    for (const c of [t.agencyCode, ...t.partners]) if (!codes.has(c)) throw new Error(`${path}: task ${t.id} names unknown agency ${c}`);
  }
  return parsed.data;
}

const catalogue = loadCatalogue();
export const SOURCE = catalogue.source;
export const AGENCIES: readonly ProgrammeAgency[] = catalogue.agencies;
export const TASKS: readonly ProgrammeTask[] = catalogue.tasks;
export const taskById = (id: string) => TASKS.find((t) => t.id === id);
export const agencyByCode = (code: string) => AGENCIES.find((a) => a.code === code);

export const REPORT_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/**
 * When a task is due in a year: a yearly task by 31 December of every year; a dated task on its date, in its year
 * (and a yearly task with a final date both); null when nothing falls due that year (an ongoing task, or a dated
 * task of another year).
 */
export function dueIn(t: ProgrammeTask, year: number): string | null {
  if (t.dueDate && Number(t.dueDate.slice(0, 4)) === year) return t.dueDate;
  if (t.recurrence === 'YEARLY') return `${year}-12-31`;
  return null;
}

/**
 * Whether a task is overdue at the end of a year, given its reports (by year): a yearly task whose report of that
 * year is not DONE (or missing); a dated task whose date has passed by then and no report up to that year says DONE.
 * An ongoing task (no date, no recurrence) is never overdue.
 */
export function overdueAt(t: ProgrammeTask, year: number, reports: ReadonlyArray<{ year: number; status: string }>): boolean {
  const done = (y: number) => reports.some((r) => r.year === y && r.status === 'DONE');
  if (t.recurrence === 'YEARLY' && !done(year)) return true;
  if (t.dueDate && Number(t.dueDate.slice(0, 4)) <= year) return !reports.some((r) => r.year <= year && r.year >= Number(t.dueDate!.slice(0, 4)) && r.status === 'DONE');
  return false;
}
