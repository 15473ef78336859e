import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';

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
