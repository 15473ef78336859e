import { expect, type Page } from '@playwright/test';

/** Every view of src/state/view-state.ts, as reached by `?view=`. */
export const ALL_VIEWS = ['overview', 'trends', 'rankings', 'components', 'plans', 'data', 'present', 'profile'] as const;
export type ViewName = (typeof ALL_VIEWS)[number];

/** Views whose main state draws at least one chart. */
const CHART_VIEWS: readonly ViewName[] = ['overview', 'trends', 'rankings', 'components', 'profile'];

const LOADING = /^(Đang tải dữ liệu|Loading data)…$/;

/** Waits for a view's real content: something drawn, then no loading text left, its heading, its first chart. */
export async function expectViewLoaded(page: Page, view: ViewName) {
  await expect(page.getByRole('heading').or(page.getByText(LOADING)).first()).toBeVisible();
  // Parsing every year of an index takes a while on a busy two-core machine.
  await expect(page.getByText(LOADING), `${view}: data still loading`).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByRole('heading').first()).toBeVisible();
  if (CHART_VIEWS.includes(view)) await expect(page.locator('.recharts-surface').first()).toBeVisible();
}

export async function openView(page: Page, view: ViewName, query = '') {
  await page.goto(`/?view=${view}${query}`);
  await expectViewLoaded(page, view);
}

/** Opens every closed <details> (table alternatives, notes), one at a time as a reader would. */
export async function openAllDetails(page: Page) {
  const closed = page.locator('details:not([open]) > summary');
  for (let opened = 0; opened < 40 && (await closed.count()) > 0; opened++) await closed.first().click();
}
