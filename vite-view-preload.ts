import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { firstYearlyFiles, WHOLE_INDEX_VIEW, wholeIndexOf } from './src/domain/first-reads.ts';
import { yearlyFileOf } from './vite-figure-files.ts';

/** What a build's bundle tells about one output file (the part of Rollup's OutputChunk/OutputAsset read here). */
export interface BundleFile {
  type: 'chunk' | 'asset';
  fileName: string;
  isEntry?: boolean;
  facadeModuleId?: string | null;
  imports?: readonly string[];
  viteMetadata?: { importedCss: Set<string> };
  /** An asset's source files: a yearly file's JSON is made from data/<index>/<year>.csv (vite-figure-files.ts). */
  originalFileNames?: readonly string[];
}

// A view's code is the module src/features/<view>/<view>-view.tsx (app.tsx imports each one lazily).
const VIEW_MODULE = /[\\/]src[\\/]features[\\/]([a-z-]+)[\\/]\1-view\.tsx$/;
// Every view's messages in Vietnamese, the default language: app.tsx renders a view once they have come too.
const VIEW_MESSAGES_MODULE = /[\\/]src[\\/]i18n[\\/]all-vi\.ts$/;

/**
 * For each view loaded lazily, its chunk, every chunk that chunk imports statically (transitively) and their CSS,
 * and the chunks of the views' Vietnamese messages, less what the page loads anyway (the entry and what it imports).
 * The messages were asked for only once the entry had run, and came last (a cold Xếp hạng: asked at 177 ms, in at
 * 344-381 ms, the view's own chunks all in by 132 ms).
 */
export function viewFiles(bundle: Record<string, BundleFile>): Record<string, string[]> {
  const closure = (fileName: string, seen: Set<string>) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    bundle[fileName]?.imports?.forEach((imported) => closure(imported, seen));
  };
  const atStart = new Set<string>();
  Object.values(bundle).forEach((file) => file.isEntry && closure(file.fileName, atStart));
  const messages = Object.values(bundle).find((file) => file.type === 'chunk' && VIEW_MESSAGES_MODULE.test(file.facadeModuleId ?? ''));
  const result: Record<string, string[]> = {};
  for (const file of Object.values(bundle)) {
    const view = file.type === 'chunk' ? VIEW_MODULE.exec(file.facadeModuleId ?? '')?.[1] : undefined;
    if (!view) continue;
    const seen = new Set(atStart);
    closure(file.fileName, seen);
    if (messages) closure(messages.fileName, seen);
    const chunks = [...seen].filter((chunk) => !atStart.has(chunk));
    const css = chunks.flatMap((chunk) => [...(bundle[chunk]?.viteMetadata?.importedCss ?? [])]);
    result[view] = [...chunks, ...new Set(css)];
  }
  return result;
}

/** What the view that reads an index whole reads first (first-reads.ts): each index's first yearly files, by file name. */
export interface WholeIndexFiles {
  view: string;
  /** The index read when the address names none, or one with no yearly files. */
  defaultIndex: string;
  byIndex: Record<string, string[]>;
}

/** The yearly files' JSON of the bundle, grouped as the first view that reads an index whole reads them. */
export function wholeIndexFiles(bundle: Record<string, BundleFile>): WholeIndexFiles | undefined {
  const yearly = Object.values(bundle).flatMap((file) => {
    const name = file.type === 'asset' ? yearlyFileOf(file) : undefined;
    return name ? [{ ...name, fileName: file.fileName }] : [];
  });
  const defaultIndex = wholeIndexOf(WHOLE_INDEX_VIEW, null, yearly);
  if (yearly.length === 0 || !defaultIndex) return undefined;
  const indices = [...new Set(yearly.map((file) => file.index))];
  return { view: WHOLE_INDEX_VIEW, defaultIndex, byIndex: Object.fromEntries(indices.map((index) => [index, firstYearlyFiles(yearly, index).map((file) => file.fileName)])) };
}

/**
 * The script that, before the entry has even arrived, asks for the code of the view the address opens
 * (`?view=rankings`): without it that code was requested only once the entry had loaded, run and rendered
 * (a cold rankings: entry in at ~340 ms, the view's chunks requested at ~610 ms). For the view that reads an index whole
 * (components), also that index's first yearly files: asked for once the entry had run and read the catalogue, they
 * came ~100 ms before the view's table (a trace: asked at 705 ms, in at 860, the table at 956; cold components 929 -> 874
 * ms, 12 loads alternated). A plain script, because the Content-Security-Policy allows no inline one.
 */
export function viewPreloadScript(files: Record<string, string[]>, base: string, whole?: WholeIndexFiles): string {
  return `(() => {
  const byView = ${JSON.stringify(files)};
  const whole = ${JSON.stringify(whole ?? null)};
  const params = new URLSearchParams(location.search);
  const view = params.get('view');
  const preload = (file, attributes) => {
    const link = document.createElement('link');
    link.href = ${JSON.stringify(base)} + file;
    Object.assign(link, attributes);
    document.head.append(link);
  };
  // crossOrigin as Vite's own stylesheet link and the data preloads have it: a preload in another credentials mode is not used.
  for (const file of Object.hasOwn(byView, view) ? byView[view] : []) preload(file, file.endsWith('.css') ? { rel: 'preload', as: 'style', crossOrigin: '' } : { rel: 'modulepreload' });
  const asked = params.get('index');
  const index = whole && (Object.hasOwn(whole.byIndex, asked) ? asked : whole.defaultIndex);
  if (whole && view === whole.view) for (const file of whole.byIndex[index] ?? []) preload(file, { rel: 'preload', as: 'fetch', crossOrigin: '' });
})();
`;
}

/**
 * Build only: emits that script and loads it from the head as a plain script, which the parser waits for (a few
 * milliseconds): loaded `async`, Chromium fetched it at low priority and the views opened later.
 */
export function viewPreloadPlugin(): Plugin {
  let base = '/';
  let fileName: string | undefined;
  return {
    name: 'view-preload',
    apply: 'build',
    configResolved: (config) => void (base = config.base),
    // Before the HTML is written (vite:build-html, in the same hook), which needs the script's name.
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        const files = bundle as Record<string, BundleFile>;
        const source = viewPreloadScript(viewFiles(files), base, wholeIndexFiles(files));
        fileName = `assets/view-preload-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
        this.emitFile({ type: 'asset', fileName, source });
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => (fileName ? [{ tag: 'script', attrs: { src: base + fileName }, injectTo: 'head' }] : []),
    },
  };
}
