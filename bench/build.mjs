import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The app as `npm run build` makes it, but into outDir (dist/ is left alone), with source maps beside the files (not
 * named in them: the code is byte for byte the build's) to tell what the first screen's JS is made of.
 */
export async function buildApp(outDir) {
  await build({ configFile: here('../vite.config.ts'), root: here('..'), build: { outDir, emptyOutDir: true, sourcemap: 'hidden' }, logLevel: 'warn' });
}

/** The React-only floor page, built by the same Vite with the same target. */
export async function buildFloor(outDir) {
  await build({
    configFile: false,
    root: here('./floor'),
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
    logLevel: 'warn',
  });
}

/**
 * A reference floor of bench/<folder>, built with the app's own configuration (its data plugins make and preload the
 * same JSON files): the stack floor (React, TanStack Query and zustand reading the app's two JSON files) and the chart
 * floor (that stack and Recharts drawing one line from the summary).
 */
export async function buildReferenceFloor(folder, outDir) {
  await build({ configFile: here('../vite.config.ts'), root: here(`./${folder}`), build: { outDir, emptyOutDir: true }, logLevel: 'warn' });
}
