/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { catalogPackPlugin } from './vite-catalog-pack.ts';
import { figureSummaryPlugin } from './vite-figure-summary.ts';
import { figureFilesPlugin, yearlyFileOf } from './vite-figure-files.ts';
import { planPackPlugin } from './vite-plan-pack.ts';
import { fontPreloadPlugin } from './vite-font-preload.ts';
import { viewPreloadPlugin } from './vite-view-preload.ts';
import { compileHintsPlugin } from './vite-compile-hints.ts';

// A yearly file's parse keeps its index folder in the built name (data/sipas/2024-<hash>.json, vite-figure-files.ts),
// so a file can be recognised on the network.
function assetFileName(info: { originalFileNames?: readonly string[] }): string {
  const yearly = yearlyFileOf(info);
  return yearly ? `data/${yearly.index}/[name]-[hash][extname]` : 'assets/[name]-[hash][extname]';
}

interface ModuleGraph {
  getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[] } | null;
}

/**
 * Whether the entry imports a module statically (directly or through others): the code the first
 * screen cannot start without. Such modules go in one chunk with the entry instead of a dozen small
 * shared chunks that each cost a request; what the views load later stays in their own chunks.
 */
function loadedAtStart(id: string, graph: ModuleGraph, seen = new Set<string>()): boolean {
  if (seen.has(id)) return false;
  seen.add(id);
  const info = graph.getModuleInfo(id);
  return !!info && (info.isEntry || info.importers.some((importer) => loadedAtStart(importer, graph, seen)));
}

// The Content-Security-Policy of the built site (README, "Serving the site"): nothing inline, no eval, no
// other origin. frame-ancestors works only as a response header, so the <meta> copy leaves it out.
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];
const CONTENT_SECURITY_POLICY_META = CSP_DIRECTIVES.join('; ');
const CONTENT_SECURITY_POLICY_HEADER = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** The policy as a <meta> in the built index.html only: the dev server needs React Refresh's inline script. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META }, injectTo: 'head-prepend' }],
  };
}

const DATA_DIR = fileURLToPath(new URL('./data', import.meta.url));

export default defineConfig({
  plugins: [react(), contentSecurityPolicyMeta(), catalogPackPlugin(DATA_DIR), figureSummaryPlugin(DATA_DIR), figureFilesPlugin(DATA_DIR), planPackPlugin(DATA_DIR), viewPreloadPlugin(), fontPreloadPlugin(), compileHintsPlugin()],
  // `vite preview` serves the built site as a web server should (README, "Serving the site").
  preview: {
    headers: {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        assetFileNames: assetFileName,
        codeSplitting: {
          groups: [
            { name: (id: string, graph: ModuleGraph) => (loadedAtStart(id, graph) ? 'index' : null) },
          ],
        },
      },
      // papaparse is only called in the workers; on the main thread an unused import of it (through a
      // domain module's constants) must not pull the whole library into the first download.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]node_modules[\\/]papaparse[\\/]/.test(id) },
    },
  },
  // The workers' entries with the compile hint too: the import worker is started at idle (warmUpImporter), so the
  // functions an import runs are compiled then, not lazily in the import (151 functions, 37 ms of a 10k-row import's
  // worker time in a trace).
  worker: { format: 'es', plugins: () => [compileHintsPlugin()] },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'data/tools/**/*.test.ts', 'vite-*.test.ts', 'bench/**/*.test.mjs'],
    environment: 'node',
    setupFiles: ['src/test-setup.ts'],
    env: { TZ: 'UTC' },
  },
});
