import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixture';
import { readBundledCsv } from './bundled-data';
import { expectHonestLines, overlappingTexts, readLines, textsOverMarks } from './chart-checks';
import { expandDetails, openView, showView } from './view-pages';

const CAN_THO_COLOR = '#0b5cad';
const PAPI_2024 = '&index=papi&year=2024';

/** Cần Thơ's position among the Mekong Delta provinces with a PAPI 2024 total, computed from the bundled CSVs. */
function mekongPosition(): { position: number; of: number } {
  const members = new Set(readBundledCsv('units.csv').filter((u) => u.region === 'R-DBSCL' && u.level === 'province' && !u.valid_from).map((u) => u.code));
  const totals = readBundledCsv('papi/2024.csv')
    .filter((r) => r.component === 'total' && r.status === 'published' && r.score && members.has(r.unit ?? ''))
    .map((r) => ({ unit: r.unit, score: Math.round(Number(r.score) * 1e6) }));
  const canTho = totals.find((t) => t.unit === 'P59');
  if (!canTho) throw new Error('no PAPI 2024 total for Cần Thơ');
  return { position: 1 + totals.filter((t) => t.score > canTho.score).length, of: totals.length };
}

const rankingTable = (page: Page, name: string | RegExp) => page.getByRole('table', { name });
const firstRowName = (page: Page, table: string) => rankingTable(page, table).locator('tbody tr').first().getByRole('rowheader');

test.describe('Xếp hạng (rankings)', () => {
  // The checks that only read share one loaded page: each step shows its state by client-side navigation.
  test('PAPI 2024, the bump chart, positions, districts and fallbacks, in one loaded page', async ({ page }) => {
    test.slow(); // seven checks on one page
    await openView(page, 'rankings', PAPI_2024);

    await test.step('PAPI 2024: a dot plot with Cần Thơ highlighted and a table where Cần Thơ is 59/61 with 40,44 and ▼ 6 places', async () => {
      await showView(page, 'rankings', PAPI_2024);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xếp hạng: PAPI 2024');

      const bars = page.getByRole('figure', { name: 'PAPI 2024: tổng điểm các tỉnh' });
      await expect(bars).toBeVisible();
      await expect(bars).toContainText('61/63 tỉnh có điểm được công bố');
      await expect(bars.locator('.bar-chart g.ranking-dot')).toHaveCount(61);
      await expect(bars.locator(`.bar-chart g.ranking-dot circle[fill="${CAN_THO_COLOR}"]`)).toHaveCount(1);
      await expect(bars).toContainText('tính toán');

      const table = rankingTable(page, 'Bảng xếp hạng PAPI năm 2024');
      const canTho = table.getByRole('row', { name: /Cần Thơ/ });
      await expect(canTho).toContainText('59/61');
      await expect(canTho).toContainText('40,44');
      await expect(canTho).toContainText('▼ 6');
      await expect(canTho).toContainText('Thấp nhất');
      await expect(table.getByRole('columnheader', { name: /Nhóm tứ phân vị \(tính toán\)/ })).toBeVisible();
      await expect(table.getByRole('row', { name: /Tiền Giang/ })).toContainText('Không tham gia');
    });

    await test.step('the table sorts by score and by name with the keyboard, and the sort is in the URL', async () => {
      await showView(page, 'rankings', PAPI_2024);
      const tableName = 'Bảng xếp hạng PAPI năm 2024';
      await expect(firstRowName(page, tableName)).toHaveText('Quảng Ninh');

      const score = rankingTable(page, tableName).getByRole('button', { name: /^Điểm/ });
      await score.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/sort=-score/);
      await expect(rankingTable(page, tableName).getByRole('columnheader', { name: /^Điểm/ })).toHaveAttribute('aria-sort', 'descending');
      await expect(firstRowName(page, tableName)).toHaveText('Quảng Ninh');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/sort=score/);
      await expect(firstRowName(page, tableName)).toHaveText('Kiên Giang');

      // Shift+Tab goes back to the previous column header: the unit name.
      await page.keyboard.press('Shift+Tab');
      await expect(rankingTable(page, tableName).getByRole('button', { name: /^Đơn vị/ })).toBeFocused();
      await page.keyboard.press('Space');
      await expect(page).toHaveURL(/sort=name/);
      await expect(rankingTable(page, tableName).getByRole('columnheader', { name: /^Đơn vị/ })).toHaveAttribute('aria-sort', 'ascending');
      await expect(firstRowName(page, tableName)).toHaveText('An Giang');
    });

    await test.step('the bump chart shows Cần Thơ among the Mekong Delta provinces, with a table of ranks', async () => {
      await showView(page, 'rankings', PAPI_2024);
      const bump = page.getByRole('figure', { name: /^PAPI 2011–2024: thứ hạng/ });
      // Drawn once scrolled near, three screens below the table.
      await bump.scrollIntoViewIfNeeded();
      await expect(bump.locator('.chart-legend')).toContainText('Cần Thơ');
      // One line per method and number of provinces ranked: 2011–13 and 2015–17 (of 63), 2018 (61), 2019–20 (63), 2021 (60), 2022–24 (61).
      await expect(bump.locator(`path.recharts-line-curve[stroke="${CAN_THO_COLOR}"]`)).toHaveCount(6);
      await expandDetails(bump, 'Xem bảng thứ hạng qua các năm');
      const row = bump.getByRole('row', { name: /^Cần Thơ/ });
      await expect(row).toContainText('59/61');
      await expect(row).toContainText('53/61');

      await page.getByRole('radio', { name: /10 tỉnh đứng đầu năm 2024/ }).check();
      await expect(page).toHaveURL(/bump=top10/);
      await expect(page.getByRole('figure', { name: /10 tỉnh đứng đầu/ }).locator('.chart-legend')).toContainText('Quảng Ninh');
    });

    await test.step('Cần Thơ\'s position among the Mekong Delta provinces for PAPI 2024 is computed from the data', async () => {
      const { position, of } = mekongPosition();
      await showView(page, 'rankings', PAPI_2024);
      const summary = page.getByRole('region', { name: /Vị trí của Cần Thơ/ });
      await expect(summary.getByTestId('position-R-DBSCL')).toContainText(`${position}/${of} Đồng bằng sông Cửu Long`);
      await expect(summary.getByTestId('position-central-cities')).toContainText('/5 Thành phố trực thuộc trung ương');
    });

    await test.step('districts: the city\'s own 2016 ranks, and words about what is missing', async () => {
      await showView(page, 'rankings', '&level=district&index=ct-par');
      await expect(page.getByRole('heading', { level: 1 })).toContainText('2016');
      const table = rankingTable(page, /Bảng xếp hạng .* năm 2016/);
      await expect(table.getByRole('row', { name: /Ô Môn/ })).toContainText('1/9');
      await expect(table.getByRole('row', { name: /Thới Lai/ })).toContainText('3/9');

      const notice = page.getByRole('region', { name: 'Số liệu còn thiếu' });
      await expect(notice).toContainText('chưa có điểm nào được công bố');
      await expect(notice).toContainText('Quận Ninh Kiều');
      await expect(notice).toContainText('2017–2024');
      await expect(notice).toContainText('nhập bảng số liệu ở trang Dữ liệu');
      await expect(notice).not.toContainText('data/');
      await expect(notice.getByRole('link', { name: 'Nhập tệp ở trang Dữ liệu' })).toHaveAttribute('href', /view=data/);
      await expect(notice.getByRole('button', { name: 'Tải tệp mẫu số liệu (CSV)' })).toBeVisible();
      // No score: no score chart, but the ranks over the years are drawn.
      await expect(page.getByRole('figure', { name: /tổng điểm/ })).toHaveCount(0);
      await expect(page.getByRole('figure', { name: /thứ hạng/ }).locator('.recharts-line-curve')).toHaveCount(3);
    });

    await test.step('switching the level in the controls goes to the districts and back', async () => {
      await showView(page, 'rankings', PAPI_2024);
      await page.getByRole('radio', { name: /Quận, huyện của Cần Thơ/ }).check();
      await expect(page).toHaveURL(/level=district/);
      await expect(page).toHaveURL(/index=ct-par/);
      await expect(rankingTable(page, /Bảng xếp hạng .* năm 2016/).getByRole('row', { name: /Ô Môn/ })).toContainText('1/9');
      await page.getByRole('radio', { name: /Tỉnh, thành phố/ }).check();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xếp hạng: PAPI 2024');
    });

    await test.step('an invalid year falls back to the latest year, without an error', async () => {
      await showView(page, 'rankings', '&index=papi&year=1999');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xếp hạng: PAPI 2024');
      await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('2024');
      await expect(rankingTable(page, 'Bảng xếp hạng PAPI năm 2024').getByRole('row', { name: /Cần Thơ/ })).toContainText('59/61');
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  });

  test('the bump chart names each line at its end with its last rank out of how many were ranked, clear of the other names and of the marks', async ({ page }) => {
    test.slow(); // five lines picked, each end label checked against the table of ranks, every line read for breaks
    // Tiền Giang's line ends in 2023 (no PAPI 2024): named beside its last point, not in the column at 2024.
    const chosen = ['Sóc Trăng', 'Hậu Giang', 'Kiên Giang', 'Trà Vinh', 'Tiền Giang'];
    await openView(page, 'rankings', PAPI_2024);
    const bump = page.getByRole('figure', { name: /^PAPI 2011–2024: thứ hạng/ });
    await bump.scrollIntoViewIfNeeded();
    const labels = bump.locator('text.line-end-label');
    await expect(labels).toHaveText(['Cần Thơ 59/61']);
    for (const name of chosen) await bump.locator('.chart-legend').getByRole('button', { name }).click();
    await page.mouse.move(0, 0);
    await expect(labels).toHaveCount(chosen.length + 1);

    // Each name carries the last rank of its row in the table of ranks, with its denominator.
    await expandDetails(bump, 'Xem bảng thứ hạng qua các năm');
    for (const name of ['Cần Thơ', ...chosen]) {
      const ranks = (await bump.locator('.bump-table tbody tr', { has: page.getByRole('rowheader', { name, exact: true }) }).locator('td').allTextContents()).filter((text) => text !== '—');
      expect(ranks.at(-1), `${name}: a last rank`).toMatch(/^\d+\/\d+$/);
      await expect(labels.filter({ hasText: new RegExp(`^${name} `) })).toHaveText(`${name} ${ranks.at(-1)}`);
    }

    // No line across PAPI's 2018 change of method, nor across a change of how many provinces were ranked: the years
    // a line spans (read from the x axis) have one denominator in the table.
    const header = await bump.locator('.bump-table thead th').allTextContents();
    const cells = await bump.locator('.bump-table tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    const denominators = new Map(header.slice(1).map((year, i) => [Number(year), new Set(cells.flatMap((row) => /\/(\d+)$/.exec(row[i] ?? '')?.[1] ?? []))]));
    const chart = bump.locator('.bump-chart svg.recharts-surface');
    const drawn = await readLines(chart);
    expectHonestLines(drawn, 'bump chart');
    const ticks = await chart.locator('.recharts-xAxis-tick-labels text').evaluateAll((texts) =>
      texts.map((text) => {
        const box = (text as SVGGraphicsElement).getBBox();
        return { year: Number(text.textContent), x: box.x + box.width / 2 };
      }),
    );
    expect(ticks.length, 'years under the axis').toBeGreaterThanOrEqual(2);
    const [first, last] = [ticks[0]!, ticks.at(-1)!];
    const yearAt = (x: number) => Math.round(first.year + ((x - first.x) * (last.year - first.year)) / (last.x - first.x));
    for (const path of drawn.paths.filter((p) => p.length > 1)) {
      const totals = new Set(path.flatMap((point) => [...(denominators.get(yearAt(point.x)) ?? [])]));
      expect([...totals], `a line over ${path.map((p) => yearAt(p.x)).join(', ')} joins ranks out of different totals`).toHaveLength(1);
    }

    for (const [width, height] of [[1366, 768], [1920, 1080], [390, 844]] as const) {
      await page.setViewportSize({ width, height });
      await expect(labels.first()).toHaveText('Cần Thơ 59/61');
      expect(await overlappingTexts(chart), `${width}: names over each other or over the axis`).toEqual([]);
      expect(await textsOverMarks(chart, 'text.line-end-label'), `${width}: names over the lines`).toEqual([]);
      // On a phone a name that finds no free place is left to the legend; every name written keeps its denominator.
      for (const text of await labels.allTextContents()) expect(text).toMatch(/ \d+\/61$/);
    }
  });

  test('the rank-over-time chart, three screens below the table, is drawn once scrolled near, and nothing below it moves', async ({ page }) => {
    await openView(page, 'rankings', PAPI_2024);
    const bump = page.getByRole('figure', { name: /^PAPI 2011–2024: thứ hạng/ });
    const plot = bump.locator('.near-screen');
    // Its legend is there; its plot is not drawn yet, its place held at the plot's height.
    await expect(bump.locator('.chart-legend')).toContainText('Cần Thơ');
    await expect(plot.locator('svg.recharts-surface')).toHaveCount(0);
    const summary = bump.locator('summary', { hasText: 'Xem bảng thứ hạng qua các năm' });
    const below = () => summary.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    const before = await below();
    expect((await plot.boundingBox())?.height).toBe(440);
    await plot.scrollIntoViewIfNeeded();
    await expect(plot.locator('svg.recharts-surface .recharts-line-curve').first()).toBeVisible();
    expect(await below()).toBe(before);
    // Printing draws it too, not scrolled to.
    await page.reload();
    await expect(bump.locator('.chart-legend')).toContainText('Cần Thơ');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(plot.locator('svg.recharts-surface')).toHaveCount(1);
  });

  test('an image of the rank-over-time chart asked for before it is scrolled to has its lines', async ({ page }) => {
    await openView(page, 'rankings', PAPI_2024);
    const bump = page.getByRole('figure', { name: /^PAPI 2011–2024: thứ hạng/ });
    await expect(bump.locator('.chart-legend')).toContainText('Cần Thơ');
    await expect(bump.locator('svg.recharts-surface')).toHaveCount(0);
    // An image of the chart of scores first: the font is then at hand, and the next image is made without waiting for it.
    const bars = page.getByRole('figure', { name: 'PAPI 2024: tổng điểm các tỉnh' });
    await Promise.all([page.waitForEvent('download'), bars.getByRole('button', { name: 'Tải ảnh SVG (đủ danh sách)' }).evaluate((button: HTMLElement) => button.click())]);
    await expect(bump.locator('svg.recharts-surface')).toHaveCount(0);
    // Pressed by a script (or a keyboard reaching it faster than the page scrolls): the chart is not near the screen.
    const svgButton = bump.getByRole('button', { name: 'Tải ảnh SVG' });
    const [download] = await Promise.all([page.waitForEvent('download'), svgButton.evaluate((button: HTMLElement) => button.click())]);
    const svg = readFileSync(await download.path(), 'utf8');
    expect(svg).toContain('recharts-line-curve');
    await expect(bump.getByRole('status')).toHaveText('Đã tạo ảnh.');
  });

  test('a reload restores the same view', async ({ page }) => {
    await page.goto('/?view=rankings');
    await page.getByLabel('Chỉ số', { exact: true }).selectOption('papi');
    await page.getByLabel('Năm', { exact: true }).selectOption('2022');
    await page.getByLabel('Thành phần', { exact: true }).selectOption('D1');
    await page.getByRole('radio', { name: /Các đơn vị tự chọn/ }).check();
    const table = 'Bảng xếp hạng PAPI năm 2022';
    await rankingTable(page, table).getByRole('button', { name: /^Điểm/ }).click();
    await expect(page).toHaveURL(/year=2022/);
    const url = page.url();
    const canThoRow = await rankingTable(page, table).getByRole('row', { name: /Cần Thơ/ }).textContent();

    await page.reload();
    expect(page.url()).toBe(url);
    await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('2022');
    await expect(page.getByLabel('Thành phần', { exact: true })).toHaveValue('D1');
    await expect(page.getByRole('radio', { name: /Các đơn vị tự chọn/ })).toBeChecked();
    await expect(rankingTable(page, table).getByRole('columnheader', { name: /^Điểm/ })).toHaveAttribute('aria-sort', 'descending');
    await expect(rankingTable(page, table).getByRole('row', { name: /Cần Thơ/ })).toHaveText(canThoRow ?? '');
  });
});
