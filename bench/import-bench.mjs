import { launchBrowser, sampleRendererMemory } from './browser.mjs';
import { medians } from './stats.mjs';

/**
 * Runs in the page before its scripts: the import starts when a file input fires `change`, and is
 * ready when `readySelector` appears. The time kept is once the next frame has been laid out and
 * painted (a message posted from its animation frame runs after that), so a huge DOM counts. Long
 * tasks are collected.
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
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (state.end = performance.now());
      channel.port2.postMessage(undefined);
    });
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
}

/** Thrown when an import has not shown its outcome within the cap. */
class Unfinished extends Error {}

async function timedImport(browser, url, readySelector, input, file, capMs) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', reducedMotion: 'reduce' });
  await context.addInitScript(watchImport, readySelector);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(input).waitFor({ state: 'attached' });
  // The view's own loading (its table of figures) is over before the import starts.
  await page.waitForLoadState('networkidle');
  return { context, page, run: async () => {
    await page.locator(input).setInputFiles(file.path);
    try {
      await page.waitForFunction(() => window.__benchImport.end !== undefined, null, { timeout: capMs, polling: 500 });
    } catch (error) {
      if (error.name === 'TimeoutError') throw new Unfinished(`did not finish in ${Math.round(capMs / 1000)} s`);
      throw error;
    }
    return page.evaluate(() => window.__benchImport);
  } };
}

const PREVIEW = 'article.import-job [data-testid="diff-counts"]';
// The diff preview; the problem report (or a failure) of the job; a file refused before any job starts.
const APP_READY = `${PREVIEW}, article.import-job [role="alert"], .drop-zone ~ [role="alert"]`;

/** One import of the file through the Data view, in a fresh browser: time, longest task, peak memory. */
async function importInApp(appUrl, file, capMs) {
  const { browser, pid, close } = await launchBrowser();
  try {
    const { page, run } = await timedImport(browser, `${appUrl}/?view=data`, APP_READY, 'input[type="file"]', file, capMs);
    const idle = sampleRendererMemory(pid).stop();
    const memory = sampleRendererMemory(pid);
    const memoryFigures = () => {
      const { peakRss, peakPrivate } = memory.stop();
      return { peakRendererRss: peakRss, peakRendererPrivate: peakPrivate, idleRendererRss: idle.peakRss, idleRendererPrivate: idle.peakPrivate };
    };
    let state;
    try {
      state = await run();
    } catch (error) {
      if (error instanceof Unfinished) return { unfinished: error.message, ...memoryFigures() };
      throw error;
    }
    const figures = memoryFigures();
    const during = state.longTasks.filter((task) => task.start + task.duration >= state.start && task.start <= state.end);
    const outcome = await page.locator(APP_READY).first().textContent();
    return {
      importMs: state.end - state.start,
      longestTaskMs: Math.max(0, ...during.map((task) => task.duration)),
      longTasksOver50: during.length,
      ...figures,
      shown: (await page.locator(PREVIEW).count()) > 0 ? 'preview' : 'refusal or problem report',
      outcome: outcome?.slice(0, 160),
    };
  } finally {
    await close();
  }
}

/** Raw papaparse on the same file, in a worker, in a fresh browser. */
async function importWithPapa(papaUrl, file, capMs) {
  const { browser, close } = await launchBrowser();
  try {
    const { page, run } = await timedImport(browser, papaUrl, '#result:not(:empty)', '#file', file, capMs);
    const state = await run();
    return { papaMs: state.end - state.start, papaRows: Number.parseInt((await page.locator('#result').textContent()) ?? '', 10) };
  } finally {
    await close();
  }
}

/**
 * Each file imported `runs` times in the app and parsed as often by raw papaparse. An import that
 * has not shown its outcome within `capMs` is stopped there (its memory so far is kept) and not run again.
 */
export async function measureImports(appUrl, papaUrl, files, runs, log, capMs = 600_000) {
  const results = [];
  for (const file of files) {
    const app = [];
    const papa = [];
    let outcome;
    let shown;
    let unfinished;
    const errors = [];
    for (let i = 0; i < runs && !unfinished; i++) {
      log(`import ${file.label}, run ${i + 1}/${runs}`);
      try {
        papa.push(await importWithPapa(papaUrl, file, capMs));
        const { outcome: text, shown: kind, unfinished: capped, ...numbers } = await importInApp(appUrl, file, capMs);
        [outcome, shown, unfinished] = [text, kind, capped];
        app.push(numbers);
      } catch (error) {
        errors.push(String(error.message ?? error).split('\n')[0]);
      }
    }
    const summary = { ...medians(app), ...medians(papa) };
    results.push({ label: file.label, kind: file.kind, rows: file.rows, fileBytes: file.bytes, ...summary, ratioToPapa: summary.importMs / summary.papaMs, shown, outcome, unfinished, errors });
  }
  return results;
}
