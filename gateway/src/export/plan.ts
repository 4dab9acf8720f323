import {
  Kind, TypeInfo, getNamedType, getNullableType, isCompositeType, isLeafType, isListType, isObjectType,
  parse, specifiedRules, validate, visit, visitWithTypeInfo,
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionNode, type SelectionSetNode, type ValidationRule,
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
 *   a unit never disappears from an export because it has no figures. An answer whose lists are all empty is
 *   an empty table; an operation with no list at all gives one row.
 * - A rate is never exported without its basis: on a type that has `numerator` and `denominator` fields, a
 *   selection of the rate (`value` or `actual`) that leaves them out gets them added, right after the rate.
 * - Paged lists are followed to the end. An operation is paged when one field, reached from the root through
 *   single objects, takes its `after` argument from a variable and returns a page (`pageInfo { endCursor
 *   hasNextPage }`, or `endCursor` and `hasNextPage` on the page itself). The export asks for the paging fields
 *   if the operation does not, runs it again with `after` = the last `endCursor` while `hasNextPage`, and
 *   streams each page's rows; paging fields are not columns. Other lists of the page that do not depend on the
 *   cursor (`deleted`, the keys deleted since `updatedSince`) are taken from the first page only.
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
  /** A list of a paged field other than its nodes (e.g. `deleted`): flattened from the first page only. */
  firstPageOnly?: boolean;
}

/** How a paged operation is followed to its last page. */
export interface Paging {
  /** Response keys from the root to the paged field (single objects only). */
  keys: string[];
  /** The variable that carries the cursor (`after: $after`). */
  variable: string;
  /** Where the page says where it ends: in `pageInfo`, or on the page itself. */
  style: 'pageInfo' | 'page';
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
  /** Set when the operation is paged and the export follows its pages. */
  paging?: Paging;
  /** The operation selects at least one list of objects (else its answer is a single row). */
  hasLists: boolean;
}

export const LIST_COLUMN = '_list';
const RATE_FIELDS = new Set(['value', 'actual']);
/** The lists of a page that hold its rows (every other list of the page is the same on every page). */
const PAGE_ROWS = new Set(['nodes', 'edges']);

/** Parses (when given text), checks and plans an operation against the gateway's current schema. */
export function planExport(schema: GraphQLSchema, query: string | DocumentNode, operationName?: string | null, rules: readonly ValidationRule[] = []): ExportPlan {
  let document: DocumentNode;
  try {
    document = typeof query === 'string' ? parse(query) : query;
  } catch (err) {
    throw new ExportError(400, ExportErrorCode.GRAPHQL_PARSE_FAILED, (err as Error).message);
  }
  const errors = validate(schema, document, [...specifiedRules, ...rules]);
  if (errors.length) {
    throw new ExportError(400, ExportErrorCode.GRAPHQL_VALIDATION_FAILED, errors.map((e) => e.message).join('; '), {
      errors: errors.map((e) => e.message),
    });
  }
  document = withRateBasis(schema, document);
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  let operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation) {
    throw new ExportError(400, ExportErrorCode.BAD_USER_INPUT, operationName
      ? `No operation named "${operationName}" in the document`
      : 'The document holds several operations: name one with operationName', { field: 'operationName' });
  }
  if (operation.operation !== 'query') {
    throw new ExportError(400, ExportErrorCode.EXPORT_QUERY_ONLY, `Only queries can be exported, not a ${operation.operation}`);
  }
  const paged = findPaging(schema, operation);
  const paging = paged?.paging;
  if (paged) {
    const index = document.definitions.indexOf(operation);
    document = withPagingFields(document, operation, paged.paging, paged.nodes);
    operation = document.definitions[index] as OperationDefinitionNode;
  }
  const fragments = new Map(document.definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
    .map((f) => [f.name.value, f]));
  const columns: Column[] = [];
  const pagingPath = paging?.keys.join('.');
  const fields = planSelection(schema, schema.getQueryType()!, [operation.selectionSet], '', fragments, columns, pagingPath);
  const leafLists = countLeafLists(fields);
  let listColumn = -1;
  if (leafLists > 1) {
    listColumn = columns.length;
    columns.push({ name: LIST_COLUMN, type: 'String!', scalar: 'String' });
  }
  return { document, operation, columns, fields, listColumn, paging, hasLists: leafLists > 0 };
}

function planSelection(
  schema: GraphQLSchema, parent: GraphQLCompositeType, sets: readonly SelectionSetNode[], prefix: string,
  fragments: Map<string, FragmentDefinitionNode>, columns: Column[], pagingPath?: string,
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
    // Paging state is how the export walks the pages, not data.
    if (pagingPath !== undefined && prefix === pagingPath && PAGING_FIELDS.has(name)) continue;
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
    const children = planSelection(schema, named as GraphQLCompositeType, nodes.map((n) => n.selectionSet!).filter(Boolean), path, fragments, columns, pagingPath);
    const firstPageOnly = list && pagingPath !== undefined && prefix === pagingPath && !PAGE_ROWS.has(name);
    out.push({ key, path, kind: list ? 'list' : 'object', column: -1, children, ...(firstPageOnly ? { firstPageOnly } : {}) });
  }
  return out;
}

const PAGING_FIELDS = new Set(['pageInfo', 'endCursor', 'hasNextPage']);

/** The one field reached through single objects whose `after` argument is a variable and whose type is a page. */
function findPaging(schema: GraphQLSchema, operation: OperationDefinitionNode): { paging: Paging; nodes: FieldNode[] } | undefined {
  const found: Array<{ paging: Paging; nodes: FieldNode[] }> = [];
  const walk = (type: GraphQLCompositeType, set: SelectionSetNode, keys: string[]) => {
    if (!('getFields' in type)) return;
    for (const sel of set.selections) {
      if (sel.kind !== Kind.FIELD || !sel.selectionSet) continue;
      const def = type.getFields()[sel.name.value];
      if (!def || isListType(getNullableType(def.type))) continue;
      const named = getNamedType(def.type);
      if (!isObjectType(named)) continue;
      const key = [...keys, sel.alias?.value ?? sel.name.value];
      const after = sel.arguments?.find((a) => a.name.value === 'after' && a.value.kind === Kind.VARIABLE);
      const fields = named.getFields();
      const pageInfo = fields.pageInfo && getNamedType(fields.pageInfo.type);
      const style = pageInfo && isObjectType(pageInfo) && pageInfo.getFields().endCursor && pageInfo.getFields().hasNextPage ? 'pageInfo'
        : fields.endCursor && fields.hasNextPage ? 'page' : undefined;
      if (after && after.value.kind === Kind.VARIABLE && style) found.push({ paging: { keys: key, variable: after.value.name.value, style }, nodes: [sel] });
      else walk(named, sel.selectionSet, key);
    }
  };
  walk(schema.getQueryType()!, operation.selectionSet, []);
  return found.length === 1 ? found[0] : undefined;
}

/** Asks for `endCursor` and `hasNextPage` on the paged field (the operation may not have). */
function withPagingFields(document: DocumentNode, operation: OperationDefinitionNode, paging: Paging, nodes: FieldNode[]): DocumentNode {
  const field = (name: string, selections?: FieldNode[]): FieldNode => ({
    kind: Kind.FIELD, name: { kind: Kind.NAME, value: name },
    ...(selections ? { selectionSet: { kind: Kind.SELECTION_SET, selections } } : {}),
  });
  const added = paging.style === 'pageInfo' ? [field('pageInfo', [field('endCursor'), field('hasNextPage')])] : [field('endCursor'), field('hasNextPage')];
  return visit(document, {
    Field(node) {
      if (!nodes.includes(node)) return undefined;
      return { ...node, selectionSet: { ...node.selectionSet!, selections: [...node.selectionSet!.selections, ...added] } };
    },
    OperationDefinition(node) {
      return node === operation ? undefined : false;
    },
  });
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
