import { truncateSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixture';
import { chooseSource, fileInput, importedList, importFixture, pickFile } from './import-helpers';

const pick = (page: Page, name: string) => pickFile(page, importFixture(name));

test.describe('Dữ liệu (data): import', () => {
  test('a wide Excel table imports after a preview, shows in the views, survives a reload and can be removed', async ({ page }) => {
    page.on('dialog', (dialog) => dialog.accept());
    const job = await pick(page, 'par-2024-excel.csv');
    await expect(job.getByLabel('Chỉ số', { exact: true })).toHaveValue('par');
    await expect(job.getByLabel('Năm', { exact: true })).toHaveValue('2024');
    await expect(job.getByLabel('Dấu phân cách')).toContainText('Phát hiện: dấu chấm phẩy (;)');
    await expect(job.getByLabel('Dòng tiêu đề')).toHaveValue('1');
    // Two rows ranked 22 and 40: the file does not say of how many, so the user is asked and gives 63.
    const rankOf = job.getByLabel('Số đơn vị được xếp hạng (khi không có cột)');
    await expect(rankOf).toHaveValue('40');
    await expect(job.getByRole('alert')).toContainText('Dòng 4, cột Xếp hạng');
    await rankOf.fill('63');
    await rankOf.blur();
    await chooseSource(job);
    await expect(job.getByTestId('diff-counts')).toHaveText('1 số mới, 0 số thay đổi, 0 số bị xóa, 1 không đổi');
    await expect(job.getByRole('region', { name: 'Những gì sẽ thay đổi' }).getByRole('row', { name: /Hậu Giang/ })).toContainText('85,50% · 40/63');
    await job.getByRole('button', { name: 'Áp dụng 2 số liệu' }).click();

    const imported = importedList(page);
    await expect(imported).toContainText('par-2024-excel.csv — PAR Index 2024, 2 số liệu');

    await page.goto('/?view=rankings&index=par&year=2024');
    await expect(page.getByRole('table').filter({ hasText: 'Hậu Giang' }).first()).toContainText('85,50%');
    await expect(page.getByText(/Nhập từ tệp par-2024-excel\.csv/).first()).toBeVisible();

    await page.reload();
    await expect(page.getByRole('table').filter({ hasText: 'Hậu Giang' }).first()).toContainText('85,50%');

    await page.goto('/?view=data');
    await page.getByRole('button', { name: 'Gỡ bỏ: par-2024-excel.csv' }).click();
    await expect(importedList(page)).toContainText('Chưa nhập tệp nào');
    await page.goto('/?view=rankings&index=par&year=2024');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(/Nhập từ tệp/)).toHaveCount(0);
  });

  test.describe('hostile files get their error with the line, and nothing changes', () => {
    for (const [file, message] of [
      ['broken-number.csv', "Dòng 3, cột Điểm: '8,5x' không phải là số"],
      ['unknown-unit.csv', "Dòng 3, cột Tỉnh: 'Atlantis' mã đơn vị không có trong danh mục"],
      ['rank-above.csv', 'Dòng 2, cột Xếp hạng'],
      ['unterminated.csv', 'Dòng 2: dấu ngoặc kép chưa được đóng'],
      ['empty.csv', 'Toàn tệp: tệp rỗng'],
      ['binary.csv', 'Toàn tệp: có dạng sổ Excel (.xlsx) nhưng không đọc được'],
      ['formula.csv', `'=HYPERLINK("http://example.invalid";"x")' mã đơn vị không có trong danh mục`],
      ['duplicate.csv', 'Dòng 3, cột Tỉnh'],
    ] as const) {
      test(file, async ({ page }) => {
        const job = await pick(page, file);
        await chooseSource(job).catch(() => undefined);
        const alert = job.getByRole('alert');
        await expect(alert).toContainText(file);
        await expect(alert).toContainText(message);
        await expect(job.getByRole('button', { name: /Áp dụng/ })).toHaveCount(0);
        await expect(importedList(page)).toContainText('Chưa nhập tệp nào');
      });
    }
  });

  test('a Windows-1258 file is recognised and read once that encoding is chosen', async ({ page }) => {
    const job = await pick(page, 'par-2024-windows-1258.csv');
    await chooseSource(job);
    await expect(job.getByText(/không phải UTF-8 hợp lệ/)).toBeVisible();
    await job.getByLabel('Bảng mã').selectOption('windows-1258');
    // The file gives a score and no rank, so Cần Thơ's published rank would go: shown as a change.
    await expect(job.getByTestId('diff-counts')).toHaveText('0 số mới, 1 số thay đổi, 0 số bị xóa, 0 không đổi');
    await expect(job.getByRole('region', { name: 'Những gì sẽ thay đổi' }).getByRole('row', { name: /Cần Thơ/ })).toContainText('89,13% · 22/63');
  });

  test('a file over the size limit is refused with a clear message', async ({ page }, testInfo) => {
    await page.goto('/?view=data');
    const path = testInfo.outputPath('huge.csv');
    writeFileSync(path, '');
    truncateSync(path, 50 * 1024 * 1024 + 1); // sparse: takes no disk space
    await fileInput(page).setInputFiles(path);
    await expect(page.getByRole('alert')).toContainText('huge.csv: tệp lớn hơn 50 MB, không nhập.');
    await expect(page.getByRole('article', { name: 'huge.csv' })).toHaveCount(0);
  });

  test('a plan tasks file typed in Excel imports, shows in the plans view by agency and overdue, and can be removed', async ({ page }) => {
    page.on('dialog', (dialog) => dialog.accept());
    const job = await pick(page, 'nhiem-vu-kh-153.csv');
    await expect(job.getByLabel('Loại dữ liệu')).toHaveValue('tasks');
    await expect(job.getByTestId('diff-counts')).toHaveText('1 mục mới, 0 mục thay đổi, 0 không đổi');
    await job.getByRole('button', { name: 'Áp dụng 1 số liệu' }).click();
    await expect(importedList(page)).toContainText('nhiem-vu-kh-153.csv — Nhiệm vụ của kế hoạch');

    await page.goto('/?view=plans&agency=snv');
    const row = page.getByRole('row', { name: /Rà soát thủ tục hành chính tại bộ phận một cửa/ }).first();
    await expect(row).toContainText('Nhập từ tệp nhiem-vu-kh-153.csv');
    await expect(row).toContainText('Quá hạn');

    await page.goto('/?view=data');
    await page.getByRole('button', { name: 'Gỡ bỏ: nhiem-vu-kh-153.csv' }).click();
    await expect(importedList(page)).toContainText('Chưa nhập tệp nào');
  });
});
