import { expect, test } from './fixture';
import writeExcelFile from 'write-excel-file/node';
import { filesNotYetKept } from './bundled-data';
import { chooseSource, fileInput, pickFile } from './import-helpers';
import { papi2024Twins } from './papi-2024-twins';

const FIXTURE = 'papi-2024-test-fixture-from-data';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test.describe('Dữ liệu (data): files saved from Excel in its own formats', () => {
  test('PAPI 2024 as a semicolon CSV, as Unicode Text and as a workbook all match the bundled figures', async ({ page }) => {
    const twins = await papi2024Twins();
    const same = `0 số mới, 0 số thay đổi, 0 số bị xóa, ${twins.figures} không đổi`;

    const csv = await pickFile(page, { name: `${FIXTURE}.csv`, mimeType: 'text/csv', buffer: twins.csv });
    await chooseSource(csv);
    await expect(csv.getByTestId('diff-counts')).toHaveText(same);

    const unicode = await pickFile(page, { name: `${FIXTURE}.txt`, mimeType: 'text/plain', buffer: twins.unicodeText });
    await expect(unicode.getByLabel('Bảng mã')).toContainText('Phát hiện: UTF-16 LE');
    await expect(unicode.getByLabel('Dấu phân cách')).toContainText('Phát hiện: tab');
    await chooseSource(unicode);
    await expect(unicode.getByTestId('diff-counts')).toHaveText(same);

    const workbook = await pickFile(page, { name: `${FIXTURE}.xlsx`, mimeType: XLSX, buffer: twins.workbook });
    const sheet = workbook.getByLabel('Trang tính', { exact: true });
    await expect(sheet).toHaveValue('Ghi chú');
    await expect(sheet.getByRole('option')).toHaveText(['Ghi chú', 'PAPI 2024']);
    await expect(workbook.getByLabel('Bảng mã')).toHaveCount(0);
    await sheet.selectOption('PAPI 2024');
    await chooseSource(workbook);
    await expect(workbook.getByTestId('diff-counts')).toHaveText(same);
    await expect(workbook.getByText(/Hãy thử bảng mã Windows-1258/)).toHaveCount(0);
  });

  test('a workbook renamed .csv is still read as a workbook', async ({ page }) => {
    const twins = await papi2024Twins();
    const job = await pickFile(page, { name: `${FIXTURE}-renamed.csv`, mimeType: 'text/csv', buffer: twins.workbook });
    await job.getByLabel('Trang tính', { exact: true }).selectOption('PAPI 2024');
    await chooseSource(job);
    await expect(job.getByTestId('diff-counts')).toHaveText(`0 số mới, 0 số thay đổi, 0 số bị xóa, ${twins.figures} không đổi`);
  });

  test('a workbook imports with the network gone, once the app has loaded', async ({ page, context }) => {
    const twins = await papi2024Twins();
    const fetched: string[] = [];
    page.on('requestfinished', (request) => fetched.push(request.url()));
    await page.goto('/?view=data');
    // The import worker starts once the first screen is idle and fetches the workbook reader then.
    await expect.poll(() => fetched.some((url) => /\/assets\/universal-[^/]*\.js$/.test(url)), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => filesNotYetKept(fetched), { timeout: 60_000 }).toEqual([]);
    await context.setOffline(true);
    await fileInput(page).setInputFiles({ name: `${FIXTURE}.xlsx`, mimeType: XLSX, buffer: twins.workbook });
    const job = page.getByRole('article', { name: `${FIXTURE}.xlsx` });
    await job.getByLabel('Trang tính', { exact: true }).selectOption('PAPI 2024');
    await chooseSource(job);
    await expect(job.getByTestId('diff-counts')).toHaveText(`0 số mới, 0 số thay đổi, 0 số bị xóa, ${twins.figures} không đổi`);
  });

  test('a workbook too large to unzip at once is read all the same', async ({ page }) => {
    test.slow(); // 60,000 rows take seconds to unzip and read on a busy two-core machine.
    // Made-up rows: a sheet of several megabytes is inflated in the zip library's own workers.
    const rows = [['Tỉnh', 'Điểm'], ...Array.from({ length: 60_000 }, (_, i) => [i === 0 ? 'Cần Thơ' : `Tỉnh thử nghiệm ${i}`, 89.13])];
    const buffer = await writeExcelFile(rows).toBuffer();
    const job = await pickFile(page, { name: 'par-2024-test-fixture-large.xlsx', mimeType: XLSX, buffer });
    await expect(job.getByRole('alert')).toContainText("Dòng 3, cột Tỉnh: 'Tỉnh thử nghiệm 1' mã đơn vị không có trong danh mục");
  });

  for (const [kind, bytes, message] of [
    ['an Excel 97–2003 workbook', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0], 'sổ Excel 97–2003 (.xls)'],
    ['a PDF', [...Buffer.from('%PDF-1.7\n')], 'tệp PDF'],
    ['a photo', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46], 'đây là ảnh'],
  ] as const) {
    test(`${kind} named .csv is told apart, with what to do`, async ({ page }) => {
      const job = await pickFile(page, { name: 'par-2024-test-fixture.csv', mimeType: 'text/csv', buffer: Buffer.from(bytes) });
      const alert = job.getByRole('alert');
      await expect(alert).toContainText(message);
      await expect(alert).toContainText(/\.xlsx/);
      await expect(job.getByText(/Hãy thử bảng mã Windows-1258/)).toHaveCount(0);
      await expect(job.getByRole('button', { name: /Áp dụng/ })).toHaveCount(0);
    });
  }
});
