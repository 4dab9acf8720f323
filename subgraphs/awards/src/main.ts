import { runSubgraph } from '@lsp/shared';
import { awards } from './server';

void runSubgraph(awards);
