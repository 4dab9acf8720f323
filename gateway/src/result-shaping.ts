/**
 * The gateway's last step, shaping the merged subgraph data into the answer, done on a tree prepared once per request.
 *
 * After the query plan's fetches, @apollo/gateway walks the merged data against the operation
 * (`computeResponse`, @apollo/gateway/dist/resultShaping.js): per value it reads the selection's definition through
 * federation-internals' getters, evaluates @skip/@include, tests the leaf against its type and allocates a result
 * record. For the Sơn La dashboard (204 communes × 15 components × 10 fields) that was 39 ms of the gateway's 88 ms of
 * CPU per request, and the gateway, on one core, was what limited the requests per second (profiled with the
 * DevTools protocol at 4 connections, 2026-12-07; README "Benchmark").
 *
 * Here the operation is prepared first: every selection's response name, its type taken apart (non-null, list,
 * composite, leaf test), @skip/@include already decided for this request's variables. Then the data is walked with
 * plain loops. It is the same algorithm as Apollo's (the same merging of repeated fields, the same order of keys) for
 * answers without a value error. At the first sign of one (a null where the type forbids it, a value of the wrong
 * type, an unknown `__typename`, a malformed list), it gives up and returns what Apollo's own `computeResponse` says
 * about the same input, so every error, its message and its path stay Apollo's. Operations with introspection fields
 * go to Apollo's directly. result-shaping.test.ts checks both give the same answer.
 *
 * Put in place by replacing the module's export, which executeQueryPlan reads at each call (useResultShaping, from
 * GATEWAY_RESULT_SHAPING; 'apollo' puts Apollo's back). The module is internal to @apollo/gateway, so this checks the
 * version it was written against (2.14.x and 2.15.x: the same file) and otherwise leaves Apollo's in place, which the
 * gateway logs as a warning.
 */
import {
  isCompositeType, isCustomScalarType, isEnumType, isListType, isNonNullType, isObjectType, isSubtype, Variable,
  typenameFieldName, type CompositeType, type Operation, type Schema, type SelectionSet, type Type, type NamedType,
} from '@apollo/federation-internals';
import type { GraphQLError } from 'graphql';

type Shape = (args: ShapeArgs) => { data: Record<string, any> | null | undefined; errors: GraphQLError[] };
interface ShapeArgs {
  operation: Operation;
  variables?: Record<string, any>;
  input: Record<string, any> | null | undefined;
  introspectionHandling: (selection: any) => any;
}

/** Thrown inside the fast walk at the first value Apollo's walk would report: the caller then asks Apollo's. */
const BAIL = Symbol('bail');

type Leaf = (value: unknown) => boolean;
type TypeShape =
  | { k: 'nonNull'; of: TypeShape }
  | { k: 'list'; of: TypeShape }
  | { k: 'composite'; type: CompositeType }
  | { k: 'leaf'; valid: Leaf };

interface FieldStep { f: true; name: string; typename: boolean; shape: TypeShape; sub?: SelectionSet }
interface FragmentStep { f: false; condition?: CompositeType; sub: SelectionSet; applies: Map<string, boolean> }
type Step = FieldStep | FragmentStep;

const INTEGER = /^-?(?:0|[1-9][0-9]*)$/;

/** One request's walk: the schema, the variables, and the selection sets prepared so far (per set and parent type). */
class Walk {
  private readonly prepared = new Map<SelectionSet, Map<string, Step[]>>();
  private readonly leaves = new Map<Type, Leaf>();
  constructor(private readonly schema: Schema, private readonly variables: Record<string, any>) {}

  private skipped(element: any): boolean {
    const skip = element.appliedDirectivesOf(this.schema.skipDirective())[0];
    const include = element.appliedDirectivesOf(this.schema.includeDirective())[0];
    return (!!skip && this.ifValue(skip)) || (!!include && !this.ifValue(include));
  }

  private ifValue(directive: any): boolean {
    const arg = directive.arguments().if;
    if (arg instanceof Variable) {
      const value = this.variables[arg.name];
      if (typeof value !== 'boolean') throw BAIL; // Apollo asserts; its walk gives the error
      return value;
    }
    return arg;
  }

  private leaf(type: Type): Leaf {
    let valid = this.leaves.get(type);
    if (valid) return valid;
    // The rules of federation-internals' isValidLeafValue, decided once per type.
    const s = this.schema;
    if (isCustomScalarType(type)) valid = () => true;
    else if (type === s.booleanType()) valid = (v) => typeof v === 'boolean';
    else if (type === s.intType()) valid = (v) => typeof v === 'number' && isFinite(v) && INTEGER.test(String(v));
    else if (type === s.idType()) {
      valid = (v) => typeof v === 'string' || (typeof v === 'number' && isFinite(v) && INTEGER.test(String(v)));
    } else if (type === s.floatType()) valid = (v) => typeof v === 'number' && isFinite(v);
    else if (isEnumType(type)) {
      const values = new Set(type.values.map((v) => v.name));
      valid = (v) => typeof v === 'string' && values.has(v);
    } else valid = (v) => typeof v === 'string'; // String
    this.leaves.set(type, valid);
    return valid;
  }

  private shapeOf(type: Type): TypeShape {
    if (isNonNullType(type)) return { k: 'nonNull', of: this.shapeOf(type.ofType) };
    if (isListType(type)) return { k: 'list', of: this.shapeOf(type.ofType) };
    if (isCompositeType(type)) return { k: 'composite', type };
    return { k: 'leaf', valid: this.leaf(type) };
  }

  prepare(set: SelectionSet, parent: CompositeType): Step[] {
    let byParent = this.prepared.get(set);
    if (!byParent) this.prepared.set(set, (byParent = new Map()));
    const known = byParent.get(parent.name);
    if (known) return known;
    const steps: Step[] = [];
    for (const selection of set.selections()) {
      if (this.skipped(selection.element)) continue;
      if (selection.kind === 'FieldSelection') {
        const field = selection.element;
        if (field.definition.isSchemaIntrospectionField()) throw BAIL;
        const name = field.responseName();
        // Outputs are ordinary objects (Apollo's have no prototype): a response name that is also a property of
        // Object.prototype ('constructor', 'toString', …) would read as already set, so such an operation is Apollo's.
        if (name in Object.prototype) throw BAIL;
        steps.push({ f: true, name, typename: field.name === typenameFieldName, shape: this.shapeOf(field.definition.type!), sub: selection.selectionSet });
      } else {
        steps.push({ f: false, condition: selection.element.typeCondition, sub: selection.selectionSet!, applies: new Map() });
      }
    }
    byParent.set(parent.name, steps);
    return steps;
  }

  /** Apollo's applySelectionSet, for answers without an error. */
  apply(input: any, set: SelectionSet, output: any, parent: CompositeType): void {
    for (const step of this.prepare(set, parent)) {
      if (step.f) {
        const outputValue = output[step.name];
        let inputValue = Object.prototype.hasOwnProperty.call(input, step.name) ? input[step.name] ?? null : null;
        if (step.typename) {
          if (outputValue === undefined) {
            if (inputValue === null && step.name !== typenameFieldName) inputValue = input[typenameFieldName] ?? null;
            const type = typeof inputValue === 'string' ? this.schema.type(inputValue) ?? parent : parent;
            if (!isObjectType(type)) throw BAIL;
            output[step.name] = type.name;
          }
          continue;
        }
        output[step.name] = this.value(outputValue, step.shape, inputValue, step.sub);
      } else {
        const typename = input[typenameFieldName];
        if (typename !== undefined && typename !== null && typeof typename !== 'string') throw BAIL;
        if (this.applies(step, typename, parent)) this.apply(input, step.sub, output, step.condition ?? parent);
      }
    }
  }

  private applies(step: FragmentStep, typename: string | undefined | null, parent: CompositeType): boolean {
    if (!step.condition) return true;
    const key = typename ? typename : `\u0000${parent.name}`;
    let answer = step.applies.get(key);
    if (answer === undefined) {
      if (typename) {
        const type = this.schema.type(typename);
        answer = !!type && isSubtype(step.condition, type as NamedType);
      } else answer = isSubtype(step.condition, parent);
      step.applies.set(key, answer);
    }
    return answer;
  }

  /** Apollo's updateOutputValue, for values without an error. */
  private value(outputValue: any, shape: TypeShape, inputValue: any, sub: SelectionSet | undefined): any {
    if (outputValue === null || (outputValue !== undefined && !sub)) return outputValue;
    switch (shape.k) {
      case 'nonNull': {
        const updated = this.value(outputValue, shape.of, inputValue, sub);
        if (updated === null) throw BAIL;
        return updated;
      }
      case 'list': {
        if (inputValue === null) return null;
        if (!Array.isArray(inputValue)) throw BAIL;
        if (outputValue !== undefined && (!Array.isArray(outputValue) || outputValue.length !== inputValue.length)) throw BAIL;
        const n = inputValue.length;
        const updated = new Array(n);
        for (let i = 0; i < n; i++) {
          const element = inputValue[i];
          if (element === undefined) throw BAIL;
          updated[i] = this.value(outputValue === undefined ? undefined : outputValue[i], shape.of, element, sub);
        }
        return updated;
      }
      case 'composite': {
        if (inputValue === null) return null;
        if (!sub || typeof inputValue !== 'object') throw BAIL;
        if (outputValue !== undefined && typeof outputValue !== 'object') throw BAIL;
        const inputTypename = inputValue[typenameFieldName];
        let type: CompositeType = shape.type;
        if (inputTypename !== undefined) {
          if (typeof inputTypename !== 'string') throw BAIL;
          if (inputTypename) {
            const named = this.schema.type(inputTypename);
            if (!named || !isCompositeType(named)) throw BAIL;
            type = named;
          }
        }
        const out = outputValue ?? {};
        this.apply(inputValue, sub, out, type);
        return out;
      }
      case 'leaf':
        if (inputValue === null) return null;
        if (outputValue !== undefined) throw BAIL;
        if (!shape.valid(inputValue)) throw BAIL;
        return inputValue;
    }
  }
}

/** The shaping above, with Apollo's `computeResponse` as the answer whenever the fast walk gives up. */
export function preparedResultShaping(apollo: Shape): Shape {
  return function computeResponse(args) {
    const { operation, variables, input } = args;
    if (!input) return apollo(args);
    try {
      const schema = operation.schema();
      const walk = new Walk(schema, { __proto__: null, ...operation.collectDefaultedVariableValues(), ...variables });
      const root = schema.schemaDefinition.rootType(operation.rootKind)!;
      const data = {};
      walk.apply(input, operation.selectionSet, data, root);
      return { data, errors: [] };
    } catch (e) {
      if (e === BAIL) return apollo(args);
      throw e;
    }
  };
}

/** The versions of @apollo/gateway whose resultShaping.js this was written against and checked with. */
const CHECKED = /^2\.1[45]\./;

export type ResultShaping = 'prepared' | 'apollo';
/** Apollo's own computeResponse, kept when the prepared one is put in its place. */
let apolloShaping: Shape | undefined;

/**
 * Chooses the result shaping of this process's gateway (GATEWAY_RESULT_SHAPING): 'prepared' puts the prepared shaping
 * in place of @apollo/gateway's, 'apollo' puts Apollo's back. It is process-wide, as the module is. Returns what is
 * in place, for the log: 'prepared', 'apollo', or why the prepared one could not be.
 */
export function useResultShaping(kind: ResultShaping): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const version: string = require('@apollo/gateway/package.json').version;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require('@apollo/gateway/dist/resultShaping') as { computeResponse: Shape };
  apolloShaping ??= mod.computeResponse;
  if (kind === 'apollo') {
    mod.computeResponse = apolloShaping;
    return 'apollo';
  }
  if (!CHECKED.test(version) || typeof apolloShaping !== 'function') {
    return `apollo: @apollo/gateway ${version} is not a version the prepared result shaping was checked against`;
  }
  mod.computeResponse = preparedResultShaping(apolloShaping);
  return 'prepared';
}
