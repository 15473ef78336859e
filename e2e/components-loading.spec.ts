import { expect, test } from './fixture';
import { holdRequests } from './hold-requests';
import { expectViewLoaded } from './view-pages';

// PAPI's files before 2023: what the table of 2024 does not read (it reads 2024 and 2023).
const OLDER_PAPI = /\/data\/papi\/20(1\d|2[0-2])-[^/]*\.json$/;

test.describe('Thành phần (components) opened cold, its older years held back', () => {
  test('shows the table and headline of 2024 from 2024 and 2023 alone, the rest loading, and never changes a figure when the other years arrive', async ({ page }) => {
    test.slow(); // every PAPI year read on a busy machine
    const release = await holdRequests(page, OLDER_PAPI);
    // Every set of texts the table and the summary show, as the page draws them: a new one whenever any changes.
    await page.addInitScript(() => {
      const seen: string[][] = [];
      (window as unknown as { seenTables: string[][] }).seenTables = seen;
      const texts = () => [...document.querySelectorAll('#components-table tbody td, main .summary-box p')].map((cell) => cell.textContent ?? '');
      new MutationObserver(() => {
        const now = texts();
        const last = seen.at(-1);
        if (now.length > 0 && (!last || now.join('|') !== last.join('|'))) seen.push(now);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto('/?view=components&index=papi');

    const table = page.getByRole('table', { name: /Các thành phần của PAPI 2024/ });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thành phần PAPI 2024: Cần Thơ');
    // data/papi/2024.csv: Cần Thơ D1 3,61; 2023 → 2024 changes: 4 dimensions up, 4 down.
    await expect(table.getByRole('row', { name: /^D1 / })).toContainText('3,61');
    await expect(page.getByRole('region', { name: 'Tóm tắt' })).toContainText('4/8 chỉ số nội dung tăng điểm, 4 giảm.');
    // What reads the other years says it is loading, with no figure of its own yet.
    const years = page.getByRole('table', { name: /Cần Thơ: % điểm tối đa qua các năm 2018–2024/ });
    await expect(years).toHaveAttribute('aria-busy', 'true');
    await expect(years.getByRole('row', { name: /^D1 / }).locator('td').first()).toHaveText('…Đang tải dữ liệu…');
    await expect(years.getByRole('row', { name: /^D1 / }).locator('td').last()).toHaveText('36');
    await expect(page.getByRole('region', { name: /So sánh hai năm/ })).toHaveCount(0);
    await expect(page.locator('.comparison').getByText('Đang tải dữ liệu…')).toBeVisible();
    const early = await table.locator('tbody td').allTextContents();

    release();
    await expectViewLoaded(page, 'components');
    await expect(years).not.toHaveAttribute('aria-busy');
    await expect(page.getByRole('region', { name: /So sánh hai năm/ }).getByRole('heading')).toHaveText('So sánh hai năm: 2023 và 2024');
    expect(await table.locator('tbody td').allTextContents()).toEqual(early);
    // Not one other text between the first drawing and the last.
    const seen = await page.evaluate(() => (window as unknown as { seenTables: string[][] }).seenTables);
    expect(seen).toHaveLength(1);
  });
});
