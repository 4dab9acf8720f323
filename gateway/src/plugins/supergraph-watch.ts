import { readFileSync, watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { SupergraphSdlHook } from '@apollo/gateway';
import type { Logger } from '@lsp/shared';

/**
 * Supergraph from a file, hot-reloaded the way deployments actually replace it:
 * - the folder is watched, not the file, so an atomic replace (`mv new old`, a new inode) is followed;
 * - events are settled for a moment before reading, so an in-place write is read once, complete;
 * - a new supergraph whose health check fails (a subgraph still down) is retried with backoff until it
 *   loads or the file changes again; meanwhile the previous supergraph keeps serving.
 */
export function supergraphFromFile(path: string, log: Logger, opts: { watch: boolean; settleMs?: number; retryMaxMs?: number }): SupergraphSdlHook {
  return async ({ update, healthCheck }) => {
    const initial = readFileSync(path, 'utf8');
    if (!opts.watch) return { supergraphSdl: initial };
    let current = initial;
    let settle: NodeJS.Timeout | undefined;
    let retry: NodeJS.Timeout | undefined;
    let attempt = 0;
    let closed = false;

    const tryLoad = async () => {
      if (closed) return;
      let next: string;
      try {
        next = readFileSync(path, 'utf8');
      } catch {
        return; // between the unlink and the rename of a replace: the next event brings the file
      }
      if (!next.trim() || next === current) return;
      try {
        await healthCheck(next);
        update(next);
        current = next;
        attempt = 0;
        log.info('supergraph reloaded');
      } catch (err) {
        attempt += 1;
        const delay = Math.min(opts.retryMaxMs ?? 30_000, 500 * 2 ** Math.min(attempt, 10));
        log.warn({ err: (err as Error).message, retryInMs: delay }, 'new supergraph refused; still serving the previous one');
        retry = setTimeout(() => void tryLoad(), delay);
        retry.unref();
      }
    };

    const watcher = watch(dirname(path), { persistent: false }, (_event, file) => {
      if (file && file.toString() !== basename(path)) return;
      clearTimeout(settle);
      clearTimeout(retry);
      attempt = 0;
      settle = setTimeout(() => void tryLoad(), opts.settleMs ?? 150);
      settle.unref();
    });
    return {
      supergraphSdl: initial,
      cleanup: async () => {
        closed = true;
        clearTimeout(settle);
        clearTimeout(retry);
        watcher.close();
      },
    };
  };
}
