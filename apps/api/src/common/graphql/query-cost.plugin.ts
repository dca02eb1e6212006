import type { ApolloServerPlugin } from '@apollo/server';
import { QueryLimits, checkOperationCost } from './query-limits.rule';

/**
 * Refuses an over-costly operation once its variables are known (page sizes), before any resolver
 * runs: Apollo answers an error thrown in didResolveOperation without executing the operation.
 */
export function queryCostPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return; // Apollo itself refuses a document without the named operation
          const violation = checkOperationCost(schema, document, operation, request.variables, limits);
          if (violation) throw violation;
        },
      };
    },
  };
}
