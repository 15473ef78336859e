import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixture';
import { openView, showView } from './view-pages';

const counter = (page: Page) => page.getByTestId('slide-counter');

/**
 * Pairs of texts whose boxes overlap inside `root` (a slide, or an image's SVG): each SVG <text> is one box,
 * each line of HTML text another (a text node's client rects). Boxes from one text never count against each other.
 */
async function overlappingTexts(root: Locator): Promise<string[]> {
  return root.evaluate((element) => {
    const boxes: { text: string; rect: DOMRect; owner: Node }[] = [];
    for (const text of element.querySelectorAll('svg text')) {
      const rect = text.getBoundingClientRect();
      if (rect.width > 0 && rect.height > 0 && (text.textContent ?? '').trim()) boxes.push({ text: text.textContent ?? '', rect, owner: text });
    }
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!(node.textContent ?? '').trim() || node.parentElement?.closest('svg')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.width > 0 && rect.height > 0) boxes.push({ text: node.textContent ?? '', rect, owner: node });
    }
    // A text box spans the font's whole ascent and descent (room for Vietnamese diacritics), more than the glyphs
    // ink: stacked lines may share that room. Overlapping is more than 2 px across and a third of the lower box.
    const slack = 2;
    const problems: string[] = [];
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) {
        if (a.owner === b.owner) continue;
        const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (x > slack && y > Math.max(slack, Math.min(a.rect.height, b.rect.height) / 3)) problems.push(`"${a.text.trim().slice(0, 30)}" × "${b.text.trim().slice(0, 30)}"`);
      }
    });
    return problems;
  });
}

interface Drawn {
  /** Each drawn polyline's points, in pixels (a line broken by a gap is two). */
  paths: { x: number; y: number }[][];
  /** Dashed break markers (methodology changes), their x in pixels. */
  breaks: number[];
  /** Values written on the chart: text and horizontal span. */
  labels: { text: string; left: number; right: number }[];
}

/** What a line chart inside `root` draws: its lines as points, its break markers and its value labels. */
async function readLines(root: Locator): Promise<Drawn> {
  return root.evaluate((element) => {
    // A gap inside a line is a move (M) within its path: each move starts a separate polyline.
    const polylines = (d: string) =>
      d
        .split('M')
        .slice(1)
        .map((part) => [...`M${part}`.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) })));
    return {
      paths: [...element.querySelectorAll('path.recharts-line-curve')].flatMap((path) => polylines(path.getAttribute('d') ?? '')).filter((p) => p.length > 0),
      breaks: [...element.querySelectorAll('.recharts-reference-line line')].filter((line) => line.getAttribute('stroke-dasharray')).map((line) => Number(line.getAttribute('x1'))),
      labels: [...element.querySelectorAll('text.line-value')].map((text) => {
        const box = (text as SVGTextElement).getBBox();
        return { text: text.textContent ?? '', left: box.x, right: box.x + box.width };
      }),
    };
  });
}

/** The denominator of the rank written nearest to a point ("59/61" → 61). */
function denominatorAt(labels: Drawn['labels'], x: number): number {
  const distance = (l: Drawn['labels'][number]) => (x < l.left ? l.left - x : x > l.right ? x - l.right : 0);
  const nearest = [...labels].sort((a, b) => distance(a) - distance(b))[0];
  return Number(/\/(\d+)/.exec(nearest?.text ?? '')?.[1]);
}

/** No line runs across a break marker, and every point of a line has the same denominator. */
function expectHonestLines(drawn: Drawn, name: string) {
  expect(drawn.paths.length, `${name}: lines drawn`).toBeGreaterThan(0);
  for (const path of drawn.paths) {
    const xs = path.map((p) => p.x);
    const [from, to] = [Math.min(...xs), Math.max(...xs)];
    for (const x of drawn.breaks) expect(x > from && x < to, `${name}: a line from x=${from} to ${to} crosses the break at x=${x}`).toBe(false);
    if (drawn.labels.some((l) => l.text.includes('/'))) {
      const denominators = new Set(path.map((p) => denominatorAt(drawn.labels, p.x)));
      expect([...denominators], `${name}: one line joins ranks out of different totals`).toHaveLength(1);
    }
  }
}

test.describe('Honest charts', () => {
  test('every slide of the default deck: no overlapping text, bars from zero, no line across a break or a change of denominator', async ({ page }) => {
    test.slow(); // fourteen slides, each measured
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/?view=present');
    await expect(counter(page)).toHaveText(/^1\//);
    const total = Number((await counter(page).textContent())?.split('/')[1]);
    const slide = page.locator('.slide');
    let rankSlides = 0;
    let barSlides = 0;
    for (let n = 1; n <= total; n++) {
      await expect(counter(page)).toHaveText(`${n}/${total}`);
      await expect(slide.locator('h1')).toBeVisible();
      expect(await overlappingTexts(slide), `slide ${n}: overlapping text`).toEqual([]);

      if ((await slide.locator('path.recharts-line-curve').count()) > 0) {
        const drawn = await readLines(slide);
        expectHonestLines(drawn, `slide ${n}`);
        if (drawn.labels.some((l) => l.text.includes('/'))) rankSlides++;
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
          barSlides++;
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
    // The deck has the PAR and PAPI rank slides and the Mekong Delta ranking: the checks above did run on them.
    expect(rankSlides).toBeGreaterThanOrEqual(2);
    expect(barSlides).toBeGreaterThanOrEqual(1);
  });

  test('the PAPI rank slide splits 2011–2024 where the method or the number of provinces changes, and the PAR slide draws its derived 2023 rank hollow', async ({ page }) => {
    await page.goto('/?view=present&slide=10');
    const slide = page.locator('.slide');
    await expect(slide.locator('h1')).toHaveText('PAPI: thứ hạng qua các năm');
    const drawn = await readLines(slide);
    // 63 (2011–13), 63 (2015–17), break 2018: 61, 63 (2019–20), 60 (2021), 61 (2022–24): four lines of two or more points.
    expect(drawn.paths.filter((path) => path.length > 1)).toHaveLength(4);
    await expect(slide).toContainText('Số tỉnh được xếp hạng thay đổi');

    await page.goto('/?view=present&slide=4');
    await expect(slide.locator('h1')).toHaveText('PAR Index: thứ hạng qua các năm');
    await expect(slide.locator('circle.point-derived')).toHaveCount(1);
    await expect(slide).toContainText('Chấm rỗng: hạng suy ra, không công bố trực tiếp (2023)');
  });

  test('the images of the trend and ranking charts: slide sizes, no overlapping text, the title a message', async ({ page }) => {
    test.slow(); // images made and measured
    const checker = await page.context().newPage();
    const save = async (figure: Locator, name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name }).click()]);
      return readFileSync(await download.path());
    };
    const size = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
    await openView(page, 'trends', '&measure=rank');
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
      expect(size(await save(figure, 'Tải PNG 16:9 (1920×1080)'))).toEqual({ width: 1920, height: 1080 });
      expect(size(await save(figure, 'Tải PNG 4:3 (1024×768)'))).toEqual({ width: 1024, height: 768 });
      const svg = (await save(figure, 'Tải ảnh SVG')).toString('utf8');
      // The image's SVG drawn alone in a blank page (the site's CSP forbids inline markup), measured there.
      await checker.setContent(`<!doctype html><body style="margin:0">${svg.replace(/<\?xml[^>]*>/, '')}</body>`);
      const image = checker.locator('body > svg');
      await expect(image).toHaveAttribute('width', '1280');
      expect(await overlappingTexts(image), `${view}: overlapping text in the image`).toEqual([]);
      const title = await checker.locator('body > svg > title').textContent();
      expect(title).toMatch(/^Cần Thơ (đứng|đạt) \d+\/6\d/);
      expect(svg).not.toMatch(/Bấm|chọn hiển thị|Di chuột/);
    }
  });
});
