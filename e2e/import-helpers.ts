import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';

/** A file made in the test, as `setInputFiles` takes it. */
export interface PickedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A file under e2e/fixtures/import. */
export const importFixture = (name: string) => fileURLToPath(new URL(`./fixtures/import/${name}`, import.meta.url));

/** The import's file input, by its visible label. */
export const fileInput = (page: Page) => page.getByLabel('Chọn tệp CSV');

/** Opens the data view, picks one file (a path, or a file made in the test) and returns its import job. */
export async function pickFile(page: Page, file: string | PickedFile): Promise<Locator> {
  await page.goto('/?view=data');
  await fileInput(page).setInputFiles(file);
  return page.getByRole('article', { name: typeof file === 'string' ? file.split('/').pop() : file.name });
}

/** Chooses Plan 101 as the source of the figures. */
export async function chooseSource(job: Locator) {
  await job.getByLabel('Nguồn của số liệu').selectOption({ label: 'Kế hoạch 101/KH-UBND của UBND TP Cần Thơ: cải thiện và nâng cao PAR INDEX, SIPAS, PAPI, PCI, PGI giai đoạn 2025–2030' });
}

export const importedList = (page: Page) => page.getByRole('region', { name: 'Các tệp đã nhập' });

export const PAR_2025_FILE = 'TEST-NOT-REAL-par-2025-34-provinces.csv';

/** Imports the made-up PAR Index 2025 table of the 34 provinces, naming its source in the form. */
export async function importPar2025(page: Page) {
  const job = await pickFile(page, importFixture(PAR_2025_FILE));
  await job.getByLabel('Chỉ số', { exact: true }).selectOption('par');
  await job.getByLabel('Năm', { exact: true }).fill('2025');
  await job.getByLabel('Nguồn của số liệu').selectOption({ label: 'Nguồn mới (chưa có trong danh sách)' });
  await job.getByLabel('Tên văn bản / bài viết').fill('Bảng thử nghiệm PAR Index 2025 (không phải kết quả thật)');
  await job.getByLabel('Tên văn bản / bài viết').blur();
  await job.getByLabel('Đường dẫn (URL)').fill('https://example.org/test-not-real');
  await job.getByLabel('Đường dẫn (URL)').blur();
  await job.getByRole('button', { name: /Áp dụng/ }).click();
  await expect(importedList(page)).toContainText(PAR_2025_FILE);
}
