import { sonLaUnits } from '@lsp/shared';
import { dbKinds, gql } from './testkit';
import { startPlatform, type RunningPlatform } from './testkit/platform';

/**
 * Issue 25, "Done when": through the gateway in one request, for 2015, every district's CLC support spent per learner
 * (the programme office's TT 96/2008 money ÷ education's CLC learners), its households with a book cabinet (culture)
 * and the overdue section-V tasks. Each figure is then checked against its department's own flat table.
 */
const ONE_REQUEST = `{ province(code: "14") { inYear(year: 2015) {
  overdueProgrammeTasks { task { id clause agency { nameVi } dueDate recurrence } status due }
  districts { districtCode name
    clcSupportSpent
    communityLearningCentres { learners established }
    householdBookCabinets { numerator denominator value unitsReporting provenance } } } } }`;

describe.each(dbKinds)('programme, education and culture in one request (%s)', (kind) => {
  let p: RunningPlatform;
  beforeAll(async () => {
    p = await startPlatform({ kind, only: ['geography', 'education', 'culture', 'programme'] });
  }, 240_000);
  afterAll(() => p?.stop());

  it('answers, for 2015, every district\'s CLC support per learner, households with a book cabinet, and the overdue tasks', async () => {
    const bearer = await p.token(['analyst']);
    const r = await gql(p.gatewayUrl, ONE_REQUEST, {}, { bearer });
    expect(r.errors).toBeUndefined();
    const y = r.data.province.inYear;
    const districts = sonLaUnits().reportingDistricts(2015).map((d) => d.code).sort();
    expect(y.districts.map((d: { districtCode: string }) => d.districtCode).sort()).toEqual(districts);

    const perLearner: Record<string, number> = {};
    for (const d of y.districts) {
      expect(d.name).toMatch(/^(Huyện|Thành phố) /);
      expect(d.communityLearningCentres.learners).toBeGreaterThan(0);
      perLearner[d.districtCode] = d.clcSupportSpent / d.communityLearningCentres.learners;
      expect(Number.isFinite(perLearner[d.districtCode])).toBe(true);
      expect(d.householdBookCabinets).toMatchObject({ provenance: 'SYNTHETIC', unitsReporting: sonLaUnits().districtTerritory(d.districtCode, 2015).length });
    }

    // Each department's figure, from its own flat table (row-level, another request each).
    const one = y.districts[0];
    const rows = await gql(p.gatewayUrl, `{ programmeFunding(year: 2015, unitCode: "${one.districtCode}", source: "TT96_CLC_SUPPORT") { nodes { spent dataLabel } }
      bookCabinets(year: 2015, districtCode: "${one.districtCode}", holderKind: "HOUSEHOLD", first: 1000) { nodes { cabinets } }
      cultureCommunes(year: 2015, districtCode: "${one.districtCode}", first: 1000) { nodes { households } } }`, {}, { bearer });
    expect(rows.errors).toBeUndefined();
    expect(rows.data.programmeFunding.nodes).toEqual([{ spent: one.clcSupportSpent, dataLabel: expect.stringMatching(/^SYNTHETIC/) }]);
    const sum = (list: Array<Record<string, number>>, f: string) => list.reduce((s, x) => s + x[f], 0);
    expect(one.householdBookCabinets.numerator).toBe(sum(rows.data.bookCabinets.nodes, 'cabinets'));
    expect(one.householdBookCabinets.denominator).toBe(sum(rows.data.cultureCommunes.nodes, 'households'));

    // The overdue tasks: each is yearly, or dated by the end of 2015, and not DONE.
    expect(y.overdueProgrammeTasks.length).toBeGreaterThan(0);
    for (const s of y.overdueProgrammeTasks) {
      expect(s.task.recurrence === 'YEARLY' || (s.task.dueDate && s.task.dueDate <= '2015-12-31')).toBeTruthy();
      expect(s.status).not.toBe('DONE');
      expect(s.task.clause).toMatch(/^V\.\d+$/);
    }
    const all = await gql(p.gatewayUrl, '{ province(code: "14") { inYear(year: 2015) { programmeTasks { task { id } overdue } } } }', {}, { bearer });
    expect(y.overdueProgrammeTasks.map((s: { task: { id: string } }) => s.task.id))
      .toEqual(all.data.province.inYear.programmeTasks.filter((s: { overdue: boolean }) => s.overdue).map((s: { task: { id: string } }) => s.task.id));
  });
});
