import { floorContentMs } from './page-load.mjs';
import { median, medians } from './stats.mjs';

/**
 * "A view's data": for each view, an element that appears only once the view's numbers are on screen
 * (not its heading, controls or loading text). Documented in the README, "Benchmark".
 */
export const VIEW_DATA = {
  overview: 'section.card [data-testid="score"]',
  // The trend's line: drawn from the yearly figures of the chosen index.
  trends: 'main figure.chart-figure svg .recharts-line-curve',
  // A score or rank cell of the ranking table.
  rankings: 'main .rank-table tbody tr td.num',
  // A score cell of the components table.
  components: 'main .components-table tbody tr td.num',
  // A target's verdict: the target compared with the latest result.
  plans: 'main .verdict .badge',
  // A score cell of the table of bundled figures.
  data: 'main .figures-table tbody tr td.num',
  // A score tile of the first slide.
  present: '[data-testid="slide-canvas"] .slide-tile',
  // Cần Thơ's score in the profile's headline figures.
  profile: 'main [data-testid="profile-score"]',
};

/** The views in the order of the navigation bar; the overview is where the app is first loaded. */
export const NAV_ORDER = ['overview', 'trends', 'rankings', 'components', 'plans', 'data', 'profile', 'present'];

/**
 * Runs in the page before its scripts. `window.__benchWait(view)` arms a watch: the time kept is that of
 * the next animation frame after the URL names the view and the DOM holds its data. A navigation click
 * and a selection change ('change', captured before React sees it) note when they happened, and the
 * moment the next frame after them has been painted (a message posted from its animation frame runs
 * after the paint).
 */
function watchViews(selectors) {
  const state = { marks: {}, inputs: [] };
  window.__bench = state;
  let waiting;
  const check = () => {
    if (!waiting) return;
    const view = new URLSearchParams(location.search).get('view') ?? 'overview';
    if (view !== waiting || !document.querySelector(selectors[waiting])) return;
    const name = waiting;
    waiting = undefined;
    requestAnimationFrame(() => (state.marks[name] = performance.now()));
  };
  window.__benchWait = (view) => {
    waiting = view;
    delete state.marks[view];
    check();
  };
  const noteInput = (kind) => {
    const input = { kind, at: performance.now() };
    state.inputs.push(input);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (input.paintedAt = performance.now());
      channel.port2.postMessage(undefined);
    });
  };
  document.addEventListener('click', (event) => event.target.closest?.('nav a') && noteInput('click'), true);
  document.addEventListener('change', () => noteInput('change'), true);
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
}

const newPage = async (browser) => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', reducedMotion: 'reduce' });
  await context.addInitScript(watchViews, VIEW_DATA);
  return { context, page: await context.newPage() };
};

const markOf = (page, view, timeout = 60_000) =>
  page.waitForFunction((name) => window.__bench.marks[name], view, { timeout }).then((handle) => handle.jsonValue());

/**
 * Each view opened cold from its URL (fresh context: nothing cached), navigation start to its data, each right after a
 * cold load of the floor page (its time to content pushed to `floorLoads`): the machine's load, which drifts within a
 * minute on a shared machine, falls on the view and on the floor it is compared with alike.
 */
async function coldViews(browser, server, floor, floorLoads) {
  const result = {};
  for (const view of NAV_ORDER.filter((v) => v !== 'overview')) {
    floorLoads.push(await floorContentMs(browser, floor));
    const { context, page } = await newPage(browser);
    await page.addInitScript((name) => window.__benchWait(name), view);
    await page.goto(`${server.url}/?view=${view}`);
    result[`${view}Ms`] = await markOf(page, view);
    await context.close();
  }
  return result;
}

/** Once the overview has loaded and the browser is idle (every view prefetched), each next view from the navigation. */
async function viewSwitches(page) {
  const result = {};
  for (const view of NAV_ORDER.slice(1)) {
    await page.evaluate((name) => window.__benchWait(name), view);
    await page.locator(`nav a[href*="view=${view}"]`).first().click();
    const shownAt = await markOf(page, view);
    const click = await page.evaluate(() => window.__bench.inputs.findLast((input) => input.kind === 'click').at);
    result[`${view}Ms`] = shownAt - click;
    await page.waitForLoadState('networkidle');
  }
  return result;
}

async function untilIdle(page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 10_000 })));
  await page.waitForTimeout(500);
}

/**
 * A selection change, as a person makes it: the time to the first frame painted after it (the target),
 * and to the first animation frame at which the view shows what was chosen (`shown`, reported).
 */
async function selectionPaint(page, act, shown) {
  const before = await page.evaluate(() => window.__bench.inputs.length);
  await act();
  const handle = await page.waitForFunction((n) => window.__bench.inputs.slice(n).find((input) => input.paintedAt), before, { timeout: 30_000 });
  const input = await handle.jsonValue();
  const shownAt = await (await page.waitForFunction(figureNames, shown, { timeout: 60_000, polling: 'raf' })).jsonValue();
  return { paintMs: input.paintedAt - input.at, shownMs: shownAt - input.at };
}

/** When the view shows the choice: a figure of the view names it (its label or text) and the view's data is there. */
const figureNames = ({ text, selector }) =>
  [...document.querySelectorAll('main figure')].some((figure) => `${figure.getAttribute('aria-label')} ${figure.textContent}`.includes(text)) &&
  document.querySelector(selector) !== null &&
  performance.now();

/** Index and unit (trends) and year (rankings), each after the view's data is on screen and the browser idle. */
async function selections(browser, server) {
  const { context, page } = await newPage(browser);
  await page.addInitScript(() => window.__benchWait('trends'));
  await page.goto(`${server.url}/?view=trends`);
  await markOf(page, 'trends');
  await untilIdle(page);
  const unit = await selectionPaint(
    page,
    async () => {
      await page.locator('.unit-picker input[type="search"]').fill('ha noi');
      await page.locator('.unit-picker .matches input[type="checkbox"]').first().check();
    },
    { text: 'Hà Nội', selector: VIEW_DATA.trends },
  );
  await untilIdle(page);
  const index = await selectionPaint(page, () => page.locator('main .controls select').first().selectOption('par'), { text: 'PAR Index', selector: VIEW_DATA.trends });
  await context.close();

  const rankings = await newPage(browser);
  await rankings.page.addInitScript(() => window.__benchWait('rankings'));
  await rankings.page.goto(`${server.url}/?view=rankings`);
  await markOf(rankings.page, 'rankings');
  await untilIdle(rankings.page);
  const select = rankings.page.locator('main .rankings-controls select:has(option[value="2020"])').first();
  const year = await selectionPaint(rankings.page, () => select.selectOption('2020'), { text: '2020', selector: VIEW_DATA.rankings });
  await rankings.context.close();
  return { unitMs: unit.paintMs, unitShownMs: unit.shownMs, indexMs: index.paintMs, indexShownMs: index.shownMs, yearMs: year.paintMs, yearShownMs: year.shownMs };
}

async function switchesOnce(browser, server) {
  const { context, page } = await newPage(browser);
  await page.addInitScript(() => window.__benchWait('overview'));
  await page.goto(server.url);
  await markOf(page, 'overview');
  await untilIdle(page);
  const result = await viewSwitches(page);
  await context.close();
  return result;
}

/** Cold views, view switches and selection changes, `runs` times each, medians; `floorMs`: the floor loaded beside the cold views. */
export async function measureViews(browser, server, floor, runs, log) {
  const cold = [];
  const switches = [];
  const changes = [];
  const floorLoads = [];
  for (let i = 0; i < runs; i++) {
    log(`views, run ${i + 1}/${runs}`);
    cold.push(await coldViews(browser, server, floor, floorLoads));
    switches.push(await switchesOnce(browser, server));
    changes.push(await selections(browser, server));
  }
  return { floorMs: median(floorLoads), floorLoads: floorLoads.length, cold: medians(cold), switches: medians(switches), selections: medians(changes) };
}
