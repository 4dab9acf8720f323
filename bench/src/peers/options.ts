/** Options the benchmark passes to a peer gateway process (as one JSON argument). */
export interface PeerOptions {
  port: number;
  supergraphPath: string;
  jwtSecret: string;
  jwtIssuer: string;
  identitySecret: string;
}
