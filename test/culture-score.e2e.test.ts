import { dbKinds, gql } from './testkit';
import { startPlatform, type RunningPlatform } from './testkit/platform';

/**
 * The culture department feeds the score only through a new model version (issue 25): QD354-2015-CULTURE, whose two
 * culture components are optional. For one commune of 2015, the score of that version is recomputed here by hand from
 * the departments' own indicator lists, as read through the gateway, and must equal the gateway's answer; the
 * default model of 2015 stays QD354-2015 with no culture component (its answers are compared with the previous
 * release's, byte for byte, in score-answers.e2e.test.ts).
 */
const COMMUNE = '03646';
const IV = '{ code value numerator denominator unitsExpected provenance }';
const LISTS = `educationIndicators ${IV} vocationalIndicators ${IV} workforceIndicators ${IV} awardsIndicators ${IV} cultureIndicators ${IV}`;
const SCORE = 'model { id } total coverage approved components { indicator source value target comparator weight points status optional }';

interface Spec { indicatorCode: string; source: string; targetValue: number; comparator: string; weight: number; optional: boolean }
interface Value { code: string; value: number | null; unitsExpected: number }

const round2 = (x: number) => Math.round(x * 100) / 100;
const round4 = (x: number) => Math.round(x * 10000) / 10000;

/** The model's rules written out again: points per component, then 100 × points ÷ weight with data (optional ones only with data). */
function byHand(specs: Spec[], lists: Record<string, Value[]>) {
  let points = 0;
  let weightWithData = 0;
  let allWeight = 0;
  for (const s of specs) {
    const iv = lists[s.source].find((i) => i.code === s.indicatorCode);
    if (iv && iv.unitsExpected === 0) continue; // not applicable: nothing due
    const v = iv?.value ?? null;
    if (v === null) {
      if (!s.optional) allWeight += s.weight;
      continue;
    }
    const share = s.comparator === 'GTE' || s.comparator === 'GT'
      ? (s.targetValue <= 0 ? 1 : Math.min(1, Math.max(0, v) / s.targetValue))
      : (v <= s.targetValue ? 1 : s.targetValue / v);
    points += Math.min(s.weight, round4(s.weight * share));
    weightWithData += s.weight;
    allWeight += s.weight;
  }
  return { total: round2((100 * points) / weightWithData), coverage: round2(weightWithData / allWeight) };
}

describe.each(dbKinds)('the culture model version through the gateway (%s)', (kind) => {
  let p: RunningPlatform;
  beforeAll(async () => {
    p = await startPlatform({ kind, only: ['geography', 'education', 'vocational', 'workforce', 'awards', 'culture'] });
  }, 240_000);
  afterAll(() => p?.stop());

  it('scores one commune of 2015 as recomputed by hand; the default 2015 model names no culture component', async () => {
    const q = `{
      v2: scoringModel(id: "QD354-2015-CULTURE") { validFromYear validToYear components { indicatorCode source targetValue comparator weight optional } }
      v1: scoringModel(id: "QD354-2015") { components { source optional } }
      commune(code: "${COMMUNE}") { inYear(year: 2015) { ${LISTS}
        culture: learningSociety(model: "QD354-2015-CULTURE") { ${SCORE} }
        byYear: learningSociety { ${SCORE} } } } }`;
    const r = await gql(p.gatewayUrl, q, {}, { bearer: await p.token(['analyst']) });
    expect(r.errors).toBeUndefined();
    const { v1, v2 } = r.data;
    const y = r.data.commune.inYear;
    expect(v1.components.some((c: { source: string }) => c.source === 'culture')).toBe(false);
    expect(v1.components.every((c: { optional: boolean }) => !c.optional)).toBe(true);
    expect(v2.components.filter((c: Spec) => c.source === 'culture')).toEqual([
      expect.objectContaining({ indicatorCode: 'CU_HOUSEHOLD_BOOK_CABINETS', optional: true }),
      expect.objectContaining({ indicatorCode: 'CU_BOOKS_PER_PERSON', optional: true }),
    ]);
    expect(v2.components.reduce((s: number, c: Spec) => s + c.weight, 0)).toBeCloseTo(100, 2);
    expect(y.byYear.model.id).toBe('QD354-2015');
    expect(y.culture.model.id).toBe('QD354-2015-CULTURE');

    const lists = { education: y.educationIndicators, vocational: y.vocationalIndicators, workforce: y.workforceIndicators, awards: y.awardsIndicators, culture: y.cultureIndicators };
    const expected = byHand(v2.components, lists);
    expect(y.culture.total).toBe(expected.total);
    expect(y.culture.coverage).toBe(expected.coverage);
    // The culture components were scored from the culture department's own (SYNTHETIC) figures.
    for (const code of ['CU_HOUSEHOLD_BOOK_CABINETS', 'CU_BOOKS_PER_PERSON']) {
      const c = y.culture.components.find((x: { indicator: string }) => x.indicator === code);
      expect(c).toMatchObject({ source: 'culture', status: 'SCORED', optional: true, value: y.cultureIndicators.find((i: Value) => i.code === code).value });
      expect(y.cultureIndicators.find((i: Value) => i.code === code).provenance).toBe('SYNTHETIC');
    }
    // Without the culture components the same rules give the default model's answer.
    const withoutCulture = v2.components.filter((c: Spec) => c.source !== 'culture').map((c: Spec) => ({ ...c, weight: y.byYear.components[0].weight }));
    expect(byHand(withoutCulture, lists).total).toBe(y.byYear.total);
    expect(byHand(withoutCulture, lists).coverage).toBe(y.byYear.coverage);
  });

  it('leaves out optional components without data: with the culture subgraph down the commune is scored on the rest', async () => {
    // Every department's demo data covers 2012–2024, so take the culture subgraph away instead: its components are
    // SOURCE_UNAVAILABLE and, being optional, out of the weight.
    await p.stopSubgraph('culture');
    const q = `{ commune(code: "${COMMUNE}") { inYear(year: 2015) { culture: learningSociety(model: "QD354-2015-CULTURE") { ${SCORE} unavailableSources }
      byYear: learningSociety { total coverage } } } }`;
    const r = await gql(p.gatewayUrl, q, {}, { bearer: await p.token(['analyst']) });
    const s = r.data.commune.inYear.culture;
    expect(s.unavailableSources).toEqual(['culture']);
    expect(s.components.filter((c: { source: string }) => c.source === 'culture').map((c: { status: string }) => c.status)).toEqual(['SOURCE_UNAVAILABLE', 'SOURCE_UNAVAILABLE']);
    // The rest is the default model's components under other (equal) weights: coverage is not lowered by culture's
    // absence, and the total is the default model's up to the rounding of points to four decimals.
    expect(s.coverage).toBe(r.data.commune.inYear.byYear.coverage);
    expect(s.total).toBeCloseTo(r.data.commune.inYear.byYear.total, 1);
  });
});
