import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { withPreviousYear, type IndicatorValue } from './indicators';

/**
 * Whether the field being resolved asks for `name` among its direct subfields (through fragments too).
 * Without resolve info (a direct call outside GraphQL) the answer is yes: compute everything.
 */
export function asksSubfield(info: GraphQLResolveInfo | undefined, name: string): boolean {
  if (!info) return true;
  const asks = (set: SelectionSetNode | undefined): boolean =>
    !!set && set.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === name;
      if (s.kind === Kind.INLINE_FRAGMENT) return asks(s.selectionSet);
      return asks(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((f) => asks(f.selectionSet));
}

/**
 * A department's indicator list, with the previous year's values only when `previousValue` is asked: the
 * learning-society score never reads them (its @requires leaves them out), so a dashboard computes one year,
 * not two.
 */
export function indicatorListAsAsked<R extends { year: number }>(
  ref: R,
  info: GraphQLResolveInfo | undefined,
  compute: (ref: R) => Promise<IndicatorValue[]>,
): Promise<IndicatorValue[]> {
  return asksSubfield(info, 'previousValue') ? withPreviousYear(ref, compute) : compute(ref);
}
