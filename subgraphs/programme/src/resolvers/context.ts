import type { SubgraphContext } from '@lsp/shared';
import type { ProgrammeLoaders } from '../loaders';

/** What every programme resolver receives (the generated resolver types are bound to it). */
export type ProgrammeContext = SubgraphContext<ProgrammeLoaders>;
