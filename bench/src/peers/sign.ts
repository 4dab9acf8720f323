import { signingKeyFromPem, subgraphCallHeaders, type Identity } from '@lsp/shared';

/**
 * The forwarded identity as the project's gateway sends it (shared/src/identity.ts): signed per subgraph and
 * bound to the exact request body, so a peer gateway signs where it has the final body (a fetch hook).
 */
export function identitySigner(privateKeyPem: string, urls: Record<string, string>) {
  const key = signingKeyFromPem(privateKeyPem);
  // The same headers as the project's gateway: the identity, and on calls to education the score-parts delegation.
  return (identity: Identity, subgraph: string, body: string): Promise<Record<string, string>> => subgraphCallHeaders(identity, { key, subgraph, body, urls });
}

/** Subgraph name by routing URL, read from the supergraph's join__graph directives. */
export function subgraphsByUrl(supergraph: string): Map<string, string> {
  return new Map([...supergraph.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].map((m) => [m[2], m[1]]));
}
