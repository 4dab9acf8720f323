import { reportingUnit, IntakeRefusal, type RunGraphQL } from './units';
import { unitFindings, type QualityFinding } from './quality';

/**
 * Which findings a commune's submission is checked against from 2025 (no districts): its own province's of that
 * year, read from the commune (a commune of Hà Nội, which ADMIN_UNITS_PROVINCES may load, is not checked against
 * Sơn La's). The graph is played by a function recording what was asked: the routing is what is tested here; the
 * end-to-end path over real subgraphs is test/intake-quality.e2e.test.ts.
 */
const finding = (unitCode: string, department: string): QualityFinding => ({
  kind: 'CROSS_DEPARTMENT', ruleCode: 'XD-TEST', importance: 'WARNING', department, unitCode, unitName: null, year: 2025,
  message: 'm', messageVi: null, left: { label: 'l', value: 1, year: 2025, department, dataset: null, row: null, indicator: null, part: null, provenance: null } as never, right: null,
});

function graph(provinceOfCommune: string | null) {
  const asked: Array<{ query: string; variables: Record<string, unknown> }> = [];
  const run: RunGraphQL = async (query, variables) => {
    asked.push({ query, variables });
    if (query.includes('IntakeCommuneYear')) return { data: { commune: { code: variables.code, inYear: { communeCode: variables.code, name: 'Phường Ba Đình', districtCode: null, provinceCode: provinceOfCommune } } } };
    if (query.includes('province(code: $code)')) {
      return { data: { province: { inYear: { dataQuality: [finding('00004', 'workforce'), finding(String(variables.code) === '01' ? '00001' : '99999', 'workforce'), finding('00004', 'awards')] } } } };
    }
    throw new Error(`unexpected query ${query}`);
  };
  return { run, asked };
}

test('a commune of 2025 is checked against its own province of that year, and only its own findings', async () => {
  const g = graph('01');
  const unit = await reportingUnit(g.run, '00004', 2025);
  expect(unit).toMatchObject({ level: 'commune', provinceCode: '01' });
  const own = await unitFindings(g.run, unit, 2025, 'workforce');
  expect(g.asked.filter((a) => a.query.includes('province(code: $code)')).map((a) => a.variables)).toEqual([{ code: '01', year: 2025 }]);
  expect(own.map((f) => `${f.unitCode} ${f.department}`)).toEqual(['00004 workforce']);
});

test('a commune whose province is not known is not checked against some other province: QUALITY_CHECK_UNAVAILABLE', async () => {
  const g = graph(null);
  const unit = await reportingUnit(g.run, '00004', 2025);
  const err = await unitFindings(g.run, unit, 2025, 'workforce').catch((e: unknown) => e);
  expect(err).toBeInstanceOf(IntakeRefusal);
  expect(err).toMatchObject({ status: 503, code: 'QUALITY_CHECK_UNAVAILABLE' });
  expect(g.asked.some((a) => a.query.includes('province(code: $code)'))).toBe(false);
});
