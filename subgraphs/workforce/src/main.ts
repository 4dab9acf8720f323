import { runSubgraph } from '@lsp/shared';
import { workforce } from './server';

void runSubgraph(workforce);
