import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const layer = (patterns, message) => ({ group: patterns, message });
const RELATIVE_ACROSS_FOLDERS = layer(['../*'], 'Use the @/ alias across folders.');

const UI_LIBRARIES = ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/*', 'zustand', 'zustand/*', 'recharts'];
const APP_LAYERS = ['@/app/*', '@/features/*', '@/queries/*', '@/state/*', '@/charts/*', '@/components/*', '@/export/*'];

// The import direction of DESIGN.md §4, enforced: lower layers never import higher ones.
const boundaries = [
  {
    files: ['src/domain/**'],
    patterns: [layer([...UI_LIBRARIES, ...APP_LAYERS, '@/i18n/*'], 'domain/ is pure TypeScript: no React, no app layers.')],
  },
  {
    files: ['src/i18n/**'],
    patterns: [layer([...UI_LIBRARIES, ...APP_LAYERS], 'i18n/ holds catalogues and formatting only.')],
  },
  {
    files: ['src/charts/**'],
    patterns: [layer(['@tanstack/*', 'zustand', 'zustand/*', '@/app/*', '@/features/*', '@/queries/*', '@/state/*'], 'Charts are dumb: props in, SVG out.')],
  },
  {
    files: ['src/features/**'],
    patterns: [
      layer(['@/features/*'], 'Features do not import each other (use relative imports inside a feature).'),
      layer(['@/app/*'], 'Features do not import the app shell.'),
      layer(['zustand', 'zustand/*'], 'Read client state through state/.'),
    ],
  },
  {
    files: ['src/components/**', 'src/queries/**'],
    patterns: [layer(['@/features/*', '@/app/*', 'zustand', 'zustand/*'], 'Shared parts do not depend on features or the store.')],
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'data/tools', '*.tmp.mjs', 'pw-*.config.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { patterns: [RELATIVE_ACROSS_FOLDERS] }],
    },
  },
  ...boundaries.map(({ files, patterns }) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns: [RELATIVE_ACROSS_FOLDERS, ...patterns] }] } })),
  {
    files: ['e2e/**', '*.config.{ts,js}', 'data/tools/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  // The benchmark runs in Node and hands some functions to the page.
  { files: ['bench/**'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
