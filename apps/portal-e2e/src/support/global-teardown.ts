import type { ChildProcess } from 'child_process';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>)['__bridgeE2E'] as
    { server: ChildProcess; cleanup: () => Promise<void> } | undefined;
  if (!state) return;
  if (state.server.exitCode === null) {
    const exited = new Promise((resolve) => state.server.once('exit', resolve));
    state.server.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  }
  await state.cleanup();
}
