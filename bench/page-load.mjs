import { medians } from './stats.mjs';

/**
 * Runs in the page before its own scripts: notes when the first screen's parts appear. The time kept is
 * that of the next animation frame after the DOM holds them (performance.now(), from navigation start).
 */
function watchFirstScreen(kind) {
  const marks = {};
  window.__benchMarks = marks;
  const scoreOf = (name) =>
    [...document.querySelectorAll('section[aria-labelledby]')].some(
      (section) => document.getElementById(section.getAttribute('aria-labelledby'))?.textContent?.trim() === name && section.querySelector('[data-testid="score"]')?.textContent?.trim(),
    );
  // The content of each kind of page: the floor's heading, the chart floor's line, the three scores (stack floor, app).
  const contentOf = {
    floor: () => Boolean(document.querySelector('h1')?.textContent),
    chart: () => Boolean(document.querySelector('svg .recharts-line-curve')),
  };
  const conditions = {
    content: contentOf[kind] ?? (() => ['PAPI', 'PAR Index', 'SIPAS'].every(scoreOf)),
    ...(kind === 'app' && { chart: () => Boolean(document.querySelector('.trend-chart .spark-line-path')) }),
  };
  const seen = new Set();
  const check = () => {
    for (const [name, condition] of Object.entries(conditions)) {
      if (seen.has(name) || !condition()) continue;
      seen.add(name);
      requestAnimationFrame(() => (marks[name] = performance.now()));
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
}

const sum = (requests) => requests.reduce((total, r) => total + r.gzipBytes, 0);

async function loadOnce(browser, server, kind) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', reducedMotion: 'reduce' });
  await context.addInitScript(watchFirstScreen, kind);
  const page = await context.newPage();
  server.log.length = 0;
  await page.goto(server.url);
  const wanted = kind === 'app' ? ['content', 'chart'] : ['content'];
  await page.waitForFunction((names) => names.every((name) => window.__benchMarks?.[name] !== undefined), wanted, { timeout: 120_000 });
  const marks = await page.evaluate(() => ({ ...window.__benchMarks, timeOrigin: performance.timeOrigin }));
  await page.waitForLoadState('networkidle');
  const log = [...server.log];
  await context.close();
  // A request that reached the server before the moment was made for it.
  const js = (moment) => log.filter((r) => r.type === '.js' && (moment === undefined || r.at <= marks.timeOrigin + moment));
  // The data files: the catalogue, the summary and the yearly files, each a JSON made at build time.
  const data = (moment) => log.filter((r) => r.type === '.json' && r.at <= marks.timeOrigin + moment);
  return {
    contentMs: marks.content,
    chartMs: marks.chart,
    jsAtContentGzip: sum(js(marks.content)),
    jsFilesAtContent: js(marks.content).length,
    jsAtChartGzip: marks.chart === undefined ? undefined : sum(js(marks.chart)),
    jsAfterLoadGzip: sum(js()),
    dataAtContentGzip: kind === 'floor' ? undefined : sum(data(marks.content)),
    jsFilesAtContentList: js(marks.content).map((r) => r.path),
  };
}

/**
 * The first screen of several pages ({ key: { server, kind } }), cold (a fresh context each time), one load of each
 * in turn, `runs` times: the machine's load, which drifts over a run, falls on every page alike, so their ratios hold.
 * Medians per page.
 */
export async function measureFirstScreens(browser, pages, runs) {
  const loads = Object.fromEntries(Object.keys(pages).map((key) => [key, []]));
  for (let i = 0; i < runs; i++) for (const [key, { server, kind }] of Object.entries(pages)) loads[key].push(await loadOnce(browser, server, kind));
  return Object.fromEntries(Object.entries(loads).map(([key, results]) => [key, { ...medians(results), jsFilesAtContentList: results.at(-1).jsFilesAtContentList }]));
}

/** One cold load of the floor page: its time to content (ms). */
export const floorContentMs = async (browser, server) => (await loadOnce(browser, server, 'floor')).contentMs;
