import {
  Kind, TypeInfo, getNamedType, getNullableType, isCompositeType, isLeafType, isListType, isObjectType,
  parse, validate, visit, visitWithTypeInfo,
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionNode, type SelectionSetNode,
} from 'graphql';
import { ExportError, ExportErrorCode } from './errors';

/**
 * How a GraphQL answer becomes one flat table, decided from the operation and the schema before anything runs
 * (so `GET /export` can list a dataset's columns without executing it).
 *
 * The rule:
 * - A column per scalar or enum field, named by its path of response keys from the root, joined by dots
 *   (`province.inYear.districts.name`; an alias renames its segment). Columns follow the selection order.
 *   A list of scalars is one cell.
 * - One row per element of the deepest list: a row carries the scalars of that element and of every object
 *   above it (the parents' fields repeated), including scalars reached from those objects through single
 *   (non-list) objects.
 * - Sibling lists (two list branches under the same object, e.g. the province's own `targetProgress` beside
 *   its `districts`) are stacked, never multiplied: the rows of the first branch, then the rows of the next,
 *   each leaving the other branch's columns empty. When an operation has more than one such branch, a `_list`
 *   column names the list each row is an element of, so a BI tool can filter one table out of the stack.
 * - An element whose lists are all empty or null still gives one row (its own columns filled, the rest empty):
 *   a unit never disappears from an export because it has no figures.
 * - A rate is never exported without its basis: on a type that has `numerator` and `denominator` fields, a
 *   selection of the rate (`value` or `actual`) that leaves them out gets them added, right after the rate.
 */
export interface PlanField {
  /** Response key (alias or field name). */
  key: string;
  /** Dotted path of response keys from the root: the column name of a leaf, the list name of a list. */
  path: string;
  kind: 'leaf' | 'object' | 'list';
  /** Index of the column of a leaf. */
  column: number;
  children: PlanField[];
}

export interface Column {
  name: string;
  /** GraphQL type of the field as the schema declares it, e.g. `String!`, `[String!]`, `Float`. */
  type: string;
  /** The named type (`String`, `Int`, `Float`, `Boolean`, `ID`, an enum or custom scalar). */
  scalar: string;
}

export interface ExportPlan {
  /** The document to execute: the operation as given, with numerators and denominators added beside rates. */
  document: DocumentNode;
  operation: OperationDefinitionNode;
  columns: Column[];
  fields: PlanField[];
  /** Column index of `_list`, or -1 when the operation has a single list branch. */
  listColumn: number;
}

export const LIST_COLUMN = '_list';
const RATE_FIELDS = new Set(['value', 'actual']);

/** Parses (when given text), checks and plans an operation against the gateway's current schema. */
export function planExport(schema: GraphQLSchema, query: string | DocumentNode, operationName?: string | null): ExportPlan {
  let document: DocumentNode;
  try {
    document = typeof query === 'string' ? parse(query) : query;
  } catch (err) {
    throw new ExportError(400, ExportErrorCode.GRAPHQL_PARSE_FAILED, (err as Error).message);
  }
  const errors = validate(schema, document);
  if (errors.length) {
    throw new ExportError(400, ExportErrorCode.GRAPHQL_VALIDATION_FAILED, errors.map((e) => e.message).join('; '), {
      errors: errors.map((e) => e.message),
    });
  }
  document = withRateBasis(schema, document);
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation) {
    throw new ExportError(400, ExportErrorCode.BAD_USER_INPUT, operationName
      ? `No operation named "${operationName}" in the document`
      : 'The document holds several operations: name one with operationName', { field: 'operationName' });
  }
  if (operation.operation !== 'query') {
    throw new ExportError(400, ExportErrorCode.EXPORT_QUERY_ONLY, `Only queries can be exported, not a ${operation.operation}`);
  }
  const fragments = new Map(document.definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
    .map((f) => [f.name.value, f]));
  const columns: Column[] = [];
  const fields = planSelection(schema, schema.getQueryType()!, [operation.selectionSet], '', fragments, columns);
  const leafLists = countLeafLists(fields);
  let listColumn = -1;
  if (leafLists > 1) {
    listColumn = columns.length;
    columns.push({ name: LIST_COLUMN, type: 'String!', scalar: 'String' });
  }
  return { document, operation, columns, fields, listColumn };
}

function planSelection(
  schema: GraphQLSchema, parent: GraphQLCompositeType, sets: readonly SelectionSetNode[], prefix: string,
  fragments: Map<string, FragmentDefinitionNode>, columns: Column[],
): PlanField[] {
  // Fields with the same response key (from fragments, repeated selections) merge into one column or branch.
  const byKey = new Map<string, { nodes: FieldNode[]; parent: GraphQLCompositeType }>();
  const collect = (set: SelectionSetNode, type: GraphQLCompositeType) => {
    for (const sel of set.selections as readonly SelectionNode[]) {
      if (sel.kind === Kind.FIELD) {
        const key = sel.alias?.value ?? sel.name.value;
        const entry = byKey.get(key);
        if (entry) entry.nodes.push(sel);
        else byKey.set(key, { nodes: [sel], parent: type });
      } else {
        const fragment = sel.kind === Kind.INLINE_FRAGMENT ? sel : fragments.get(sel.name.value);
        if (!fragment) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
        collect(fragment.selectionSet, condition && isCompositeType(condition) ? condition : type);
      }
    }
  };
  for (const set of sets) collect(set, parent);

  const out: PlanField[] = [];
  for (const [key, { nodes, parent: owner }] of byKey) {
    const path = prefix ? `${prefix}.${key}` : key;
    const name = nodes[0].name.value;
    if (name === '__typename') {
      out.push({ key, path, kind: 'leaf', column: columns.push({ name: path, type: 'String!', scalar: 'String' }) - 1, children: [] });
      continue;
    }
    // Validation has passed, so the field exists on its owner (an interface or object; union members come
    // through fragments with their own type condition).
    const def = 'getFields' in owner ? owner.getFields()[name] : undefined;
    if (!def) continue;
    const named = getNamedType(def.type);
    const list = isListType(getNullableType(def.type));
    if (isLeafType(named)) {
      out.push({ key, path, kind: 'leaf', column: columns.push({ name: path, type: String(def.type), scalar: named.name }) - 1, children: [] });
      continue;
    }
    const children = planSelection(schema, named as GraphQLCompositeType, nodes.map((n) => n.selectionSet!).filter(Boolean), path, fragments, columns);
    out.push({ key, path, kind: list ? 'list' : 'object', column: -1, children });
  }
  return out;
}

/** Lists with no list below them: each is a branch of rows. */
function countLeafLists(fields: PlanField[]): number {
  let n = 0;
  for (const f of fields) {
    const below = countLeafLists(f.children);
    n += f.kind === 'list' && below === 0 ? 1 : below;
  }
  return n;
}

/** Adds `numerator` and `denominator` right after a selected rate on the types that carry them. */
function withRateBasis(schema: GraphQLSchema, document: DocumentNode): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  return visit(document, visitWithTypeInfo(typeInfo, {
    SelectionSet(node) {
      const type = typeInfo.getParentType();
      if (!type || !isObjectType(type)) return undefined;
      const defs = type.getFields();
      if (!defs.numerator || !defs.denominator) return undefined;
      const direct = node.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
      const names = new Set(direct.map((f) => f.name.value));
      const rateAt = node.selections.findIndex((s) => s.kind === Kind.FIELD && RATE_FIELDS.has(s.name.value));
      const missing = ['numerator', 'denominator'].filter((n) => !names.has(n));
      if (rateAt < 0 || !missing.length) return undefined;
      const added: FieldNode[] = missing.map((n) => ({ kind: Kind.FIELD, name: { kind: Kind.NAME, value: n } }));
      return { ...node, selections: [...node.selections.slice(0, rateAt + 1), ...added, ...node.selections.slice(rateAt + 1)] };
    },
  }));
}
