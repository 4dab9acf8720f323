import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import type express from 'express';
import { HttpRefusal } from './errors';
import {
  GraphQLError, Kind, getNamedType, getNullableType, isListType, isObjectType, isInterfaceType,
  type FieldNode, type GraphQLCompositeType, type SelectionSetNode, type ValidationContext, type ValidationRule,
} from 'graphql';
import type { Identity } from '@lsp/shared';

/**
 * Query-shape limits, checked before any subgraph is called. Every rule is bounded by the size of the
 * document (a fragment is measured once however often it is spread), and the cheap rules answer first:
 *
 * 1. tokens, counted before Apollo parses (`tokenLimit`);
 * 2. Apollo's own `maxRecursiveSelections` pass (`maxSelections`: selections once fragments are expanded, a
 *    count in one walk of the document) together with GraphQL's specified rules; the rules below run only
 *    on a document that passed it;
 * 3. graphql-armor's depth, aliases and directives, then the introspection depth (`introspectionDepthRule`);
 * 4. the cost estimate (`estimatedCost`), skipped when one of 3. has refused, memoised per fragment and
 *    stopped as soon as it passes the limit.
 *
 * graphql-armor (in production) also hides field suggestions; its cost limit does not know list sizes, so
 * the cost estimate is this module's own rule.
 */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
  /** Depth of an introspection (`__schema`, `__type`) selection, fragments flattened; graphql-armor leaves `__schema` out of maxDepth. */
  maxIntrospectionDepth: number;
  /** Selections once fragments are expanded (Apollo Server's `maxRecursiveSelections`). */
  maxSelections: number;
  production: boolean;
}

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

/**
 * Typical sizes of the platform's lists, by Type.field (Sơn La: 12 districts, 200 communes before 2025, 75
 * after); a list not named here counts as DEFAULT_LIST_SIZE, and a literal `first` argument wins.
 */
const LIST_SIZES: Record<string, number> = {
  'Province.districts': 12,
  'Province.communes': 200,
  'District.communes': 25,
  'Query.communes': 200,
  'Query.districts': 12,
};
const DEFAULT_LIST_SIZE = 10;

const compositeType = (context: ValidationContext, name: string) => context.getSchema().getType(name) as GraphQLCompositeType | undefined;

/**
 * Fields resolved by an operation, each list multiplying what is under it by its expected size. The sum
 * saturates at `cap`: once it is reached nothing more is added or walked (the caller only needs to know the
 * limit is passed). Each fragment is costed once, under its own type condition, and reused at every spread;
 * a fragment spread inside itself counts 0 (GraphQL's NoFragmentCyclesRule refuses the document anyway).
 */
export function estimatedCost(context: ValidationContext, selectionSet: SelectionSetNode, parent: GraphQLCompositeType, cap = Number.POSITIVE_INFINITY): number {
  /** Cost of each fragment by name; null while it is being costed (a cycle). */
  const fragments = new Map<string, number | null>();
  const add = (a: number, b: number) => Math.min(cap, a + b);
  const times = (a: number, b: number) => Math.min(cap, a * b);

  const setCost = (set: SelectionSetNode, type: GraphQLCompositeType): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (total >= cap) break;
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? compositeType(context, sel.typeCondition.name.value) : type;
        if (t) total = add(total, setCost(sel.selectionSet, t));
      } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
        total = add(total, fragmentCost(sel.name.value));
      } else {
        total = add(total, fieldCost(sel, type));
      }
    }
    return total;
  };

  const fragmentCost = (name: string): number => {
    const known = fragments.get(name);
    if (known !== undefined) return known ?? 0;
    const frag = context.getFragment(name);
    const type = frag && compositeType(context, frag.typeCondition.name.value);
    if (!frag || !type) return 0;
    fragments.set(name, null);
    const cost = setCost(frag.selectionSet, type);
    fragments.set(name, cost);
    return cost;
  };

  const fieldCost = (field: FieldNode, parentType: GraphQLCompositeType): number => {
    if (field.name.value.startsWith('__') || !(isObjectType(parentType) || isInterfaceType(parentType))) return 1;
    const def = parentType.getFields()[field.name.value];
    if (!def) return 1;
    let size = 1;
    let type = getNullableType(def.type);
    while (isListType(type)) {
      const first = field.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
      const literal = first?.value.kind === Kind.INT ? Number(first.value.value) : undefined;
      size = times(size, literal ?? LIST_SIZES[`${parentType.name}.${def.name}`] ?? DEFAULT_LIST_SIZE);
      type = getNullableType(type.ofType);
    }
    const named = getNamedType(def.type);
    if (!field.selectionSet || !(isObjectType(named) || isInterfaceType(named))) return size;
    return times(size, add(1, setCost(field.selectionSet, named)));
  };

  return setCost(selectionSet, parent);
}

/** Validation contexts in which a cheaper shape rule has already refused: the cost rule need not run. */
const refusedEarlier = new WeakSet<ValidationContext>();

export const costLimitRule = (maxCost: number): ValidationRule => (context) => ({
  OperationDefinition(op) {
    if (refusedEarlier.has(context)) return;
    const root = op.operation === 'mutation' ? context.getSchema().getMutationType() : context.getSchema().getQueryType();
    if (!root) return;
    const cost = estimatedCost(context, op.selectionSet, root, maxCost + 1);
    if (cost > maxCost) {
      context.reportError(new GraphQLError(`Query too costly: an estimated more than ${maxCost} fields to resolve, the limit is ${maxCost}`, {
        nodes: [op], extensions: { code: QUERY_TOO_COMPLEX, limit: 'cost', max: maxCost },
      }));
    }
  },
});

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/**
 * Depth of the deepest path through an introspection field (`__schema`, `__type`), counted in fields from
 * the operation's root, fragments flattened (a spread adds no level) and each fragment measured once.
 * 0 when the operation asks no introspection.
 */
export function introspectionDepth(context: ValidationContext, selectionSet: SelectionSetNode): number {
  /** [deepest path, deepest path through an introspection field] of each fragment; null while measured (a cycle). */
  const fragments = new Map<string, [number, number] | null>();
  const NONE = Number.NEGATIVE_INFINITY;
  const measure = (set: SelectionSetNode): [number, number] => {
    let depth = 0;
    let through = NONE;
    for (const sel of set.selections) {
      let d: number;
      let t: number;
      if (sel.kind === Kind.FIELD) {
        const [cd, ct] = sel.selectionSet ? measure(sel.selectionSet) : [0, NONE];
        d = 1 + cd;
        t = INTROSPECTION_ROOTS.has(sel.name.value) ? d : 1 + ct;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        [d, t] = measure(sel.selectionSet);
      } else {
        [d, t] = fragmentDepth(sel.name.value);
      }
      depth = Math.max(depth, d);
      through = Math.max(through, t);
    }
    return [depth, through];
  };
  const fragmentDepth = (name: string): [number, number] => {
    const known = fragments.get(name);
    if (known !== undefined) return known ?? [0, NONE];
    const frag = context.getFragment(name);
    if (!frag) return [0, NONE];
    fragments.set(name, null);
    const measured = measure(frag.selectionSet);
    fragments.set(name, measured);
    return measured;
  };
  return Math.max(0, measure(selectionSet)[1]);
}

export const introspectionDepthRule = (maxDepth: number): ValidationRule => (context) => ({
  OperationDefinition(op) {
    const depth = introspectionDepth(context, op.selectionSet);
    if (depth > maxDepth) {
      refusedEarlier.add(context);
      context.reportError(new GraphQLError(`Introspection too deep: ${depth} levels, the limit is ${maxDepth}`, {
        nodes: [op], extensions: { code: QUERY_TOO_COMPLEX, limit: 'introspectionDepth', depth, max: maxDepth },
      }));
    }
  },
});

/**
 * graphql-armor's protections, the introspection depth and the cost rule, each refusal coded
 * QUERY_TOO_COMPLEX naming the limit; `maxRecursiveSelections` is for ApolloServer's options.
 */
export function queryLimits(limits: QueryLimits) {
  const coded = (limit: string) => ({
    propagateOnRejection: false,
    onReject: [
      (ctx: ValidationContext | null, err: GraphQLError) => {
        const error = new GraphQLError(err.message.replace(/^Syntax Error: /, ''), { extensions: { code: QUERY_TOO_COMPLEX, limit } });
        if (ctx) {
          refusedEarlier.add(ctx);
          ctx.reportError(error);
        } else throw error;
      },
    ],
  });
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...coded('depth') },
    maxAliases: { n: limits.maxAliases, ...coded('aliases') },
    // Tokens are counted before Apollo parses (tokenLimit below), where a refusal can be a coded 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives, ...coded('directives') },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: limits.production },
  }).protect();
  return {
    plugins: armor.plugins,
    // Rules are called in this order on each operation: the cost estimate comes last.
    validationRules: [...armor.validationRules, introspectionDepthRule(limits.maxIntrospectionDepth), costLimitRule(limits.maxCost)],
    maxRecursiveSelections: limits.maxSelections,
  };
}

/**
 * Introspection in production: signed-in callers only (the explorer needs it); anonymous callers, when let
 * in at all, are refused. Outside production it is open.
 */
export function introspectionGate(production: boolean): ApolloServerPlugin<{ identity: Identity }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!production || contextValue.identity.sub !== 'anonymous') return;
          let asks = false;
          const walk = (set: SelectionSetNode | undefined): void => {
            for (const s of set?.selections ?? []) {
              if (s.kind === Kind.FIELD && (s.name.value === '__schema' || s.name.value === '__type')) asks = true;
              else if (s.kind !== Kind.FRAGMENT_SPREAD) walk(s.selectionSet);
            }
          };
          for (const d of document.definitions) if (d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION) walk(d.selectionSet);
          if (asks) throw new GraphQLError('Introspection needs a signed-in caller', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
        },
      };
    },
  };
}

/**
 * graphql-armor's token-counting lexer, run on the query before Apollo parses it: a document of more than
 * `maxTokens` tokens is refused 400 without being parsed (armor's Apollo hook would answer 500).
 */
export function tokenLimit(maxTokens: number): express.RequestHandler {
  return (req, _res, next) => {
    const query = (req.body as { query?: unknown } | undefined)?.query ?? req.query?.query;
    if (typeof query !== 'string') return next();
    try {
      new MaxTokensParserWLexer(query, { n: maxTokens }).parseDocument();
    } catch (err) {
      if (/Token limit/.test((err as Error).message)) {
        return next(new HttpRefusal(400, `Query too large: more than ${maxTokens} tokens`, {}, QUERY_TOO_COMPLEX));
      }
      // A syntax error: Apollo reports it, coded, with its location.
    }
    next();
  };
}
