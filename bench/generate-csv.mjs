import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const UNITS = Array.from({ length: 63 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`);
// The components of PAPI from 2021 (data/components.csv, period papi-2021) and the total.
const SUBS = { D1: [11, 12, 13, 14], D2: [21, 22, 23, 24], D3: [31, 32, 33], D4: [41, 42, 43, 44], D5: [51, 53, 54], D6: [61, 62, 63, 64], D7: [71, 72, 73], D8: [81, 82, 83] };
const COMPONENTS = [
  ['total', 8, 80],
  ...Object.entries(SUBS).flatMap(([dimension, subs]) => [[dimension, 1, 10], ...subs.map((n) => [`SC${n}`, 0, 2.5])]),
];

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

/**
 * A canonical figure file for PAPI 2024 with `rows` rows that all validate: every (unit, component)
 * pair repeats, so every row is a `conflict` version (several versions are allowed only so).
 * SYNTHETIC numbers for the benchmark only: written to a temp dir, never bundled or kept.
 */
export function writeFigureCsv(dir, rows) {
  const path = join(dir, `papi-2024-bench-${rows}-rows.csv`);
  const next = random(rows);
  const file = openSync(path, 'w');
  writeSync(file, 'unit,component,score,rank,rank_of,status,source,derivation,note\n');
  for (let start = 0; start < rows; start += 10_000) {
    const lines = [];
    for (let i = start; i < Math.min(rows, start + 10_000); i++) {
      const [component, min, max] = COMPONENTS[i % COMPONENTS.length];
      const unit = UNITS[Math.floor(i / COMPONENTS.length) % UNITS.length];
      lines.push(`${unit},${component},${(min + next() * (max - min)).toFixed(6)},,,conflict,papi-ml-mcdm,,`);
    }
    writeSync(file, `${lines.join('\n')}\n`);
  }
  closeSync(file);
  return { path, name: path.split('/').at(-1), rows, bytes: statSync(path).size };
}
