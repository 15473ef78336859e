import type { Page } from '@playwright/test';
import { overlappingTexts, textsOverMarks } from './chart-checks';
import { expect, test } from './fixture';
import { expandDetails, expectViewLoaded, openFromNavigation, showView } from './view-pages';

const chart = (page: Page) => page.getByRole('figure', { name: /PAPI · /i });
const search = (page: Page) => new URL(page.url()).search;

test.describe('Xu hướng (trends)', () => {
  // The checks that only read share one loaded page: each step shows its state by client-side navigation.
  test('Cần Thơ with the means, search, year range, a dimension, the keyboard tooltip, fallbacks and districts, in one loaded page', async ({ page }) => {
    test.slow(); // seven checks on one page
    await page.goto('/');
    await expectViewLoaded(page, 'overview');

    await test.step('opens from the navigation with Cần Thơ, the national and Mekong Delta means, and the 2018 break', async () => {
      await openFromNavigation(page, 'Xu hướng', 'trends');
      expect(search(page)).toBe('?view=trends');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xu hướng: PAPI');
      const figure = chart(page);
      await expect(figure.getByRole('heading')).toHaveText('PAPI · Tổng điểm: Điểm, 2011–2024');
      await expect(figure.locator('.chart-legend')).toContainText('Cần Thơ');
      // One measure per line: the computed mean of the provinces; PAPI's published means (2018, 2019, 2021, 2022) as unjoined diamonds.
      await expect(figure.locator('.chart-legend')).toContainText('Trung bình các tỉnh (tính toán)');
      await expect(figure.locator('.chart-legend')).toContainText('Trung bình toàn quốc (PAPI công bố)');
      await expect(figure.locator('polygon.point-unjoined')).toHaveCount(4);
      await expect(figure.locator('.chart-legend')).toContainText('Trung bình ĐBSCL (tính toán)');
      await expect(figure).toContainText('Phương pháp thay đổi năm 2018');
      await expect(figure.locator('.recharts-surface')).toBeVisible();
    });

    await test.step('finds units by name without diacritics or case, and adds them', async () => {
      await showView(page, 'trends');
      const picker = page.getByRole('group', { name: /Đơn vị/ });
      await picker.getByLabel('Tìm đơn vị').fill('HAU GIANG');
      await picker.getByRole('checkbox', { name: 'Hậu Giang' }).check();
      await expect(page).toHaveURL(/units=P59,P60/);
      await picker.getByLabel('Tìm đơn vị').fill('can tho');
      await expect(picker.getByRole('checkbox', { name: 'Cần Thơ', exact: true })).toBeChecked();
      await expect(chart(page).locator('.chart-legend')).toContainText('Hậu Giang');
      await picker.getByRole('button', { name: 'Bỏ Hậu Giang' }).click();
      await expect(page).not.toHaveURL(/P60/);
    });

    await test.step('sets the year range by typing and by dragging', async () => {
      await showView(page, 'trends');
      await page.getByRole('spinbutton', { name: 'Từ năm' }).fill('2018');
      await expect(page).toHaveURL(/from=2018/);
      await expect(chart(page).getByRole('heading')).toHaveText('PAPI · Tổng điểm: Điểm, 2018–2024');
      await page.getByRole('slider', { name: 'Kéo để chọn năm cuối' }).focus();
      await page.keyboard.press('ArrowLeft');
      await expect(page).toHaveURL(/to=2023/);
      await expect(chart(page).getByRole('heading')).toHaveText('PAPI · Tổng điểm: Điểm, 2018–2023');
    });

    await test.step('charts a dimension: public administrative procedures 2024 = 7,14', async () => {
      await showView(page, 'trends');
      await page.getByLabel('Thành phần').selectOption('D5');
      await expect(page).toHaveURL(/component=D5/);
      const figure = page.getByRole('figure', { name: /D5/ });
      await expandDetails(figure, 'Xem bảng số liệu');
      await expect(figure.getByRole('row', { name: /^2024/ })).toContainText('7,14');
    });

    await test.step('shows the tooltip from the keyboard', async () => {
      await showView(page, 'trends', '&refs=');
      const surface = chart(page).locator('.recharts-surface');
      await surface.focus();
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('.chart-tooltip')).toBeVisible();
      await expect(page.locator('.chart-tooltip')).toContainText('Cần Thơ');
    });

    await test.step('falls back to defaults on invalid parameters, without an error', async () => {
      await showView(page, 'trends', '&index=pci&measure=median&from=abcd&units=P99', { chart: false });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xu hướng: PAPI');
      await expect(page.getByText('Hãy chọn ít nhất một đơn vị.')).toBeVisible();
    });

    await test.step('a district series stops in 2024 with a note', async () => {
      await showView(page, 'trends', '&index=ct-par&measure=rank&units=CT-o-mon');
      const figure = page.getByRole('figure', { name: /Thứ hạng/ });
      await expandDetails(figure, 'Xem bảng số liệu');
      await expect(figure.getByRole('row', { name: /^2016/ })).toContainText('1/9');
      await expect(figure).toContainText('Quận Ô Môn: chuỗi số liệu dừng ở năm 2024');
    });
  });

  test('switches to ranks with denominators, kept in the URL and restored on reload', async ({ page }) => {
    await page.goto('/?view=trends');
    await page.getByRole('radio', { name: 'Thứ hạng' }).check();
    expect(search(page)).toBe('?view=trends&measure=rank');
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Thứ hạng' })).toBeChecked();
    const figure = chart(page);
    await expect(figure.getByRole('heading')).toHaveText('PAPI · Tổng điểm: Thứ hạng, 2011–2024');
    await expandDetails(figure, 'Xem bảng số liệu');
    await expect(figure.getByRole('row', { name: /^2024/ })).toContainText('59/61 (tính toán)');
    await expect(figure.getByRole('row', { name: /^2021/ })).toContainText('42/60 (tính toán)');
    await expect(figure).toContainText('Thứ hạng luôn kèm mẫu số');
  });

  test('the plans\' numbers and the target\'s name sit in a strip above the plot, clear of each other and of the lines, on a phone and on screens', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/?view=trends&measure=rank');
    const figure = page.getByRole('figure', { name: /PAPI · Tổng điểm: Thứ hạng/ });
    const svg = figure.locator('svg.recharts-surface');
    const strip = svg.locator('.plan-marker-labels');
    for (const [width, height] of [[390, 844], [1366, 768], [1920, 1080]] as const) {
      await page.setViewportSize({ width, height });
      await expect(strip.locator('.plan-marker-badge')).toHaveCount(3);
      await expect(strip.locator('text.target-band-label')).toHaveText('nhóm 15 dẫn đầu');
      // Checked once the chart has followed the new width (it is redrawn after a resize, and again when the strip needs more rows).
      await expect(async () => {
        // Badges (their boxes, not only their text) and the band's name: no two overlap, all above the plot's top.
        const boxes = await strip.evaluate((g) => {
          const plotTop = g.closest('svg')?.querySelector('.recharts-yAxis .recharts-cartesian-axis-line')?.getBoundingClientRect().top ?? NaN;
          return { plotTop, items: [...g.children].map((child) => ({ text: child.textContent ?? '', ...child.getBoundingClientRect().toJSON() }) as { text: string; left: number; right: number; top: number; bottom: number }) };
        });
        expect(boxes.items).toHaveLength(4);
        for (const [i, a] of boxes.items.entries()) {
          expect(a.bottom, `${width}: "${a.text}" reaches into the plot`).toBeLessThanOrEqual(boxes.plotTop + 0.5);
          for (const b of boxes.items.slice(i + 1)) expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, `${width}: "${a.text}" overlaps "${b.text}"`).toBe(true);
        }
        expect(await overlappingTexts(svg), `${width}: overlapping text in the chart`).toEqual([]);
        expect(await textsOverMarks(svg, 'text'), `${width}: text over a line or a point`).toEqual([]);
      }).toPass();
    }
  });
});
