import { readFileSync } from 'node:fs';
import readExcelFile from 'read-excel-file/node';
import type { Page } from '@playwright/test';
import { expect, test } from './fixture';

const EXCEL = 'Xuất Excel (như đang hiển thị)';

/** Clicks the button, takes the download and reads its only sheet back. */
async function downloadSheet(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const sheets = await readExcelFile(await file.path());
  expect(sheets).toHaveLength(1);
  return { name: file.suggestedFilename(), sheet: sheets[0] };
}

test.describe('Xuất Excel (Excel export)', () => {
  test('the PAPI 2024 ranking reopens as shown: Vietnamese header and names, numbers as numbers, the source line under it', async ({ page }) => {
    await page.goto('/?view=rankings&index=papi&year=2024');
    const canThoOnScreen = page.getByRole('table', { name: 'Bảng xếp hạng PAPI năm 2024' }).getByRole('row', { name: /Cần Thơ/ });
    await expect(canThoOnScreen).toContainText('59/61');
    const scoreOnScreen = (await canThoOnScreen.getByRole('cell').nth(1).textContent()) ?? '';

    // The CSV of the same table, for its header: the workbook's first row is the same.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất CSV (như đang hiển thị)' }).click()]);
    const csvHeader = readFileSync(await csv.path(), 'utf8').slice(1).split('\r\n')[0]?.split(';');

    const { name, sheet } = await downloadSheet(page, EXCEL);
    expect(name).toMatch(/^papi-2024-xep-hang-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(sheet?.sheet).toBe('Dữ liệu');
    const [header, ...rows] = sheet?.data ?? [];
    expect(header).toEqual(csvHeader);
    expect(header).toContain('Điểm');

    const canTho = rows.find((row) => row[2] === 'Cần Thơ');
    expect(canTho?.slice(0, 3)).toEqual([59, 61, 'Cần Thơ']);
    const score = canTho?.[3];
    expect(typeof score).toBe('number');
    // The number itself, shown with the table's 2 decimals, is what the screen shows.
    expect(Number(score).toFixed(2).replace('.', ',')).toBe(scoreOnScreen.trim());
    expect(canTho?.[4]).toBe(-6);
    expect(rows.filter((row) => typeof row[0] === 'number')).toHaveLength(61);
    expect(rows.some((row) => row[2] === 'Hậu Giang' || row[2] === 'Sóc Trăng')).toBe(true);

    const sourceRow = rows.at(-1);
    expect(sourceRow?.[0]).toBe('Nguồn');
    expect(String(sourceRow?.[1])).toContain('PAPI');
  });

  test('a large table (every year of PAPI) is written off the main thread under the site policy, every row kept', async ({ page }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto('/?view=data&index=papi');
    const count = page.getByTestId('figure-count');
    await expect(count).toHaveText(/^[\d.]+ số liệu phù hợp bộ lọc$/);
    const figures = Number((await count.textContent())?.replace(/\D/g, ''));
    expect(figures).toBeGreaterThan(500);

    const { sheet } = await downloadSheet(page, EXCEL);
    const [header, ...rows] = sheet?.data ?? [];
    expect(header).toEqual(['Năm', 'Đơn vị', 'Thành phần', 'Điểm', 'Hạng', 'Trên', 'Tình trạng', 'Nguồn', 'Nguồn gốc']);
    expect(rows).toHaveLength(figures);
    expect(rows.every((row) => typeof row[0] === 'number' && (row[3] === null || typeof row[3] === 'number'))).toBe(true);
    expect(rows.find((row) => row[0] === 2024 && row[1] === 'Cần Thơ')?.[3]).toBeCloseTo(40.44, 2);
    // The zip library compresses a file this size in a worker made from a blob: the policy's worker-src allows it.
    expect(workers.some((url) => url.startsWith('blob:'))).toBe(true);
  });
});
