import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
// The build's own summary plugin function (not app code), to serve what a build of a broken data/ would.
// eslint-disable-next-line no-restricted-imports
import { figureSummary } from '../vite-figure-summary';
import { expect, test } from './fixture';
import { holdRequests } from './hold-requests';
import { openView } from './view-pages';

const card = (page: Page, name: string) => page.getByRole('region', { name });

/** The summary the build makes when data/ holds `file` with this text: the plugin's own function, run on a copy of data/. */
function summaryWith(file: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-summary-'));
  cpSync(new URL('../data', import.meta.url).pathname, dir, { recursive: true });
  writeFileSync(join(dir, file), text);
  return JSON.stringify(figureSummary(dir).summary);
}

test.describe('Tổng quan (overview) for Cần Thơ', () => {
  // The checks that only read share one loaded page.
  test('the latest results, their sources and trend tables, in one loaded page', async ({ page }) => {
    test.slow(); // two checks on one page
    await openView(page, 'overview');

    await test.step('shows the latest result of each index with rank and denominator', async () => {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tổng quan: Cần Thơ');

      const papi = card(page, 'PAPI');
      await expect(papi.getByTestId('score')).toContainText('40,44');
      await expect(papi.getByTestId('rank')).toHaveText('59/61');
      await expect(papi).toContainText('hạng tính toán');
      await expect(papi).toContainText('▼ giảm 6 bậc');

      const par = card(page, 'PAR Index');
      await expect(par.getByTestId('score')).toHaveText('89,13%');
      await expect(par.getByTestId('rank')).toHaveText('22/63');
      await expect(par).toContainText('▲ tăng 20 bậc');
      await expect(par).toContainText('điểm năm 2023 chưa công bố');

      const sipas = card(page, 'SIPAS');
      await expect(sipas.getByTestId('score')).toHaveText('83,28%');
      await expect(sipas.getByTestId('rank')).toHaveText('34/63');
      await expect(sipas).toContainText('▼ giảm 11 bậc');
    });

    await test.step('every card names its sources and offers its trend as a table', async () => {
      const papi = card(page, 'PAPI');
      await expect(papi.getByText('Nguồn:')).toBeVisible();
      await papi.getByText('Xem bảng số liệu').click();
      const row2024 = papi.getByRole('row', { name: /^2024/ });
      await expect(row2024).toContainText('40,44');
      await expect(row2024).toContainText('59/61');
      await expect(papi.getByRole('row', { name: /^2022/ })).toContainText('55/61');
    });

    await test.step('the sparkline draws no line across a gap or a change of method, and tells a year under the pointer', async () => {
      const par = card(page, 'PAR Index').locator('.trend-chart');
      // PAR Index 2017–2024: one line 2017–2020; 2021, 2022 and 2024 stand alone (new criteria, 2023 not published).
      await expect(par.locator('.spark-line-path')).toHaveCount(1);
      await expect(par.locator('.spark-line-surface circle')).toHaveCount(7);
      await expect(par.locator('.spark-line-surface text')).toHaveText(['2017', '2019', '2021', '2023']);
      const box = (await par.boundingBox())!;
      await par.hover({ position: { x: box.width - 20, y: 20 } });
      await expect(par.locator('.chart-tooltip')).toHaveText(/^2024\s*Điểm: 89,13%$/);
      await page.mouse.move(0, 0);
      await expect(par.locator('.chart-tooltip')).toHaveCount(0);
    });
  });

  test('switches to English with English number formatting, and remembers it', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview: Can Tho');

    await expect(card(page, 'PAPI').getByTestId('score')).toContainText('40.44');
    await expect(card(page, 'PAPI').getByTestId('rank')).toHaveText('59/61');
    await expect(card(page, 'PAPI')).toContainText('computed rank');
    await expect(card(page, 'PAR Index').getByTestId('score')).toHaveText('89.13%');
    await expect(card(page, 'SIPAS').getByTestId('score')).toHaveText('83.28%');

    await page.reload();
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await expect(card(page, 'PAR Index').getByTestId('score')).toHaveText('89.13%');
  });

  test('a broken data file, as the build summarises it, shows an error card naming file, line and problem; the other indices still show', async ({ page }) => {
    const broken = readFileSync(new URL('./fixtures/broken-sipas-2024.csv', import.meta.url), 'utf8');
    const summary = summaryWith('sipas/2024.csv', broken);
    await page.route('**/assets/figure-summary-*.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: summary }));
    await page.goto('/');

    const alert = card(page, 'SIPAS').getByRole('alert');
    await expect(alert).toContainText('sipas/2024.csv');
    await expect(alert).toContainText("Dòng 3, cột score: '83.2x8'");
    await expect(alert).toContainText('không phải là số');
    await expect(card(page, 'SIPAS').getByTestId('score')).toHaveCount(0);

    await expect(card(page, 'PAR Index').getByTestId('score')).toHaveText('89,13%');
    await expect(card(page, 'PAPI').getByTestId('rank')).toHaveText('59/61');
  });

  test.describe(() => {
    test.use({ allowedProblems: [{ message: /404 \(Not Found\) \(.*\/(data\/par\/2024-|assets\/figure-summary-)/, reason: 'the test answers a file with a 404 on purpose; Chromium logs each failed request' }] });
    test('a missing file is reported by name: the summary on the overview, a yearly file where a view reads it', async ({ page }) => {
      await page.route('**/assets/figure-summary-*.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
      await page.goto('/');
      await expect(card(page, 'PAR Index').getByRole('alert')).toContainText('figure-summary');
      await expect(card(page, 'PAR Index').getByRole('alert')).toContainText('HTTP 404');

      await page.unroute('**/assets/figure-summary-*.json');
      await page.route('**/data/par/2024-*.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
      await page.goto('/?view=components&index=par');
      await expect(page.getByRole('main').getByRole('alert').first()).toContainText('par/2024.csv');
      await expect(page.getByRole('main').getByRole('alert').first()).toContainText('HTTP 404');
    });
  });

  test.describe(() => {
    test.use({ allowedProblems: [{ message: /net::ERR_INTERNET_DISCONNECTED/, reason: 'the test cuts the network for one file on purpose; Chromium logs each failed request' }] });
    test('a file that did not come is read again with “Thử lại” once the network is back: the catalogue, the summary, a yearly file', async ({ page }) => {
      const catalogue = /\/assets\/catalog-[\w-]{8}\.json$/;
      await page.route(catalogue, (route) => route.abort('internetdisconnected'));
      await page.goto('/');
      const gate = page.getByRole('alert');
      await expect(gate).toContainText('Không đọc được danh mục dữ liệu');
      await expect(gate).toContainText('Kiểm tra kết nối rồi bấm “Thử lại”');
      await page.unroute(catalogue);
      await gate.getByRole('button', { name: 'Thử lại' }).click();
      await expect(card(page, 'PAR Index').getByTestId('score')).toHaveText('89,13%');

      const summary = '**/assets/figure-summary-*.json';
      await page.route(summary, (route) => route.abort('internetdisconnected'));
      await page.goto('/');
      const alert = card(page, 'PAR Index').getByRole('alert');
      await expect(alert).toContainText('figure-summary');
      await expect(alert).toContainText('Kiểm tra kết nối rồi bấm “Thử lại”');
      await page.unroute(summary);
      await alert.getByRole('button', { name: 'Thử lại' }).click();
      await expect(card(page, 'PAR Index').getByTestId('score')).toHaveText('89,13%');
      await expect(card(page, 'PAPI').getByTestId('rank')).toHaveText('59/61');
      await expect(page.getByRole('alert')).toHaveCount(0);

      const yearly = '**/data/papi/2024-*.json';
      await page.route(yearly, (route) => route.abort('internetdisconnected'));
      await page.goto('/?view=components&index=papi&year=2024');
      const fileAlert = page.getByRole('main').getByRole('alert').first();
      await expect(fileAlert).toContainText('papi/2024.csv');
      await page.unroute(yearly);
      await fileAlert.getByRole('button', { name: 'Thử lại' }).click();
      await expect(page.locator('main .components-table tbody tr td.num').first()).toBeVisible();
      await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
      // The footer counts the file the view read again: everything came.
      await expect(page.getByRole('contentinfo').getByRole('status')).toHaveText('✓ Đã tải đủ: bảng điều khiển dùng được khi mất mạng.', { timeout: 90_000 });
    });
  });

  test('the numbers appear before the trend’s code and before any yearly file has arrived: they come from the build-time summary', async ({ page }) => {
    const releaseFiles = await holdRequests(page, '**/data/**/*.json');
    // The trend's code (its sparkline and table), held until the numbers have shown.
    const releaseCharts = await holdRequests(page, '**/assets/trend-block-*.js');
    await page.goto('/');
    await expect(card(page, 'PAPI').getByTestId('score')).toContainText('40,44');
    await expect(card(page, 'PAR Index').getByTestId('score')).toHaveText('89,13%');
    await expect(page.locator('.spark-line-surface')).toHaveCount(0);

    releaseFiles();
    releaseCharts();
    await expect(card(page, 'PAPI').locator('.spark-line-surface')).toBeVisible();
  });
});
