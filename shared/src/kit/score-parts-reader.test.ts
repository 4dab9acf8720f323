import { PartsReader, patientTimeout } from './score-parts-reader';
import { CompactYear, PartsUnavailable, fromColumns, toColumns, type DepartmentParts, type ScorePartsAnswer } from './score-parts';
import type { IndicatorValue } from '../indicators';

/**
 * The reader's side of the score-parts feed: the compact form it keeps answered years in, and its waits, which
 * count a department's silence, not this process's own busy event loop (found at national scale: education,
 * scoring 10,000 communes synchronously, called a workforce that answered in milliseconds unavailable).
 */
const iv = (code: string, numerator: number | null, denominator: number | null, provenance: IndicatorValue['provenance'], unitsExpected = 1): IndicatorValue => ({
  code, numerator, denominator, value: numerator === null || !denominator ? null : (100 * numerator) / denominator, unit: 'percent',
  unitsReporting: numerator === null ? 0 : 1, unitsExpected, provenance,
});
const PARTS: DepartmentParts[] = [
  { locked: true, indicators: [iv('A', 3, 4, 'SYNTHETIC'), iv('B', null, null, null, 0)] },
  { locked: null, indicators: [iv('A', 0, 7, 'IMPORTED'), iv('B', -0.5, 2, 'MIXED')] },
  { locked: false, indicators: [iv('A', null, null, null), iv('B', 1e-9, 3, 'SYNTHETIC')] },
];
const CODES = ['00001', '00004', '00006'];

/** Busy for `ms` without yielding (this process computing). */
const busy = (ms: number) => {
  const end = Date.now() + ms;
  while (Date.now() < end) { /* computing */ }
};
const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const answer = (year: number, codes: string[]): ScorePartsAnswer => ({
  service: 'vocational', version: 'v1', kind: 'commune', boundaries: 'REPORTED',
  years: [toColumns(year, codes, codes.map((c) => PARTS[CODES.indexOf(c)]))],
});
const DELEGATION = { token: 'token', urls: { vocational: 'http://vocational.test/graphql' } };
const ref = (communeCode: string) => ({ communeCode, year: 2015, boundaries: 'REPORTED' as const });

describe('CompactYear', () => {
  it('gives every unit exactly what fromColumns gives, nulls, provenance and lock states included', () => {
    const year = toColumns(2015, CODES, PARTS);
    const compact = new CompactYear(JSON.parse(JSON.stringify(year)));
    const expected = fromColumns(year);
    CODES.forEach((code, i) => expect(compact.parts(i)).toEqual(expected.get(code)));
    expect(compact.parts(1)).toEqual(PARTS[1]);
    // Each call builds its own lists: a caller changing one changes nothing held.
    compact.parts(0).indicators[0].numerator = 99;
    expect(compact.parts(0).indicators[0].numerator).toBe(3);
  });
});

describe('patientTimeout', () => {
  it('does not abort while this process was busy past the wait, and aborts (TimeoutError) when the loop was free', async () => {
    const t = patientTimeout(50);
    busy(200);
    await new Promise((r) => setImmediate(r)); // the late timer has run: it looked again instead of aborting
    await new Promise((r) => setImmediate(r));
    expect(t.signal.aborted).toBe(false);
    await new Promise((r) => setTimeout(r, 300));
    expect(t.signal.aborted).toBe(true);
    expect((t.signal.reason as Error).name).toBe('TimeoutError');
    t.clear();
  });
});

describe('PartsReader waits', () => {
  it('a department whose version answer is in while this process was busy past the wait is not unavailable', async () => {
    // The answer comes in by I/O (after the timers of the turn it arrives in), as a socket's does.
    const fetch = (async (url: string, init: RequestInit) => {
      busy(300); // the request is sent, then this process computes for longer than the 100 ms wait
      return new Promise<Response>((resolve, reject) => setImmediate(() => {
        if (init.signal?.aborted) reject(init.signal.reason);
        else resolve(String(url).endsWith('/data-version') ? json({ version: 'v1' }) : json(answer(2015, ['00004'])));
      }));
    }) as unknown as typeof globalThis.fetch;
    const reader = new PartsReader({ timeoutMs: 100, feedTimeoutMs: 100, fetch });
    const got = await reader.loader(DELEGATION).load({ department: 'vocational', ref: ref('00004') });
    expect(got).toEqual(PARTS[1]);
  });

  it('while a feed call to a department is in flight, another request waits for its version as long as for the feed', async () => {
    let versions = 0;
    const fetch = (async (url: string, init: RequestInit) => {
      const later = (ms: number, body: unknown) => new Promise<Response>((resolve, reject) => {
        const t = setTimeout(() => resolve(json(body)), ms);
        init.signal?.addEventListener('abort', () => { clearTimeout(t); reject(init.signal!.reason); });
      });
      if (String(url).endsWith('/data-version')) {
        versions += 1;
        // The first request's version at once; the second's comes while the department computes the first's feed.
        return versions === 1 ? json({ version: 'v1' }) : later(250, { version: 'v1' });
      }
      const { codes } = JSON.parse(String(init.body)) as { codes: string[] };
      return later(400, answer(2015, codes));
    }) as unknown as typeof globalThis.fetch;
    const reader = new PartsReader({ timeoutMs: 100, feedTimeoutMs: 5000, fetch });
    const first = reader.loader(DELEGATION).load({ department: 'vocational', ref: ref('00001') });
    await new Promise((r) => setTimeout(r, 50)); // its feed call is in flight
    const second = reader.loader(DELEGATION).load({ department: 'vocational', ref: ref('00006') });
    const [a, b] = await Promise.all([first, second]);
    expect(a).toEqual(PARTS[0]);
    expect(b).not.toBeInstanceOf(PartsUnavailable);
    expect(b).toEqual(PARTS[2]);
  });

  it('a department that does not answer its version, with no feed call of it in flight, is unavailable', async () => {
    const fetch = ((_url: string, init: RequestInit) => new Promise<Response>((_resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(init.signal!.reason));
    })) as unknown as typeof globalThis.fetch;
    const reader = new PartsReader({ timeoutMs: 100, feedTimeoutMs: 5000, fetch });
    const got = await reader.loader(DELEGATION).load({ department: 'vocational', ref: ref('00001') });
    expect(got).toBeInstanceOf(PartsUnavailable);
    expect((got as PartsUnavailable).error.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    expect((got as PartsUnavailable).error.message).toMatch(/no answer within 100 ms/);
  });
});
