import { sonLaUnits, sqlStatementsSoFar, withSqlCounting, type UnitYearFacts } from '@lsp/shared';
import { dbKinds, gql, startSubgraph, type RunningSubgraph } from '../../../test/testkit';
import { educationFacts } from '../src/indicators/facts';
import { createLoaders } from '../src/loaders';
import { education } from '../src/server';
import { counts } from './helpers';

/**
 * Whole years of facts (shared kit facts.ts, `wholeYear`): a batch of more than 500 units reads the year whole, once
 * per data version of the department, and every later request at that version is served the same maps. Checked
 * here: what it serves equals a fresh computation from the department's tables for every commune of the year; a
 * second request at the same version reads no facts again (one statement: the version); after a write the next
 * request sees the written figure (the version moved with the write's audit row).
 */
const units = sonLaUnits();
const YEAR = 2015;
const COMMUNES = units.reportingCommunes(YEAR).map((c) => c.code);
// Codes of no unit, so that the batch is over 500 units (the whole-year path) with Sơn La's 204 communes.
const FILLER = Array.from({ length: 400 }, (_, i) => `X${String(i).padStart(4, '0')}`);
const EDITOR = { as: { sub: 'editor-1', roles: ['editor:education' as const] } };

describe.each(dbKinds)('education facts read as whole years, per data version, on %s', (kind) => {
  let sg: RunningSubgraph;
  beforeAll(async () => {
    sg = await startSubgraph(education, { kind });
  }, 120_000);
  afterAll(() => sg?.stop());

  /** One request's read of every commune (and the filler codes) of the year, with the statements it made. */
  const read = () => withSqlCounting(async () => {
    const loader = createLoaders(sg.db).factsByUnitYear;
    const all = await Promise.all([...COMMUNES, ...FILLER].map((unitCode) => loader.load({ unitCode, year: YEAR })));
    return { facts: new Map(COMMUNES.map((c, i) => [c, all[i]])), filler: all.slice(COMMUNES.length), statements: sqlStatementsSoFar() };
  });
  const show = (f: UnitYearFacts | null | undefined) =>
    JSON.stringify([...(f ?? new Map()).entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, p]) => [code, p.numerator, p.denominator, p.provenance]));

  it('equals a fresh computation from the tables for every commune of the year', async () => {
    const { facts, filler } = await read();
    const computed = await educationFacts.compute(sg.db.manager, COMMUNES, [YEAR]);
    const expected = new Map<string, UnitYearFacts>();
    for (const f of computed) {
      if (!(Number(f.denominator) > 0 || (educationFacts.zeroDenominatorIsData && Number(f.denominator) === 0))) continue;
      const m = expected.get(f.unitCode) ?? new Map();
      m.set(f.indicatorCode, { numerator: Number(f.numerator), denominator: Number(f.denominator), provenance: f.provenance });
      expected.set(f.unitCode, m);
    }
    expect(expected.size).toBeGreaterThan(150); // the seed has figures for (nearly) every commune
    const differing = COMMUNES.filter((c) => show(facts.get(c)) !== show(expected.get(c)));
    expect(differing).toEqual([]);
    expect(filler.every((f) => f === null)).toBe(true);
  });

  it('a second request at the same version is served the same year without reading the facts again', async () => {
    const first = await read();
    const second = await read();
    expect(second.statements).toBe(1); // the data version only
    const c = COMMUNES.find((x) => first.facts.get(x))!;
    expect(second.facts.get(c)).toBe(first.facts.get(c));
  });

  it('after a write the next request reads the year again and shows the written figure', async () => {
    const before = await read();
    const c = COMMUNES[0];
    const r = await gql(sg.url, 'mutation($i: EducationStatisticsInput!) { recordEducationStatistics(input: $i) { ok problems { row field code } } }',
      { i: { communeCode: c, year: YEAR, ...counts({ under3InNursery: 10, under3InNurseryNonPublic: 1 }) } }, EDITOR);
    expect(r.data.recordEducationStatistics).toEqual({ ok: true, problems: [] });
    const after = await read();
    expect(after.facts.get(c)).not.toBe(before.facts.get(c));
    expect(after.facts.get(c)!.get('EDU_NURSERY_UNDER3')).toEqual({ numerator: 10, denominator: 200, provenance: 'IMPORTED' });
    expect(after.statements).toBe(2); // the version, then the year
  });
});
