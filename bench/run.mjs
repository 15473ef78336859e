// `npm run bench`: builds the app and a React-only floor page, measures both in headless Chromium,
// prints a JSON report and a table of the targets of issue 8. Not part of `npm test`.
// Runs: BENCH_RUNS (first screen, 5), BENCH_IMPORT_RUNS (3), BENCH_LIGHTHOUSE_RUNS (3);
// BENCH_ROWS=10000,100000,1000000 chooses the import files; BENCH_LIGHTHOUSE=0 skips Lighthouse;
// BENCH_APP_DIST=<dir> measures an existing build of the app instead of building it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { buildApp, buildFloor } from './build.mjs';
import { writeFigureCsv } from './generate-csv.mjs';
import { measureImports } from './import-bench.mjs';
import { measureLighthouse } from './lighthouse.mjs';
import { measureFirstScreen } from './page-load.mjs';
import { checkTargets, formatTable } from './report.mjs';
import { serve } from './serve.mjs';

const env = (name, fallback) => process.env[name] ?? fallback;
const RUNS = Number(env('BENCH_RUNS', 5));
const IMPORT_RUNS = Number(env('BENCH_IMPORT_RUNS', 3));
const LIGHTHOUSE_RUNS = Number(env('BENCH_LIGHTHOUSE_RUNS', 3));
const ROWS = env('BENCH_ROWS', '10000,100000,1000000').split(',').map(Number);
const PORT = Number(env('BENCH_PORT', 4191));
const log = (message) => process.stderr.write(`[bench] ${message}\n`);

const work = mkdtempSync(join(tmpdir(), 'bench-'));
const servers = [];
try {
  log(`building into ${work}`);
  const appDist = process.env.BENCH_APP_DIST ?? join(work, 'app');
  if (!process.env.BENCH_APP_DIST) await buildApp(appDist);
  await buildFloor(join(work, 'floor'));
  const app = await serve(appDist, PORT);
  const floor = await serve(join(work, 'floor'), 0);
  const papaparse = createRequire(import.meta.url).resolve('papaparse/papaparse.min.js');
  const papa = await serve(fileURLToPath(new URL('./papa', import.meta.url)), 0, { '/papaparse.min.js': papaparse });
  servers.push(app, floor, papa);

  const { browser, close } = await launchBrowser();
  const version = browser.version();
  log('first screen: floor, then app');
  const floorScreen = await measureFirstScreen(browser, floor, 'floor', RUNS);
  const appScreen = await measureFirstScreen(browser, app, 'app', RUNS);
  await close();

  let lighthouse;
  if (env('BENCH_LIGHTHOUSE', '1') === '0') lighthouse = { error: 'skipped (BENCH_LIGHTHOUSE=0)' };
  else lighthouse = await measureLighthouse(app.url, LIGHTHOUSE_RUNS, log).catch((error) => ({ error: `Lighthouse failed: ${error.message}` }));

  const files = ROWS.map((rows) => writeFigureCsv(work, rows));
  const imports = await measureImports(app.url, papa.url, files, IMPORT_RUNS, log);

  const report = {
    date: new Date().toISOString(),
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version, chromium: version },
    counted: {
      initialJs: 'gzip bytes of every .js file (entry, preloads, lazy chunks, workers) requested before the three overview cards show their score',
      timeToContent: 'navigation start to the frame after the DOM holds the three scores (floor: its heading); first chart: the first sparkline line',
      importTime: "file input 'change' to the frame after the diff preview (or the problem report) appears; papaparse: 'change' to its row count",
      memory: 'peak RSS (and private bytes) of the largest renderer process, sampled every 100 ms from /proc',
    },
    floor: floorScreen,
    app: appScreen,
    lighthouse,
    imports,
  };
  report.targets = checkTargets({ app: appScreen, floor: floorScreen, lighthouse, imports });
  writeFileSync(join(tmpdir(), 'bench-report.json'), JSON.stringify(report, null, 2));
  console.log(JSON.stringify(report, null, 2));
  console.log(`\n${formatTable(report.targets)}\n(JSON also in ${join(tmpdir(), 'bench-report.json')})`);
} finally {
  await Promise.all(servers.map((server) => server.close()));
  rmSync(work, { recursive: true, force: true });
}
