import { gunzipSync, gzipSync } from 'node:zlib';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dbKinds, gql } from './testkit';
import { startPlatform, type RunningPlatform } from './testkit/platform';

/**
 * The score and target progress of every commune, district and the province, 2012–2020, REPORTED and CURRENT
 * boundaries, against the answers captured from main before the score-parts redesign (issue 23): the same bytes.
 * `CAPTURE_SCORE_ANSWERS=1 npx jest test/score-answers.e2e.test.ts` rewrites the fixture (only on a commit whose
 * answers are the reference).
 */
const FIXTURE = join(__dirname, 'fixtures', 'score-answers.json.gz');
const YEARS = [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020];
const COMPONENT = 'indicator source clause value numerator denominator target comparator met points weight status provenance locked';
const SCORE = `learningSociety { model { id } total grade coverage unavailableSources complete unplacedUnits provenance approved unapprovedSources components { ${COMPONENT} } }`;
const PROGRESS = 'targetProgress { targetId clause indicator source targetYear deadline comparator target actual numerator denominator met gap previous change due status provenance locked }';

const reported = (year: number) => `{ province(code: "14") { inYear(year: ${year}) { ${PROGRESS} ${SCORE}
  districts { districtCode ${PROGRESS} ${SCORE} communes { communeCode ${SCORE} ${PROGRESS} } } } } }`;
const current = (year: number) => `{ province(code: "14") { communes(validOn: "2025-07-01") { code inYear(year: ${year}, boundaries: CURRENT) { communeCode ${SCORE} ${PROGRESS} } } } }`;

async function answers(p: RunningPlatform): Promise<Record<string, unknown>> {
  const bearer = await p.token(['analyst']);
  const out: Record<string, unknown> = {};
  for (const year of YEARS) {
    for (const [name, q] of [['REPORTED', reported(year)], ['CURRENT', current(year)]] as const) {
      // Errors are part of the answer (no scoring model covers 2012).
      const r = await gql(p.gatewayUrl, q, {}, { bearer });
      out[`${year} ${name}`] = { data: r.data, errors: r.errors ?? null };
    }
  }
  return out;
}

describe.each(dbKinds)('score and target progress of every unit, 2012–2020, against main (%s)', (kind) => {
  let p: RunningPlatform;
  beforeAll(async () => {
    p = await startPlatform({ kind });
  }, 180_000);
  afterAll(() => p?.stop());

  it('answers byte for byte as captured before the redesign', async () => {
    const got = await answers(p);
    if (process.env.CAPTURE_SCORE_ANSWERS === '1' && kind === 'sqlite') {
      writeFileSync(FIXTURE, gzipSync(JSON.stringify(got)));
      return;
    }
    expect(existsSync(FIXTURE)).toBe(true);
    const want = JSON.parse(gunzipSync(readFileSync(FIXTURE)).toString('utf8')) as Record<string, unknown>;
    expect(Object.keys(got)).toEqual(Object.keys(want));
    for (const k of Object.keys(want)) expect(JSON.stringify(got[k])).toBe(JSON.stringify(want[k]));
  }, 600_000);
});
