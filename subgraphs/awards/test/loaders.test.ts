import { communeYearRowsLoader } from '../src/loaders';

describe('communeYearRowsLoader', () => {
  it('fetches a whole batch in one call and returns every row of each (commune, year), [] when none', async () => {
    const calls: Array<[number[], string[]]> = [];
    const rows = [
      { communeCode: '03646', year: 2015, titleCode: 'A' },
      { communeCode: '03646', year: 2015, titleCode: 'B' },
      { communeCode: '03649', year: 2016, titleCode: 'A' },
      { communeCode: '03649', year: 2015, titleCode: 'NOT_ASKED_FOR_IN_THIS_YEAR_BUT_ASKED' },
    ];
    const loader = communeYearRowsLoader(async (years, codes) => {
      calls.push([years, codes]);
      return rows.filter((r) => years.includes(r.year) && codes.includes(r.communeCode));
    });
    const [a, b, c] = await Promise.all([
      loader.load({ communeCode: '03646', year: 2015 }),
      loader.load({ communeCode: '03649', year: 2016 }),
      loader.load({ communeCode: '03652', year: 2015 }),
    ]);
    expect(calls).toHaveLength(1);
    expect(a.map((r) => r.titleCode)).toEqual(['A', 'B']);
    expect(b.map((r) => r.titleCode)).toEqual(['A']);
    expect(c).toEqual([]);
    // Cached per request: asking again costs no call.
    await loader.load({ communeCode: '03646', year: 2015 });
    expect(calls).toHaveLength(1);
  });
});
