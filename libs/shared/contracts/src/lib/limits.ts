/** Bounds of the GraphQL API (DESIGN.md §4). The server refuses what exceeds them before resolving. */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxCost: 5000,
  maxAliases: 15,
  maxPageSize: 100,
  defaultPageSize: 20,
} as const;
