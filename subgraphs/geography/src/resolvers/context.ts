import type { SubgraphContext } from '@lsp/shared';
import type { GeographyLoaders } from '../loaders';

/** What every geography resolver receives (the generated resolver types are bound to it). */
export type GeographyContext = SubgraphContext<GeographyLoaders>;
