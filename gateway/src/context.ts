import type { Identity } from '@lsp/shared';

/**
 * What every GraphQL execution of the gateway carries (the /graphql route, BI exports, reports), in a module of its
 * own that imports nothing of the gateway: server.ts builds it, export/ and report/ run operations with it, and
 * none of them has to import another back for the type (test/circular-imports.test.ts keeps it so).
 */
export interface GatewayContext {
  identity: Identity;
  requestId: string;
  /** Aborted when the client disconnects: subgraph calls not yet made are not made, running ones stop. */
  abort?: AbortController;
  /** SQL statements the subgraphs reported for this request (x-sql-statements), summed. */
  sqlStatements: number;
  subgraphCalls: number;
  /** Set by the intake's submit endpoint on its own call of submit<Dept>Period: it ran the data-quality check already (intake/quality.ts). */
  submissionChecked?: boolean;
}
