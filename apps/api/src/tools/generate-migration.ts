/**
 * Generates a migration from the difference between the entities and a database migrated to the
 * latest committed migration (an in-memory PGlite): `npm run migration:generate -- AddProjects`.
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source.options';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { pendingSchemaChanges } from '../database/schema-drift';

async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error('Usage: npm run migration:generate -- <PascalCaseName>');
    process.exit(1);
  }
  const embedded = await startEmbeddedPostgres({ maxConnections: 3 });
  const dataSource = new DataSource(dataSourceOptions(embedded.url, 2));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const { up, down } = await pendingSchemaChanges(dataSource);
    if (up.length === 0) {
      console.log('No changes: the entities match the migrations.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const migrationsDir = join(__dirname, '..', 'database', 'migrations');
    const file = `${timestamp}-${name}`;
    const q = (sql: string) =>
      `    await queryRunner.query(\`${sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\`);`;
    writeFileSync(
      join(migrationsDir, `${file}.ts`),
      `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up.map(q).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down.map(q).join('\n')}
  }
}
`,
    );
    const indexPath = join(migrationsDir, 'index.ts');
    writeFileSync(indexPath, migrationIndex(readFileSync(indexPath, 'utf8'), className, file));
    console.log(`Created ${join(migrationsDir, file)}.ts (${up.length} statements)`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded.stop();
  }
}

/** The index with one more migration: imports in order, one class per line in the array. */
export function migrationIndex(current: string, className: string, file: string): string {
  const imports = [...current.matchAll(/^import \{ (\w+) \} from '\.\/([\w-]+)';$/gm)].map((m) => ({
    className: m[1],
    file: m[2],
  }));
  imports.push({ className, file });
  return [
    ...imports.map((i) => `import { ${i.className} } from './${i.file}';`),
    '',
    '/** Every migration, in order. `npm run migration:generate -- <Name>` appends new ones here. */',
    'export const MIGRATIONS: Array<new () => unknown> = [',
    ...imports.map((i) => `  ${i.className},`),
    '];',
    '',
  ].join('\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
