/**
 * The V8 flags the gateway process is started with, wherever it is started: `npm start` (start-platform.ts), the
 * image (infra/docker/gateway.Dockerfile's CMD, which test/infra.test.ts checks against this list) and the
 * benchmark (bench/src/run.ts).
 *
 * `--max-semi-space-size=16` (MiB), the young generation's semi-space, and `--heap-growing-percent=30`, a
 * major GC once the old generation has grown 30 % past what the last one kept. A national ranking makes the gateway
 * parse, shape and write tens of MB per request, nearly all of it garbage once answered (after a full GC the heap
 * holds 77 MB). V8 sizes its heap from the machine's memory (24 GiB here), so by default it let that garbage pile up:
 * the gateway's RSS grew to 508–562 MiB after four national rankings at once, and to 661 MiB after the Sơn La
 * dashboard at 4 connections. The young generation's size is the price in CPU (measured with the prepared result
 * shaping, result-shaping.ts): at 4 MiB, as before, a 1 MB answer's
 * objects outlived the scavenges and were promoted, and the Sơn La dashboard cost the gateway 51–55 ms of CPU per
 * request (19–20 requests/s) against 35–36 ms (23–25 requests/s) at 16 MiB and 24–28 ms without flags (RSS 229, 287
 * and 661 MiB); nationally, with 16 MiB, the 2015 ranking's p50/p95 were 549/874 ms and the RSS 296 MiB
 * (`npm run bench -- --national-only --only=totals,current`, 2026-12-07; README "Benchmark").
 * No heap cap: a larger answer than measured is slower to collect, never an out-of-memory exit.
 * The subgraphs keep V8's defaults.
 */
export const GATEWAY_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=16', '--heap-growing-percent=30'];
