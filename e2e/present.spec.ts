import type { Page } from '@playwright/test';
import { expect, test } from './fixture';
import { openView, showView } from './view-pages';

const counter = (page: Page) => page.getByTestId('slide-counter');

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
  });

  await test.step('speaker notes are generated from the numbers, and Esc leaves the presentation', async () => {
    await showView(page, 'present', '&slide=2');
    await expect(counter(page)).toHaveText('2/14');
    await page.keyboard.press('n');
    const notes = page.getByRole('region', { name: 'Ghi chú người trình bày' });
    await expect(notes).toContainText('PAR Index năm 2024: đạt 89,13%, xếp hạng 22/63');
    await expect(notes).toContainText('tăng 20 bậc');
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/view=present/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tổng quan: Cần Thơ');
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
  await expect(page.locator('.slide h1')).toHaveText('PAR Index: kết quả năm 2024');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('.slide h1')).toHaveText('PAPI: kết quả năm 2024');
  await page.keyboard.press('End');
  await expect(page.locator('.slide h1')).toHaveText('PAPI 2024: so với các tỉnh ĐBSCL');
});

test('a slide added from the rankings view joins the deck, and the deck follows through the views', async ({ page }) => {
  await page.goto('/?view=rankings&index=papi&year=2023');
  await page.getByRole('button', { name: 'Thêm vào trình chiếu' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã thêm làm trang 15.' })).toBeVisible();
  await expect(page).toHaveURL(/deck=title,.*,targets,ranking\.papi\.2023/);
  await page.getByRole('link', { name: 'Mở trình chiếu' }).click();
  await expect(counter(page)).toHaveText('15/15');
  await expect(page.locator('.slide h1')).toHaveText('PAPI 2023: so với các tỉnh ĐBSCL');
  await page.getByRole('button', { name: 'Nền tối' }).click();
  await expect(page.locator('.present')).toHaveAttribute('data-theme', 'dark');
});
