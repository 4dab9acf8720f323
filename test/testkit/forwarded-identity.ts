import { IDENTITY_HEADER, signForwardedIdentity, signingKeyFromPem, subgraphCallHeaders, type Identity } from '@lsp/shared';
import { TEST_IDENTITY_PRIVATE_KEY } from './index';

const key = signingKeyFromPem(TEST_IDENTITY_PRIVATE_KEY);

/**
 * The header a router must add to its request to `subgraph` so that the subgraph accepts `identity`:
 * produced by the project's own signing code, so that a router other than ours (Hive Gateway, Apollo
 * Router) forwards exactly what the project's gateway forwards, and follows it when the scheme changes.
 * The identity is bound to the request body, so a router signs where it sees the body (Hive: onFetch).
 */
export async function forwardedIdentityHeaders(subgraph: string, identity: Identity, body: string, now?: number): Promise<Record<string, string>> {
  return { [IDENTITY_HEADER]: await signForwardedIdentity(identity, { key, audience: subgraph, body, now }) };
}

/**
 * Every header a router other than ours must add to a subgraph call, as the project's gateway does
 * (shared/src/identity.ts subgraphCallHeaders): the identity and, on calls to the score's owner, the
 * score-parts delegation with the routing table `urls` (subgraph name -> GraphQL URL).
 */
export async function routerCallHeaders(subgraph: string, identity: Identity, body: string, urls: Record<string, string>): Promise<Record<string, string>> {
  return subgraphCallHeaders(identity, { key, subgraph, body, urls });
}
