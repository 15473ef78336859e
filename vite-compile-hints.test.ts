import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, wantsCompileHint, withCompileHint } from './vite-compile-hints';

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
