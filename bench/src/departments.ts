import type { FigureDepartment } from '@lsp/shared';

/**
 * The departments the benchmark measures: the sources of the default scoring models (QD354-2015, QD354-2020), whose
 * components come from the target catalogue. A department joining later (culture) is scored only by a model version
 * naming its components, so it is not part of the floor measured here.
 */
export const BENCH_DEPARTMENTS: readonly FigureDepartment[] = ['education', 'vocational', 'workforce', 'awards'];
