import type { Locator, Page } from '@playwright/test';
import { overlappingTexts } from './chart-checks';
import { expect, test } from './fixture';
import { expandDetails } from './view-pages';
import { importedList, importPar2025, PAR_2025_FILE as FILE } from './import-helpers';

const parCard = (page: Page) => page.getByRole('region', { name: 'PAR Index' });

/** The old and the merged city, both in the city's colour, are named at their lines' ends without one name over the other or over any text of the chart. */
async function expectCityEndLabels(page: Page, figure: Locator, names: string[]) {
  const labels = figure.locator('text.line-end-label');
  await expect(labels).toHaveCount(names.length);
  expect((await labels.allTextContents()).sort()).toEqual([...names].sort());
  const boxes = await labels.evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect().toJSON() as { left: number; right: number; top: number; bottom: number }));
  const [a, b] = boxes;
  expect(a && b && (a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top), `end labels overlap: ${JSON.stringify(boxes)}`).toBe(true);
  expect(await overlappingTexts(figure.locator('svg.recharts-surface')), `${await page.title()}: overlapping text in the chart`).toEqual([]);
}

test('the merged city: its first results beside its predecessors’, in every view, until the import is removed', async ({ page }) => {
  test.slow(); // an import, eight page loads and a removal: 26-32 s of the 30 s budget beside another test on a slow machine
  page.on('dialog', (dialog) => dialog.accept());
  await page.goto('/');
  await expect(parCard(page).getByTestId('score')).toHaveText('89,13%');
  await expect(parCard(page).getByTestId('card-unit')).toHaveText('TP Cần Thơ (trước sắp xếp)');

  await importPar2025(page);

  await page.goto('/');
  const card = parCard(page);
  await expect(card.getByText('Năm 2025')).toBeVisible();
  await expect(card.getByTestId('card-unit')).toHaveText('TP Cần Thơ (sau sắp xếp, từ 01/07/2025)');
  await expect(card.getByTestId('score')).toHaveText('89,99%');
  await expect(card.getByTestId('rank')).toHaveText('12/34');
  await expect(card.getByText('top 35%').first()).toBeVisible();
  const before = card.getByTestId('merger-before');
  await expect(before.getByRole('listitem')).toHaveText(['Cần Thơ: 89,13% · 22/63 (top 35%)', 'Hậu Giang: không có số liệu', 'Sóc Trăng: không có số liệu']);
  await expect(card.getByText(/tăng \d+ bậc|giảm \d+ bậc/)).toHaveCount(0);

  // "Cần Thơ" in the URL's default selection is the city of the year shown.
  await page.goto('/?view=rankings&index=par&year=2025');
  await expect(page.getByRole('heading', { name: 'Vị trí của Cần Thơ (từ 2025) · PAR Index 2025' })).toBeVisible();
  await expect(page.getByTestId('position-R-DBSCL')).toContainText('thành viên suy ra từ các tỉnh cũ');
  // The six centrally-run cities of 2025, Huế among them (after Đà Nẵng, 9/34, in the test table).
  await expect(page.getByTestId('position-central-cities')).toContainText('2/6 Thành phố trực thuộc trung ương');

  await page.goto('/?view=trends&index=par');
  const trend = page.getByRole('figure', { name: /PAR Index/ });
  await expect(trend.getByText(/Sáp nhập 01\/07\/2025: đến năm 2024 là các đường của .*Cần Thơ.*; từ năm 2025 là TP Cần Thơ sau sắp xếp/)).toBeVisible();
  await expect(trend.getByText('Sáp nhập: không nối đường qua')).toBeVisible();
  await expectCityEndLabels(page, trend, ['Cần Thơ', 'Cần Thơ (mới)']);

  // Ranks: each line named with its last rank and denominator, the axis naming the totals, the table too.
  await page.goto('/?view=trends&index=par&measure=rank');
  const ranks = page.getByRole('figure', { name: /PAR Index · Tổng điểm: Thứ hạng/ });
  await expect(ranks.locator('figcaption')).toContainText('Hạng (1 = cao nhất); hạng trên 63 tỉnh đến 2024, trên 34 từ 2025');
  await expectCityEndLabels(page, ranks, ['Cần Thơ 22/63', 'Cần Thơ (mới) 12/34']);
  await expandDetails(ranks, 'Xem bảng số liệu');
  await expect(ranks.getByRole('row', { name: /^2024/ })).toContainText('22/63');
  await expect(ranks.getByRole('row', { name: /^2025/ })).toContainText('12/34');

  await page.goto('/?view=present&deck=title,headline.par&slide=1');
  const canvas = page.getByTestId('slide-canvas');
  await expect(canvas.getByRole('listitem').filter({ hasText: 'PAR Index 2025' })).toContainText('89,99%');
  await expect(canvas.getByRole('listitem').filter({ hasText: 'PAR Index 2025' })).toContainText('12/34');
  await page.goto('/?view=present&deck=title,headline.par&slide=2');
  await expect(page.getByTestId('slide-score')).toHaveText('89,99%');
  await expect(page.getByTestId('slide-rank')).toHaveText('12/34');
  await expect(page.getByTestId('slide-unit')).toHaveText('TP Cần Thơ (sau sắp xếp, từ 01/07/2025)');
  await expect(page.getByTestId('slide-merger')).toContainText('Cần Thơ: 89,13% · 22/63 (top 35%)');
  await expect(page.getByTestId('slide-merger')).toContainText('Hậu Giang: không có số liệu');
  // The rank slide starts a new line in 2025 for the merged city: not a change of method.
  await page.goto('/?view=present&deck=title,rank.par&slide=2');
  const legend = page.getByTestId('slide-canvas').locator('.slide-legend');
  await expect(legend).toContainText('Từ 2025: TP Cần Thơ sau sắp xếp');
  await expect(legend).toContainText('Đổi phương pháp: 2021, 2022 và 2024');
  await expect(legend).not.toContainText('2024 và 2025');

  await page.goto('/?view=profile');
  const profile = page.getByRole('region', { name: /PAR Index/ });
  await expect(profile.getByTestId('profile-unit')).toHaveText('Năm 2025 · TP Cần Thơ (sau sắp xếp, từ 01/07/2025)');
  await expect(profile.getByTestId('profile-score')).toHaveText('89,99%');
  await expect(profile.getByTestId('profile-rank')).toHaveText('12/34');
  await expect(profile.getByTestId('merger-before')).toContainText('Cần Thơ: 89,13% · 22/63 (top 35%)');

  await page.goto('/?view=plans&plan=kh-101-2025');
  await expect(page.getByTestId('first-result-par')).toContainText('TP Cần Thơ (sau sắp xếp, từ 01/07/2025), năm 2025 (kết quả đầu tiên)');
  await expect(page.getByTestId('first-result-par')).toContainText('89,99%');
  await expect(page.getByTestId('first-result-par')).toContainText('12/34');
  await expect(page.getByTestId('first-result-sipas')).toContainText('Chưa đo được');

  await page.goto('/?view=data');
  await page.getByRole('button', { name: `Gỡ bỏ: ${FILE}` }).click();
  await expect(importedList(page)).toContainText('Chưa nhập tệp nào');
  await page.goto('/');
  await expect(parCard(page).getByTestId('score')).toHaveText('89,13%');
  await expect(parCard(page).getByTestId('rank')).toHaveText('22/63');
  await expect(parCard(page).getByTestId('card-unit')).toHaveText('TP Cần Thơ (trước sắp xếp)');
  await page.goto('/?view=present&deck=title,headline.par&slide=2');
  await expect(page.getByTestId('slide-score')).toHaveText('89,13%');
  await expect(page.getByTestId('slide-rank')).toHaveText('22/63');
  await page.goto('/?view=profile');
  await expect(page.getByRole('region', { name: /PAR Index/ }).getByTestId('profile-score')).toHaveText('89,13%');
  await page.goto('/?view=trends&index=par');
  await expect(page.getByRole('figure', { name: /PAR Index/ })).toBeVisible();
  await expect(page.getByText(/Sáp nhập 01\/07\/2025/)).toHaveCount(0);
  await page.goto('/?view=plans&plan=kh-101-2025');
  await expect(page.getByTestId('first-result-par')).toContainText('Chưa đo được');
});
