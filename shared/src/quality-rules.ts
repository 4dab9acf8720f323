import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DEPARTMENTS } from './identity';
import { indicatorByCode } from './indicators';

/**
 * The data-quality rules as data (shared/data/quality-rules.json, issue 24): each department's cross-dataset,
 * cross-department and cross-year rules and the plausible range of each column, read and checked here, evaluated
 * by education (subgraphs/education/src/quality). The file says what each operand and operator means.
 */
export const QUALITY_RULES_FILE = join(__dirname, '..', 'data', 'quality-rules.json');

/** Education columns an operand may name besides the indicator parts (its community learning centre's row). */
export const QUALITY_COLUMNS = { communityLearningCentres: ['established', 'learners', 'activities'] } as const;

const indicatorOperand = z.object({
  department: z.enum(DEPARTMENTS),
  indicator: z.string().refine((c) => !!indicatorByCode(c), 'is not in shared/src/indicators.ts'),
  part: z.enum(['numerator', 'denominator']),
  yearOffset: z.number().int().min(-5).max(0).optional(),
  factor: z.number().positive().optional(),
}).strict();
const columnOperand = z.object({
  department: z.literal('education'),
  dataset: z.literal('communityLearningCentres'),
  column: z.enum(QUALITY_COLUMNS.communityLearningCentres),
  yearOffset: z.number().int().min(-5).max(0).optional(),
  factor: z.number().positive().optional(),
}).strict();
const operand = z.union([indicatorOperand, columnOperand]);

const rule = z.object({
  code: z.string().regex(/^[A-Z0-9-]+$/),
  department: z.enum(DEPARTMENTS),
  importance: z.enum(['ERROR', 'WARNING']),
  en: z.string().min(1),
  vi: z.string().min(1),
  left: operand,
  op: z.enum(['LTE', 'RATIO_WITHIN', 'REQUIRES']),
  right: operand,
  min: z.number().optional(),
  max: z.number().optional(),
}).strict().refine((r) => r.op !== 'RATIO_WITHIN' || (r.min !== undefined && r.max !== undefined && r.min < r.max), { message: 'RATIO_WITHIN needs min < max' })
  .refine((r) => r.left.department !== r.right.department || r.department === r.left.department, { message: 'a rule within one department is declared by it' });

const range = z.object({ operand, min: z.number(), max: z.number(), label: z.string().min(1), importance: z.enum(['ERROR', 'WARNING']) }).strict()
  .refine((r) => r.min < r.max, { message: 'min must be below max' });

const fileSchema = z.object({ about: z.string(), rules: z.array(rule).min(1), ranges: z.array(range) });

export type QualityOperand = z.infer<typeof operand>;
export type QualityRule = z.infer<typeof rule>;
export type QualityRange = z.infer<typeof range>;
export interface QualityCatalogue { rules: QualityRule[]; ranges: QualityRange[] }

/** Reads and checks a rules file; throws naming the entry at fault. */
export function loadQualityRules(file = QUALITY_RULES_FILE): QualityCatalogue {
  const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`Invalid quality rules ${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const codes = new Set(parsed.data.rules.map((r) => r.code));
  if (codes.size !== parsed.data.rules.length) throw new Error(`Invalid quality rules ${file}: duplicate rule codes`);
  return { rules: parsed.data.rules, ranges: parsed.data.ranges };
}

let catalogue: QualityCatalogue | undefined;
/** The rules of shared/data/quality-rules.json, read once per process. */
export function qualityRules(): QualityCatalogue {
  return (catalogue ??= loadQualityRules());
}
