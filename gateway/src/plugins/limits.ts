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
 * Query-shape limits, checked before any subgraph is called. graphql-armor does depth, aliases, tokens,
 * directives and (in production) hides field suggestions; its cost limit does not know list sizes, so the
 * cost estimate is this module's own rule (`estimatedCost`).
 */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
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

/** Fields resolved by an operation, each list multiplying what is under it by its expected size. */
export function estimatedCost(context: ValidationContext, selectionSet: SelectionSetNode, parent: GraphQLCompositeType, seen = new Set<string>()): number {
  let total = 0;
  for (const sel of selectionSet.selections) {
    if (sel.kind === Kind.INLINE_FRAGMENT) {
      const type = sel.typeCondition ? (context.getSchema().getType(sel.typeCondition.name.value) as GraphQLCompositeType | undefined) : parent;
      if (type) total += estimatedCost(context, sel.selectionSet, type, seen);
    } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
      const frag = context.getFragment(sel.name.value);
      if (!frag || seen.has(frag.name.value)) continue;
      const type = context.getSchema().getType(frag.typeCondition.name.value) as GraphQLCompositeType | undefined;
      if (type) total += estimatedCost(context, frag.selectionSet, type, new Set([...seen, frag.name.value]));
    } else {
      total += fieldCost(context, sel, parent, seen);
    }
  }
  return total;
}

function fieldCost(context: ValidationContext, field: FieldNode, parent: GraphQLCompositeType, seen: Set<string>): number {
  if (field.name.value.startsWith('__') || !(isObjectType(parent) || isInterfaceType(parent))) return 1;
  const def = parent.getFields()[field.name.value];
  if (!def) return 1;
  let size = 1;
  let type = getNullableType(def.type);
  while (isListType(type)) {
    const first = field.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
    const literal = first?.value.kind === Kind.INT ? Number(first.value.value) : undefined;
    size *= literal ?? LIST_SIZES[`${parent.name}.${def.name}`] ?? DEFAULT_LIST_SIZE;
    type = getNullableType(type.ofType);
  }
  const named = getNamedType(def.type);
  if (!field.selectionSet || !(isObjectType(named) || isInterfaceType(named))) return size;
  return size * (1 + estimatedCost(context, field.selectionSet, named, seen));
}

export const costLimitRule = (maxCost: number): ValidationRule => (context) => ({
  OperationDefinition(op) {
    const root = op.operation === 'mutation' ? context.getSchema().getMutationType() : context.getSchema().getQueryType();
    if (!root) return;
    const cost = estimatedCost(context, op.selectionSet, root);
    if (cost > maxCost) {
      context.reportError(new GraphQLError(`Query too costly: an estimated ${cost} fields to resolve, the limit is ${maxCost}`, {
        nodes: [op], extensions: { code: QUERY_TOO_COMPLEX, limit: 'cost', cost, max: maxCost },
      }));
    }
  },
});

/** graphql-armor's protections plus the cost rule, each refusal coded QUERY_TOO_COMPLEX naming the limit. */
export function queryLimits(limits: QueryLimits) {
  const coded = (limit: string) => ({
    propagateOnRejection: false,
    onReject: [
      (ctx: ValidationContext | null, err: GraphQLError) => {
        const error = new GraphQLError(err.message.replace(/^Syntax Error: /, ''), { extensions: { code: QUERY_TOO_COMPLEX, limit } });
        if (ctx) ctx.reportError(error);
        else throw error;
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
  return { plugins: armor.plugins, validationRules: [...armor.validationRules, costLimitRule(limits.maxCost)] };
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
