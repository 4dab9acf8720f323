import { runSubgraph } from '@lsp/shared';
import { culture } from './server';

void runSubgraph(culture);
