import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const UNITS = Array.from({ length: 63 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`);
// The components of PAPI from 2021 (data/components.csv, period papi-2021) and the total.
const SUBS = { D1: [11, 12, 13, 14], D2: [21, 22, 23, 24], D3: [31, 32, 33], D4: [41, 42, 43, 44], D5: [51, 53, 54], D6: [61, 62, 63, 64], D7: [71, 72, 73], D8: [81, 82, 83] };
const COMPONENTS = [
  ['total', 8, 80],
  ...Object.entries(SUBS).flatMap(([dimension, subs]) => [[dimension, 1, 10], ...subs.map((n) => [`SC${n}`, 0, 2.5])]),
];
const HEADER = 'unit,component,score,rank,rank_of,status,source,derivation,note';
const PAIRS = UNITS.length * COMPONENTS.length;

/** A small seeded generator, so every run imports the same files. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Row `i` of a canonical figure file: the (unit, component) pairs in turn, each with a random score. */
function figureLine(next, status) {
  return (i) => {
    const [component, min, max] = COMPONENTS[i % COMPONENTS.length];
    const unit = UNITS[Math.floor(i / COMPONENTS.length) % UNITS.length];
    return `${unit},${component},${(min + next() * (max - min)).toFixed(6)},,,${status},papi-ml-mcdm,,`;
  };
}

/** The header, then `lineAt(0)`, `lineAt(1)`… each ended by `eol`, until `enough(rows, bytes)`. ASCII only. */
function writeCsv(path, header, eol, lineAt, enough) {
  const file = openSync(path, 'w');
  let bytes = writeSync(file, `${header}${eol}`);
  let rows = 0;
  while (!enough(rows, bytes)) {
    const lines = [];
    for (let i = 0; i < 10_000 && !enough(rows, bytes); i++) {
      const line = `${lineAt(rows++)}${eol}`;
      lines.push(line);
      bytes += line.length;
    }
    writeSync(file, lines.join(''));
  }
  closeSync(file);
  return { path, name: path.split('/').at(-1), rows, bytes: statSync(path).size };
}

/**
 * A canonical figure file for PAPI 2024 with `rows` rows that all validate: every (unit, component)
 * pair repeats, so every row is a `conflict` version (several versions are allowed only so).
 * SYNTHETIC numbers for the benchmark only: written to a temp dir, never bundled or kept.
 */
export function writeFigureCsv(dir, rows) {
  const path = join(dir, `papi-2024-bench-${rows}-rows.csv`);
  const file = writeCsv(path, HEADER, '\n', figureLine(random(rows), 'conflict'), (written) => written >= rows);
  return { ...file, label: `${rows.toLocaleString('en')} rows` };
}

/**
 * SYNTHETIC STRESS FILES, NOT DATA: the shapes of the files that broke the import (issue 17), made
 * at run time in a temp dir and deleted after it, never bundled or kept.
 * - wide: a header of `columns` columns (`unit`, then c2, c3…) and two rows of digits (10,000 columns ≈ 98 kB);
 * - cr-only: valid canonical rows (as writeFigureCsv) ended by a lone CR, as old Mac exports do, up to `bytes`;
 * - duplicates: one `published` row per (unit, component) pair, then the same rows again and again up to
 *   `bytes`, so nearly every row is a duplicate-row problem (48 MB, just under the import's 50 MB limit, ≈ 1.2 million).
 */
export function writeHostileCsvs(dir, { columns, bytes }) {
  const path = (kind) => join(dir, `papi-2024-bench-${kind}.csv`);
  const wideRow = (unit) => [unit, ...Array.from({ length: columns - 1 }, (_, i) => String(i % 10))].join(',');
  const wideHeader = ['unit', ...Array.from({ length: columns - 1 }, (_, i) => `c${i + 2}`)].join(',');
  const wide = writeCsv(path('wide'), wideHeader, '\n', (i) => wideRow(UNITS[i]), (rows) => rows >= 2);
  const crOnly = writeCsv(path('cr-only'), HEADER, '\r', figureLine(random(1), 'conflict'), (_, written) => written >= bytes);
  const pairLine = figureLine(random(2), 'published');
  const firstRows = Array.from({ length: PAIRS }, (_, i) => pairLine(i));
  const duplicates = writeCsv(path('duplicates'), HEADER, '\n', (i) => firstRows[i % PAIRS], (_, written) => written >= bytes);
  return [
    { ...wide, kind: 'wide', label: `wide: ${columns.toLocaleString('en')} columns, 2 rows` },
    { ...crOnly, kind: 'cr-only', label: `CR-only line ends: ${crOnly.rows.toLocaleString('en')} rows` },
    { ...duplicates, kind: 'duplicates', label: `duplicate rows: ${duplicates.rows.toLocaleString('en')} rows` },
  ];
}
