import { DataSource } from 'typeorm';

/**
 * The SQL that generating a migration would produce now: empty when the committed migrations build
 * exactly the schema the entities describe.
 */
export async function pendingSchemaChanges(
  dataSource: DataSource,
): Promise<{ up: string[]; down: string[] }> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: sql.upQueries.map((q) => q.query),
    down: sql.downQueries.reverse().map((q) => q.query),
  };
}
