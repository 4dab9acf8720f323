import { targetsOf as catalogue } from '@lsp/shared';
import { targetsOf } from './targets';

describe('awards targets', () => {
  it("take Sơn La's own target from the programme catalogue, then the national ones for context", () => {
    const [own] = catalogue({ department: 'awards', indicatorCode: 'AW_STUDIOUS_FAMILIES' });
    const families = targetsOf('AW_STUDIOUS_FAMILIES');
    expect(families[0]).toMatchObject({ year: own.targetYear, value: own.value, comparison: 'ABOVE', scope: 'Sơn La province' });
    expect(families[0].source).toContain(own.wordingVi);
    expect(families.slice(1).map((t) => t.scope)).toEqual(['national', 'mountainous / extremely difficult areas', 'national']);
  });
});
