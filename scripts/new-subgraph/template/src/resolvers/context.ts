import type { SubgraphContext } from '@lsp/shared';
import type { __Dept__Loaders } from '../loaders';

/** What every __dept__ resolver receives (the generated resolver types are bound to it). */
export type __Dept__Context = SubgraphContext<__Dept__Loaders>;
