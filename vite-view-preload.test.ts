import { describe, expect, it } from 'vitest';
import { firstYearlyFiles, wholeIndexOf } from './src/domain/first-reads';
import { parseViewState } from './src/state/view-state';
import { yearlyFileOf } from './vite-figure-files';
import { viewFiles, viewPreloadScript, wholeIndexFiles, type BundleFile } from './vite-view-preload';

const chunk = (fileName: string, imports: string[] = [], extra: Partial<BundleFile> = {}): BundleFile => ({ type: 'chunk', fileName, imports, ...extra });

// The shape of a build: an entry, two lazy views sharing the chart code, a chunk that is no view.
const bundle: Record<string, BundleFile> = Object.fromEntries(
  [
    chunk('assets/index-1.js', ['assets/runtime-1.js'], { isEntry: true, facadeModuleId: '/app/src/main.tsx' }),
    chunk('assets/runtime-1.js'),
    chunk('assets/rankings-view-1.js', ['assets/index-1.js', 'assets/chart-1.js'], {
      facadeModuleId: '/app/src/features/rankings/rankings-view.tsx',
      viteMetadata: { importedCss: new Set(['assets/rankings-view-1.css']) },
    }),
    chunk('assets/chart-1.js', ['assets/runtime-1.js', 'assets/recharts-1.js']),
    chunk('assets/recharts-1.js'),
    chunk('assets/plans-view-1.js', ['assets/index-1.js'], { facadeModuleId: '/app/src/features/plans/plans-view.tsx' }),
    chunk('assets/card-export-1.js', ['assets/chart-1.js'], { facadeModuleId: '/app/src/features/overview/card-export.tsx' }),
    chunk('assets/all-vi-1.js', ['assets/index-1.js', 'assets/components-vi-1.js'], { facadeModuleId: '/app/src/i18n/all-vi.ts' }),
    chunk('assets/components-vi-1.js'),
    chunk('assets/all-en-1.js', ['assets/index-1.js'], { facadeModuleId: '/app/src/i18n/all-en.ts' }),
    { type: 'asset' as const, fileName: 'assets/rankings-view-1.css' },
  ].map((file) => [file.fileName, file]),
);

describe('the view preload (build time)', () => {
  it("lists each view's chunk with every chunk it imports, the Vietnamese messages and their CSS, less what the entry loads anyway", () => {
    const messages = ['assets/all-vi-1.js', 'assets/components-vi-1.js'];
    expect(viewFiles(bundle)).toEqual({
      rankings: ['assets/rankings-view-1.js', 'assets/chart-1.js', 'assets/recharts-1.js', ...messages, 'assets/rankings-view-1.css'],
      plans: ['assets/plans-view-1.js', ...messages],
    });
  });

  it('asks, for the view the address names, for its files under the base path, and for nothing on the overview', () => {
    const script = viewPreloadScript(viewFiles(bundle), '/par/');
    const run = (search: string) => {
      const links: Record<string, string>[] = [];
      const document = { createElement: () => ({}), head: { append: (link: Record<string, string>) => links.push(link) } };
      new Function('location', 'document', script)({ search }, document);
      return links;
    };
    expect(run('?view=rankings&year=2024')).toEqual([
      { rel: 'modulepreload', href: '/par/assets/rankings-view-1.js' },
      { rel: 'modulepreload', href: '/par/assets/chart-1.js' },
      { rel: 'modulepreload', href: '/par/assets/recharts-1.js' },
      { rel: 'modulepreload', href: '/par/assets/all-vi-1.js' },
      { rel: 'modulepreload', href: '/par/assets/components-vi-1.js' },
      { rel: 'preload', as: 'style', crossOrigin: '', href: '/par/assets/rankings-view-1.css' },
    ]);
    expect(run('')).toEqual([]);
    expect(run('?view=nonsense')).toEqual([]);
    // A name that every object has is no view either.
    expect(run('?view=constructor')).toEqual([]);
  });

  // The yearly files' JSON as vite-figure-files.ts emits them, named after their CSV.
  const yearly = (path: string, fileName: string): BundleFile => ({ type: 'asset', fileName, originalFileNames: [`data/${path}`] });
  const withData: Record<string, BundleFile> = {
    ...bundle,
    'assets/components-view-1.js': chunk('assets/components-view-1.js', ['assets/index-1.js'], { facadeModuleId: '/app/src/features/components/components-view.tsx' }),
    ...Object.fromEntries(
      [yearly('papi/2023.csv', 'data/papi/2023-1.json'), yearly('papi/2024.csv', 'data/papi/2024-1.json'), yearly('papi/2022.csv', 'data/papi/2022-1.json'), yearly('sipas/2024.csv', 'data/sipas/2024-1.json')].map((file) => [file.fileName, file]),
    ),
  };

  it("lists each index's two newest yearly files for the view that reads an index whole", () => {
    expect(wholeIndexFiles(withData)).toEqual({
      view: 'components',
      defaultIndex: 'papi',
      byIndex: { papi: ['data/papi/2024-1.json', 'data/papi/2023-1.json'], sipas: ['data/sipas/2024-1.json'] },
    });
    expect(wholeIndexFiles(bundle)).toBeUndefined();
  });

  it("asks, for the components view, for the yearly files the app reads first, whatever the address's index", () => {
    const script = viewPreloadScript(viewFiles(withData), '/', wholeIndexFiles(withData));
    const preloaded = (search: string) => {
      const links: Record<string, string>[] = [];
      const document = { createElement: () => ({}), head: { append: (link: Record<string, string>) => links.push(link) } };
      new Function('location', 'document', script)({ search }, document);
      return links.filter((link) => link.as === 'fetch');
    };
    const fetchOf = (href: string) => ({ rel: 'preload', as: 'fetch', crossOrigin: '', href });
    expect(preloaded('?view=components')).toEqual([fetchOf('/data/papi/2024-1.json'), fetchOf('/data/papi/2023-1.json')]);
    expect(preloaded('?view=components&index=sipas&year=2024')).toEqual([fetchOf('/data/sipas/2024-1.json')]);
    expect(preloaded('?view=rankings&index=papi')).toEqual([]);
    // The same files as the app's own first reads (main.tsx) for any address, a malformed or unknown index included.
    const yearly = Object.values(withData).flatMap((file) => {
      const name = yearlyFileOf(file);
      return name ? [{ ...name, href: `/${file.fileName}` }] : [];
    });
    for (const search of ['', '?view=components', '?view=components&index=sipas', '?view=components&index=', '?view=components&index=a_b', '?view=components&index=PAPI', '?view=components&index=nonsense', '?view=components&index=constructor', '?view=plans&index=sipas']) {
      const { view, index } = parseViewState(search);
      expect(preloaded(search), search).toEqual(firstYearlyFiles(yearly, wholeIndexOf(view, index, yearly)).map((file) => fetchOf(file.href)));
    }
  });
});
