// `npm run bench`: builds the app and a React-only floor page, measures both in headless Chromium,
// prints a JSON report and a table of the targets of issues 8 and 17. Not part of `npm test`.
// `--only first-screen,views,lighthouse,import,import-hostile` measures only the parts named (default: all).
// Runs: BENCH_RUNS (first screen, 5), BENCH_VIEW_RUNS (views cold, view switches, selection changes; 3), BENCH_IMPORT_RUNS (3, also for the hostile files), BENCH_LIGHTHOUSE_RUNS (3);
// BENCH_ROWS=10000,100000,1000000 chooses the import files; BENCH_LIGHTHOUSE=0 skips Lighthouse;
// BENCH_HOSTILE_SCALE=0.1 shrinks the hostile files (columns and bytes) for a quick run;
// BENCH_HOSTILE_CAP_S=120 stops a hostile import that has not ended by then (reported as a miss);
// BENCH_APP_DIST=<dir> measures an existing build of the app instead of building it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser } from './browser.mjs';
import { buildApp, buildFloor, buildReferenceFloor } from './build.mjs';
import { writeFigureCsv, writeHostileCsvs } from './generate-csv.mjs';
import { measureImports } from './import-bench.mjs';
import { jsByOrigin } from './js-origins.mjs';
import { measureLighthouse } from './lighthouse.mjs';
import { measureFirstScreens } from './page-load.mjs';
import { checkTargets, formatTable } from './report.mjs';
import { serve } from './serve.mjs';
import { measureViews, VIEW_DATA } from './views.mjs';

const env = (name, fallback) => process.env[name] ?? fallback;
const RUNS = Number(env('BENCH_RUNS', 5));
const VIEW_RUNS = Number(env('BENCH_VIEW_RUNS', 3));
const IMPORT_RUNS = Number(env('BENCH_IMPORT_RUNS', 3));
const LIGHTHOUSE_RUNS = Number(env('BENCH_LIGHTHOUSE_RUNS', 3));
const ROWS = env('BENCH_ROWS', '10000,100000,1000000').split(',').map(Number);
const HOSTILE_SCALE = Number(env('BENCH_HOSTILE_SCALE', 1));
const HOSTILE_CAP_MS = Number(env('BENCH_HOSTILE_CAP_S', 120)) * 1000;
const PORT = Number(env('BENCH_PORT', 4191));
const log = (message) => process.stderr.write(`[bench] ${message}\n`);

const PARTS = ['first-screen', 'views', 'lighthouse', 'import', 'import-hostile'];
const { only } = parseArgs({ options: { only: { type: 'string' } } }).values;
const chosen = only?.split(',') ?? PARTS;
const unknown = chosen.filter((part) => !PARTS.includes(part));
if (unknown.length > 0) throw new Error(`--only: unknown part ${unknown.join(', ')} (parts: ${PARTS.join(', ')})`);
const wants = (part) => chosen.includes(part);

const work = mkdtempSync(join(tmpdir(), 'bench-'));
const servers = [];
try {
  log(`building into ${work}`);
  const appDist = process.env.BENCH_APP_DIST ?? join(work, 'app');
  if (!process.env.BENCH_APP_DIST) await buildApp(appDist);
  const app = await serve(appDist, PORT);
  servers.push(app);
  const probe = await launchBrowser();
  const machine = { cpus: cpus().length, node: process.version, chromium: probe.browser.version() };
  await probe.close();
  const report = {
    date: new Date().toISOString(),
    machine,
    parts: chosen,
    counted: {
      initialJs: 'gzip bytes of every .js file (entry, preloads, lazy chunks, workers) requested before the three overview cards show their score',
      initialJsByOrigin: "the same files split through their source maps: React (react, react-dom, scheduler), TanStack Query, zustand, the app's src/, the bundler's glue; each origin's code gzipped on its own",
      timeToContent: 'navigation start to the frame after the DOM holds the three scores (floor: its heading); first chart: the first sparkline line',
      stackFloor: "reference, no target: React, TanStack Query and zustand reading the app's catalogue and summary JSON and showing three numbers (bench/stack-floor)",
      chartFloor: "reference, no target: the stack floor's stack and Recharts drawing one line (Cần Thơ's PAPI totals) from the summary JSON; time to the line (bench/chart-floor)",
      importTime: "file input 'change' to the frame after the diff preview, the problem report or a refusal appears; papaparse: 'change' to its row count",
      hostile: `synthetic stress files (10,000 columns; CR-only line ends; duplicate rows) scaled by ${HOSTILE_SCALE}, each import stopped after ${HOSTILE_CAP_MS / 1000} s`,
      viewData: VIEW_DATA,
      views: "cold: navigation start to the frame after the URL names the view and the DOM holds its data (selectors in viewData), each view loaded right after a cold load of the floor, whose median (floorMs) is the views' baseline; switch: a click on the navigation, once the overview is loaded and the browser idle, to that frame; selection: a 'change' (index, unit, year) to the first frame painted after it, and (reported) to the first frame at which the view's chart names the choice",
      memory: 'peak RSS (and private bytes) of the largest renderer process, sampled every 100 ms from /proc',
    },
  };

  if (wants('first-screen') || wants('views')) {
    await buildFloor(join(work, 'floor'));
    const floor = await serve(join(work, 'floor'), 0);
    servers.push(floor);
    const { browser, close } = await launchBrowser();
    const pages = { floor: { server: floor, kind: 'floor' } };
    if (wants('first-screen')) {
      await buildReferenceFloor('stack-floor', join(work, 'stack-floor'));
      await buildReferenceFloor('chart-floor', join(work, 'chart-floor'));
      const stackFloor = await serve(join(work, 'stack-floor'), 0);
      const chartFloor = await serve(join(work, 'chart-floor'), 0);
      servers.push(stackFloor, chartFloor);
      Object.assign(pages, { stackFloor: { server: stackFloor, kind: 'stack' }, chartFloor: { server: chartFloor, kind: 'chart' }, app: { server: app, kind: 'app' } });
    }
    log(`first screen: ${Object.keys(pages).join(', ')}, in turn`);
    Object.assign(report, await measureFirstScreens(browser, pages, RUNS));
    if (report.app) report.app.jsAtContentByOrigin = jsByOrigin(appDist, report.app.jsFilesAtContentList);
    if (wants('views')) report.views = await measureViews(browser, app, floor, VIEW_RUNS, log);
    await close();
  }

  if (wants('lighthouse')) {
    if (env('BENCH_LIGHTHOUSE', '1') === '0') report.lighthouse = { error: 'skipped (BENCH_LIGHTHOUSE=0)' };
    else report.lighthouse = await measureLighthouse(app.url, LIGHTHOUSE_RUNS, log).catch((error) => ({ error: `Lighthouse failed: ${error.message}` }));
  }

  if (wants('import') || wants('import-hostile')) {
    const papaparse = createRequire(import.meta.url).resolve('papaparse/papaparse.min.js');
    const papa = await serve(fileURLToPath(new URL('./papa', import.meta.url)), 0, { '/papaparse.min.js': papaparse });
    servers.push(papa);
    if (wants('import')) {
      const files = ROWS.map((rows) => writeFigureCsv(work, rows));
      report.imports = await measureImports(app.url, papa.url, files, IMPORT_RUNS, log);
    }
    if (wants('import-hostile')) {
      const files = writeHostileCsvs(work, { columns: Math.round(10_000 * HOSTILE_SCALE), bytes: Math.round(48 * 1024 * 1024 * HOSTILE_SCALE) });
      report.hostile = await measureImports(app.url, papa.url, files, IMPORT_RUNS, log, HOSTILE_CAP_MS);
    }
  }

  report.targets = checkTargets(report);
  writeFileSync(join(tmpdir(), 'bench-report.json'), JSON.stringify(report, null, 2));
  console.log(JSON.stringify(report, null, 2));
  console.log(`\n${formatTable(report.targets)}\n(JSON also in ${join(tmpdir(), 'bench-report.json')})`);
} finally {
  await Promise.all(servers.map((server) => server.close()));
  rmSync(work, { recursive: true, force: true });
}
