import { runSubgraph } from '@lsp/shared';
import { programme } from './server';

void runSubgraph(programme);
