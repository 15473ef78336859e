import { expect, type Locator, type Page } from '@playwright/test';

/** Every view of src/state/view-state.ts, as reached by `?view=`. */
export const ALL_VIEWS = ['overview', 'trends', 'rankings', 'components', 'plans', 'data', 'present', 'profile'] as const;
export type ViewName = (typeof ALL_VIEWS)[number];

/** Views whose main state draws at least one chart. */
const CHART_VIEWS: readonly ViewName[] = ['overview', 'trends', 'rankings', 'components', 'profile'];

const LOADING = /^(Đang tải dữ liệu|Loading data)…$/;

/**
 * Waits for a view's real content: something drawn, then no loading text left, its heading, its first chart (if it
 * draws one: Recharts, or the overview's sparkline), or the place of a chart drawn once scrolled near (NearScreen).
 */
export async function expectViewLoaded(page: Page, view: ViewName, { chart = CHART_VIEWS.includes(view) } = {}) {
  await expect(page.getByRole('heading').or(page.getByText(LOADING)).first()).toBeVisible();
  // Parsing every year of an index takes a while on a busy two-core machine.
  await expect(page.getByText(LOADING), `${view}: data still loading`).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByRole('heading').first()).toBeVisible();
  if (chart) await expect(page.locator('.recharts-surface, .spark-line-surface, .near-screen').first()).toBeVisible();
}

/**
 * Settles once the page has read everything it keeps for use with no network: after the view's code, the yearly files
 * are downloaded six at a time in idle moments, and last of all the parse worker's script is kept (start-loading.ts).
 * Start waiting before the page loads.
 */
export function everyFileKept(page: Page): Promise<unknown> {
  const parserScript = /\/assets\/parse-worker-[\w-]{8}\.js$/;
  return page.waitForEvent('requestfinished', { predicate: (request) => request.resourceType() === 'fetch' && parserScript.test(request.url()), timeout: 90_000 });
}

/** Loads the page cold at a view (every data file fetched and parsed again) and waits for its data. */
export async function openView(page: Page, view: ViewName, query = '') {
  await page.goto(`/?view=${view}${query}`);
  await expectViewLoaded(page, view);
}

/**
 * Shows a view in the page already open, as the browser's Back and Forward buttons do: the URL changes
 * and the app follows `popstate`, without a reload, so the files already parsed are not parsed again.
 * What a view keeps in its components (an open <details>, a search box) stays when it is shown again.
 */
export async function showView(page: Page, view: ViewName, query = '', wait: { chart?: boolean } = {}) {
  await page.evaluate(async (url) => {
    window.history.pushState(null, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
    // The next frame: React has drawn the new state (its loading text, if any, is on screen).
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }, `/?view=${view}${query}`);
  await expectViewLoaded(page, view, wait);
}

/** Opens a view from the navigation, as a reader does. */
export async function openFromNavigation(page: Page, label: string, view: ViewName) {
  await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`view=${view}`));
  await expectViewLoaded(page, view);
}

/** Opens every closed <details> (table alternatives, notes), one at a time as a reader would. */
export async function openAllDetails(page: Page) {
  const closed = page.locator('details:not([open]) > summary');
  for (let opened = 0; opened < 40 && (await closed.count()) > 0; opened++) await closed.first().click();
}

/** Opens the <details> in `scope` whose summary says `summary`, unless a view shown again kept it open. */
export async function expandDetails(scope: Locator, summary: string) {
  const toggle = scope.locator('summary', { hasText: summary }).first();
  await expect(toggle).toBeVisible();
  if (!(await toggle.evaluate((element) => (element.parentElement as HTMLDetailsElement).open))) await toggle.click();
}
