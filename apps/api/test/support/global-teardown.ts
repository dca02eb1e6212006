export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __bridgeEmbedded?: { stop(): Promise<void> } }).__bridgeEmbedded;
  await embedded?.stop();
}
