import { round } from './stats.mjs';

const kB = (bytes) => (bytes === undefined ? undefined : round(bytes / 1024, 1));
const MB = (bytes) => (bytes === undefined ? undefined : round(bytes / 1024 / 1024, 1));
const ms = (value) => round(value);
const size = (bytes) => (bytes < 1024 * 1024 ? `${kB(bytes)} kB` : `${MB(bytes)} MB`);

const memoryValue = (result) => `${MB(result.peakRendererRss)} MB; ${MB(result.peakRendererPrivate)} MB`;

/** The hostile files of issue 17: refused or finished within 2× raw papaparse, the tab under 300 MB. */
function hostileTargets(add, hostile) {
  for (const result of hostile) {
    const label = `hostile ${result.label} (${size(result.fileBytes)})`;
    if (result.papaMs === undefined || (result.importMs === undefined && !result.unfinished)) {
      add(label, `failed: ${result.errors.join('; ')}`, 'completes', false);
      continue;
    }
    const time = result.unfinished
      ? `${result.unfinished} (papaparse ${ms(result.papaMs)} ms)`
      : `${ms(result.importMs)} ms / ${ms(result.papaMs)} ms = ${round(result.ratioToPapa, 2)}× (${result.shown})`;
    add(`${label}: refused or finished / raw papaparse`, time, '≤ 2×', !result.unfinished && result.ratioToPapa <= 2);
    if (!result.unfinished) add(`${label}: longest main-thread task`, `${ms(result.longestTaskMs)} ms`, '(reported)');
    const memory = result.unfinished ? `${memoryValue(result)} when stopped` : memoryValue(result);
    add(`${label}: peak tab memory (renderer RSS; private)`, memory, '< 300 MB', !result.unfinished && result.peakRendererRss < 300 * 1024 * 1024);
  }
}

/**
 * Issue 13: each view cold from its URL ≤ 3×, a switch from the navigation ≤ 1× the floor's time to content (the floor
 * loaded beside the cold views); a selection painted within 100 ms.
 */
function viewTargets(add, views) {
  const { floorMs } = views;
  for (const [key, value] of Object.entries(views.cold)) {
    if (!key.endsWith('Ms')) continue;
    const ratio = value / floorMs;
    add(`${key.slice(0, -2)} data, cold from its URL / floor time to content`, `${ms(value)} ms / ${ms(floorMs)} ms = ${round(ratio, 2)}×`, '≤ 3×', ratio <= 3);
  }
  for (const [key, value] of Object.entries(views.switches)) {
    if (!key.endsWith('Ms')) continue;
    const ratio = value / floorMs;
    add(`${key.slice(0, -2)} data after a navigation click / floor time to content`, `${ms(value)} ms / ${ms(floorMs)} ms = ${round(ratio, 2)}×`, '≤ 1×', ratio <= 1);
  }
  for (const [key, value] of Object.entries(views.selections)) {
    if (!key.endsWith('Ms')) continue;
    if (key.endsWith('ShownMs')) add(`${key.slice(0, -7)} change: the view shows the choice`, `${ms(value)} ms`, '(reported)');
    else add(`${key.slice(0, -2)} change: next paint`, `${ms(value)} ms`, '≤ 100 ms', value <= 100);
  }
}

/** Each target of issues 8, 13 and 17 with the measured figure and whether it holds; parts not measured are left out. */
export function checkTargets({ app, floor, stackFloor, chartFloor, views, lighthouse, imports = [], hostile = [] }) {
  const targets = [];
  const add = (name, value, target, pass) => targets.push({ name, value, target, pass: pass === undefined ? undefined : Boolean(pass) });
  if (app && floor) {
    const jsRatio = app.jsAtContentGzip / floor.jsAtContentGzip;
    add('initial JS (gzip) / React-only floor', `${kB(app.jsAtContentGzip)} kB / ${kB(floor.jsAtContentGzip)} kB = ${round(jsRatio, 2)}×`, '≤ 1.3×', jsRatio <= 1.3);
    if (app.jsAtContentByOrigin) add('initial JS by origin (gzip, each alone)', Object.entries(app.jsAtContentByOrigin).map(([origin, bytes]) => `${origin} ${kB(bytes)} kB`).join(', '), '(reported)');
    const contentRatio = app.contentMs / floor.contentMs;
    add('overview numbers / floor time to content', `${ms(app.contentMs)} ms / ${ms(floor.contentMs)} ms = ${round(contentRatio, 2)}×`, '≤ 2×', contentRatio <= 2);
    add('first chart / floor time to content', `${ms(app.chartMs)} ms / ${ms(floor.contentMs)} ms = ${round(app.chartMs / floor.contentMs, 2)}×`, '(reported)');
  }
  if (stackFloor && floor) {
    const stack = 'stack floor (React + TanStack Query + zustand, the two JSON files, three numbers)';
    add(`${stack}: JS / floor`, `${kB(stackFloor.jsAtContentGzip)} kB / ${kB(floor.jsAtContentGzip)} kB = ${round(stackFloor.jsAtContentGzip / floor.jsAtContentGzip, 2)}×`, '(reported)');
    add(`${stack}: time to content / floor`, `${ms(stackFloor.contentMs)} ms / ${ms(floor.contentMs)} ms = ${round(stackFloor.contentMs / floor.contentMs, 2)}×`, '(reported)');
  }
  if (chartFloor && floor) {
    const chart = 'chart floor (the stack floor and Recharts, one line from the summary)';
    add(`${chart}: JS / floor`, `${kB(chartFloor.jsAtContentGzip)} kB / ${kB(floor.jsAtContentGzip)} kB = ${round(chartFloor.jsAtContentGzip / floor.jsAtContentGzip, 2)}×`, '(reported)');
    add(`${chart}: time to its line / floor`, `${ms(chartFloor.contentMs)} ms / ${ms(floor.contentMs)} ms = ${round(chartFloor.contentMs / floor.contentMs, 2)}×`, '(reported)');
  }
  if (views) viewTargets(add, views);
  if (lighthouse?.error) add('Lighthouse', lighthouse.error, 'runs', false);
  else if (lighthouse) {
    const { mobile, desktop } = lighthouse;
    add('Lighthouse mobile score', `${mobile.score} (TBT ${ms(mobile.tbtMs)} ms, LCP ${ms(mobile.lcpMs)} ms)`, '≥ 95, TBT < 200 ms', mobile.score >= 95 && mobile.tbtMs < 200);
    add('Lighthouse desktop score', `${desktop.score} (TBT ${ms(desktop.tbtMs)} ms, LCP ${ms(desktop.lcpMs)} ms)`, '100', desktop.score === 100);
  }
  for (const result of imports) {
    const label = `import ${result.label} (${MB(result.fileBytes)} MB)`;
    if (result.importMs === undefined) {
      add(label, `failed: ${[result.unfinished, ...result.errors].filter(Boolean).join('; ')}`, 'completes', false);
      continue;
    }
    add(`${label}: time / raw papaparse`, `${ms(result.importMs)} ms / ${ms(result.papaMs)} ms = ${round(result.ratioToPapa, 2)}×`, '≤ 1.5×', result.ratioToPapa <= 1.5);
    add(`${label}: longest main-thread task`, `${ms(result.longestTaskMs)} ms`, '≤ 50 ms', result.longestTaskMs <= 50);
    const memoryTarget = result.rows >= 1_000_000;
    add(`${label}: peak tab memory (renderer RSS; private)`, memoryValue(result), memoryTarget ? '< 300 MB' : '(reported)', memoryTarget ? result.peakRendererRss < 300 * 1024 * 1024 : undefined);
  }
  hostileTargets(add, hostile);
  return targets;
}

export function formatTable(targets) {
  const rows = targets.map((t) => [t.pass === undefined ? '    ' : t.pass ? 'PASS' : 'MISS', t.name, t.value, t.target]);
  const widths = [4, ...[1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)))];
  return rows.map((r) => r.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]) : cell)).join('  ')).join('\n');
}
