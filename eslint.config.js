// Lint rules, including the import directions of docs/architecture.md.
import path from 'node:path';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importPlugin from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** One part of a file or folder name: lower-case words and digits joined by "-". */
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * File and folder names in kebab-case; a file name's dot-separated parts each are
 * (matrix.worker.ts, global-config-page.test.tsx, vite-env.d.ts). A local rule rather than a
 * plugin: it is a dozen lines and needs no dependency.
 */
const fileNames = {
  rules: {
    'kebab-case': {
      meta: {
        type: 'suggestion',
        schema: [],
        messages: { name: '"{{part}}" in {{file}} is not kebab-case (lower-case words joined by "-").' },
      },
      create(context) {
        return {
          Program(node) {
            const file = path.relative(context.cwd, context.filename);
            const folders = path.dirname(file).split(path.sep).filter((p) => p !== '.');
            const parts = [...folders.map((f) => f.replace(/^\./, '')), ...path.basename(file).split('.')];
            const part = parts.find((p) => !KEBAB.test(p));
            if (part !== undefined) context.report({ node, messageId: 'name', data: { part, file } });
          },
        };
      },
    },
  },
};

const features = ['global-config', 'workspaces', 'iam', 'policies', 'analyzer', 'settings'];

const noInnerHtml = { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' };
// Page paths live in src/components/navigation/paths.ts; navigation never spells one.
const PAGE_PATH = '/^\\/(global-config|workspaces|iam|analyzer|settings)(\\/|\\?|$)/';
const noPathLiterals = [
  { selector: `Literal[value=${PAGE_PATH}]`, message: 'Use paths from @/components/navigation/paths.' },
  { selector: `TemplateElement[value.raw=${PAGE_PATH}]`, message: 'Use paths from @/components/navigation/paths.' },
];

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
    plugins: { 'import-x': importPlugin, 'react-hooks': reactHooks, 'file-names': fileNames },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      // import-x/no-cycle parses the imported modules: only files with these extensions, by this parser.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'import-x/no-duplicates': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      // Value imports only: the rule skips `import type` (erased at build time), so a cycle made
      // of type imports alone is not reported; keep shared types in leaf modules anyway
      // (src/iam/access/prepared-types.ts).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'file-names/kebab-case': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', noInnerHtml],
      'import-x/no-restricted-paths': [
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
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/components/navigation/paths.ts', 'src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: { 'no-restricted-syntax': ['error', noInnerHtml, ...noPathLiterals] },
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
