import { launchBrowser, sampleRendererMemory } from './browser.mjs';
import { medians } from './stats.mjs';

const TIMEOUT = 600_000;

/**
 * Runs in the page before its scripts: the import starts when a file input fires `change`, and is
 * ready when `readySelector` appears (the next frame is the time kept). Long tasks are collected.
 */
function watchImport(readySelector) {
  const state = { longTasks: [] };
  window.__benchImport = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('change', (event) => event.target?.type === 'file' && (state.start = performance.now()), true);
  const check = () => {
    if (state.start === undefined || state.ready || !document.querySelector(readySelector)) return;
    state.ready = true;
    requestAnimationFrame(() => (state.end = performance.now()));
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
}

async function timedImport(browser, url, readySelector, input, file) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', reducedMotion: 'reduce' });
  await context.addInitScript(watchImport, readySelector);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(input).waitFor({ state: 'attached' });
  // The view's own loading (its table of figures) is over before the import starts.
  await page.waitForLoadState('networkidle');
  return { context, page, run: async () => {
    await page.locator(input).setInputFiles(file.path);
    await page.waitForFunction(() => window.__benchImport.end !== undefined, null, { timeout: TIMEOUT, polling: 500 });
    return page.evaluate(() => window.__benchImport);
  } };
}

const APP_READY = 'article.import-job [data-testid="diff-counts"], article.import-job [role="alert"]';

/** One import of the file through the Data view, in a fresh browser: time, longest task, peak memory. */
async function importInApp(appUrl, file) {
  const { browser, pid, close } = await launchBrowser();
  try {
    const { page, run } = await timedImport(browser, `${appUrl}/?view=data`, APP_READY, 'input[type="file"]', file);
    const idle = sampleRendererMemory(pid).stop();
    const memory = sampleRendererMemory(pid);
    const state = await run();
    const { peakRss, peakPrivate } = memory.stop();
    const during = state.longTasks.filter((task) => task.start + task.duration >= state.start && task.start <= state.end);
    const outcome = await page.locator(APP_READY).first().textContent();
    return {
      importMs: state.end - state.start,
      longestTaskMs: Math.max(0, ...during.map((task) => task.duration)),
      longTasksOver50: during.length,
      peakRendererRss: peakRss,
      peakRendererPrivate: peakPrivate,
      idleRendererRss: idle.peakRss,
      idleRendererPrivate: idle.peakPrivate,
      outcome: outcome?.slice(0, 160),
    };
  } finally {
    await close();
  }
}

/** Raw papaparse on the same file, in a worker, in a fresh browser. */
async function importWithPapa(papaUrl, file) {
  const { browser, close } = await launchBrowser();
  try {
    const { page, run } = await timedImport(browser, papaUrl, '#result:not(:empty)', '#file', file);
    const state = await run();
    return { papaMs: state.end - state.start, papaRows: Number.parseInt((await page.locator('#result').textContent()) ?? '', 10) };
  } finally {
    await close();
  }
}

/** Each generated file imported `runs` times in the app and parsed as often by raw papaparse. */
export async function measureImports(appUrl, papaUrl, files, runs, log) {
  const results = [];
  for (const file of files) {
    const app = [];
    const papa = [];
    let outcome;
    const errors = [];
    for (let i = 0; i < runs; i++) {
      log(`import ${file.rows} rows, run ${i + 1}/${runs}`);
      try {
        papa.push(await importWithPapa(papaUrl, file));
        const { outcome: text, ...numbers } = await importInApp(appUrl, file);
        outcome = text;
        app.push(numbers);
      } catch (error) {
        errors.push(String(error.message ?? error).split('\n')[0]);
      }
    }
    const summary = { ...medians(app), ...medians(papa) };
    results.push({ rows: file.rows, fileBytes: file.bytes, ...summary, ratioToPapa: summary.importMs / summary.papaMs, outcome, errors });
  }
  return results;
}
