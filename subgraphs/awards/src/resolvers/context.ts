import type { SubgraphContext } from '@lsp/shared';
import type { AwardsLoaders } from '../loaders';

/** What every awards resolver receives (the generated resolver types are bound to it). */
export type AwardsContext = SubgraphContext<AwardsLoaders>;
