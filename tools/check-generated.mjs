#!/usr/bin/env node
// Fails when the portal's generated GraphQL types differ from what apps/api/schema.gql and the
// portal's .graphql documents produce (run `npm run codegen` to update them). The API's schema file
// is checked by an integration test against the running app.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const committed = 'apps/portal/src/app/core/graphql/generated.ts';
const dir = mkdtempSync(join(tmpdir(), 'bridge-codegen-'));
try {
  execFileSync('npx', ['graphql-codegen', '--config', 'apps/portal/codegen.ts', '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, CODEGEN_OUTPUT: join(dir, 'generated.ts') },
  });
  const fresh = readFileSync(join(dir, 'generated.ts'), 'utf8');
  if (fresh !== readFileSync(committed, 'utf8')) {
    console.error(`${committed} is out of date: run \`npm run codegen\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${committed} matches apps/api/schema.gql and the portal's documents.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
