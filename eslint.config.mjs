import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { webBoundaries } from './apps/web/eslint/feature-boundaries.mjs';

/** Focused or skipped tests must never land: they silently shrink what `npm test` checks. */
const noFocusedOrSkippedTests = [
  'error',
  ...['describe', 'it', 'test'].flatMap((fn) =>
    ['only', 'skip'].map((modifier) => ({
      selector: `CallExpression[callee.object.name='${fn}'][callee.property.name='${modifier}']`,
      message: `${fn}.${modifier} must not be committed.`,
    })),
  ),
  ...['xit', 'xdescribe', 'fit', 'fdescribe', 'xtest'].map((name) => ({
    selector: `CallExpression[callee.name='${name}']`,
    message: `${name} must not be committed.`,
  })),
];

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '.nx/**', '.data/**', 'tmp/**', 'coverage/**'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: {
      // The web app never imports the API; the shared package imports neither.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // noUncheckedIndexedAccess is on, so `rows[0]!` after a query that must return a row is a
      // deliberate statement, not a shortcut; the rule would only push people to `as` casts.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'web-boundaries': webBoundaries },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'web-boundaries/feature-boundaries': 'error',
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
    rules: { 'no-restricted-syntax': noFocusedOrSkippedTests },
  },
  {
    // A test may wire the app's providers around a feature (as testing/render-app does).
    files: ['apps/web/**/*.spec.ts', 'apps/web/**/*.spec.tsx'],
    rules: { 'web-boundaries/feature-boundaries': 'off' },
  },
  prettier,
];
