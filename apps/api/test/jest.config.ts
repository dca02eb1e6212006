import { readFileSync } from 'fs';
import { join } from 'path';

const swcConfig = JSON.parse(readFileSync(join(__dirname, '../.swcrc'), 'utf-8'));
swcConfig.swcrc = false;

/**
 * Integration tests: the real app over HTTP on a real database — PostgreSQL when TEST_DATABASE_URL is
 * set (a fresh database per test file), otherwise an embedded PGlite started once (a fresh schema
 * per test file). Run in band: one file at a time.
 */
export default {
  displayName: 'api-integration',
  rootDir: '..',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  transform: { '^.+\\.[tj]s$': ['@swc/jest', swcConfig] },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@apollo|@as-integrations|meilisearch)/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  testTimeout: 60_000,
};
