import { ERROR_KEYS } from '@bridge/contracts';
import type { ErrorKey } from '@bridge/contracts';
import {
  ASTVisitor,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLOutputType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
} from 'graphql';
import { AppException } from '../errors/app.exception';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  /** Assumed size of a list whose size the query does not state. */
  defaultListSize: number;
  maxPageSize: number;
}

export interface Measure {
  depth: number;
  cost: number;
  aliases: number;
}

type Variables = Record<string, unknown> | undefined;

function listSize(field: FieldNode, limits: QueryLimits, variables: Variables): number {
  const arg = field.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
  if (!arg) return limits.defaultListSize;
  let value: unknown = limits.maxPageSize;
  if (arg.value.kind === 'IntValue') value = Number(arg.value.value);
  else if (arg.value.kind === 'Variable' && variables) value = variables[arg.value.name.value] ?? value;
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.max(1, Math.min(Math.trunc(value), limits.maxPageSize))
    : limits.maxPageSize;
}

/** Relay-style connections (`…Connection` types) count as lists of their page size. */
function isConnection(type: GraphQLOutputType): boolean {
  return getNamedType(type).name.endsWith('Connection');
}

/**
 * Depth, cost and aliases of one operation. Each field costs 1, multiplied by the sizes of the lists
 * it is nested in (a page size given by a variable counts with its value when known, else as the
 * largest page). Introspection fields (`__schema`, `__type`) are not counted.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: (name: string) => FragmentDefinitionNode | undefined,
  limits: QueryLimits,
  variables?: Variables,
): Measure {
  const measure = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLOutputType | null | undefined,
    depth: number,
    fragmentsInPath: Set<string>,
  ): Measure => {
    const total: Measure = { depth, cost: 0, aliases: 0 };
    const named = parentType ? getNamedType(parentType) : undefined;
    const fields = named && (isObjectType(named) || isInterfaceType(named)) ? named.getFields() : undefined;
    for (const selection of selectionSet.selections) {
      let inner: Measure | undefined;
      if (selection.kind === 'Field') {
        if (selection.name.value.startsWith('__')) continue;
        const fieldType = fields?.[selection.name.value]?.type;
        // A connection counts as a list of its page size; its `edges` list then counts once.
        const isEdgesOfConnection = !!named && isConnection(named) && selection.name.value === 'edges';
        const isList = fieldType
          ? isConnection(fieldType) || (isListType(getNullableType(fieldType)) && !isEdgesOfConnection)
          : false;
        const multiplier = isList ? listSize(selection, limits, variables) : 1;
        const child = selection.selectionSet
          ? measure(selection.selectionSet, fieldType, depth + 1, fragmentsInPath)
          : { depth, cost: 0, aliases: 0 };
        inner = {
          depth: Math.max(depth, child.depth),
          cost: 1 + multiplier * child.cost,
          aliases: child.aliases + (selection.alias ? 1 : 0),
        };
      } else if (selection.kind === 'InlineFragment') {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : named;
        inner = measure(selection.selectionSet, type as GraphQLOutputType, depth, fragmentsInPath);
      } else {
        const name = selection.name.value;
        const fragment = fragments(name);
        if (!fragment || fragmentsInPath.has(name)) continue; // cycles are reported by the standard rules
        const type = schema.getType(fragment.typeCondition.name.value) as GraphQLOutputType;
        inner = measure(fragment.selectionSet, type, depth, new Set([...fragmentsInPath, name]));
      }
      total.depth = Math.max(total.depth, inner.depth);
      total.cost += inner.cost;
      total.aliases += inner.aliases;
    }
    return total;
  };
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  return measure(operation.selectionSet, root, 0, new Set());
}

function refusal(key: ErrorKey, params: Record<string, number>): GraphQLError {
  return new GraphQLError(key, {
    originalError: new AppException('QUERY_TOO_COMPLEX', key, params),
    extensions: { http: { status: 400 } },
  });
}

/** The first limit an operation breaks, if any. `checkCost: false` when variables are not known yet. */
export function limitViolation(
  measured: Measure,
  limits: QueryLimits,
  checkCost: boolean,
): GraphQLError | null {
  if (measured.depth > limits.maxDepth) {
    return refusal(ERROR_KEYS.queryTooDeep, { depth: measured.depth, max: limits.maxDepth });
  }
  if (measured.aliases > limits.maxAliases) {
    return refusal(ERROR_KEYS.tooManyAliases, { aliases: measured.aliases, max: limits.maxAliases });
  }
  if (checkCost && measured.cost > limits.maxCost) {
    return refusal(ERROR_KEYS.queryTooCostly, { cost: measured.cost, max: limits.maxCost });
  }
  return null;
}

/**
 * A validation rule, so it runs before any resolver: refuses operations that are too deep or use too
 * many aliases. Cost needs the variables' values (page sizes), so `queryCostPlugin` checks it, also
 * before any resolver runs.
 */
export function queryLimitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const measured = measureOperation(
        context.getSchema(),
        node,
        (n) => context.getFragment(n) ?? undefined,
        limits,
      );
      const violation = limitViolation(measured, limits, false);
      if (violation) context.reportError(violation);
    },
  });
}

/** Checks an operation's cost with its variables, after validation and before execution. */
export function checkOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
  limits: QueryLimits,
): GraphQLError | null {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((d) => [d.name.value, d]),
  );
  const measured = measureOperation(schema, operation, (n) => fragments.get(n), limits, variables);
  return limitViolation(measured, limits, true);
}
