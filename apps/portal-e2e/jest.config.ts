/**
 * Browser tests: the built portal and API (dist/) on a fresh database, driven by playwright-core in
 * Debian's Chromium. Screenshots go to apps/portal-e2e/artifacts/.
 */
export default {
  displayName: 'portal-e2e',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  transform: {
    '^.+\\.[tj]s$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  moduleFileExtensions: ['ts', 'js'],
  testTimeout: 120_000,
  // The API takes a few seconds to stop gracefully (PGlite flushes to disk) after the last test.
  openHandlesTimeout: 20_000,
};
