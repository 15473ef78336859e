import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { gzipSize } from './serve.mjs';

const ORIGINS = [
  ['React', /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/],
  ['TanStack Query', /[\\/]node_modules[\\/]@tanstack[\\/]/],
  ['zustand', /[\\/]node_modules[\\/]zustand[\\/]/],
  ['other packages', /[\\/]node_modules[\\/]/],
  ['the app (src/)', /(^|[\\/])src[\\/]/],
];

/** Where a source of the bundle comes from; code no source claims is the bundler's own (module wrappers, chunk imports). */
export function originOf(source) {
  if (!source) return 'bundler glue';
  return ORIGINS.find(([, pattern]) => pattern.test(source))?.[0] ?? 'other';
}

/**
 * A built file's code split by origin through its source map: the text of each mapping runs to the next mapping on
 * its line (or the line's end); a line's text before its first mapping is glue.
 */
export function codeByOrigin(code, map) {
  const lines = code.split('\n');
  const byLine = lines.map(() => []);
  new SourceMapConsumer(map).eachMapping((m) => byLine[m.generatedLine - 1]?.push(m));
  const parts = new Map();
  const add = (origin, text) => parts.set(origin, (parts.get(origin) ?? '') + text);
  lines.forEach((line, index) => {
    const onLine = byLine[index];
    add('bundler glue', line.slice(0, onLine[0]?.generatedColumn ?? line.length));
    onLine.forEach((m, i) => add(originOf(m.source), line.slice(m.generatedColumn, onLine[i + 1]?.generatedColumn ?? line.length)));
  });
  return parts;
}

/**
 * The gzip bytes of each origin's code in the JS files named (paths as served from `dist`), each origin's text
 * gzipped on its own, so the parts add up to a little more than the files. A file without a source map counts whole
 * under its own name (the build's generated view-preload script).
 */
export function jsByOrigin(dist, paths) {
  const texts = new Map();
  for (const path of paths) {
    const file = join(dist, path);
    const code = readFileSync(file, 'utf8');
    const parts = existsSync(`${file}.map`) ? codeByOrigin(code, JSON.parse(readFileSync(`${file}.map`, 'utf8'))) : new Map([[`${basename(path)} (no source map)`, code]]);
    for (const [origin, text] of parts) texts.set(origin, (texts.get(origin) ?? '') + text);
  }
  return Object.fromEntries([...texts].map(([origin, text]) => [origin, gzipSize(Buffer.from(text))]).sort((a, b) => b[1] - a[1]));
}
