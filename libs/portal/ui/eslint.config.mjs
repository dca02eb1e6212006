import nx from '@nx/eslint-plugin';
import angular from 'angular-eslint';
import baseConfig from '../../../eslint.config.mjs';

export default [
  ...baseConfig,
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...angular.configs.templateAccessibility.map((config) => ({ ...config, files: ['**/*.html'] })),
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        { type: 'attribute', prefix: 'bridge', style: 'camelCase' },
      ],
      '@angular-eslint/component-selector': [
        'error',
        { type: 'element', prefix: 'bridge', style: 'kebab-case' },
      ],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
      '@angular-eslint/prefer-signals': 'error',
    },
  },
  { files: ['**/*.html'], rules: {} },
  {
    // This file imports the root config by path, which the module-boundaries rule mistakes for a project import.
    files: ['**/eslint.config.mjs'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
