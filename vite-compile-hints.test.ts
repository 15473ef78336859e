import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, hintBundle, wantsCompileHint, withCompileHint } from './vite-compile-hints';

describe("V8's compile hint (build time)", () => {
  it('puts the hint on the first line and moves the source map down one line', () => {
    expect(withCompileHint('const a=1;\nexport{a};', 'AAAA;AACA')).toEqual({ code: `${COMPILE_HINT}\nconst a=1;\nexport{a};`, mappings: ';AAAA;AACA' });
    expect(withCompileHint('x()', undefined)).toEqual({ code: `${COMPILE_HINT}\nx()`, mappings: undefined });
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad');
  });

  it('hints the entry and the chunks that hold Recharts, not a view of its own', () => {
    expect(wantsCompileHint({ isEntry: true, moduleIds: ['/app/src/main.tsx'] })).toBe(true);
    expect(wantsCompileHint({ isEntry: false, moduleIds: ['/app/node_modules/recharts/es6/chart/LineChart.js', '/app/src/charts/line-chart.tsx'] })).toBe(true);
    expect(wantsCompileHint({ isEntry: false, moduleIds: ['C:\\app\\node_modules\\recharts\\es6\\index.js'] })).toBe(true);
    expect(wantsCompileHint({ isEntry: false, moduleIds: ['/app/src/features/data/data-view.tsx', '/app/node_modules/write-excel-file/index.js'] })).toBe(false);
    expect(wantsCompileHint({ isEntry: false, moduleIds: ['/app/node_modules/not-recharts/index.js'] })).toBe(false);
  });
});

describe('the hint over a bundle', () => {
  const chunk = (fileName: string, isEntry: boolean, mappings: string) => ({ type: 'chunk' as const, fileName, isEntry, moduleIds: ['/app/src/x.ts'], code: 'x()', map: { mappings } });
  const mapAsset = (mappings: string) => ({ type: 'asset' as const, source: JSON.stringify({ version: 3, sources: ['x.ts'], mappings }) });

  it("moves the emitted .map file of a hinted chunk down with it, and leaves an unhinted chunk's alone", () => {
    const bundle = { 'index.js': chunk('index.js', true, 'AAAA'), 'index.js.map': mapAsset('AAAA'), 'view.js': chunk('view.js', false, 'AAAA'), 'view.js.map': mapAsset('AAAA') };
    hintBundle(bundle);
    expect(bundle['index.js'].code).toBe(`${COMPILE_HINT}\nx()`);
    expect(bundle['index.js'].map.mappings).toBe(';AAAA');
    expect(JSON.parse(bundle['index.js.map'].source)).toEqual({ version: 3, sources: ['x.ts'], mappings: ';AAAA' });
    expect(bundle['view.js'].code).toBe('x()');
    expect(JSON.parse(bundle['view.js.map'].source).mappings).toBe('AAAA');
  });

  it('hints a chunk built without a source map', () => {
    const bundle = { 'index.js': { type: 'chunk' as const, fileName: 'index.js', isEntry: true, moduleIds: [], code: 'x()', map: null } };
    hintBundle(bundle);
    expect(bundle['index.js'].code).toBe(`${COMPILE_HINT}\nx()`);
  });
});
