import { buildSchema, graphql } from 'graphql';
import { indicatorListAsAsked } from './selection';
import type { IndicatorValue } from './indicators';

/** The previous year is computed only when a query asks previousValue (directly, in a fragment or inline). */
describe('indicatorListAsAsked', () => {
  const schema = buildSchema(`
    type IndicatorValue { code: String! value: Float previousValue: Float }
    type Query { list(year: Int!): [IndicatorValue!]! }
  `);
  const run = async (query: string) => {
    const yearsComputed: number[] = [];
    const compute = async (r: { year: number }): Promise<IndicatorValue[]> => {
      yearsComputed.push(r.year);
      return [{ code: 'X', value: r.year, numerator: null, denominator: null, unit: 'count', unitsReporting: 1, unitsExpected: 1, provenance: null }];
    };
    const rootValue = { list: (args: { year: number }, _ctx: unknown, info: never) => indicatorListAsAsked({ year: args.year }, info, compute) };
    const result = await graphql({ schema, source: query, rootValue });
    expect(result.errors).toBeUndefined();
    return { data: result.data as { list: Array<Record<string, unknown>> }, yearsComputed: yearsComputed.sort() };
  };

  it('computes one year when previousValue is not asked', async () => {
    const { data, yearsComputed } = await run('{ list(year: 2015) { code value } }');
    expect(yearsComputed).toEqual([2015]);
    expect(data.list[0]).toEqual({ code: 'X', value: 2015 });
  });

  it('computes the year before when previousValue is asked, in a field, a named fragment or an inline fragment', async () => {
    for (const q of [
      '{ list(year: 2015) { code previousValue } }',
      '{ list(year: 2015) { ...F } } fragment F on IndicatorValue { previousValue }',
      '{ list(year: 2015) { ... on IndicatorValue { previousValue } } }',
    ]) {
      const { data, yearsComputed } = await run(q);
      expect(yearsComputed).toEqual([2014, 2015]);
      expect(data.list[0].previousValue).toBe(2014);
    }
  });
});
