import type { SubgraphContext } from '@lsp/shared';
import type { EducationLoaders } from '../loaders';

/** What every education resolver receives (the generated resolver types are bound to it). */
export type EducationContext = SubgraphContext<EducationLoaders>;
