import type { Plugin } from 'vite';

/**
 * V8's explicit compile hint (Chrome 136+; other engines read it as a comment): every function of the file is
 * compiled as the script is loaded, on a background thread while it streams in, instead of lazily on the main
 * thread at its first call. The first chart's render spent 187–316 ms of its one long task compiling Recharts at
 * 4× CPU (Chrome trace, V8.CompileCode), which is what Lighthouse mobile counts as blocking time.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Source-map mappings for code that gained one line at its top: an empty first line. */
const oneLineDown = (mappings: string) => `;${mappings}`;

/** The chunk's code with the hint as its first line; the source map's lines move down by one. */
export function withCompileHint(code: string, mappings?: string): { code: string; mappings?: string } {
  return { code: `${COMPILE_HINT}\n${code}`, mappings: mappings === undefined ? undefined : oneLineDown(mappings) };
}

/** What the plugin reads of a chunk of the bundle. */
export interface HintedChunk {
  isEntry: boolean;
  moduleIds: readonly string[];
}

const CHART_LIBRARY = /[\\/]node_modules[\\/]recharts[\\/]/;

/**
 * The chunks whose functions are mostly called as soon as they have loaded: the entry (the first screen's render
 * runs much of React DOM) and those that hold Recharts (a chart's first render runs much of it). Not the views' own
 * chunks nor the rest: with every chunk hinted, the blocking time was no lower (275 against 254 ms at 4× CPU) and a
 * cold Data view took 342 → 433 ms (7 loads alternated), its background compiles taking a core from the page.
 */
export function wantsCompileHint(chunk: HintedChunk): boolean {
  return chunk.isEntry || chunk.moduleIds.some((id) => CHART_LIBRARY.test(id));
}

/** The parts of a bundle entry the hint reads and rewrites: a chunk, or an asset such as a chunk's `.map`. */
export type BundleFile = (HintedChunk & { type: 'chunk'; fileName: string; code: string; map?: { mappings: string } | null }) | { type: 'asset'; source: string | Uint8Array };

/**
 * The hint on every chunk that wants it. A chunk's source map is moved down one line both where the chunk holds it and in
 * its emitted `.map` file, which the bundler has already written out by now.
 */
export function hintBundle(bundle: Record<string, BundleFile>): void {
  for (const file of Object.values(bundle)) {
    if (file.type !== 'chunk' || !wantsCompileHint(file)) continue;
    const hinted = withCompileHint(file.code, file.map?.mappings);
    file.code = hinted.code;
    if (file.map && hinted.mappings !== undefined) file.map.mappings = hinted.mappings;
    const mapFile = bundle[`${file.fileName}.map`];
    if (mapFile?.type === 'asset' && typeof mapFile.source === 'string') {
      const map = JSON.parse(mapFile.source) as { mappings: string };
      mapFile.source = JSON.stringify({ ...map, mappings: oneLineDown(map.mappings) });
    }
  }
}

/** Build only, added after minification (which drops comments); the workers' build takes it too (vite.config.ts). */
export function compileHintsPlugin(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler: (_options, bundle) => hintBundle(bundle as unknown as Record<string, BundleFile>),
    },
  };
}
