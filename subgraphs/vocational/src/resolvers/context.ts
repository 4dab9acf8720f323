import type { SubgraphContext } from '@lsp/shared';
import type { VocationalLoaders } from '../loaders';

/** What every vocational resolver receives (the generated resolver types are bound to it). */
export type VocationalContext = SubgraphContext<VocationalLoaders>;
