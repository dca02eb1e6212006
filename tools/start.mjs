#!/usr/bin/env node
// `npm start`: builds what is missing or stale (Nx caches the rest), then serves the portal and the
// API on one port. With DATABASE_URL unset the data lives in ./data (embedded PGlite).
import { spawn, spawnSync } from 'node:child_process';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Bridge needs Node.js 20.19 or newer; this is ${process.version}.`);
  process.exit(1);
}

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
console.log('Building Bridge (cached after the first run)…');
const build = spawnSync(
  'npx',
  ['nx', 'run-many', '-t', 'build', '-p', 'api', 'portal', '--output-style=static'],
  {
    stdio: ['ignore', 'inherit', 'inherit'],
    env,
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const api = spawn(process.execPath, ['--enable-source-maps', 'dist/apps/api/main.js'], {
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
