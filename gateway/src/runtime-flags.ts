/**
 * The V8 flags the gateway process is started with, wherever it is started: `npm start` (start-platform.ts), the
 * image (infra/docker/gateway.Dockerfile's CMD, which test/infra.test.ts checks against this list) and the
 * benchmark (bench/src/run.ts).
 *
 * `--max-semi-space-size=4` (MiB), a small young generation, and `--heap-growing-percent=30`, a major GC once the old
 * generation has grown 30 % past what the last one kept. A national ranking makes the gateway parse, merge and
 * write tens of MB per request, nearly all of it garbage once answered (after a full GC the heap holds 77 MB). V8
 * sizes its heap from the machine's memory (24 GiB here), so by default it let that garbage pile up: the gateway's
 * RSS grew to 508–562 MiB after four national rankings at once and stayed there; 441–482 MiB with the young
 * generation alone; 248–268 MiB with both, and the ranking no slower (`npm run bench -- --national-only
 * --only=totals,current`, 2026-12-07: p50 573 and 915 ms in two runs, against 607–813 ms without the second flag;
 * README "Benchmark"). No heap cap: a larger answer than measured is slower to collect, never an out-of-memory exit.
 * The subgraphs keep V8's defaults.
 */
export const GATEWAY_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4', '--heap-growing-percent=30'];
