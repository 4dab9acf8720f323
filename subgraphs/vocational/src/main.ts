import { runSubgraph } from '@lsp/shared';
import { vocational } from './server';

void runSubgraph(vocational);
