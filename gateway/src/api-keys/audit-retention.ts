import { mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import { In, LessThan, type DataSource } from 'typeorm';
import type { Logger } from '@lsp/shared';
import { AuditEventEntity, type AuditEventRow } from './audit-events';

/**
 * Retention of the gateway's audit trail (audit_event: reads of personal fields, refusals, API-key use): rows older
 * than AUDIT_RETENTION_DAYS (default 730, two years) are removed, each batch first appended to an NDJSON archive
 * file in AUDIT_ARCHIVE_DIR and fsynced, then deleted by the ids of that same batch. A failed archive write
 * (disk full, folder missing or not writable) throws before its batch is deleted, so no row is ever removed without
 * being on disk; the batches pruned before it stay archived and removed. The departments' own audit tables (their
 * writes) are not touched: they are the record of who changed which figure and are kept.
 *
 * Run by `npm run audit:prune` (audit-retention-cli.ts) and by the gateway itself on a timer (AUDIT_PRUNE_INTERVAL_HOURS).
 * Two replicas pruning at the same moment may both archive a batch (the second deletes nothing): the archive lines
 * carry the row's id, so a reader keeps one line per id.
 */
export const DEFAULT_AUDIT_RETENTION_DAYS = 730;
export const DEFAULT_AUDIT_PRUNE_INTERVAL_HOURS = 24;
const BATCH = 1000;

export interface PruneResult {
  /** Rows with `at` before this were removed. */
  cutoff: string;
  removed: number;
  /** The NDJSON file written, or null when nothing was old enough. */
  archive: string | null;
}

export async function pruneAuditEvents(
  db: DataSource,
  opts: { retentionDays: number; archiveDir: string; now?: Date; batchSize?: number },
): Promise<PruneResult> {
  if (!(opts.retentionDays >= 1)) throw new Error(`retention must be at least 1 day, not ${opts.retentionDays}`);
  const now = opts.now ?? new Date();
  // `at` is an ISO-8601 UTC text (toISOString), so text order is time order.
  const cutoff = new Date(now.getTime() - opts.retentionDays * 86_400_000).toISOString();
  const repo = db.getRepository(AuditEventEntity);
  const file = join(opts.archiveDir, `audit_event-${now.toISOString().replace(/[:.]/g, '-')}.ndjson`);
  let removed = 0;
  let archive: string | null = null;
  for (;;) {
    const rows: AuditEventRow[] = await repo.find({ where: { at: LessThan(cutoff) }, order: { id: 'ASC' }, take: opts.batchSize ?? BATCH });
    if (rows.length === 0) break;
    if (!archive) await mkdir(opts.archiveDir, { recursive: true });
    await appendDurably(file, rows.map((r) => JSON.stringify({ id: r.id, at: r.at, kind: r.kind, who: r.who, requestId: r.requestId, what: r.what })).join('\n') + '\n');
    archive = file;
    await repo.delete({ id: In(rows.map((r) => r.id!)) });
    removed += rows.length;
  }
  return { cutoff, removed, archive };
}

/** Appends and fsyncs: the bytes are on disk (not only in the page cache) before the caller deletes anything. */
async function appendDurably(file: string, text: string): Promise<void> {
  const fh = await open(file, 'a', 0o600);
  try {
    await fh.writeFile(text);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** The gateway's own daily prune: first run a minute after start, then every `intervalHours`; unref'd timers. */
export function schedulePrune(db: DataSource, opts: { retentionDays: number; archiveDir: string; intervalHours: number; log: Logger }): () => void {
  if (opts.intervalHours <= 0) return () => undefined;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const r = await pruneAuditEvents(db, opts);
      if (r.removed) opts.log.info({ ...r }, 'audit trail: rows past the retention archived and removed');
    } catch (err) {
      opts.log.error({ err: (err as Error).message }, 'audit trail prune failed; nothing unarchived was removed');
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void run(), 60_000);
  const every = setInterval(() => void run(), opts.intervalHours * 3_600_000);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
