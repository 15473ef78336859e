import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Pairs of texts whose boxes overlap inside `root` (a slide, or an image's SVG): each SVG <text> is one box,
 * each line of HTML text another (a text node's client rects). Boxes from one text never count against each other.
 */
export async function overlappingTexts(root: Locator): Promise<string[]> {
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

/**
 * Texts matching `selector` inside a chart's SVG that lie over a mark: a line's point (its circle) or a piece of a
 * drawn line. Boxes are the texts' own (getBBox), in the SVG's coordinates, as are the circles and paths.
 */
export async function textsOverMarks(chart: Locator, selector: string): Promise<string[]> {
  return chart.evaluate((root, textSelector) => {
    const svg = root.matches('svg') ? root : root.querySelector('svg.recharts-surface');
    if (!svg) return ['no chart'];
    type Box = { x1: number; y1: number; x2: number; y2: number };
    type Point = readonly [number, number];
    // Each text's box, a pixel smaller each side: touching is not covering.
    const boxes = [...svg.querySelectorAll(textSelector)].map((text) => {
      const b = (text as SVGGraphicsElement).getBBox();
      return { text: text.textContent ?? '', box: { x1: b.x + 1, y1: b.y + 1, x2: b.x + b.width - 1, y2: b.y + b.height - 1 } };
    });
    const dots: Box[] = [...svg.querySelectorAll('.recharts-line-dots circle, .recharts-line-dot')].map((c) => {
      const [cx, cy, r] = ['cx', 'cy', 'r'].map((name) => Number(c.getAttribute(name)));
      return { x1: cx! - r!, y1: cy! - r!, x2: cx! + r!, y2: cy! + r! };
    });
    const segments = [...svg.querySelectorAll('path.recharts-line-curve')].flatMap((path) =>
      (path.getAttribute('d') ?? '').split('M').slice(1).flatMap((part) => {
        const points = [...`M${part}`.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m): Point => [Number(m[1]), Number(m[2])]);
        return points.slice(1).map((to, i): [Point, Point] => [points[i]!, to]);
      }),
    );
    const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    // Liang–Barsky: whether the segment passes through the box.
    const crosses = ([[x0, y0], [x1, y1]]: [Point, Point], box: Box) => {
      let [t0, t1] = [0, 1];
      const [dx, dy] = [x1 - x0, y1 - y0];
      for (const [p, q] of [[-dx, x0 - box.x1], [dx, box.x2 - x0], [-dy, y0 - box.y1], [dy, box.y2 - y0]] as const) {
        if (p === 0) {
          if (q < 0) return false;
          continue;
        }
        const t = q / p;
        if (p < 0) t0 = Math.max(t0, t);
        else t1 = Math.min(t1, t);
        if (t0 > t1) return false;
      }
      return true;
    };
    return boxes.flatMap(({ text, box }) => {
      const dot = dots.some((d) => overlaps(d, box));
      const line = segments.some((segment) => crosses(segment, box));
      return dot || line ? [`"${text}" over ${dot ? 'a point' : 'a line'}`] : [];
    });
  }, selector);
}

/** A number as a chart writes it: "47,82", "89,13%", "−0,25". */
const readNumber = (text: string) => Number(text.replace('−', '-').replace('%', '').replace(',', '.').trim());

/**
 * A ranking drawn as dots (rankings view, its slide): no bars, round ticks under the axis, and every dot where its
 * written value falls on the scale those ticks set (so the dot's place, not a bar's length, carries the value).
 * Returns how many dots were checked.
 */
export async function expectDotsOnAxis(chart: Locator, name: string): Promise<number> {
  const drawn = await chart.evaluate((root) => {
    const centre = (element: Element) => {
      const box = (element as SVGGraphicsElement).getBBox();
      return box.x + box.width / 2;
    };
    return {
      bars: root.querySelectorAll('.recharts-bar-rectangle path, .recharts-bar-rectangle rect').length,
      ticks: [...root.querySelectorAll('.recharts-xAxis-tick-labels text')].map((t) => ({ text: t.textContent ?? '', x: centre(t) })),
      dots: [...root.querySelectorAll('g.ranking-dot')].map((g) => ({ x: Number(g.querySelector('circle')?.getAttribute('cx')), text: g.querySelector('text.dot-value')?.textContent ?? '' })),
    };
  });
  expect(drawn.bars, `${name}: bars drawn in a dot plot`).toBe(0);
  expect(drawn.ticks.length, `${name}: a labelled axis`).toBeGreaterThanOrEqual(3);
  const ticks = drawn.ticks.map((t) => ({ value: readNumber(t.text), x: t.x }));
  const first = ticks[0]!;
  const last = ticks.at(-1)!;
  const pixels = (value: number) => first.x + ((value - first.value) * (last.x - first.x)) / (last.value - first.value);
  for (const tick of ticks) expect(Math.abs(tick.x - pixels(tick.value)), `${name}: tick ${tick.value} off the scale`).toBeLessThan(1.5);
  expect(drawn.dots.length, `${name}: dots drawn`).toBeGreaterThan(0);
  for (const dot of drawn.dots) {
    const value = readNumber(dot.text.split('·')[0] ?? '');
    expect(Math.abs(dot.x - pixels(value)), `${name}: the dot of ${dot.text} is not at its value`).toBeLessThan(1.5);
  }
  return drawn.dots.length;
}

/** Keeps every SVG the page turns into a PNG (the composed chart image), to read back with `composedImages`. */
export async function keepComposedImages(page: Page) {
  await page.evaluate(() => {
    const kept: Blob[] = [];
    (window as unknown as { composedImages: Blob[] }).composedImages = kept;
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      if (object instanceof Blob && object.type === 'image/svg+xml') kept.push(object);
      return original(object);
    };
  });
}

/** The last SVG composed for a PNG since `keepComposedImages`. */
export const lastComposedImage = (page: Page) => page.evaluate(() => (window as unknown as { composedImages: Blob[] }).composedImages.at(-1)?.text() ?? '');

/**
 * The composed SVG drawn at the PNG's size in a blank page (`checker`: the site's CSP forbids inline markup):
 * the size in pixels of each text of the chart, and the image's root to measure further.
 */
export async function drawAtSize(checker: Page, svg: string, width: number, height: number) {
  await checker.setContent(`<!doctype html><body style="margin:0">${svg.replace(/<\?xml[^>]*>/, '')}</body>`);
  const image = checker.locator('body > svg');
  await image.evaluate((root, size) => {
    root.setAttribute('width', String(size.width));
    root.setAttribute('height', String(size.height));
  }, { width, height });
  const chartTexts = await image.evaluate((root) =>
    [...root.querySelectorAll('svg.chart-body text')]
      .filter((text) => (text.textContent ?? '').trim())
      .map((text) => ({ text: text.textContent ?? '', size: parseFloat(getComputedStyle(text).fontSize) * ((text as SVGGraphicsElement).getScreenCTM()?.a ?? 0) })),
  );
  return { image, chartTexts };
}

export interface Drawn {
  /** Each drawn polyline's points, in pixels (a line broken by a gap is two). */
  paths: { x: number; y: number }[][];
  /** Dashed break markers (methodology changes), their x in pixels. */
  breaks: number[];
  /** Values written on the chart: text and horizontal span. */
  labels: { text: string; left: number; right: number }[];
}

/** What a line chart inside `root` draws: its lines as points, its break markers and its value labels. */
export async function readLines(root: Locator): Promise<Drawn> {
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
export function expectHonestLines(drawn: Drawn, name: string) {
  expect(drawn.paths.length, `${name}: lines drawn`).toBeGreaterThan(0);
  for (const path of drawn.paths) {
    const xs = path.map((p) => p.x);
    const [from, to] = [Math.min(...xs), Math.max(...xs)];
    for (const x of drawn.breaks) expect(x > from && x < to, `${name}: a line from x=${from} to ${to} crosses the break at x=${x}`).toBe(false);
    for (const x of drawn.breaks) expect(drawn.labels.filter((l) => l.left < x && x < l.right).map((l) => l.text), `${name}: a value written across the break at x=${x}`).toEqual([]);
    if (drawn.labels.some((l) => l.text.includes('/'))) {
      const denominators = new Set(path.map((p) => denominatorAt(drawn.labels, p.x)));
      expect([...denominators], `${name}: one line joins ranks out of different totals`).toHaveLength(1);
    }
  }
}

/** Waits for a slide's chart, whose code loads apart from the presentation: no busy placeholder left in the slide. */
export async function expectSlideDrawn(slide: Locator) {
  await expect(slide.locator('[aria-busy="true"]')).toHaveCount(0);
}
