#!/usr/bin/env node
// `npm test`: lint, typecheck, unit tests, generated-file checks, integration tests (PostgreSQL when
// TEST_DATABASE_URL is set, embedded PGlite otherwise) and browser tests against the built portal.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0' };
const nx = (...args) => ['npx', ['nx', ...args, '--output-style=static']];

const steps = [
  ['formatting (Prettier)', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  ['lint, typecheck and unit tests', ...nx('run-many', '-t', 'lint', 'typecheck', 'test', '--parallel=2')],
  ['integration tests (API over HTTP, real database)', ...nx('run', 'api:integration')],
  ['build', ...nx('run-many', '-t', 'build', '-p', 'api', 'portal')],
  ['browser tests (Chromium)', ...nx('run', 'portal-e2e:e2e')],
];

const only = process.argv[2];
const results = [];
for (const [name, command, args] of steps) {
  if (only && !name.startsWith(only)) continue;
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ name, ok: status === 0, seconds });
  if (status !== 0) break;
}

console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.name} (${r.seconds} s)`);
const failed = results.filter((r) => !r.ok).length;
const skipped = steps.length - results.length;
if (skipped && !only) console.log(`${skipped} step(s) not run after the failure`);
process.exit(failed ? 1 : 0);
