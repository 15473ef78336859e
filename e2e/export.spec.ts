import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixture';
import { fileInput, importFixture, importedList } from './import-helpers';

async function download(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path), path };
}

/** A table cell's text as a reader sees it: without the words only a screen reader hears (" bậc"). */
const visibleTexts = (cells: Element[]) =>
  cells.map((cell) => {
    const copy = cell.cloneNode(true) as Element;
    copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
    return (copy.textContent ?? '').trim();
  });

test.describe('Xếp hạng (rankings): the "as shown" CSV', () => {
  test('PAPI 2024: Cần Thơ\'s row in the CSV reads as its row in the table (40,44, not 40,442661)', async ({ page }) => {
    await page.goto('/?view=rankings&index=papi&year=2024');
    const table = page.getByRole('table', { name: 'Bảng xếp hạng PAPI năm 2024' });
    const row = table.getByRole('row', { name: /Cần Thơ/ });
    await expect(row).toContainText('40,44');
    const [rank, name, score, places, points, region, band] = await row.locator('th, td').evaluateAll(visibleTexts);
    const rankHeader = (await table.getByRole('columnheader').first().locator('button').evaluate((button) => button.firstChild?.textContent)) ?? '';

    const { bytes } = await download(page, 'Xuất CSV (như đang hiển thị)');
    const [header, ...lines] = bytes.toString('utf8').slice(1).split('\r\n');
    const cells = lines.map((line) => line.split(';')).find((line) => line[2] === 'Cần Thơ');
    const csv = Object.fromEntries((header?.split(';') ?? []).map((column, i) => [column, cells?.[i]]));
    // The screen's ▲/▼ is the CSV's +/−, which keeps a change a number in Excel.
    const signed = (text = '') => text.replace(/^▲ /, '+').replace(/^▼ /, '-');

    expect(rankHeader).toBe('Hạng (tính toán)');
    expect(`${csv[rankHeader]}/${csv['Trên tổng số']}`).toBe(rank);
    expect(csv['Đơn vị']).toBe(name);
    expect(csv['Điểm']).toBe(score);
    expect(csv['Thay đổi hạng']).toBe(signed(places));
    expect(csv['Thay đổi điểm']).toBe(signed(points));
    expect(csv['Vùng']).toBe(region);
    expect(csv['Nhóm tứ phân vị (tính toán)']).toBe(band);
    expect([rank, score, csv['Thay đổi hạng'], region, band]).toEqual(['59/61', '40,44', '-6', 'ĐBSCL', 'Thấp nhất']);
  });

  test('the full export keeps every decimal and says which figures are computed', async ({ page }) => {
    await page.goto('/?view=rankings&index=papi&year=2024');
    await page.getByLabel('Định dạng CSV').first().selectOption('standard');
    const { bytes } = await download(page, 'Xuất dữ liệu đầy đủ');
    const [header, ...lines] = bytes.toString('utf8').slice(1).split('\r\n');
    expect(header).toBe('index,year,unit,component,score,rank,rank_of,status,source,derivation,note,computed,imported_from');
    expect(lines).toContain('papi,2024,P59,total,40.442661,,,published,papi-ml-mcdm,sum of D1–D8,,yes,');
  });
});

test.describe('Dữ liệu (data): export', () => {
  test('exports what is shown for a Vietnamese Excel: BOM, semicolons, decimal commas, a name that says what is inside', async ({ page }) => {
    await page.goto('/?view=data&index=papi&year=2024');
    await page.getByLabel('Tìm đơn vị').last().fill('can tho');
    await expect(page.getByTestId('figure-count')).toHaveText('1 số liệu phù hợp bộ lọc');
    const { name, bytes } = await download(page, 'Xuất CSV (như đang hiển thị)');
    expect(name).toMatch(/^papi-2024-can-tho-so-lieu-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Năm;Đơn vị;Thành phần;Điểm;Hạng;Trên;Tình trạng;Nguồn;Nguồn gốc');
    expect(lines[1]).toBe('2024;Cần Thơ;Tổng điểm;40,442661;;;Đã công bố;PAPI provincial panel 2011–2024 (data/csv, commit d165721);Đi kèm');
  });

  test('lists the totals first (from the summary), and every component of the whole file when asked', async ({ page }) => {
    await page.goto('/?view=data&index=papi&year=2024');
    await page.getByLabel('Tìm đơn vị').last().fill('can tho');
    const count = page.getByTestId('figure-count');
    await expect(count).toHaveText('1 số liệu phù hợp bộ lọc');
    const rows = page.locator('.figures-table tbody tr');
    await expect(rows.first().locator('td').nth(2)).toHaveText('40,4427');
    await page.getByLabel('Thành phần', { exact: true }).selectOption({ label: 'Mọi thành phần' });
    // data/papi/2024.csv: 37 rows for Cần Thơ (P59): its total, dimensions and sub-dimensions.
    await expect(count).toHaveText('37 số liệu phù hợp bộ lọc');
    await expect(rows.filter({ has: page.getByRole('cell', { name: 'D1', exact: true }) }).locator('td').nth(2)).toHaveText('3,6055');
  });

  test('the full data in the canonical schema re-imports with no change at all', async ({ page }) => {
    await page.goto('/?view=data&index=par&year=2024');
    await page.getByLabel('Định dạng CSV').selectOption('standard');
    const exported = await download(page, 'Xuất dữ liệu đầy đủ');
    expect(exported.bytes.toString('utf8')).toMatch(/^\uFEFFunit,component,score,rank,rank_of,status,source,derivation,note\r\n/);

    await fileInput(page).setInputFiles({ name: 'par-2024-export.csv', mimeType: 'text/csv', buffer: exported.bytes });
    const job = page.getByRole('article', { name: 'par-2024-export.csv' });
    await expect(job.getByTestId('diff-counts')).toHaveText(/^0 số mới, 0 số thay đổi, 0 số bị xóa, \d+ không đổi$/);
    await expect(job.getByText('Tệp không làm thay đổi số liệu nào.')).toBeVisible();
  });

  test('a text cell that a spreadsheet would run is neutralised in the export', async ({ page }) => {
    await page.goto('/?view=data&index=par&year=2024');
    await fileInput(page).setInputFiles(importFixture('par-2024-formula-note.csv'));
    const job = page.getByRole('article', { name: 'par-2024-formula-note.csv' });
    await job.getByRole('button', { name: /Áp dụng/ }).click();
    await expect(importedList(page)).toContainText('par-2024-formula-note.csv');
    await page.getByLabel('Nguồn gốc').selectOption('imported');
    const { bytes } = await download(page, 'Xuất dữ liệu đầy đủ');
    const text = bytes.toString('utf8');
    expect(text).toContain("'=1+2");
    expect(text).not.toMatch(/[;,]=1\+2/);

    // A chart's export says, like its source line, that it shows imported figures.
    await page.goto('/?view=rankings&index=par&year=2024');
    const ranking = await download(page, 'Xuất CSV (như đang hiển thị)');
    expect(ranking.bytes.toString('utf8')).toMatch(/\r\nNguồn;Nhập từ tệp par-2024-formula-note\.csv \(\d{2}\/\d{2}\/\d{4}\)\r\n/);
  });
});
