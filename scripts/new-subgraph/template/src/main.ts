import { runSubgraph } from '@lsp/shared';
import { __dept__ } from './server';

void runSubgraph(__dept__);
