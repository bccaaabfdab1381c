// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default [
  { ignores: ['dist/', '.astro/', 'node_modules/', 'data/', 'bench/results*', 'test-results/', '.tool/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Response: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The import direction of docs/architecture.md: lib never reaches up into UI layers.
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/components/**', '**/pages/**', '**/layouts/**', '**/client/**', '**/charts/**', '**/map/**'],
              message: 'src/lib is the bottom layer: it must not import UI code (docs/architecture.md).',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'navigator'],
    },
  },
  {
    files: ['src/charts/**/*.ts', 'src/map/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/components/**', '**/pages/**', '**/layouts/**', '**/lib/io/**'],
              message: 'charts and map layers take data as arguments; they do not load it (docs/architecture.md).',
            },
          ],
        },
      ],
    },
  },
];
