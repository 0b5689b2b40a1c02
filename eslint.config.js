import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.wa-optin-data/', 'examples-dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        process: 'readonly',
        fetch: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        performance: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Core and components must not read DOM globals at import time: they also load in Node.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts', 'src/core/phone-metadata-fetched.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['lit', 'lit/*', '../components/*', '../server/*'] }],
    },
  },
  {
    // Browser entry points and surfaces never pull in the receiver (Node, databases).
    files: ['src/*.ts', 'src/components/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/server', '**/server/*', 'wa-optin/server'] }],
    },
  },
);
