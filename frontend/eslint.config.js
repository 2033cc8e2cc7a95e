import js from '@eslint/js';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';
import { defineConfig, globalIgnores } from 'eslint/config';

/**
 * The import boundaries of src/ (bulletproof-react): a feature imports only itself and the shared
 * folders; app/ composes the features; the shared folders import only each other.
 */
const SHARED = ['i18n', 'api', 'components', 'config', 'lib', 'testing'];
const importBoundaries = {
  files: ['src/**/*.{ts,tsx}'],
  plugins: { boundaries },
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    // The entry point only mounts app/ (and the global styles).
    'boundaries/ignore': ['src/main.tsx'],
    'boundaries/elements': [
      { type: 'app', pattern: 'src/app' },
      { type: 'feature', pattern: 'src/features/*', capture: ['name'] },
      ...SHARED.map((folder) => ({ type: 'shared', pattern: `src/${folder}` })),
    ],
  },
  rules: {
    'boundaries/no-unknown-files': 'error',
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        policies: [
          { from: { element: { type: 'app' } }, allow: { to: { element: { types: { anyOf: ['app', 'feature', 'shared'] } } } } },
          {
            from: { element: { type: 'feature' } },
            allow: [
              { to: { element: { type: 'shared' } } },
              { to: { element: { type: 'feature', captured: { name: '{{ from.element.captured.name }}' } } } },
            ],
          },
          { from: { element: { type: 'shared' } }, allow: { to: { element: { type: 'shared' } } } },
        ],
      },
    ],
  },
};

export default defineConfig([
  globalIgnores(['dist', 'coverage', 'public/env.js', 'e2e-dist', 'e2e-artifacts', 'lighthouse', '.lighthouse-tool', 'src/api/schema.ts']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommended,
      reactHooks.configs.flat.recommended,
      reactRefresh.configs.vite,
    ],
    languageOptions: {
      ecmaVersion: 2022,
      globals: globals.browser,
    },
  },
  // Test helpers are not hot-reloaded.
  { files: ['src/testing/**', '**/*.test.tsx'], rules: { 'react-refresh/only-export-components': 'off' } },
  importBoundaries,
]);
