import type { SubgraphContext } from '@lsp/shared';
import type { CultureLoaders } from '../loaders';

/** What every culture resolver receives (the generated resolver types are bound to it). */
export type CultureContext = SubgraphContext<CultureLoaders>;
