import { ERROR_KEYS } from '@bridge/contracts';
import {
  ASTVisitor,
  FieldNode,
  GraphQLError,
  GraphQLObjectType,
  GraphQLOutputType,
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
  /** Assumed size of a list whose size the query does not state (or states through a variable). */
  defaultListSize: number;
  maxPageSize: number;
}

interface Measure {
  depth: number;
  cost: number;
  aliases: number;
}

function listSize(field: FieldNode, limits: QueryLimits): number {
  const arg = field.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
  if (arg?.value.kind === 'IntValue')
    return Math.max(1, Math.min(Number(arg.value.value), limits.maxPageSize));
  if (arg) return limits.maxPageSize;
  return limits.defaultListSize;
}

/**
 * A validation rule, so it runs before any resolver: refuses operations that are too deep, too costly
 * (each field costs 1, multiplied by the sizes of the lists it is nested in) or use too many aliases.
 * Introspection fields (`__schema`, `__type`) are not counted.
 */
export function queryLimitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();

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
          const multiplier = isList ? listSize(selection, limits) : 1;
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
          const fragment = context.getFragment(name);
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

    const refuse = (key: (typeof ERROR_KEYS)[keyof typeof ERROR_KEYS], params: Record<string, number>) =>
      context.reportError(
        new GraphQLError(key, { originalError: new AppException('QUERY_TOO_COMPLEX', key, params) }),
      );

    return {
      OperationDefinition(node) {
        const root =
          node.operation === 'query'
            ? schema.getQueryType()
            : node.operation === 'mutation'
              ? schema.getMutationType()
              : schema.getSubscriptionType();
        const result = measure(node.selectionSet, root as GraphQLObjectType, 0, new Set());
        if (result.depth > limits.maxDepth)
          refuse(ERROR_KEYS.queryTooDeep, { depth: result.depth, max: limits.maxDepth });
        else if (result.aliases > limits.maxAliases)
          refuse(ERROR_KEYS.tooManyAliases, { aliases: result.aliases, max: limits.maxAliases });
        else if (result.cost > limits.maxCost)
          refuse(ERROR_KEYS.queryTooCostly, { cost: result.cost, max: limits.maxCost });
      },
    };
  };
}

/** Relay-style connections (`…Connection` types) count as lists of their page size. */
function isConnection(type: GraphQLOutputType): boolean {
  return getNamedType(type).name.endsWith('Connection');
}
