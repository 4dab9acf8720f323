import type { SubgraphContext } from '@lsp/shared';
import type { WorkforceLoaders } from '../loaders';

/** What every workforce resolver receives (the generated resolver types are bound to it). */
export type WorkforceContext = SubgraphContext<WorkforceLoaders>;
