import { runSubgraph } from '@lsp/shared';
import { education } from './server';

void runSubgraph(education);
