import type { Page } from '@playwright/test';
import { expect, test } from './fixture';
import { expectSlideDrawn } from './chart-checks';
import { openView, showView } from './view-pages';

/** The projector's slide (the deck editor's thumbnails are slides too). */
const shown = (page: Page) => page.locator('.present-stage .slide');
const counter = (page: Page) => shown(page).getByTestId('slide-counter');

/** Every piece of text on the slide (HTML and chart labels) lies inside the slide, above its foot, and no text is wider than its box. */
async function overflowingText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const slide = document.querySelector('.slide');
    if (!slide) return ['no slide'];
    const bounds = slide.getBoundingClientRect();
    const footTop = slide.querySelector('.slide-foot')?.getBoundingClientRect().top ?? bounds.bottom;
    const problems: string[] = [];
    for (const element of slide.querySelectorAll<HTMLElement | SVGElement>('h1, p, li, td, th, span, strong, button, text')) {
      if (!element.textContent?.trim()) continue;
      const box = element.getBoundingClientRect();
      const outside = box.left < bounds.left - 1 || box.right > bounds.right + 1 || box.top < bounds.top - 1 || box.bottom > bounds.bottom + 1;
      const clipped = element instanceof HTMLElement && getComputedStyle(element).display !== 'inline' && element.scrollWidth > element.clientWidth + 1;
      const intoFoot = !element.closest('.slide-foot') && box.bottom > footTop + 1;
      if (outside || clipped || intoFoot) problems.push(`${element.tagName} "${element.textContent.trim().slice(0, 40)}" ${outside ? 'outside the slide' : clipped ? 'clipped' : 'over the foot'}`);
    }
    return problems;
  });
}

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
]) {
  test(`the default deck: every slide by keyboard at ${viewport.width}×${viewport.height}, no text overflowing`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/?view=present');
    await expect(counter(page)).toHaveText('1/14');
    await expect(page.locator('.slide')).toContainText('PAR Index 2024');
    for (let n = 1; n <= 14; n++) {
      await expect(counter(page)).toHaveText(`${n}/14`);
      await expectSlideDrawn(shown(page));
      await expect(page.locator('.slide-message')).toHaveCount(0);
      expect(await overflowingText(page), `slide ${n}`).toEqual([]);
      await page.keyboard.press(n % 3 === 0 ? 'Space' : n % 3 === 1 ? 'ArrowRight' : 'PageDown');
    }
    await expect(counter(page)).toHaveText('14/14');
    await page.keyboard.press('Home');
    await expect(counter(page)).toHaveText('1/14');
    await page.keyboard.press('End');
    await expect(counter(page)).toHaveText('14/14');
    await page.keyboard.press('PageUp');
    await expect(counter(page)).toHaveText('13/14');
    await page.keyboard.press('ArrowLeft');
    await expect(counter(page)).toHaveText('12/14');
  });
}

// The checks that only read share one loaded page: each step shows its slide by client-side navigation.
test('the figures on the slides and the speaker notes, in one loaded page', async ({ page }) => {
  test.slow(); // two checks on one page
  await openView(page, 'present', '&slide=8');

  await test.step('the slides carry the figures, written on the charts, and the slide is in the URL', async () => {
    const slide = page.locator('.slide');
    await expect(slide.getByRole('heading', { level: 1 })).toHaveText('PAPI: kết quả năm 2024');
    await expect(page.getByTestId('slide-score')).toHaveText('40,44');
    await expect(page.getByTestId('slide-rank')).toHaveText('59/61');
    await expect(slide).toContainText('hạng tính toán');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/slide=9/);
    await expect(slide.locator('svg text', { hasText: '40,44' })).toBeVisible();
    await page.keyboard.press('End');
    await expect(slide).toContainText('nhóm 15 dẫn đầu năm 2025');
    await expect(slide).toContainText('2024: 59/61');
    await expect(slide).toContainText('cần tăng 44 bậc (59 → 15)');
  });

  await test.step('the projector shows no notes, and Esc leaves the presentation', async () => {
    await showView(page, 'present', '&slide=2');
    await expect(counter(page)).toHaveText('2/14');
    await page.keyboard.press('n');
    await expect(page.getByRole('region')).toHaveCount(0);
    await expect(page.locator('.present')).not.toContainText('trung bình cả nước');
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/view=present/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tổng quan: Cần Thơ');
  });
});

test('before going full screen, the toolbar says once the deck will show its figures with the hall’s network gone', async ({ page }) => {
  test.slow(); // every view's code and data file kept in the background
  await openView(page, 'present');
  const status = page.getByRole('navigation', { name: 'Trình chiếu' }).getByRole('status');
  await expect(status).toHaveText('✓ Đã tải đủ: bảng điều khiển dùng được khi mất mạng.', { timeout: 90_000 });
});

test('the presenter window follows the deck both ways, also in full screen, and the projector shows only the slide', async ({ page, context }) => {
  await page.goto('/?view=present&slide=8');
  await expect(counter(page)).toHaveText('8/14');
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Màn hình người trình bày' }).click()]);
  const presenterCounter = presenter.getByTestId('presenter-counter');
  await expect(presenterCounter).toHaveText('Trang 8/14');

  await test.step('the presenter sees the slide, the next one and two or three talking points from the data, never a source list', async () => {
    await expect(presenter.getByRole('region', { name: 'Đang chiếu' }).locator('.slide h1')).toHaveText('PAPI: kết quả năm 2024');
    await expect(presenter.getByRole('region', { name: 'Trang tiếp theo' }).locator('.slide h1')).toHaveText('PAPI: điểm số qua các năm');
    const points = presenter.getByRole('region', { name: 'Ý chính' }).getByRole('listitem');
    await expect(points).toHaveText([
      'PAPI 2024: 40,44, thấp hơn 2,99 điểm so với trung bình các tỉnh (tính toán).',
      'Mục tiêu PAPI đến 2025: nhóm 15 dẫn đầu. Năm 2024: 59/61, còn cách 44 bậc.',
      'Từ 2023 đến 2024 (cùng phương pháp): giảm 6 bậc, tăng 0,27 điểm.',
    ]);
    await expect(page.locator('.present')).not.toContainText('còn cách 44 bậc');
  });

  await test.step('a step in either window moves the other', async () => {
    await presenter.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText('9/14');
    await expect(presenterCounter).toHaveText('Trang 9/14');
    await page.keyboard.press('End');
    await expect(presenterCounter).toHaveText('Trang 14/14');
    await expect(presenter.getByText('Đây là trang cuối.')).toBeVisible();
  });

  await test.step('with the projector in full screen', async () => {
    await page.getByRole('button', { name: 'Toàn màn hình' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await presenter.getByRole('button', { name: /Trang trước/ }).click();
    await expect(counter(page)).toHaveText('13/14');
    await presenter.keyboard.press('Home');
    await expect(counter(page)).toHaveText('1/14');
    await expect(presenterCounter).toHaveText('Trang 1/14');
  });

  await test.step('the timer runs and resets', async () => {
    const timer = presenter.getByTestId('presenter-timer');
    await expect(timer).toHaveText(/^00:0[1-9]|^00:[1-5]\d$/);
    await presenter.getByRole('button', { name: 'Đặt lại giờ' }).click();
    await expect(timer).toHaveText(/^00:0[01]$/);
  });
});

test('a reordered deck survives a reload through its URL', async ({ page }) => {
  await page.goto('/?view=present');
  await expect(counter(page)).toHaveText('1/14');
  await page.getByRole('button', { name: 'Sắp xếp các trang' }).click();
  const editor = page.getByRole('complementary', { name: 'Các trang trình chiếu' });
  await editor.getByRole('button', { name: 'Đưa lên: PAPI · Kết quả chính' }).click();
  await editor.getByRole('button', { name: 'Bỏ trang: Trang bìa' }).click();
  await editor.getByLabel('Thêm trang').selectOption({ label: 'PAPI · Xếp hạng trong vùng' });
  await editor.getByRole('button', { name: 'Thêm', exact: true }).click();
  await expect(page).toHaveURL(/deck=headline\.par,/);
  await page.reload();
  await expect(counter(page)).toHaveText(/\/14$/);
  await page.keyboard.press('Home');
  await expect(shown(page).locator('h1')).toHaveText('PAR Index: kết quả năm 2024');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(shown(page).locator('h1')).toHaveText('PAPI: kết quả năm 2024');
  await page.keyboard.press('End');
  await expect(shown(page).locator('h1')).toHaveText('PAPI 2024: so với các tỉnh ĐBSCL');
});

test('slides reorder by dragging their thumbnails, undo restores the order, and the slide shown stays shown', async ({ page }) => {
  await page.goto('/?view=present&slide=4');
  await expect(counter(page)).toHaveText('4/14');
  const title = shown(page).locator('h1');
  await expect(title).toHaveText('PAR Index: thứ hạng qua các năm');
  await page.getByRole('button', { name: 'Sắp xếp các trang' }).click();
  const editor = page.getByRole('complementary', { name: 'Các trang trình chiếu' });
  const items = editor.getByTestId('deck-item');
  await expect(items).toHaveCount(14);

  await items.nth(3).dragTo(items.nth(0));
  await expect(page).toHaveURL(/deck=rank\.par,title,headline\.par,trend\.par,headline\.sipas,/);
  await expect(counter(page)).toHaveText('1/14');
  await expect(title).toHaveText('PAR Index: thứ hạng qua các năm');
  await expect(items.nth(0)).toHaveAttribute('aria-current', 'step');

  await items.nth(4).dragTo(items.nth(1));
  await expect(page).toHaveURL(/deck=rank\.par,headline\.sipas,title,headline\.par,trend\.par,trend\.sipas,/);
  await expect(title).toHaveText('PAR Index: thứ hạng qua các năm');

  await page.keyboard.press('Control+z');
  await expect(page).toHaveURL(/deck=rank\.par,title,headline\.par,/);
  await editor.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(page).not.toHaveURL(/deck=/);
  await expect(counter(page)).toHaveText('4/14');
  await expect(title).toHaveText('PAR Index: thứ hạng qua các năm');
  await expect(editor.getByRole('button', { name: 'Hoàn tác' })).toBeDisabled();
});

test('a slide added from the rankings view joins the deck, and the deck follows through the views', async ({ page }) => {
  await page.goto('/?view=rankings&index=papi&year=2023');
  await page.getByRole('button', { name: 'Thêm vào trình chiếu' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã thêm làm trang 15.' })).toBeVisible();
  await expect(page).toHaveURL(/deck=title,.*,targets,ranking\.papi\.2023/);
  await page.getByRole('link', { name: 'Mở trình chiếu' }).click();
  await expect(counter(page)).toHaveText('15/15');
  await expect(shown(page).locator('h1')).toHaveText('PAPI 2023: so với các tỉnh ĐBSCL');
  await page.getByRole('button', { name: 'Nền tối' }).click();
  await expect(page.locator('.present')).toHaveAttribute('data-theme', 'dark');
});

test('"add to presentation" adds what the rankings view shows: the component chosen, and for PAR Index the provinces we hold', async ({ page }) => {
  await page.goto('/?view=rankings&index=papi&year=2024&component=D1');
  await page.getByRole('button', { name: 'Thêm vào trình chiếu' }).click();
  await expect(page).toHaveURL(/deck=title,.*,targets,ranking\.papi\.2024\.D1/);
  await page.getByRole('link', { name: 'Mở trình chiếu' }).click();
  await expect(counter(page)).toHaveText('15/15');
  await expect(shown(page).locator('h1')).toHaveText(/^PAPI – .+ 2024: so với các tỉnh ĐBSCL$/);

  await page.goto('/?view=rankings&index=par&year=2024');
  await page.getByRole('button', { name: 'Thêm vào trình chiếu' }).click();
  await expect(page).toHaveURL(/deck=title,.*,targets,standing\.par\.2024/);
  await page.getByRole('link', { name: 'Mở trình chiếu' }).click();
  await expect(counter(page)).toHaveText('15/15');
  await expect(shown(page).locator('h1')).toHaveText('PAR Index 2024: vị trí trong cả nước');
  const rows = shown(page).getByRole('row');
  await expect(rows.nth(1)).toHaveText(/^1\/63.+96,17%$/);
  await expect(rows.nth(4)).toHaveText('20/63Cà Mau89,33%');
  await expect(rows.nth(5)).toHaveText('22/63Cần Thơ89,13%');
  await expect(shown(page).locator('.slide-source')).toHaveText('Nguồn: PAR Index 2024 (Bộ Nội vụ)');
});

test('the drivers slide added from the components view compares the two years chosen there', async ({ page }) => {
  await openView(page, 'components', '&index=papi&year=2024&compare=2021,2024');
  const comparison = page.getByRole('region', { name: /So sánh hai năm/ });
  await expect(comparison.getByRole('heading')).toHaveText('So sánh hai năm: 2021 và 2024');
  const changes = await comparison.getByRole('table', { name: /PAPI: điểm 2021 và 2024/ }).locator('tbody tr td:last-child').allTextContents();
  expect(changes).toHaveLength(8);

  await page.getByRole('button', { name: 'Thêm vào trình chiếu: điều gì làm điểm thay đổi' }).click();
  await expect(page).toHaveURL(/deck=[^&]*drivers\.papi\.2021-2024(,|&|$)/);
  await page.getByRole('link', { name: 'Mở trình chiếu' }).click();
  await expect(shown(page).locator('h1')).toHaveText('PAPI: điều gì làm điểm thay đổi, 2021→2024');
  // The same eight changes as the view's table, each written at its bar.
  const written = await shown(page).locator('.recharts-label-list text').allTextContents();
  expect([...written].sort()).toEqual([...changes].sort());
  await expect(shown(page).locator('.slide-source')).toContainText('PAPI 2021');

  // A deck saved before slides carried two years keeps its meaning: the year before.
  await page.goto('/?view=present&deck=drivers.papi.2024&slide=1');
  await expect(shown(page).locator('h1')).toHaveText('PAPI: điều gì làm điểm thay đổi, 2023→2024');
});
