import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixture';
import { drawAtSize, textsOverMarks, expectDotsOnAxis, expectHonestLines, expectSlideDrawn, keepComposedImages, lastComposedImage, overlappingTexts, readLines } from './chart-checks';
import { openView, showView } from './view-pages';
import { importPar2025 } from './import-helpers';

const counter = (page: Page) => page.getByTestId('slide-counter');

/**
 * Walks the default deck slide by slide: no overlapping text, no value over a line or a point, no line across a
 * break or a change of denominator, rankings as dots on an axis, bars from zero.
 */
async function expectHonestDeck(page: Page) {
  await page.goto('/?view=present');
  await expect(counter(page)).toHaveText(/^1\//);
  const total = Number((await counter(page).textContent())?.split('/')[1]);
  const slide = page.locator('.slide');
  let rankSlides = 0;
  let dotSlides = 0;
  for (let n = 1; n <= total; n++) {
    await expect(counter(page)).toHaveText(`${n}/${total}`);
    await expect(slide.locator('h1')).toBeVisible();
    await expectSlideDrawn(slide);
    expect(await overlappingTexts(slide), `slide ${n}: overlapping text`).toEqual([]);

    if ((await slide.locator('path.recharts-line-curve').count()) > 0) {
      const drawn = await readLines(slide);
      expectHonestLines(drawn, `slide ${n}`);
      expect(await textsOverMarks(slide, 'text.line-value'), `slide ${n}: a value over a line or a point`).toEqual([]);
      if (drawn.labels.some((l) => l.text.includes('/'))) rankSlides++;
    }

    // A ranking is a dot plot: each dot at its value on the axis drawn, no bar.
    if ((await slide.locator('g.ranking-dot').count()) > 0) {
      await expectDotsOnAxis(slide, `slide ${n}`);
      dotSlides++;
    }

    // Bars of one sign start at zero: each bar's length is its value times one scale.
    const bars = await slide.locator('.recharts-bar-rectangle path').evaluateAll((paths) =>
      paths.map((p) => {
        const box = (p as SVGPathElement).getBBox();
        return { width: box.width, x: box.x };
      }),
    );
    if (bars.length > 0) {
      const values = (await slide.locator('.recharts-label-list text').allTextContents()).map((t) => Number(t.split('·')[0]?.trim().replace('%', '').replace(',', '.')));
      if (values.every((v) => v > 0)) {
        const scales = bars.map((bar, i) => bar.width / (values[i] ?? NaN));
        for (const scale of scales) expect(Math.abs(scale / (scales[0] ?? 1) - 1), `slide ${n}: a bar does not start at zero`).toBeLessThan(0.01);
      } else {
        // Rises and falls: a zero line, and 0 among round ticks the same either side.
        await expect(slide.locator('.recharts-reference-line')).toHaveCount(1);
        const ticks = (await slide.locator('.recharts-xAxis-tick-labels text').allTextContents()).map((t) => Number(t.replace('−', '-').replace('+', '').replace(',', '.')));
        expect(ticks).toContain(0);
        expect(ticks.map((t) => 0 - t).reverse()).toEqual(ticks);
      }
    }
    await page.keyboard.press('ArrowRight');
  }
  // The deck has the PAR and PAPI rank slides and the Mekong Delta ranking (dots): the checks above did run on them.
  expect(rankSlides).toBeGreaterThanOrEqual(2);
  expect(dotSlides).toBeGreaterThanOrEqual(1);
}

test.describe('Honest charts', () => {
  for (const [width, height] of [
    [1920, 1080],
    [1024, 768],
  ] as const) {
    test(`every slide of the default deck at ${width}×${height}: no overlapping text, bars from zero or dots on a labelled axis, no line across a break or a change of denominator`, async ({ page }) => {
      test.slow(); // fourteen slides, each measured
      await page.setViewportSize({ width, height });
      await expectHonestDeck(page);
    });
  }

  test('the default deck after an import of the merged city\'s 2025 PAR Index (a made-up test file) at 1024×768: the same checks on every slide', async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('/?view=data');
    await importPar2025(page);
    await expectHonestDeck(page);
  });

  test('the PAPI rank slide splits 2011–2024 where the method or the number of provinces changes, and the PAR slide draws its derived 2023 rank hollow', async ({ page }) => {
    await page.goto('/?view=present&slide=10');
    const slide = page.locator('.slide');
    await expect(slide.locator('h1')).toHaveText('PAPI: thứ hạng qua các năm');
    await expectSlideDrawn(slide);
    const drawn = await readLines(slide);
    // 63 (2011–13), 63 (2015–17), break 2018: 61, 63 (2019–20), 60 (2021), 61 (2022–24): four lines of two or more points.
    expect(drawn.paths.filter((path) => path.length > 1)).toHaveLength(4);
    await expect(slide).toContainText('Số tỉnh được xếp hạng thay đổi');

    await page.goto('/?view=present&slide=4');
    await expect(slide.locator('h1')).toHaveText('PAR Index: thứ hạng qua các năm');
    await expect(slide.locator('circle.point-derived')).toHaveCount(1);
    await expect(slide).toContainText('Chấm rỗng: hạng suy ra, không công bố trực tiếp (2023)');
  });

  test('the images of the trend and ranking charts: slide sizes, the ranking cut to what a slide shows with 14 px labels, no overlapping text, the title a message', async ({ page }) => {
    test.slow(); // images made and measured
    const checker = await page.context().newPage();
    const save = async (figure: Locator, name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name }).click()]);
      return readFileSync(await download.path());
    };
    const size = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
    await openView(page, 'trends', '&measure=rank');
    await keepComposedImages(page);
    for (const [view, query, name] of [
      ['trends', '&measure=rank', /^PAPI · Tổng điểm: Thứ hạng/],
      ['rankings', '&index=papi&year=2024', /^PAPI 2024: tổng điểm các tỉnh/],
    ] as const) {
      await showView(page, view, query);
      const figure = page.getByRole('figure', { name }).first();
      await expect(figure.locator('.recharts-surface').first()).toBeVisible();
      if (view === 'trends') {
        const drawn = await readLines(figure);
        expectHonestLines(drawn, 'trend chart');
        // Cần Thơ's PAPI ranks: out of 63 (2011–13, 2015–17) | 61, 63, 60, 61: joined only within one total and one method.
        expect(drawn.paths.filter((path) => path.length > 1)).toHaveLength(4);
      }
      for (const [button, width, height] of [['Tải PNG 16:9 (1920×1080)', 1920, 1080], ['Tải PNG 4:3 (1024×768)', 1024, 768]] as const) {
        expect(size(await save(figure, button))).toEqual({ width, height });
        // The SVG the PNG was drawn from, drawn again at the PNG's size and measured.
        const composed = await lastComposedImage(page);
        const { image, chartTexts } = await drawAtSize(checker, composed, width, height);
        expect(await overlappingTexts(image), `${view} ${width}×${height}: overlapping text`).toEqual([]);
        expect(await checker.locator('body > svg > title').textContent()).toMatch(/^Cần Thơ (đứng|đạt) \d+\/6\d/);
        expect(composed).not.toMatch(/Bấm|chọn hiển thị|Di chuột/);
        if (view === 'rankings') {
          // 61 provinces do not fit a slide: the top 10, a gap, the bottom 10 with Cần Thơ (59/61), and a note saying so.
          await expect(image.locator('g.ranking-dot')).toHaveCount(20);
          await expect(image.locator('text.dot-category', { hasText: '… 41 tỉnh' })).toHaveCount(1);
          await expect(image.locator('text.dot-value', { hasText: '40,44 · 59/61' })).toHaveCount(1);
          expect(composed).toContain('61 tỉnh có điểm; ảnh hiện 10 tỉnh đầu, 10 tỉnh cuối và Cần Thơ cùng các tỉnh liền kề; danh sách đầy đủ trong tệp CSV.');
          const smallest = Math.min(...chartTexts.map((t) => t.size));
          if (width === 1920) expect(smallest, `the smallest text of the ranking at 1920×1080: ${smallest.toFixed(1)} px`).toBeGreaterThanOrEqual(14);
        }
      }
      const svg = (await save(figure, 'Tải ảnh SVG')).toString('utf8');
      await checker.setContent(`<!doctype html><body style="margin:0">${svg.replace(/<\?xml[^>]*>/, '')}</body>`);
      const image = checker.locator('body > svg');
      expect(await overlappingTexts(image), `${view}: overlapping text in the SVG`).toEqual([]);
      expect(await checker.locator('body > svg > title').textContent()).toMatch(/^Cần Thơ (đứng|đạt) \d+\/6\d/);
      if (view === 'trends') await expect(image).toHaveAttribute('width', '1280');
      else {
        // The ranking's SVG is the whole list at the chart's own size: a portrait page of 61 dots.
        await expect(image.locator('g.ranking-dot')).toHaveCount(61);
        expect(Number(await image.getAttribute('height'))).toBeGreaterThan(Number(await image.getAttribute('width')));
      }
    }
  });

  test('the rankings view draws its ranking as dots on a labelled axis, no bars from the axis start, no value crossed by the mean line', async ({ page }) => {
    await openView(page, 'rankings', '&index=papi&year=2024');
    const chart = page.getByRole('figure', { name: 'PAPI 2024: tổng điểm các tỉnh' }).locator('.bar-chart');
    expect(await expectDotsOnAxis(chart, 'PAPI 2024')).toBe(61);
    await expect(chart.locator('.recharts-xAxis-tick-labels text')).toHaveText(['40', '42', '44', '46', '48']);
    await expect(chart).toContainText('Điểm (thang 8–80)');
    // The mean's line never runs through a value: those just below the mean are written left of their dot.
    const crossed = await chart.evaluate((root) => {
      const line = root.querySelector('.recharts-reference-line line');
      const x = Number(line?.getAttribute('x1'));
      return [...root.querySelectorAll('text.dot-value')].filter((text) => {
        const box = (text as SVGTextElement).getBBox();
        return box.x < x && x < box.x + box.width;
      }).map((text) => text.textContent);
    });
    expect(crossed).toEqual([]);
    await showView(page, 'rankings', '&index=par&year=2024');
    const par = page.getByRole('figure', { name: 'PAR Index 2024: tổng điểm các tỉnh' }).locator('.bar-chart');
    expect(await expectDotsOnAxis(par, 'PAR Index 2024')).toBe(3);
  });
});
