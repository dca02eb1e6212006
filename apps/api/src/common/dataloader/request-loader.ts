import DataLoader from 'dataloader';

/**
 * One DataLoader per request and name: a nested list resolves in one SQL statement, however long
 * the page. `context.loaders` is a fresh Map per request (see the GraphQL context factory).
 */
export function requestLoader<K, V>(
  context: { loaders: Map<string, unknown> },
  name: string,
  batch: (keys: readonly K[]) => Promise<ReadonlyArray<V>>,
): DataLoader<K, V> {
  let loader = context.loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>((keys) => batch(keys), { maxBatchSize: 500 });
    context.loaders.set(name, loader);
  }
  return loader;
}

/** Orders `rows` by `keys` (one row or null per key). */
export function byKey<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): Array<R | null> {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}

/** Groups `rows` by `keys` (a list per key). */
export function groupByKey<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const map = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    map.set(key, [...(map.get(key) ?? []), row]);
  }
  return keys.map((key) => map.get(key) ?? []);
}
