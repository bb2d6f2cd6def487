// Lint rules, including the import directions of docs/architecture.md.
import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['global-config', 'workspaces', 'iam', 'policies', 'analyzer', 'settings'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report', 'e2e/screenshots'] },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { import: importPlugin, 'react-hooks': reactHooks },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' }, node: true },
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
      ],
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            // The engine is pure: nothing outside src/iam.
            { target: './src/iam', from: './src', except: ['./iam'], message: 'src/iam imports nothing outside itself.' },
            { target: './src/iam', from: './mocks', message: 'src/iam imports nothing outside itself.' },
            // The API layer shows no UI and knows no feature.
            { target: './src/api', from: './src', except: ['./api'], message: 'src/api imports only its contracts and config.' },
            { target: './src/api', from: './mocks' },
            // Features never import another feature, app or mocks.
            ...features.map((f) => ({
              target: `./src/features/${f}`,
              from: './src/features',
              except: [`./${f}`],
              message: 'A feature never imports another feature.',
            })),
            { target: './src/features', from: './src/app', message: 'Features do not import app.' },
            { target: './src/features', from: './mocks', message: 'Features do not import mocks.' },
            // Shared UI and i18n import no feature or app.
            { target: ['./src/components', './src/i18n'], from: ['./src/features', './src/app', './mocks'] },
            // mocks import the engine and the API contracts only.
            { target: './mocks', from: './src', except: ['./iam', './api'], message: 'mocks import src/iam and src/api only.' },
          ],
        },
      ],
    },
  },
  {
    // src may reach mocks only through the dynamic import in main.tsx.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main.tsx', 'src/testing/**', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@mocks/*', '**/mocks/*'], message: 'Only main.tsx loads mocks, dynamically.' }] }],
    },
  },
  {
    // The engine: no UI kit, no network, no storage, no clock.
    files: ['src/iam/**/*.ts'],
    ignores: ['src/iam/**/*.test.ts', 'src/iam/cli.ts', 'src/iam/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@mocks/*', '**/mocks/*', 'react', 'react-*', '@mantine/*', '@tanstack/*', 'msw', 'msw/*', 'node:*', 'idb-keyval'] },
      ],
      'no-restricted-globals': ['error', 'fetch', 'localStorage', 'indexedDB', 'window', 'document'],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'The engine reads no clock.' }],
    },
  },
  {
    files: ['e2e/**/*.ts', 'scripts/**/*.{ts,mjs}', '*.config.{ts,js}'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
