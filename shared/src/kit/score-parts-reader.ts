import { BrokenCircuitError, ConsecutiveBreaker, circuitBreaker, handleWhen, type CircuitBreakerPolicy } from 'cockatiel';
import DataLoader from 'dataloader';
import type { GraphQLFormattedError } from 'graphql';
import { DELEGATION_HEADER, REQUEST_ID_HEADER } from '../identity';
import { DATA_VERSION_PATH } from '../data-version';
import { addSqlStatements } from '../db/sql-counter';
import { SQL_STATEMENTS_HEADER } from '../subgraph';
import { inClientSpan, injectTraceHeaders } from '../observability/tracing';
import type { YearRef } from '../year-entities';
import {
  CompactYear, PartsUnavailable, SCORE_PARTS_MAX_CODES, SCORE_PARTS_PATH, kindOf, subgraphDidNotAnswer,
  type DepartmentParts, type PartsKind, type ScorePartsAnswer,
} from './score-parts';

/**
 * The reading side of the score-parts feed (score-parts.ts), for the score's owner: the parts of any department,
 * unit and year, through one per-request loader, from a process-wide cache keyed by (department, data version,
 * kind, boundaries, year, unit).
 *
 * For each request and department it asks the department's `GET /data-version` once (the department answers
 * it from one primary-key statement), so what a write changed is seen by the next request; it then fetches
 * from `POST /score-parts` only the (kind, year, unit) parts not yet held at that version, in one call per kind
 * and boundaries, every year at once. A department that does not answer within `timeoutMs`, answers an error,
 * or has no URL, is a PartsUnavailable (its error goes to the answer: the caller's components are
 * SOURCE_UNAVAILABLE), never an exception. Entries of a version that moved are never read again and leave the
 * cache first (least recently used, bounded by `maxEntries` unit-years).
 */
export interface PartsReaderOptions {
  /** Longest wait for a department's version: a department that does not answer it is unavailable (default 2 s). */
  timeoutMs?: number;
  /**
   * Longest wait for a feed call of a department that answered its version (default 30 s): computing every
   * commune of the country takes that department seconds the first time after a write. A call the request
   * stopped waiting for still fills the cache for the next one.
   */
  feedTimeoutMs?: number;
  /** Unit-year parts kept, over every department and version (default 400,000: four departments, a few years, the country). */
  maxEntries?: number;
  /**
   * A breaker per department, as the gateway keeps per subgraph (SUBGRAPH_BREAKER_FAILURES, SUBGRAPH_BREAKER_OPEN_MS):
   * `failures` consecutive timeouts or connection failures of a department open it; while open the department is
   * unavailable at once (no wait); after `openMs` one request probes it, a success closes it. Default 5 and 10 s.
   */
  breaker?: { failures: number; openMs: number };
  fetch?: typeof fetch;
}

/** Time kept back from the caller's deadline to compute and send the answer once the parts are in (or given up). */
export const DEADLINE_MARGIN_MS = 250;

/** A department that did not answer in time or could not be reached (what the breaker counts), not one that refused. */
class NoAnswer extends Error {}

export interface PartsKey {
  department: string;
  ref: YearRef;
}

/** One (department, version, kind, boundaries, year): the answered columns kept compact, and where each unit is in them. */
interface Slot {
  chunks: CompactYear[];
  /** unit code → chunk × CHUNK_STRIDE + column (numbers, not objects: nothing per unit for the GC to walk). */
  at: Map<string, number>;
  lastUsed: number;
}
const CHUNK_STRIDE = 65_536; // > SCORE_PARTS_MAX_CODES

export class PartsReader {
  private readonly slots = new Map<string, Slot>();
  private readonly inflight = new Map<string, Promise<void>>();
  /** Feed calls in flight per department. */
  private readonly feeding = new Map<string, number>();
  private entries = 0;
  private tick = 0;
  private readonly timeoutMs: number;
  private readonly feedTimeoutMs: number;
  private readonly maxEntries: number;
  private readonly fetch: typeof fetch;
  private readonly breakerSettings: { failures: number; openMs: number };
  private readonly breakers = new Map<string, CircuitBreakerPolicy>();
  private lastSlot: { department: string; version: string; kind: PartsKind; boundaries: string; year: number; slot: Slot } | undefined;

  constructor(opts: PartsReaderOptions = {}) {
    this.timeoutMs = opts.timeoutMs ?? 2000;
    this.feedTimeoutMs = opts.feedTimeoutMs ?? 30_000;
    this.maxEntries = opts.maxEntries ?? 400_000;
    this.breakerSettings = opts.breaker ?? { failures: 5, openMs: 10_000 };
    this.fetch = opts.fetch ?? fetch;
  }

  /** The breaker of one department's feed: closed, half-open or open. */
  breakerState(department: string): 'closed' | 'half-open' | 'open' {
    const s = this.breakers.get(department)?.state;
    return s === undefined || s === 0 ? 'closed' : s === 2 ? 'half-open' : 'open';
  }

  private breakerOf(department: string): CircuitBreakerPolicy {
    let b = this.breakers.get(department);
    if (!b) {
      const { failures, openMs } = this.breakerSettings;
      b = circuitBreaker(handleWhen((err) => err instanceof NoAnswer), { halfOpenAfter: openMs, breaker: new ConsecutiveBreaker(failures) });
      this.breakers.set(department, b);
    }
    return b;
  }

  /** A wait bounded by `limitMs` and by the caller's deadline (less the margin to answer). */
  private static waitMs(limitMs: number, deadline: number | undefined): number {
    return deadline === undefined ? limitMs : Math.max(1, Math.min(limitMs, deadline - Date.now() - DEADLINE_MARGIN_MS));
  }

  /**
   * Runs one call to a department through its breaker; a timeout or connection failure becomes NoAnswer (counted).
   * A refused or reset connection is tried again after 100, 300 and 900 ms while the wait allows (a department
   * restarting, as the gateway's retry rule does for its own reads).
   */
  private async guarded<T>(department: string, waitMs: number, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
    try {
      return await this.breakerOf(department).execute(async () => {
        const timeout = patientTimeout(waitMs);
        try {
          return await retryRefused(() => run(timeout.signal), Date.now() + waitMs);
        } catch (err) {
          if (err instanceof PartsUnavailable) throw err;
          throw new NoAnswer(reasonOf(err, waitMs));
        } finally {
          timeout.clear();
        }
      });
    } catch (err) {
      if (err instanceof BrokenCircuitError) {
        const { failures, openMs } = this.breakerSettings;
        throw subgraphDidNotAnswer(department, `circuit breaker open after ${failures} consecutive timeouts or connection failures; next probe within ${openMs} ms`);
      }
      if (err instanceof NoAnswer) throw subgraphDidNotAnswer(department, err.message);
      throw err;
    }
  }

  /** Unit-year parts held, for the tests and the metrics. */
  get size(): number {
    return this.entries;
  }

  /**
   * A per-request loader of parts: `delegation` is the token and routing table the gateway sent with this
   * request (SubgraphContext.delegation); without one every department is unavailable.
   */
  loader(delegation: { token: string; urls: Record<string, string> } | undefined, requestId?: string, deadline?: number): DataLoader<PartsKey, DepartmentParts | PartsUnavailable> {
    const versions = new Map<string, Promise<string | PartsUnavailable>>();
    const versionOf = (department: string) => {
      let v = versions.get(department);
      if (!v) versions.set(department, (v = this.version(department, delegation, requestId, deadline)));
      return v;
    };
    return new DataLoader(
      async (keys) => {
        // Positions of the keys per department (push, not a spread per key: the spread copied the department's list
        // for each of its 10,000 keys, quadratic, and most of education's GC in a national ranking); answers are
        // written at the key's position, so no key string is built per unit.
        const byDepartment = new Map<string, number[]>();
        for (let i = 0; i < keys.length; i++) {
          const at = byDepartment.get(keys[i].department);
          if (at) at.push(i);
          else byDepartment.set(keys[i].department, [i]);
        }
        const out = new Array<DepartmentParts | PartsUnavailable>(keys.length);
        await Promise.all([...byDepartment].map(async ([department, at]) => {
          const version = await versionOf(department);
          if (version instanceof PartsUnavailable) {
            for (const i of at) out[i] = version;
            return;
          }
          const failed = await this.fill(department, version, at.map((i) => keys[i]), delegation!, requestId, deadline);
          for (const i of at) out[i] = failed ?? this.get(department, version, keys[i].ref) ?? missingAnswer(department);
        }));
        return out;
      },
      // No per-request cache of the built lists: the held columns are the cache, and lists built for a load are
      // garbage once the caller has used them (cached, 40,000 of them per national ranking lived to the end of
      // the request, copied by every scavenge). Versions stay one probe per department and request (versionOf).
      // Without a cache, DataLoader builds no key per load (answers are matched to keys by position above).
      { maxBatchSize: 200_000, cache: false },
    );
  }

  private async version(department: string, delegation: { urls: Record<string, string> } | undefined, requestId?: string, deadline?: number): Promise<string | PartsUnavailable> {
    const base = baseUrlOf(department, delegation);
    if (base instanceof PartsUnavailable) return base;
    try {
      // While this reader waits on a feed call to the department, the department is busy computing it for us (a
      // national feed takes it seconds the first time after a write): its version is waited for as long as that call.
      const limit = (this.feeding.get(department) ?? 0) > 0 ? this.feedTimeoutMs : this.timeoutMs;
      return await this.guarded(department, PartsReader.waitMs(limit, deadline), async (signal) => {
        const res = await this.fetch(`${base}${DATA_VERSION_PATH}`, { signal, headers: traced(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}) });
        const body = (await res.json()) as { version?: string; code?: string; reason?: string };
        if (!res.ok || typeof body.version !== 'string') throw refusal(department, body);
        return body.version;
      });
    } catch (err) {
      if (err instanceof PartsUnavailable) return err;
      return subgraphDidNotAnswer(department, (err as Error).message);
    }
  }

  private slotKey(department: string, version: string, kind: PartsKind, boundaries: string, year: number) {
    return `${department}|${version}|${kind}|${boundaries}|${year}`;
  }

  /**
   * The slot of (department, version, kind, boundaries, year), through a one-entry memo of the last one found: a
   * batch asks the same slot for each of its units, and the key string was built twice per unit and department
   * (60,000 strings per national ranking). The memo is dropped whenever a slot is stored or evicted.
   */
  private slotOf(department: string, version: string, kind: PartsKind, boundaries: string, year: number): Slot | undefined {
    const l = this.lastSlot;
    if (l && l.year === year && l.department === department && l.version === version && l.kind === kind && l.boundaries === boundaries) return l.slot;
    const slot = this.slots.get(this.slotKey(department, version, kind, boundaries, year));
    if (slot) this.lastSlot = { department, version, kind, boundaries, year, slot };
    return slot;
  }

  private get(department: string, version: string, ref: YearRef): DepartmentParts | undefined {
    const { kind, code, boundaries } = kindOf(ref);
    const slot = this.slotOf(department, version, kind, boundaries, ref.year);
    if (!slot) return undefined;
    const at = slot.at.get(code);
    if (at === undefined) return undefined;
    slot.lastUsed = ++this.tick;
    return slot.chunks[Math.floor(at / CHUNK_STRIDE)].held(at % CHUNK_STRIDE);
  }

  /** Whether the parts of this unit-year are held at this version (without building them). */
  private has(department: string, version: string, ref: YearRef): boolean {
    const { kind, code, boundaries } = kindOf(ref);
    return this.slotOf(department, version, kind, boundaries, ref.year)?.at.has(code) ?? false;
  }

  /** Fetches what is not held at this version (one call per kind and boundaries); a PartsUnavailable when the feed failed. */
  private async fill(department: string, version: string, keys: PartsKey[], delegation: { token: string; urls: Record<string, string> }, requestId?: string, deadline?: number): Promise<PartsUnavailable | undefined> {
    const wanted = new Map<string, { kind: PartsKind; boundaries: string; years: Set<number>; codes: Set<string> }>();
    for (const k of keys) {
      if (this.has(department, version, k.ref)) continue;
      const { kind, code, boundaries } = kindOf(k.ref);
      const g = wanted.get(`${kind}|${boundaries}`) ?? { kind, boundaries, years: new Set<number>(), codes: new Set<string>() };
      g.years.add(k.ref.year);
      g.codes.add(code);
      wanted.set(`${kind}|${boundaries}`, g);
    }
    const failures = await Promise.all([...wanted.values()].flatMap((g) => chunk([...g.codes].sort(), SCORE_PARTS_MAX_CODES).map((codes) => {
      const body = JSON.stringify({ kind: g.kind, boundaries: g.boundaries, years: [...g.years].sort(), codes });
      // Concurrent requests wanting the same parts share one call.
      const flight = `${department}|${version}|${body}`;
      let p = this.inflight.get(flight);
      if (!p) {
        p = this.call(department, version, delegation, body, requestId).finally(() => this.inflight.delete(flight));
        p.catch(() => undefined); // a call this request stopped waiting for still settles (and fills the cache)
        this.inflight.set(flight, p);
      }
      // This request waits at most until its deadline; the call itself runs on (feedTimeoutMs) for the next one.
      const waited = PartsReader.waitMs(this.feedTimeoutMs, deadline);
      let timer: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<PartsUnavailable>((resolve) => {
        timer = setTimeout(() => resolve(subgraphDidNotAnswer(department, `no parts within ${waited} ms (the caller's deadline)`)), waited);
      });
      return Promise.race([
        p.then(() => undefined, (err: unknown) => (err instanceof PartsUnavailable ? err : subgraphDidNotAnswer(department, reasonOf(err, this.feedTimeoutMs)))),
        gaveUp,
      ]).finally(() => clearTimeout(timer));
    })));
    return failures.find((f): f is PartsUnavailable => !!f);
  }

  private async call(department: string, version: string, delegation: { token: string; urls: Record<string, string> }, body: string, requestId?: string): Promise<void> {
    const base = baseUrlOf(department, delegation);
    if (base instanceof PartsUnavailable) throw base;
    // A client span in the caller's trace; the department's server span becomes its child (traceparent).
    const timeout = patientTimeout(this.feedTimeoutMs);
    const signal = timeout.signal;
    this.feeding.set(department, (this.feeding.get(department) ?? 0) + 1);
    try {
      await this.callOnce(department, version, base, signal, delegation, body, requestId);
    } finally {
      timeout.clear();
      this.feeding.set(department, this.feeding.get(department)! - 1);
    }
  }

  private async callOnce(department: string, version: string, base: string, signal: AbortSignal, delegation: { token: string }, body: string, requestId?: string): Promise<void> {
    const once = () => inClientSpan(`score-parts ${department}`, { 'lsp.subgraph': department }, () => this.fetch(`${base}${SCORE_PARTS_PATH}`, {
      method: 'POST', body, signal,
      headers: traced({ 'content-type': 'application/json', [DELEGATION_HEADER]: delegation.token, ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}) }),
    }));
    const res = await retryRefused(once, Date.now() + this.feedTimeoutMs);
    const answer = (await res.json()) as ScorePartsAnswer & { errors?: GraphQLFormattedError[] };
    // The department's statements belong to the request that caused them (x-sql-statements sums them).
    addSqlStatements(Number(res.headers.get(SQL_STATEMENTS_HEADER) ?? 0));
    if (!res.ok) throw refusal(department, answer);
    // Kept under the version this request saw: the department computed them after reading its version, which is
    // that one or newer, so they are never older than the key says.
    for (const y of answer.years) this.store(this.slotKey(department, version, answer.kind, answer.boundaries, y.year), new CompactYear(y));
  }

  private store(key: string, year: CompactYear) {
    const slot = this.slots.get(key) ?? { chunks: [], at: new Map<string, number>(), lastUsed: 0 };
    this.slots.set(key, slot);
    this.lastSlot = undefined;
    const c = slot.chunks.push(year) - 1;
    year.codes.forEach((code, i) => {
      if (slot.at.has(code)) return;
      slot.at.set(code, c * CHUNK_STRIDE + i);
      this.entries += 1;
    });
    slot.lastUsed = ++this.tick;
    while (this.entries > this.maxEntries && this.slots.size > 1) {
      let oldest: string | undefined;
      let at = Infinity;
      for (const [k, s] of this.slots) if (k !== key && s.lastUsed < at) { at = s.lastUsed; oldest = k; }
      if (!oldest) break;
      this.entries -= this.slots.get(oldest)!.at.size;
      this.slots.delete(oldest);
      this.lastSlot = undefined;
    }
  }
}

/** How late a timer may fire before this process counts the wait as its own (its event loop was busy), not the department's. */
const LOOP_LAG_MS = 50;

/**
 * An AbortSignal that fires `ms` from now, counting only time in which this process could have heard the answer.
 * A timer that fires late means this event loop was busy (education scoring ten thousand communes synchronously
 * for seconds): the department's answer may be sitting in the socket, so it looks again after one more turn of the
 * loop (I/O first, then 50 ms of free loop) instead of calling a department that answered in 5 ms silent. A timer that fires on time, with
 * no answer in, aborts (a TimeoutError, as AbortSignal.timeout). Found at national scale: a workforce that answered
 * its version in milliseconds was SOURCE_UNAVAILABLE because education's own loop was blocked past the 2 s wait.
 */
export function patientTimeout(ms: number): { signal: AbortSignal; clear(): void } {
  const ctl = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const arm = (wait: number) => {
    const due = performance.now() + wait;
    timer = setTimeout(() => {
      if (performance.now() - due > LOOP_LAG_MS) arm(LOOP_LAG_MS);
      else ctl.abort(new DOMException(`no answer within ${ms} ms`, 'TimeoutError'));
    }, wait);
    timer.unref?.();
  };
  arm(ms);
  return { signal: ctl.signal, clear: () => clearTimeout(timer) };
}

/** The headers plus the active trace context (traceparent), so a feed call joins the request's trace. */
function traced(headers: Record<string, string>): Record<string, string> {
  injectTraceHeaders({ set: (k, v) => { headers[k] = v; } });
  return headers;
}

/** A connection refused or reset (undici's "fetch failed" with its cause): the department is restarting or gone. */
function connectionRefused(err: unknown): boolean {
  const code = (err as { cause?: { code?: string } })?.cause?.code;
  return code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'UND_ERR_SOCKET';
}

/** `run`, tried again after 100, 300 and 900 ms while its connection is refused or reset (the department restarting) and `until` allows. */
async function retryRefused<T>(run: () => Promise<T>, until: number): Promise<T> {
  for (const delay of [100, 300, 900]) {
    try {
      return await run();
    } catch (err) {
      if (!connectionRefused(err) || Date.now() + delay >= until) throw err;
      await new Promise((r) => setTimeout(r, delay));
    }
  }
  return run();
}

const chunk = <T>(xs: T[], n: number): T[][] => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, (i + 1) * n));

function baseUrlOf(department: string, delegation: { urls: Record<string, string> } | undefined): string | PartsUnavailable {
  const url = delegation?.urls[department];
  if (!url) return subgraphDidNotAnswer(department, delegation ? 'not in the gateway\'s routing table' : 'no delegation came with the request');
  return url.replace(/\/graphql\/?$/, '');
}

/** A department that answered an error: its coded error (DATABASE_UNAVAILABLE…) as it sent it, else a SUBGRAPH_UNAVAILABLE. */
function refusal(department: string, body: { errors?: GraphQLFormattedError[]; code?: string; reason?: string }): PartsUnavailable {
  const e = body.errors?.[0];
  if (e?.extensions?.code) return new PartsUnavailable(department, e);
  if (body.code) return new PartsUnavailable(department, { message: body.reason ?? `${department} refused`, extensions: { code: body.code, department } });
  return subgraphDidNotAnswer(department, 'an unexpected answer');
}

const reasonOf = (err: unknown, timeoutMs: number) =>
  (err as Error)?.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : ((err as Error)?.message ?? String(err));

/** A feed that answered without a unit asked (it always answers every unit asked): treated as the department's failure. */
const missingAnswer = (department: string) => subgraphDidNotAnswer(department, 'its answer left out a unit asked');
