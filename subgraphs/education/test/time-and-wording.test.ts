import { indicatorByCode, loadTargetCatalogue, sonLaUnits } from '@lsp/shared';
import { SEED_FIRST_YEAR, SEED_LAST_YEAR, syntheticEducationData } from '../src/store/seed';
import { defaultScoringModels } from '../src/scoring/default-models';
import { ReadTargetsOnTheirWording1764000000400 } from '../src/scoring/revisions';
import { education } from '../src/server';
import { analyst, dbKinds, gql, startSubgraph, type RunningSubgraph } from '../../../test/testkit';

/**
 * Answers true to the year (issue 16): each target measured on its own wording, and no seeded event dated
 * before its unit existed.
 */
const targets = loadTargetCatalogue();
const byId = new Map(targets.map((t) => [t.id, t]));

/**
 * Age bands and populations as the decision words them, most specific first, and how the indicator catalogue
 * words the same population (its denominator, or for a sub-share the population its parent counts).
 */
const BANDS: Array<{ vi: RegExp; population: RegExp }> = [
  { vi: /từ 3 đến dưới 5 tuổi/, population: /children 3–4/ },
  { vi: /từ 3 đến 5 tuổi/, population: /children 3–5/ },
  { vi: /dưới 3 tuổi/, population: /children under 3/ },
  { vi: /trẻ 5 tuổi/, population: /five-year-olds/ },
  { vi: /trẻ 6 tuổi/, population: /six-year-olds/ },
  { vi: /từ 6 đến 10 tuổi/, population: /6–10/ },
  { vi: /từ 11 đến 14 tuổi/, population: /11–14/ },
  { vi: /từ 15 đến 35 tuổi/, population: /15–35/ },
  { vi: /trong độ tuổi lao động/, population: /working age/ },
];
const bandOf = (wording: string) => BANDS.find((b) => b.vi.test(wording.replace(/tuổitừ/g, 'tuổi từ').replace(/tuổivào/g, 'tuổi vào')));

describe('each target measured on its own wording', () => {
  it('walks the catalogue: every target with an age band is measured by an indicator of that band and population', () => {
    let checked = 0;
    for (const t of targets) {
      const parent = t.subShareOf ? byId.get(t.subShareOf) : undefined;
      const band = bandOf(t.wordingVi) ?? (parent ? bandOf(parent.wordingVi) : undefined);
      if (!band) continue;
      if (t.indicatorCode === null) {
        // Not measured: the note says why (no indicator on that population).
        expect(t.note).toMatch(/not measured/i);
        continue;
      }
      const def = indicatorByCode(t.indicatorCode)!;
      expect({ id: t.id, population: def.denominator }).toEqual({ id: t.id, population: expect.stringMatching(band.population) });
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(12);
    expect(byId.get('II.2.1-kindergarten-3-5-2015')!.indicatorCode).toBe('EDU_KINDERGARTEN_3_5');
    expect(byId.get('II.2.1-kindergarten-3-5-2020')!.indicatorCode).toBe('EDU_KINDERGARTEN_3_4');
  });

  it('measures the two V.11 deadlines by two indicators, and the default models score each', () => {
    expect(byId.get('V.11-district-steering-committees')!.indicatorCode).toBe('EDU_DISTRICT_COMMITTEE_ON_TIME');
    expect(byId.get('V.11-commune-steering-committees')!.indicatorCode).toBe('EDU_COMMUNE_COMMITTEE_ON_TIME');
    const [m2015, m2020] = defaultScoringModels(targets);
    const codes2015 = m2015.components.map((c) => c.indicatorCode);
    expect(codes2015).toEqual(expect.arrayContaining(['EDU_DISTRICT_COMMITTEE_ON_TIME', 'EDU_COMMUNE_COMMITTEE_ON_TIME', 'EDU_KINDERGARTEN_3_5']));
    expect(codes2015).not.toContain('EDU_KINDERGARTEN_3_4');
    const codes2020 = m2020.components.map((c) => c.indicatorCode);
    // The 2020 target on ages 3 to under 5 replaces the 2015 one on 3–5; its non-public sub-share is not measured.
    expect(codes2020).toContain('EDU_KINDERGARTEN_3_4');
    expect(codes2020).not.toContain('EDU_KINDERGARTEN_3_5');
    expect(codes2020).not.toContain('EDU_KINDERGARTEN_NONPUBLIC');
    expect(new Set(codes2020).size).toBe(codes2020.length);
  });
});

describe('seeded events', () => {
  const units = sonLaUnits();
  const data = syntheticEducationData(units);
  const existed = (u: { validFrom: string | null; validTo: string | null }, date: string) =>
    (u.validFrom === null || u.validFrom <= date) && (u.validTo === null || date <= u.validTo);

  it('dates no steering committee before its unit existed (Vân Hồ from 10/06/2013)', () => {
    let dated = 0;
    for (const c of data.steeringCommittees) {
      if (c.establishedOn === null || c.level === 'PROVINCE') continue;
      const unit = c.level === 'DISTRICT' ? units.district(c.unitCode) : units.commune(c.unitCode, c.establishedOn) ?? units.communeVersions(c.unitCode)[0];
      expect({ unit: c.unitCode, on: c.establishedOn, existed: !!unit && existed(unit, c.establishedOn) }).toEqual({ unit: c.unitCode, on: c.establishedOn, existed: true });
      dated += 1;
    }
    expect(dated).toBeGreaterThan(200);
    expect(data.steeringCommittees.find((c) => c.level === 'DISTRICT' && c.unitCode === '128')!.establishedOn! >= '2013-06-10').toBe(true);
  });

  it('dates every learning centre, statistic and district centre inside its unit’s validity', () => {
    for (const lc of data.learningCentres) {
      const unit = units.commune(lc.communeCode, `${lc.year}-12-31`);
      expect(unit).toBeDefined();
      if (lc.establishedOn) expect(existed(unit!, lc.establishedOn) || unit!.validFrom === null).toBe(true);
    }
    for (const row of data.statistics) expect(units.commune(row.communeCode, `${row.year}-12-31`)).toBeDefined();
    for (const cec of data.continuingEducationCentres) expect(existed(units.district(cec.districtCode)!, `${cec.year}-12-31`)).toBe(true);
    expect(data.continuingEducationCentres.some((c) => c.districtCode === '128' && c.year === 2012)).toBe(false);
    expect(data.statistics.length).toBe(Array.from({ length: SEED_LAST_YEAR - SEED_FIRST_YEAR + 1 }, (_, i) => units.reportingCommunes(SEED_FIRST_YEAR + i).length).reduce((a, b) => a + b, 0));
  });
});

describe.each(dbKinds)('a database created before the V.11 and kindergarten corrections (%s)', (kind) => {
  let sg: RunningSubgraph;
  beforeAll(async () => {
    sg = await startSubgraph(education, { kind, seed: false });
  });
  afterAll(() => sg?.stop());

  it('is brought to the corrected catalogue and default models by migration', async () => {
    // What the earlier migrations wrote: one mixed V.11 indicator, the 2020 kindergarten target on ages 3–5.
    await sg.db.query("UPDATE programme_target SET indicator_code = 'EDU_STEERING_COMMITTEE_ON_TIME' WHERE id LIKE 'V.11-%'");
    await sg.db.query("UPDATE programme_target SET indicator_code = 'EDU_KINDERGARTEN_3_5' WHERE id = 'II.2.1-kindergarten-3-5-2020'");
    await sg.db.query("DELETE FROM scoring_component WHERE indicator_code IN ('EDU_DISTRICT_COMMITTEE_ON_TIME', 'EDU_KINDERGARTEN_3_4')");
    const qr = sg.db.createQueryRunner();
    try {
      await new ReadTargetsOnTheirWording1764000000400().up(qr);
    } finally {
      await qr.release();
    }
    const rows: Array<{ id: string; indicator_code: string }> = await sg.db.query(
      "SELECT id, indicator_code FROM programme_target WHERE id LIKE 'V.11-%' OR id = 'II.2.1-kindergarten-3-5-2020' ORDER BY id",
    );
    expect(rows.map((r) => [r.id, r.indicator_code])).toEqual([
      ['II.2.1-kindergarten-3-5-2020', 'EDU_KINDERGARTEN_3_4'],
      ['V.11-commune-steering-committees', 'EDU_COMMUNE_COMMITTEE_ON_TIME'],
      ['V.11-district-steering-committees', 'EDU_DISTRICT_COMMITTEE_ON_TIME'],
    ]);
    const r = await gql(sg.url, '{ scoringModels { id components { indicatorCode } } }', {}, { as: analyst });
    const codes = Object.fromEntries(r.data.scoringModels.map((m: any) => [m.id, m.components.map((c: any) => c.indicatorCode)]));
    expect(codes['QD354-2015']).toEqual(expect.arrayContaining(['EDU_DISTRICT_COMMITTEE_ON_TIME', 'EDU_COMMUNE_COMMITTEE_ON_TIME']));
    expect(codes['QD354-2020']).toContain('EDU_KINDERGARTEN_3_4');
    expect(codes['QD354-2015']).toHaveLength(23);
  });
});
