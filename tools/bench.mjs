#!/usr/bin/env node
// `npm run bench`: runs every benchmark script; each prints its own figures. No timing is asserted.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const dir = 'apps/api/src/tools/bench';
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
let failed = 0;
for (const file of benches) {
  console.log(`\n━━ ${file} ━━`);
  const { status } = spawnSync(process.execPath, ['tools/run-ts.mjs', `${dir}/${file}`], {
    stdio: 'inherit',
  });
  if (status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
