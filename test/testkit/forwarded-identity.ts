import { signIdentity, type Identity } from '@lsp/shared';
import { TEST_IDENTITY_SECRET } from './index';

/**
 * The headers a router must add to its request to `subgraph` so that the subgraph accepts `identity`:
 * produced by the project's own signing code, so that a router other than ours (Hive Gateway, Apollo
 * Router) forwards exactly what the project's gateway forwards, and follows it when the scheme changes.
 */
export function forwardedIdentityHeaders(_subgraph: string, identity: Identity): Record<string, string> {
  return signIdentity(identity, TEST_IDENTITY_SECRET);
}
