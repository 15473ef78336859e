import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// The files here are written by the tests with made-up values: TEST FIXTURES, not results of any index.
const SOURCE = 'kh-101-2025-hethongphapluat';
const HEADER = 'unit,component,score,rank,rank_of,status,source,derivation,note';

test.describe('Dữ liệu (data): import reads every line, and refuses a hostile file at once', () => {
  test('a canonical file with a CRLF header over LF rows previews and applies every row', async ({ page }, testInfo) => {
    const path = testInfo.outputPath('par-2024-test-fixture-line-ends.csv');
    const rows = ['P60,total,85.5,40,63', 'P61,total,80.1,50,63', 'P01,total,90.2,10,63'].map((row) => `${row},published,${SOURCE},,\n`);
    writeFileSync(path, `TEST FIXTURE: made-up values\r\n${HEADER}\r\n${rows.join('')}`);
    await page.goto('/?view=data');
    await page.getByLabel('Chọn tệp CSV').setInputFiles(path);
    const job = page.getByRole('article', { name: 'par-2024-test-fixture-line-ends.csv' });
    await expect(job.getByTestId('diff-counts')).toHaveText('3 số mới, 0 số thay đổi, 0 số bị xóa, 0 không đổi');
    await job.getByRole('button', { name: 'Áp dụng 3 số liệu' }).click();
    await expect(page.getByRole('region', { name: 'Các tệp đã nhập' })).toContainText('par-2024-test-fixture-line-ends.csv — PAR Index 2024, 3 số liệu');
  });

  test('a file of 10,000 columns is refused at its first line, naming the limit', async ({ page }, testInfo) => {
    const path = testInfo.outputPath('par-2024-test-fixture-columns.csv');
    const line = `${'1;'.repeat(9_999)}1\n`;
    writeFileSync(path, line + line);
    await page.goto('/?view=data');
    await page.getByLabel('Chọn tệp CSV').setInputFiles(path);
    const alert = page.getByRole('article', { name: 'par-2024-test-fixture-columns.csv' }).getByRole('alert');
    await expect(alert).toContainText('Dòng 1: dòng có quá nhiều cột, không đọc tiếp (10.000 cột, tối đa 500)');
  });
});
