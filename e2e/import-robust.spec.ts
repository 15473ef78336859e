import { writeFileSync } from 'node:fs';
import { filesNotYetKept } from './bundled-data';
import { expect, test } from './fixture';
import { chooseSource, fileInput, importedList, importFixture, pickFile } from './import-helpers';

// Test fixtures made here are real PAPI 2024 totals (data/papi/2024.csv) with test notes, or
// synthetic stress files; none is real new data.
const PAPI_TOTALS = [
  ['P59', '40.442661'],
  ['P60', '44.006610'],
  ['P61', '45.186420'],
] as const;
const HEADER = 'unit,component,score,rank,rank_of,status,source,derivation,note';
const row = ([unit, score]: readonly [string, string]) => `${unit},total,${score},,,published,papi-ml-mcdm,sum of D1–D8,tệp thử nghiệm: ${unit}`;

test.describe('Dữ liệu (data): an import never reads a file wrong, never freezes, works offline', () => {
  test('a file with mixed line ends stores every row it previewed', async ({ page }, testInfo) => {
    const path = testInfo.outputPath('papi-2024-test-mixed-line-ends.csv');
    // The header ends in CRLF, the rows in LF and CR: what a hand edit of an Excel export gives.
    writeFileSync(path, `${HEADER}\r\n${row(PAPI_TOTALS[0])}\n${row(PAPI_TOTALS[1])}\r${row(PAPI_TOTALS[2])}\n`);
    const job = await pickFile(page, path);
    await expect(job.getByTestId('diff-counts')).toHaveText('0 số mới, 3 số thay đổi, 0 số bị xóa, 0 không đổi');
    await job.getByRole('button', { name: 'Áp dụng 3 số liệu' }).click();
    await expect(importedList(page)).toContainText('papi-2024-test-mixed-line-ends.csv — PAPI 2024, 3 số liệu');
    const table = page.getByRole('table').filter({ hasText: 'Nguồn gốc' });
    await page.getByLabel('Năm').first().selectOption('2024');
    for (const unit of ['Cần Thơ', 'Hậu Giang', 'Sóc Trăng']) await expect(table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: unit, exact: true }) }).first()).toContainText('Nhập từ tệp papi-2024-test-mixed-line-ends.csv');
  });

  test('the decimal mark is read from the file and stated before anything is applied', async ({ page }, testInfo) => {
    const job = await pickFile(page, importFixture('par-2024-excel.csv'));
    await expect(job.getByTestId('number-convention')).toHaveText("Mọi số được đọc với dấu phẩy thập phân, dấu chấm phân nhóm nghìn (1.234,5): ô '89,13%' chỉ đọc được theo cách này.");
    await expect(job.getByLabel('Dấu thập phân')).toContainText('Phát hiện: dấu phẩy');

    const path = testInfo.outputPath('par-2024-test-ambiguous.csv');
    writeFileSync(path, 'Tỉnh;Chỉ số (%);Xếp hạng\nTP. Cần Thơ;1.085;22\n');
    const ambiguous = await pickFile(page, path);
    await expect(ambiguous.getByTestId('number-convention')).toContainText('Không ô nào cho biết chắc dấu thập phân; đã giả định dấu phẩy thập phân');
    await expect(ambiguous.getByRole('alert')).toContainText("'1.085'");
  });

  test('an import works with the network off once the app has loaded', async ({ page, context }, testInfo) => {
    const warmedUp = page.waitForResponse(/import-worker/);
    const fetched: string[] = [];
    page.on('requestfinished', (request) => fetched.push(request.url()));
    await page.goto('/?view=data');
    await warmedUp;
    await expect.poll(() => filesNotYetKept(fetched), { timeout: 60_000 }).toEqual([]);
    await context.setOffline(true);
    const path = testInfo.outputPath('papi-2024-test-offline.csv');
    writeFileSync(path, `${HEADER}\n${row(PAPI_TOTALS[0])}\n`);
    await fileInput(page).setInputFiles(path);
    const job = page.getByRole('article', { name: 'papi-2024-test-offline.csv' });
    await job.getByRole('button', { name: 'Áp dụng 1 số liệu' }).click();
    await expect(importedList(page)).toContainText('papi-2024-test-offline.csv — PAPI 2024, 1 số liệu');
    await context.setOffline(false);
  });

  test('a file of 10,000 columns is refused within seconds, and the page stays small and responsive', async ({ page }, testInfo) => {
    const path = testInfo.outputPath('stress-test-10000-columns.csv');
    const cells = (prefix: string) => Array.from({ length: 10_000 }, (_, i) => `${prefix}${i}`).join(',');
    writeFileSync(path, `${cells('c')}\n${cells('')}\n${cells('')}\n`);
    const job = await pickFile(page, path);
    await chooseSource(job);
    await expect(job.getByRole('alert')).toContainText('10.000 cột', { timeout: 10_000 });
    await expect(job.getByRole('button', { name: /Áp dụng/ })).toHaveCount(0);
    expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(3000);
    await page.getByRole('link', { name: 'Tổng quan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('cancelling a large import stops it, keeps the data imported before, and the next import runs', async ({ page }, testInfo) => {
    const first = testInfo.outputPath('papi-2024-test-before.csv');
    writeFileSync(first, `${HEADER}\n${row(PAPI_TOTALS[0])}\n`);
    const job = await pickFile(page, first);
    await job.getByRole('button', { name: 'Áp dụng 1 số liệu' }).click();
    await expect(importedList(page)).toContainText('papi-2024-test-before.csv');

    const large = testInfo.outputPath('stress-test-large.csv');
    writeFileSync(large, 'Tỉnh;Điểm\n' + 'Cần Thơ;89,13\n'.repeat(1_500_000));
    await fileInput(page).setInputFiles(large);
    const running = page.getByRole('article', { name: 'stress-test-large.csv' });
    await expect(running.getByRole('progressbar')).toBeVisible();
    await running.getByRole('button', { name: 'Hủy' }).click();
    await expect(running.getByText('Đã hủy.')).toBeVisible();
    await expect(importedList(page)).toContainText('papi-2024-test-before.csv — PAPI 2024, 1 số liệu');

    const next = testInfo.outputPath('papi-2024-test-after.csv');
    writeFileSync(next, `${HEADER}\n${row(PAPI_TOTALS[1])}\n`);
    await fileInput(page).setInputFiles(next);
    await expect(page.getByRole('article', { name: 'papi-2024-test-after.csv' }).getByRole('button', { name: 'Áp dụng 1 số liệu' })).toBeVisible();
  });
});
