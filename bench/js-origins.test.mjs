import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceMapGenerator } from 'source-map-js';
import { describe, expect, it, onTestFinished } from 'vitest';
import { codeByOrigin, jsByOrigin, originOf } from './js-origins.mjs';
import { gzipSize } from './serve.mjs';

/** A two-line built file: glue, React DOM's code and the app's on the first line, zustand's on the second. */
function builtFile() {
  const code = 'var g=1;RD();APP();\nZS();';
  const map = new SourceMapGenerator({ file: 'index.js' });
  const mapping = (line, column, source) => map.addMapping({ generated: { line, column }, original: { line: 1, column: 0 }, source });
  mapping(1, 8, '../node_modules/react-dom/cjs/react-dom-client.production.js');
  mapping(1, 13, '../src/main.tsx');
  mapping(2, 0, '../node_modules/zustand/esm/vanilla.mjs');
  return { code, map: JSON.parse(map.toString()) };
}

describe("the bench's initial JS by origin", () => {
  it('names the origin of a source', () => {
    expect(originOf('../../node_modules/scheduler/cjs/scheduler.production.js')).toBe('React');
    expect(originOf('../node_modules/@tanstack/query-core/build/modern/query.js')).toBe('TanStack Query');
    expect(originOf('..\\node_modules\\zustand\\esm\\react.mjs')).toBe('zustand');
    expect(originOf('../node_modules/recharts/es6/index.js')).toBe('other packages');
    expect(originOf('../../work/main/src/app/app.tsx')).toBe('the app (src/)');
    expect(originOf(null)).toBe('bundler glue');
  });

  it("splits a file's code at its mappings, the text before a line's first mapping being glue", () => {
    const { code, map } = builtFile();
    expect(Object.fromEntries(codeByOrigin(code, map))).toEqual({ 'bundler glue': 'var g=1;', React: 'RD();', 'the app (src/)': 'APP();', zustand: 'ZS();' });
  });

  it('gzips each origin of the files named, and counts a file without a map whole under its name', () => {
    const dist = mkdtempSync(join(tmpdir(), 'js-origins-'));
    onTestFinished(() => rmSync(dist, { recursive: true, force: true }));
    mkdirSync(join(dist, 'assets'));
    const { code, map } = builtFile();
    writeFileSync(join(dist, 'assets/index-abc.js'), code);
    writeFileSync(join(dist, 'assets/index-abc.js.map'), JSON.stringify(map));
    writeFileSync(join(dist, 'assets/view-preload-12.js'), 'preload();');
    const result = jsByOrigin(dist, ['/assets/index-abc.js', '/assets/view-preload-12.js']);
    expect(result).toEqual({
      'bundler glue': gzipSize(Buffer.from('var g=1;')),
      React: gzipSize(Buffer.from('RD();')),
      'the app (src/)': gzipSize(Buffer.from('APP();')),
      zustand: gzipSize(Buffer.from('ZS();')),
      'view-preload-12.js (no source map)': gzipSize(Buffer.from('preload();')),
    });
  });
});
