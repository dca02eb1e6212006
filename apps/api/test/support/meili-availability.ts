import { spawnSync } from 'child_process';
import { join } from 'path';

export type MeiliAvailability = { url: string; apiKey?: string } | { reason: string };

/**
 * Whether the Meilisearch tests can run, decided synchronously while Jest collects tests (a suite is
 * registered or not; skipping markers are not used in this repository): MEILI_URL set, its /health
 * answering, and the `meilisearch` client package installed.
 */
export function meiliAvailability(): MeiliAvailability {
  const url = process.env['MEILI_URL'];
  if (!url) return { reason: 'MEILI_URL is not set' };
  const health = spawnSync(
    process.execPath,
    [
      '-e',
      `fetch(${JSON.stringify(new URL('/health', url).toString())}, { signal: AbortSignal.timeout(2000) })
        .then((r) => { process.exitCode = r.ok ? 0 : 2; }, () => { process.exitCode = 3; });`,
    ],
    { timeout: 5_000 },
  );
  if (health.status !== 0) return { reason: `Meilisearch not reachable at ${url}` };
  const client = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('meilisearch');"], {
    cwd: join(__dirname, '../../../..'),
    timeout: 10_000,
  });
  if (client.status !== 0)
    return { reason: 'the meilisearch package is not installed (npm install meilisearch)' };
  return { url, apiKey: process.env['MEILI_API_KEY'] };
}
