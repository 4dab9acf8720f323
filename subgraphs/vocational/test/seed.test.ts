import { sonLaUnits, yearEnd } from '@lsp/shared';
import { SEED_FIRST_YEAR, SEED_LAST_YEAR, syntheticVocationalData } from '../src/store/seed';

/**
 * The seed is year-true: a commune's trainees go to courses of the district it belonged to on 31 December of the
 * year (Vân Hồ, 128, was formed on 10/06/2013 from Mộc Châu, 123: its communes were Mộc Châu's in 2012), and a
 * provider of a district that did not exist that year runs no course.
 */
describe('vocational seed (SYNTHETIC) follows the district of each year', () => {
  const units = sonLaUnits();
  const data = syntheticVocationalData(units);
  const providerDistrict = new Map(data.providers.map((p) => [p.code, p.districtCode]));
  const courseProvider = new Map(data.courses.map((c) => [c.code, c.providerCode]));
  const SCHOOL = 'P14-01';

  it('gives Vân Hồ\'s 2012 communes the providers of Mộc Châu (123), from 2013 those of Vân Hồ (128)', () => {
    const vanHo2013 = units.districtTerritory('128', 2013);
    expect(vanHo2013.length).toBeGreaterThan(10);
    const districtsOf = (year: number) => new Set(data.enrolments
      .filter((e) => e.year === year && vanHo2013.includes(e.communeCode) && courseProvider.get(e.courseCode) !== SCHOOL)
      .map((e) => providerDistrict.get(courseProvider.get(e.courseCode)!)));
    expect([...districtsOf(2012)]).toEqual(['123']);
    expect([...districtsOf(2013)]).toEqual(['128']);
  });

  it('sends every commune of every year to providers of its district of that year (or the provincial school)', () => {
    const wrong = data.enrolments.filter((e) => {
      const provider = courseProvider.get(e.courseCode)!;
      if (provider === SCHOOL) return false;
      const unit = units.commune(e.communeCode, yearEnd(e.year))!;
      return providerDistrict.get(provider) !== units.parentOn(unit, yearEnd(e.year));
    });
    expect(wrong.slice(0, 3)).toEqual([]);
  });

  it('runs no course of a provider whose district did not exist that year', () => {
    for (let year = SEED_FIRST_YEAR; year <= SEED_LAST_YEAR; year++) {
      const districts = new Set(units.reportingDistricts(year).map((d) => d.code));
      const stray = data.courses.filter((c) => c.year === year && c.providerCode !== SCHOOL && !districts.has(providerDistrict.get(c.providerCode)!));
      expect({ year, stray: stray.map((c) => c.code).slice(0, 3) }).toEqual({ year, stray: [] });
    }
  });
});
