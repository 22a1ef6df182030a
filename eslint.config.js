import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Imports flow one way: domain <- simulator <- editor <- features <- app; api is used by features only.
const layer = (group, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group, message }] }],
});
// The pure cores run in Node, a worker and the browser alike, with the clock and randomness passed in.
const pure = {
  'no-restricted-globals': ['error', ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'fetch']
    .map((name) => ({ name, message: 'domain/ and simulator/ do not touch the DOM or the network.' }))],
  'no-restricted-properties': ['error',
    { object: 'Date', property: 'now', message: 'Inject the clock: pass instants in.' },
    { object: 'Math', property: 'random', message: 'Use the seeded generator passed in.' }],
};
const uiAndLater = ['react', 'react-dom', 'react-*', '@xyflow/*', '@tanstack/*', 'msw', 'msw/*'];
const upper = (...names) => names.flatMap((n) => [`**/${n}/*`, `../${n}/*`, `../../${n}/*`]);

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report', 'reports'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['src/domain/**'],
    rules: layer([...uiAndLater, ...upper('simulator', 'editor', 'features', 'app', 'api', 'components', 'cli')],
      'domain/ is pure: no React, no DOM, nothing from the layers above it.'),
  },
  {
    files: ['src/domain/**', 'src/simulator/**'],
    ignores: ['src/simulator/worker/**', '**/*.test.ts', 'src/domain/testing/**'],
    rules: pure,
  },
  {
    files: ['src/simulator/**'],
    ignores: ['src/simulator/worker/**'],
    rules: layer([...uiAndLater, ...upper('editor', 'features', 'app', 'api', 'components', 'cli')],
      'simulator/ is pure: no React, no DOM, nothing from editor/, features/, app/.'),
  },
  {
    files: ['src/editor/**'],
    rules: layer([...upper('features', 'app', 'api')], 'editor/ sits below features/ and app/.'),
  },
);
