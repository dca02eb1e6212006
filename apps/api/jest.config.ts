import { readFileSync } from 'fs';
import { join } from 'path';

const swcConfig = JSON.parse(readFileSync(join(__dirname, '.swcrc'), 'utf-8'));
swcConfig.swcrc = false;

/** Unit tests: pure logic beside the code (`src/**\/*.spec.ts`). */
export default {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.[tj]s$': ['@swc/jest', swcConfig] },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@apollo|@as-integrations|meilisearch)/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  coverageDirectory: '../../coverage/apps/api',
};
