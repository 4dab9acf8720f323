/**
 * The V8 flags the gateway process is started with, wherever it is started: `npm start` (start-platform.ts), the
 * image (infra/docker/gateway.Dockerfile's CMD, which test/infra.test.ts checks against this list) and the
 * benchmark (bench/src/run.ts).
 *
 * `--max-semi-space-size=4` (MiB): a small young generation. A national ranking makes the gateway parse, merge and
 * write tens of MB per request; with V8's default young generation on this 2-core, 24 GiB machine its RSS grew to
 * 508–562 MiB after four such requests at once and stayed there, with 4 MiB it stays at 313–356 MiB, and the
 * ranking's latency was no worse (`npm run bench -- --national-only --only=totals`, 2026-12-07: p50 1509 ms with the
 * flag, 1768 ms without, in the same hour; README "Benchmark"). The subgraphs keep V8's defaults: the same flag
 * did not make education's ranking faster.
 */
export const GATEWAY_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4'];
