import { runSubgraph } from '@lsp/shared';
import { geography } from './server';

void runSubgraph(geography);
