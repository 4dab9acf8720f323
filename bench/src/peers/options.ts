/** Options the benchmark passes to a peer gateway process (as one JSON argument). */
export interface PeerOptions {
  port: number;
  supergraphPath: string;
  jwtSecret: string;
  jwtIssuer: string;
  /** Ed25519 private key (PKCS#8 PEM) the forwarded identity is signed with, as the project's gateway does. */
  identityPrivateKey: string;
  /** Hive Gateway only: false turns off its default sharing of identical in-flight subgraph requests. */
  dedupe?: boolean;
}
