import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixture';
import { openView, showView } from './view-pages';

/** Clicks an image button of the figure and returns the downloaded file. */
async function saveImage(page: Page, figure: Locator, button: 'Tải PNG 16:9 (1920×1080)' | 'Tải PNG 4:3 (1024×768)' | 'Tải ảnh SVG') {
  const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: button }).click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * The SVG as a browser reads it: its text (wrapped lines joined), its size and its embedded font rules.
 * `checker` is a blank page: parsing the SVG inside the site would itself break the site's CSP.
 */
async function readSvg(checker: Page, svg: string) {
  return checker.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      wellFormed: doc.querySelector('parsererror') === null && root.localName === 'svg',
      text: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '').join(' ').replace(/\s+/g, ' '),
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      fontFamily: root.getAttribute('font-family'),
      fontCss: doc.querySelector('style')?.textContent ?? '',
    };
  }, svg);
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Paints the downloaded PNG and the downloaded SVG (at the PNG's size) in a blank page and compares them pixel by
 * pixel: the share of pixels that differ, and the share of dark pixels in the PNG where the title is drawn.
 */
async function comparePngToSvg(checker: Page, png: Buffer, svg: string) {
  return checker.evaluate(
    async ({ pngBase64, markup }) => {
      const load = async (src: string) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        return image;
      };
      const png = await load(`data:image/png;base64,${pngBase64}`);
      const [w, h] = [png.naturalWidth, png.naturalHeight];
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      const paint = (image: HTMLImageElement) => {
        context.clearRect(0, 0, w, h);
        context.drawImage(image, 0, 0, w, h);
        return context.getImageData(0, 0, w, h).data;
      };
      // The title is the first line of text: y 24–51 px in the 1280×720 composition, so 36–77 at 1920×1080.
      const titleInk = (pixels: Uint8ClampedArray) => {
        let dark = 0;
        for (let i = 36 * w * 4; i < 77 * w * 4; i += 4) if (pixels[i + 3]! > 0 && pixels[i]! < 128) dark++;
        return dark / (41 * w);
      };
      const fromPng = paint(png);
      const svgImage = await load(URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' })));
      // An SVG image loads its inlined fonts on first paint, its text invisible until then: paint again until the title shows.
      let fromSvg = paint(svgImage);
      for (let i = 0; i < 100 && titleInk(fromSvg) === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        fromSvg = paint(svgImage);
      }
      let differing = 0;
      for (let i = 0; i < fromPng.length; i += 4) {
        const d = Math.max(Math.abs(fromPng[i]! - fromSvg[i]!), Math.abs(fromPng[i + 1]! - fromSvg[i + 1]!), Math.abs(fromPng[i + 2]! - fromSvg[i + 2]!));
        if (d > 48) differing++;
      }
      return { differing: differing / (w * h), titleInk: titleInk(fromPng) };
    },
    { pngBase64: png.toString('base64'), markup: svg },
  );
}

/** Both downloads of one figure, checked against what the page shows. */
async function checkImages(page: Page, checker: Page, figure: Locator, { legend, wholeSvg = false }: { legend: string[]; wholeSvg?: boolean }) {
  const title = squash(await figure.getAttribute('aria-label'));
  const source = squash(await figure.locator('.source-line p').first().textContent());
  expect(source).toMatch(/^Nguồn: /);

  const svgFile = await saveImage(page, figure, 'Tải ảnh SVG');
  expect(svgFile.name).toMatch(/-bieu-do-\d{4}-\d{2}-\d{2}\.svg$/);
  const svgText = svgFile.bytes.toString('utf8');
  const svg = await readSvg(checker, svgText);
  expect(svg.wellFormed).toBe(true);
  expect(svg.text).toContain(title);
  expect(svg.text).toContain(source);
  for (const label of legend) expect(svg.text).toContain(label);
  expect(svg.fontFamily).toContain('Be Vietnam Pro');
  expect(svg.fontCss).toMatch(/@font-face\{font-family:'Be Vietnam Pro';[^}]*font-weight:700;src:url\(data:font\/woff2;base64,/);
  expect(svg.fontCss).toMatch(/font-weight:400;src:url\(data:font\/woff2;base64,[^)]+\) format\('woff2'\);unicode-range:[^;]*1EA0-1EF9/i);

  // Slide sizes: the SVG is the 16:9 composition (or, for a list too long for a slide, the whole chart at its own
  // size: a portrait page), the PNGs are drawn at 1920×1080 and 1024×768.
  if (wholeSvg) expect(svg.height).toBeGreaterThan(svg.width);
  else expect({ width: svg.width, height: svg.height }).toEqual({ width: 1280, height: 720 });
  const pngFile = await saveImage(page, figure, 'Tải PNG 16:9 (1920×1080)');
  expect(pngFile.name).toMatch(/-bieu-do-16x9-\d{4}-\d{2}-\d{2}\.png$/);
  expect(pngSize(pngFile.bytes)).toEqual({ width: 1920, height: 1080 });
  const standard = await saveImage(page, figure, 'Tải PNG 4:3 (1024×768)');
  expect(standard.name).toMatch(/-bieu-do-4x3-\d{4}-\d{2}-\d{2}\.png$/);
  expect(pngSize(standard.bytes)).toEqual({ width: 1024, height: 768 });
  return { svg: svgText, png: pngFile.bytes };
}

test.describe('Chart images (PNG in slide sizes, SVG) carry their title, legend and source', () => {
  // Making the images (fonts fetched from our origin, an SVG blob in an <img>, a canvas) keeps to the
  // site's CSP: the fixture fails the test on any violation.
  test('the trend chart, the ranking bar chart and the heatmap, from one loaded page', async ({ page }) => {
    test.slow(); // three charts drawn and compared
    const checker = await page.context().newPage();
    await openView(page, 'trends');

    await test.step('trend chart: the 16:9 PNG is the 1920×1080 picture of the SVG, drawn in the embedded font', async () => {
      await showView(page, 'trends');
      const figure = page.getByRole('figure', { name: /^PAPI · Tổng điểm/ });
      await expect(figure.locator('.recharts-surface')).toBeVisible();
      const { svg, png } = await checkImages(page, checker, figure, { legend: ['Cần Thơ', 'Trung bình các tỉnh (tính toán)', 'Trung bình toàn quốc (PAPI công bố)', 'Trung bình ĐBSCL (tính toán)'] });
      expect(svg).toContain('Phương pháp thay đổi năm 2018');

      // What this proves: the PNG matches a fresh rendering of the SVG checked above (so it shows that title,
      // legend and source), its title band is inked, and it differs clearly from the same SVG without the
      // embedded font, so the text is drawn in Be Vietnam Pro and not in a fallback font.
      const same = await comparePngToSvg(checker, png, svg);
      expect(same.differing).toBeLessThan(0.002);
      expect(same.titleInk).toBeGreaterThan(0.01);
      const withoutFont = await comparePngToSvg(checker, png, svg.replace(/@font-face\{[^}]*\}/g, ''));
      expect(withoutFont.differing).toBeGreaterThan(0.01);
    });

    await test.step('ranking dot plot of PAPI 2024: the SVG holds every province, the quartile legend and the computed mean', async () => {
      await showView(page, 'rankings', '&index=papi&year=2024');
      const figure = page.getByRole('figure', { name: 'PAPI 2024: tổng điểm các tỉnh' });
      await expect(figure.locator('.bar-chart .recharts-surface')).toBeVisible();
      const { svg } = await checkImages(page, checker, figure, { legend: ['Cần Thơ', 'Nhóm cao nhất', 'Nhóm thấp nhất', 'Trung bình các tỉnh (tính toán)'], wholeSvg: true });
      // Unit names on the axis and the mean's label come from the chart itself, with their diacritics.
      for (const unit of ['Quảng Ninh', 'Hậu Giang', 'Kiên Giang']) expect(svg).toContain(`>${unit}</text>`);
      expect(svg).toContain('TB 43,43 (tính toán)');
    });

    await test.step('heatmap (a table on screen) drawn as a grid with its values and the note on colours', async () => {
      await showView(page, 'components', '&year=2024');
      const figure = page.getByRole('figure', { name: /% điểm tối đa qua các năm/ });
      await expect(figure.locator('table.heatmap')).toBeVisible();
      const { svg } = await checkImages(page, checker, figure, { legend: [] });
      const firstRow = squash(await figure.locator('tbody th').first().textContent());
      expect(svg).toContain(`>${firstRow}</text>`);
      expect(svg).toContain('Màu càng đậm càng gần điểm tối đa');
    });
  });
});
