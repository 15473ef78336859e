import type { Page } from '@playwright/test';
import { expect, test } from './fixture';

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

// On A4 with the 12 mm margins of print.css, the printed area at 96 CSS px per inch.
const MM = 96 / 25.4;
const PRINTED_WIDTH = Math.floor((210 - 24) * MM);
const PRINTED_HEIGHT = Math.floor((297 - 24) * MM);

/** Pages of a PDF: its page objects, not the /Pages tree that holds them. */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

// Three indices' files parsed on a machine shared by several engineers: a generous first wait, never a sleep.
const LOADED = { timeout: 60_000 };

async function openProfile(page: Page) {
  await page.goto('/?view=profile');
  // Every chart drawn and the plan targets read: the page is complete.
  await expect(page.locator('.a4-page .recharts-surface')).toHaveCount(3, LOADED);
  await expect(page.getByTestId('profile-target')).toHaveCount(1);
}

/** Lays the page out as Chromium prints it: print media, as wide as the printed area of an A4 sheet. */
async function asPrinted(page: Page) {
  await page.setViewportSize({ width: PRINTED_WIDTH, height: PRINTED_HEIGHT });
  await page.emulateMedia({ media: 'print' });
}

async function expectOneA4Page(page: Page) {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdfPageCount(pdf)).toBe(1);
  await asPrinted(page);
  const box = await page.locator('.a4-page').boundingBox();
  expect(box?.width).toBeLessThanOrEqual(PRINTED_WIDTH);
  expect(box?.height).toBeLessThanOrEqual(PRINTED_HEIGHT);
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  // The print button and the language switch are screen-only.
  await expect(page.getByRole('button').filter({ visible: true })).toHaveCount(0);
}

test.describe('Hồ sơ A4 (one-page profile) and printing', () => {
  test.describe.configure({ timeout: 120_000 });

  test('shows the latest figures of Cần Thơ and prints them on exactly one A4 page', async ({ page }) => {
    await openProfile(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ A4: Cần Thơ');
    await expect(page.getByRole('button', { name: 'In / Lưu PDF' })).toBeVisible();
    await expect(page.getByTestId('printed-on')).toHaveText(/^In ngày \d{2}\/\d{2}\/\d{4}$/);

    const papi = section(page, 'PAPI');
    await expect(papi.getByTestId('profile-score')).toHaveText('40,44/80');
    await expect(papi.getByTestId('profile-rank')).toHaveText('59/61');
    await expect(papi).toContainText('hạng tính toán');
    await expect(papi).toContainText('▼ giảm 6 bậc');
    await expect(papi.getByTestId('profile-target')).toContainText('nhóm 15 dẫn đầu năm 2025');
    await expect(papi.getByTestId('profile-target')).toContainText('Chưa đo được');
    await expect(papi.getByRole('listitem').first()).toContainText('D1 Tham gia của người dân ở cấp cơ sở 3,61/10 · \u22121,37 so với TB các tỉnh (tính toán)');

    const par = section(page, 'PAR Index');
    await expect(par.getByTestId('profile-score')).toHaveText('89,13%');
    await expect(par.getByTestId('profile-rank')).toHaveText('22/63');
    await expect(par).toContainText('▲ tăng 20 bậc');
    await expect(par).toContainText('phương pháp khác nhau');
    await expect(par).toContainText('Chưa ghi mục tiêu nào');

    const sipas = section(page, 'SIPAS');
    await expect(sipas.getByTestId('profile-score')).toHaveText('83,28%');
    await expect(sipas.getByTestId('profile-rank')).toHaveText('34/63');
    await expect(sipas).toContainText('▼ giảm 11 bậc');

    await expect(page.getByTestId('profile-no-tasks')).toContainText('Chưa có nhiệm vụ nào được ghi nhận');
    await expect(page.locator('.a4-footer')).toContainText('Kế hoạch 101/KH-UBND');
    const credit = page.getByTestId('profile-credit');
    await expect(credit).toHaveText(/^Nguồn số liệu: PAR Index [\d–]+ \(Bộ Nội vụ\); SIPAS [\d–]+ \(Bộ Nội vụ\); PAPI 2017–2024 \(CECODES, VFF-CRT, RTA, UNDP\); Kế hoạch 4168\/QĐ-UBND$/);
    const allSources = page.locator('.profile-all-sources');
    await expect(allSources.getByRole('link').first()).toBeHidden();
    await allSources.getByText('Danh sách nguồn đầy đủ').click();
    await expect(allSources.getByRole('link').first()).toBeVisible();

    await expectOneA4Page(page);
    for (const figure of ['40,44/80', '59/61', '89,13%', '22/63', '83,28%', '34/63']) await expect(page.getByText(figure, { exact: true })).toBeVisible();
    await expect(page.getByTestId('profile-no-tasks')).toBeVisible();
    await expect(page.getByTestId('printed-on')).toBeVisible();
    await expect(credit).toBeVisible();
    await expect(allSources).toBeHidden();
  });

  test('prints in English with English numbers, still on one page', async ({ page }) => {
    await openProfile(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A4 profile: Can Tho');
    await expect(section(page, 'PAPI').getByTestId('profile-score')).toHaveText('40.44/80');
    await expect(section(page, 'PAPI')).toContainText('computed rank');
    await expect(section(page, 'PAPI').getByTestId('profile-target')).toContainText('Not yet measurable');
    await expect(section(page, 'PAR Index').getByTestId('profile-score')).toHaveText('89.13%');
    await expect(section(page, 'SIPAS').getByTestId('profile-score')).toHaveText('83.28%');
    await expect(page.getByTestId('profile-no-tasks')).toContainText('No tasks are recorded');
    await expect(page.getByTestId('printed-on')).toHaveText(/^Printed on \d{2}\/\d{2}\/\d{4}$/);

    await expectOneA4Page(page);
    await expect(section(page, 'PAPI').getByTestId('profile-rank')).toBeVisible();
  });

  test('another view prints without navigation, language switch or controls, its chart within the paper width', async ({ page }) => {
    await page.goto('/?view=trends');
    const chart = page.locator('main .recharts-surface').first();
    await expect(chart).toBeVisible(LOADED);
    const controls = page.locator('main').locator('select, input, button:not(.sort-button, .link-button)').filter({ visible: true });
    expect(await controls.count()).toBeGreaterThan(3);
    await asPrinted(page);
    await expect(page.getByRole('navigation')).toBeHidden();
    await expect(page.getByRole('group', { name: 'Ngôn ngữ' })).toBeHidden();
    await expect(page.getByRole('complementary')).toBeHidden();
    await expect(controls).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(chart).toBeVisible();
    expect((await chart.boundingBox())?.width).toBeLessThanOrEqual(PRINTED_WIDTH);
  });
});
