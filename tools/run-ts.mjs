#!/usr/bin/env node
// Runs a TypeScript file of the API (decorators and all) without a build: node tools/run-ts.mjs <file> [args].
import { spawnSync } from 'node:child_process';

const [file, ...args] = process.argv.slice(2);
if (!file) {
  console.error('Usage: node tools/run-ts.mjs <file.ts> [args…]');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--require', '@swc-node/register', file, ...args], {
  stdio: 'inherit',
  env: {
    ...process.env,
    SWC_NODE_PROJECT: process.env.SWC_NODE_PROJECT ?? 'apps/api/tsconfig.tools.json',
    NODE_NO_WARNINGS: '1',
  },
});
process.exit(result.status ?? 1);
