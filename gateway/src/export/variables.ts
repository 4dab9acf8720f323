import {
  getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, print, typeFromAST,
  type GraphQLInputType, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import { ExportError, ExportErrorCode } from './errors';

const MAX_INT = 2 ** 31 - 1;

/**
 * The variables of a named dataset from the URL's query parameters, typed by the operation's variable
 * definitions: `?year=2015` becomes the Int 2015, `?districtCode=116` the String "116", a list takes repeated
 * parameters or comma-separated values, an input object JSON. A value that does not fit its type, a required
 * variable left out, or a parameter the operation does not declare is refused (400, BAD_USER_INPUT, naming it).
 */
export function variablesFromParams(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  params: Record<string, unknown>,
  defaults: Record<string, unknown> = {},
): Record<string, unknown> {
  const defs = operation.variableDefinitions ?? [];
  const declared = new Set(defs.map((d) => d.variable.name.value));
  for (const name of Object.keys(params)) {
    if (!declared.has(name)) {
      throw new ExportError(400, ExportErrorCode.BAD_USER_INPUT,
        `Unknown parameter "${name}"; this dataset takes ${[...declared].map((d) => `"${d}"`).join(', ') || 'no parameters'}`, { parameter: name });
    }
  }
  const out: Record<string, unknown> = {};
  for (const def of defs) {
    const name = def.variable.name.value;
    const type = typeFromAST(schema, def.type) as GraphQLInputType | undefined;
    if (!type) throw new ExportError(400, ExportErrorCode.GRAPHQL_VALIDATION_FAILED, `Variable "${name}" has an unknown type ${print(def.type)}`);
    const raw = params[name];
    if (raw === undefined || raw === '') {
      if (defaults[name] !== undefined) out[name] = defaults[name];
      else if (isNonNullType(type) && !def.defaultValue) {
        throw new ExportError(400, ExportErrorCode.BAD_USER_INPUT, `Parameter "${name}" (${print(def.type)}) is required`, { parameter: name });
      }
      continue;
    }
    out[name] = coerce(type, raw, name);
  }
  return out;
}

function coerce(type: GraphQLInputType, raw: unknown, name: string): unknown {
  const bad = (why: string) => new ExportError(400, ExportErrorCode.BAD_USER_INPUT, `Parameter "${name}": ${why}`, { parameter: name, value: raw });
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) {
    const items = Array.isArray(raw) ? raw.map(String) : String(raw).split(',');
    return items.map((item) => coerce(nullable.ofType as GraphQLInputType, item.trim(), name));
  }
  if (Array.isArray(raw)) throw bad('given more than once');
  const text = String(raw);
  const named = getNamedType(nullable);
  if (isEnumType(named)) {
    if (!named.getValue(text)) throw bad(`"${text}" is not one of ${named.getValues().map((v) => v.name).join(', ')}`);
    return text;
  }
  if (isInputObjectType(named)) {
    try {
      return JSON.parse(text);
    } catch {
      throw bad(`not JSON for ${named.name}`);
    }
  }
  switch (named.name) {
    case 'Int': {
      const n = Number(text);
      if (!/^[+-]?\d+$/.test(text) || Math.abs(n) > MAX_INT) throw bad(`"${text}" is not a whole number`);
      return n;
    }
    case 'Float': {
      const n = Number(text);
      if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) || !Number.isFinite(n)) throw bad(`"${text}" is not a number`);
      return n;
    }
    case 'Boolean':
      if (text !== 'true' && text !== 'false') throw bad(`"${text}" is not true or false`);
      return text === 'true';
    default:
      // String, ID and custom scalars (such as a timestamp) travel as text; the subgraph's scalar parses them.
      return text;
  }
}
