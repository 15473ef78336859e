import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixture';
import { holdRequests } from './hold-requests';

// The entry chunk (assets/index-<hash>.js), not a lazy chunk whose name starts with "index-" (index-slides-<hash>.js).
const ENTRY = /\/assets\/index-[\w-]{8}\.js$/;

/**
 * Whether a script of the site holds Recharts' core (its axes): the chunk is named after whichever module the bundler
 * chose to share it with. Not a mere selector: the PNG export names `.recharts-surface`.
 */
const isChartLibrary = (code: string) => code.includes('recharts-cartesian-axis-tick');

async function holdsChartLibrary(page: Page, path: string): Promise<boolean> {
  return isChartLibrary(await (await page.request.get(path)).text());
}

/** Holds the entry's download until released, and lists the paths the page asks for meanwhile and after. */
async function holdEntry(page: Page): Promise<{ asked: string[]; releaseEntry: () => void }> {
  const releaseEntry = await holdRequests(page, ENTRY);
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  return { asked, releaseEntry };
}

/** Each path matching `files` asked for once: the app read the response already on its way, not a second copy. */
function expectEachAskedOnce(asked: readonly string[], files: RegExp) {
  const matching = asked.filter((path) => files.test(path));
  expect(matching).toEqual([...new Set(matching)]);
}

test.describe('a first load', () => {
  test("a link to a view asks for the view's code and style, the catalogue, the summary and the fonts beside the entry, not once it has run, and its charts' code after", async ({ page }) => {
    const { asked, releaseEntry } = await holdEntry(page);
    await page.goto('/?view=rankings', { waitUntil: 'commit' });
    // All three while the entry is still held: the page alone asked for them.
    await expect.poll(() => asked.some((path) => /\/assets\/rankings-view-[\w-]{8}\.js$/.test(path))).toBe(true);
    expect(asked.filter((path) => /\/assets\/(catalog|figure-summary)-[\w-]{8}\.json$/.test(path))).toHaveLength(2);
    await expect.poll(() => asked.some((path) => /\/assets\/rankings-view-[\w-]{8}\.css$/.test(path))).toBe(true);
    // The views' messages too: the view renders once they have come.
    await expect.poll(() => asked.some((path) => /\/assets\/all-vi-[\w-]{8}\.js$/.test(path))).toBe(true);
    // Both subsets (Vietnamese, Latin) of the three weights.
    await expect.poll(() => asked.filter((path) => path.endsWith('.woff2')).length).toBe(6);
    // Not another view's code.
    expect(asked.some((path) => /\/assets\/(trends|components)-view-/.test(path))).toBe(false);
    // Not the charts' library: the table is shown without it, and the charts follow.
    const scriptsAsked = () => asked.filter((path) => path.endsWith('.js') && !ENTRY.test(path));
    const chartLibraryAsked = async () => (await Promise.all(scriptsAsked().map((path) => holdsChartLibrary(page, path)))).includes(true);
    expect(await chartLibraryAsked()).toBe(false);
    releaseEntry();
    await expect(page.locator('main .rank-table tbody tr td.num').first()).toBeVisible();
    await expect(page.locator('main .rankings-main figure svg.recharts-surface').first()).toBeVisible();
    expect(await chartLibraryAsked()).toBe(true);
    // The view's code and style, the two JSON files and the fonts were each fetched once: the preloads were used,
    // not fetched again (a preload in another credentials mode than the page's own request is not).
    await expect(page.locator('link[rel="stylesheet"][href*="/rankings-view-"]')).toHaveCount(1);
    await page.waitForLoadState('networkidle');
    expect(asked.filter((path) => /rankings-view-[\w-]{8}\.(js|css)$|catalog-|figure-summary-|\.woff2$/.test(path))).toHaveLength(10);
  });

  test('on a slow line the page shows its frame and a loading line before the data has come, then the numbers', async ({ page }) => {
    const releaseCatalog = await holdRequests(page, /\/assets\/catalog-[\w-]{8}\.json$/);
    await page.goto('/');
    // The first render waits for the first screen's data only a moment, not until it has come.
    await expect(page.getByRole('navigation', { name: 'Các trang' })).toBeVisible();
    await expect(page.locator('main')).toContainText('Đang tải dữ liệu');
    releaseCatalog();
    await expect(page.locator('section.card [data-testid="score"]')).toHaveCount(3);
  });

  test("a link to the components view, the plans or a trend asks for the files it reads before the view's code has run", async ({ page }) => {
    // PAPI's two newest years (the components table compares them); the plans, read at build time into one file, which
    // a trend draws with its line.
    const plans = /\/assets\/plans-[\w-]{8}\.json$/;
    const views = {
      components: { files: /\/data\/papi\/\d{4}-[\w-]{8}\.json$/, data: 'main .components-table tbody tr td.num' },
      plans: { files: plans, data: 'main .verdict .badge' },
      trends: { files: plans, data: 'main figure.chart-figure svg .recharts-line-curve' },
    };
    for (const [view, { files, data }] of Object.entries(views)) {
      const code = new RegExp(`/assets/${view}-view-[\\w-]{8}\\.js$`);
      const releaseView = await holdRequests(page, code);
      const asked: string[] = [];
      page.on('request', (request) => asked.push(new URL(request.url()).pathname));
      await page.goto(`/?view=${view}`, { waitUntil: 'commit' });
      // The files the view shows first, while its code is still held: PAPI 2024 and 2023, newest first; the plans.
      // Asked for first, not among every file kept once the page is idle (which begins, the view's code held).
      const count = view === 'components' ? 2 : 1;
      await expect.poll(() => asked.filter((path) => files.test(path)).length).toBe(count);
      expect(asked.filter((path) => path.startsWith('/data/') || files.test(path)).slice(0, count).every((path) => files.test(path))).toBe(true);
      if (view === 'components') {
        const years = asked.filter((path) => files.test(path)).map((path) => Number(/(\d{4})-[\w-]{8}\.json$/.exec(path)?.[1]));
        const bundled = readdirSync(new URL('../data/papi/', import.meta.url)).flatMap((name) => /^(\d{4})\.csv$/.exec(name)?.[1] ?? []);
        expect(years).toEqual(bundled.map(Number).sort((a, b) => b - a).slice(0, 2));
      }
      expect(asked.some((path) => code.test(path))).toBe(true);
      releaseView();
      await expect(page.locator(data).first()).toBeAttached();
      // Each file fetched once: the view read what was started for it.
      expectEachAskedOnce(asked, files);
      // The files this page keeps once idle, all asked for before the next page: one asked late was counted as the next page's.
      await page.waitForLoadState('networkidle');
      await page.unroute(code);
      page.removeAllListeners('request');
    }
  });

  test("a link to a trend draws the plans' marks with its line, not after it", async ({ page }) => {
    // Cần Thơ's PAPI trend is marked with the plans adopted for it. Read once the view had asked, the plans came after
    // the line, and the chart was drawn again with them: its legend and plot moved under the eye. Read with the first
    // screen's files, they are in before the view's code on a load like this one, where the code is held until then
    // (a loaded machine may still bring them later: the chart is then drawn again, rather than held back for them).
    const releaseView = await holdRequests(page, /\/assets\/trends-view-[\w-]{8}\.js$/);
    const plansIn = page.waitForEvent('requestfinished', (request) => /\/assets\/plans-[\w-]{8}\.json$/.test(request.url()));
    await page.addInitScript(() => {
      const seen = new MutationObserver(() => {
        if (!document.querySelector('.recharts-line-curve')) return;
        seen.disconnect();
        (window as { marksWithFirstLine?: number }).marksWithFirstLine = document.querySelectorAll('.plan-marker-badge').length;
      });
      document.addEventListener('DOMContentLoaded', () => seen.observe(document.body, { childList: true, subtree: true }));
    });
    await page.goto('/?view=trends', { waitUntil: 'commit' });
    await plansIn;
    releaseView();
    await expect(page.locator('.plan-marker-badge').first()).toBeVisible();
    const marks = await page.locator('.plan-marker-badge').count();
    expect(await page.evaluate(() => (window as { marksWithFirstLine?: number }).marksWithFirstLine)).toBe(marks);
  });

  test("a link to the components view asks for its index's two newest yearly files beside the entry, not once it has run", async ({ page }) => {
    const { asked, releaseEntry } = await holdEntry(page);
    // The address's index, not the default one.
    const files = /\/data\/sipas\/(\d{4})-[\w-]{8}\.json$/;
    await page.goto('/?view=components&index=sipas', { waitUntil: 'commit' });
    await expect.poll(() => asked.filter((path) => files.test(path)).length).toBe(2);
    const bundled = readdirSync(new URL('../data/sipas/', import.meta.url)).flatMap((name) => /^(\d{4})\.csv$/.exec(name)?.[1] ?? []);
    expect(asked.filter((path) => files.test(path)).map((path) => Number(files.exec(path)?.[1]))).toEqual(bundled.map(Number).sort((a, b) => b - a).slice(0, 2));
    expect(asked.some((path) => /\/data\/papi\//.test(path))).toBe(false);
    releaseEntry();
    // The view's heading names the year once its figures are read (the city has no SIPAS component scores to tabulate).
    await expect(page.locator('main h1')).toHaveText(`Thành phần SIPAS ${Math.max(...bundled.map(Number))}: Cần Thơ`);
    // Each fetched once: the view read the preloaded response (a preload in another credentials mode is not used).
    await page.waitForLoadState('networkidle');
    expectEachAskedOnce(asked, files);
  });

  // Each view's numbers, and a chart it draws beside or below them (the presentation: on its third slide, PAR's trend).
  const chartsAfterData = {
    rankings: { data: 'main .rank-table tbody tr td.num', chart: 'main .rankings-main figure svg.recharts-surface' },
    // Its chart of changes, below the table, is drawn once scrolled near.
    components: { data: 'main .components-table tbody tr td.num', chart: 'main figure svg.recharts-surface', near: 'main .near-screen' },
    profile: { data: 'main [data-testid="profile-score"]', chart: 'main .profile-chart svg.recharts-surface' },
    present: {
      data: '[data-testid="slide-canvas"] .slide-tile',
      chart: '[data-testid="slide-canvas"] svg.recharts-surface',
      reach: async (page: Page) => {
        await expect(page.getByTestId('slide-counter')).toHaveText('1/14');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        await expect(page.getByTestId('slide-counter')).toHaveText('3/14');
      },
    },
  };
  for (const [view, { data, chart, ...more }] of Object.entries(chartsAfterData)) {
    test(`a link to ${view} shows its numbers while the charts' library is held back, and its charts once it has come`, async ({ page }) => {
      let releaseCharts = () => {};
      const chartsHeld = new Promise<void>((resolve) => (releaseCharts = resolve));
      await page.route(/\/assets\/[\w-]+\.js$/, async (route) => {
        const response = await route.fetch();
        if (isChartLibrary(await response.text())) await chartsHeld;
        await route.fulfill({ response });
      });
      await page.goto(`/?view=${view}`);
      await expect(page.locator(data).first()).toBeVisible();
      if ('reach' in more) await more.reach(page);
      await expect(page.locator(chart)).toHaveCount(0);
      releaseCharts();
      if ('near' in more) await page.locator(more.near).first().scrollIntoViewIfNeeded();
      await expect(page.locator(chart).first()).toBeVisible();
      // The idle prefetch may still be asking for scripts.
      await page.unrouteAll({ behavior: 'ignoreErrors' });
    });
  }

  test("the entry, the charts' library and the import worker open with V8's compile hint, a view's own code without it", async ({ page }) => {
    const scripts: string[] = [];
    const asked: string[] = [];
    page.on('request', (request) => (asked.push(request.url()), request.resourceType() === 'script' && scripts.push(request.url())));
    await page.goto('/?view=trends');
    await expect(page.locator('main figure.chart-figure svg .recharts-line-curve').first()).toBeVisible();
    const firstLineOf = async (url: string) => (await (await page.request.get(url)).text()).split('\n', 1)[0];
    const firstLine = async (pattern: RegExp) => {
      const url = scripts.find((address) => pattern.test(new URL(address).pathname));
      expect(url, String(pattern)).toBeDefined();
      return firstLineOf(url!);
    };
    expect(await firstLine(ENTRY)).toBe('//# allFunctionsCalledOnLoad');
    const charts = [];
    for (const url of scripts) if (await holdsChartLibrary(page, url)) charts.push(url);
    expect(charts.length).toBeGreaterThan(0);
    for (const url of charts) expect(await firstLineOf(url), url).toBe('//# allFunctionsCalledOnLoad');
    expect(await firstLine(/\/assets\/trends-view-[\w-]{8}\.js$/)).not.toBe('//# allFunctionsCalledOnLoad');
    // The import worker, started once the page is idle: what an import runs is compiled then, not in the import.
    const importWorker = () => asked.find((url) => /\/assets\/import-worker-[\w-]{8}\.js$/.test(new URL(url).pathname));
    await expect.poll(importWorker).toBeDefined();
    expect(await firstLineOf(importWorker()!)).toBe('//# allFunctionsCalledOnLoad');
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('the overview draws a sparkline when its card comes on screen', async ({ page }) => {
      await page.goto('/');
      await page.waitForLoadState('networkidle');
      const charts = page.locator('.trend-chart');
      await expect(charts).toHaveCount(3);
      await expect(charts.first().locator('.spark-line-surface')).toBeVisible();
      // The first card reaches the screen; the two below it do not, yet.
      await expect(page.locator('.trend-chart .spark-line-surface')).toHaveCount(1);
      await charts.last().scrollIntoViewIfNeeded();
      await expect(charts.last().locator('.spark-line-surface')).toBeVisible();
    });

    test("the overview's first paint waits on no trend code: it is asked for once the frame showing the cards is drawn", async ({ page }) => {
      // When the frame that first holds the merger note (rendered with the cards) has been drawn: the next animation
      // frame's time. Not the note's LCP entry, which a late web font can move after that frame.
      await page.addInitScript(() => {
        const seen = new MutationObserver(() => {
          if (!document.querySelector('.page-heading .note')) return;
          seen.disconnect();
          requestAnimationFrame(() => requestAnimationFrame((time) => ((window as { noteFrameDrawn?: number }).noteFrameDrawn = time)));
        });
        seen.observe(document, { childList: true, subtree: true });
      });
      await page.goto('/');
      await expect(page.locator('.trend-chart .spark-line-surface').first()).toBeVisible();
      const { noteFrameDrawn, trendAsked } = await page.evaluate(() => ({
        noteFrameDrawn: (window as { noteFrameDrawn?: number }).noteFrameDrawn,
        trendAsked: performance.getEntriesByType('resource').find((entry) => /\/assets\/trend-block-[\w-]{8}\.js$/.test(entry.name))?.startTime,
      }));
      expect(noteFrameDrawn).toBeDefined();
      expect(trendAsked).toBeGreaterThan(noteFrameDrawn!);
    });

    test('printing draws the sparklines not yet scrolled to', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('.trend-chart').first().locator('.spark-line-surface')).toBeVisible();
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await expect(page.locator('.trend-chart .spark-line-surface')).toHaveCount(3);
    });
  });
});
