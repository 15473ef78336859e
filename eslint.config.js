import js from '@eslint/js';
import globals from 'globals';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const layer = (patterns, message) => ({ group: patterns, message });
const RELATIVE_ACROSS_FOLDERS = layer(['../*'], 'Use the @/ alias across folders.');

const UI_LIBRARIES = ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/*', 'zustand', 'zustand/*', 'recharts'];
const STORE = ['zustand', 'zustand/*'];
const APP_LAYERS = ['@/app/*', '@/features/*', '@/queries/*', '@/state/*', '@/charts/*', '@/components/*', '@/export/*'];
const READ_STATE = 'Read client state through state/.';

// The import direction of DESIGN.md §4, enforced: lower layers never import higher ones. Render tests
// (*.test.tsx) may import any layer, to render together the parts they check.
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
    files: ['src/queries/**'],
    patterns: [layer([...STORE, ...APP_LAYERS.filter((l) => l !== '@/queries/*'), '@/i18n/*'], 'queries/ load and validate files: no store, no UI, no messages.')],
  },
  {
    files: ['src/state/**'],
    patterns: [layer(['@tanstack/*', 'recharts', ...APP_LAYERS.filter((l) => l !== '@/state/*')], 'state/ holds client state only: no data, no UI.')],
  },
  {
    files: ['src/export/**'],
    patterns: [layer([...UI_LIBRARIES, ...APP_LAYERS.filter((l) => l !== '@/export/*')], 'export/ writes files from the view model it is given: no React, no app layers.')],
  },
  {
    files: ['src/charts/**'],
    patterns: [layer(['@tanstack/*', ...STORE, ...APP_LAYERS.filter((l) => l !== '@/charts/*')], 'Charts are dumb: props in, SVG out.')],
  },
  {
    files: ['src/components/**'],
    patterns: [layer(['@/features/*', '@/app/*', ...STORE], 'Shared parts do not depend on features, the shell or the store.')],
  },
  {
    files: ['src/features/**'],
    patterns: [
      layer(['@/features/*'], 'Features do not import each other (use relative imports inside a feature).'),
      layer(['@/app/*'], 'Features do not import the app shell.'),
      layer(STORE, READ_STATE),
    ],
  },
  {
    files: ['src/app/**', 'src/main.tsx'],
    patterns: [layer(STORE, READ_STATE)],
  },
];

/** The same groups for import(), which no-restricted-imports does not see: `@/app/*` → /^@\/app\/.*$/. */
function dynamicImportRule({ group, message }) {
  // esquery's regular expressions cannot hold a slash: \x2F stands for it.
  const pattern = (glob) => `^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('/', '\\x2F').replaceAll('*', '.*')}$`;
  return { selector: `ImportExpression[source.value=/${group.map(pattern).join('|')}/]`, message };
}

// rules-of-hooks lets use() be called conditionally, as React allows; but a condition that changes while
// a render waits (a cache filled meanwhile) makes React throw that render away and report it (error 520:
// "called use() to suspend in a previous render but did not call use() when it finished"). Here use()
// is called as every hook is: on every render, never behind a condition or an early return.
const USE_CALL = 'CallExpression[callee.name="use"]';
const CONDITIONAL_USE = {
  selector: [
    `:matches(IfStatement, ConditionalExpression, LogicalExpression, SwitchStatement, TryStatement, ForStatement, ForInStatement, ForOfStatement, WhileStatement, DoWhileStatement) ${USE_CALL}`,
    `IfStatement:has(ReturnStatement) ~ * ${USE_CALL}`,
  ].join(', '),
  message: 'Call use() on every render, as any hook: a condition that changes while the render waits makes React throw the render away.',
};

const importRules = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
  'no-restricted-syntax': ['error', CONDITIONAL_USE, ...patterns.map(dynamicImportRule)],
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '*.tmp.mjs', 'pw-*.config.ts'] },
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
      ...importRules([RELATIVE_ACROSS_FOLDERS]),
    },
  },
  ...boundaries.map(({ files, patterns }) => ({ files, ignores: ['**/*.test.tsx'], rules: importRules([RELATIVE_ACROSS_FOLDERS, ...patterns]) })),
  {
    // No import cycles in the app's code or the converter's (import-x leaves out type-only imports: they vanish at run time).
    files: ['src/**/*.{ts,tsx}', 'data/tools/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['e2e/**', '*.config.{ts,js}', 'data/tools/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  // The benchmark runs in Node and hands some functions to the page.
  { files: ['bench/**'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
