import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Database types of entity properties, as `jsonb_to_recordset` must be told them. */
export type ColumnTypes = Record<string, string>;

/**
 * Many rows in one statement with one parameter: the rows as a JSON array, unpacked by PostgreSQL's
 * `jsonb_to_recordset`. Hundreds of rows × twenty columns as separate parameters cost far more to
 * build, send and parse (on PGlite especially). Column names come from the entity's metadata.
 */
function recordset(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, types: ColumnTypes) {
  const metadata = manager.connection.getMetadata(entity);
  const properties = Object.keys(types);
  const column = (property: string) => {
    const found = metadata.findColumnWithPropertyName(property);
    if (!found) throw new Error(`${metadata.name} has no property ${property}`);
    return found.databaseName;
  };
  return {
    table: `"${metadata.tablePath}"`,
    column,
    names: properties.map((p) => `"${column(p)}"`),
    definition: properties.map((p) => `"${column(p)}" ${types[p]}`).join(', '),
    json: (rows: ReadonlyArray<Record<string, unknown>>) =>
      JSON.stringify(
        rows.map((row) => Object.fromEntries(properties.map((p) => [column(p), row[p] ?? null]))),
      ),
  };
}

/** INSERTs `rows` (objects with the properties of `types`); other columns take their defaults. */
export async function insertRows(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  types: ColumnTypes,
  rows: ReadonlyArray<Record<string, unknown>>,
): Promise<void> {
  if (!rows.length) return;
  const set = recordset(manager, entity, types);
  const names = set.names.join(', ');
  await manager.query(
    `INSERT INTO ${set.table} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS x(${set.definition})`,
    [set.json(rows)],
  );
}

/**
 * UPDATEs the rows whose `id` matches, setting the properties of `types` (other than `id`) and the
 * update date; `where` narrows further (e.g. to one competition), with `$2…` parameters.
 */
export async function updateRows(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  types: ColumnTypes,
  rows: ReadonlyArray<Record<string, unknown>>,
  where = 'TRUE',
  parameters: unknown[] = [],
): Promise<void> {
  if (!rows.length) return;
  const set = recordset(manager, entity, { id: 'uuid', ...types });
  const assignments = Object.keys(types).map((p) => `"${set.column(p)}" = x."${set.column(p)}"`);
  await manager.query(
    `UPDATE ${set.table} AS t SET ${assignments.join(', ')}, "${set.column('updatedAt')}" = now()
       FROM jsonb_to_recordset($1::jsonb) AS x(${set.definition})
      WHERE t.id = x.id AND ${where}`,
    [set.json(rows), ...parameters],
  );
}
