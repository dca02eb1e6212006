/** `['A','B']` → `{ A: 'A', B: 'B' }`, the shape `registerEnumType` wants. */
export function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}
