/** Approximate width of a label in the charts' sans-serif face: close enough to keep labels apart. */
export const textWidth = (text: string, size: number, strong: boolean) => text.length * size * (strong ? 0.62 : 0.56);

/** A rectangle in pixels: x, y of its top-left corner. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A straight piece of a drawn line, in pixels. */
export type Segment = readonly [x1: number, y1: number, x2: number, y2: number];

export type Side = 'above' | 'below';

export interface LabelRequest {
  /** The point labelled, in pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The side tried first (a unit above its mean is written above; a name at a line's end, right of it). */
  prefer: Side | 'right';
}

export type Anchor = 'start' | 'middle' | 'end';

export interface LabelPlacement {
  /** Where the text is drawn: x with `anchor`, y the middle of the text. */
  x: number;
  y: number;
  anchor: Anchor;
  box: Rect;
  /** Clear of every line, point and label, inside the plot; false for the least bad place when none was free. */
  clear: boolean;
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** A label's box with room either side: two values written end to end would read as one number. */
const widened = (r: Rect, by: number): Rect => ({ ...r, x: r.x - by, width: r.width + 2 * by });

const inside = (r: Rect, x: number, y: number) => x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;

/** Whether two segments cross (collinear touching counts as crossing). */
function crosses([ax, ay, bx, by]: Segment, [cx, cy, dx, dy]: Segment): boolean {
  const side = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  const d1 = side(cx, cy, dx, dy, ax, ay);
  const d2 = side(cx, cy, dx, dy, bx, by);
  const d3 = side(ax, ay, bx, by, cx, cy);
  const d4 = side(ax, ay, bx, by, dx, dy);
  return d1 !== d2 && d3 !== d4;
}

/** Whether a segment passes through a rectangle. */
export function segmentHitsRect(segment: Segment, r: Rect): boolean {
  const [x1, y1, x2, y2] = segment;
  if (inside(r, x1, y1) || inside(r, x2, y2)) return true;
  const { x, y, width: w, height: h } = r;
  const edges: Segment[] = [
    [x, y, x + w, y],
    [x + w, y, x + w, y + h],
    [x, y + h, x + w, y + h],
    [x, y, x, y + h],
  ];
  return edges.some((edge) => crosses(segment, edge));
}

function candidates(request: LabelRequest, gap: number): LabelPlacement[] {
  const { x, y, width: w, height: h } = request;
  const place = (cx: number, cy: number, anchor: Anchor): LabelPlacement => {
    const left = anchor === 'start' ? cx : anchor === 'end' ? cx - w : cx - w / 2;
    return { x: cx, y: cy, anchor, box: { x: left, y: cy - h / 2, width: w, height: h }, clear: false };
  };
  const around = (cy: number) => [place(x, cy, 'middle'), place(x + gap / 2, cy, 'start'), place(x - gap / 2, cy, 'end')];
  const above = around(y - gap - h / 2);
  const below = around(y + gap + h / 2);
  const [right, left] = [place(x + gap * 1.5, y, 'start'), place(x - gap * 1.5, y, 'end')];
  // One and two label heights further out: where two lines meet at a point, the nearest places all touch a line.
  const farther = [1, 2].flatMap((k) => {
    const [up, down] = [around(y - gap - h * (k + 0.5)), around(y + gap + h * (k + 0.5))];
    return request.prefer === 'above' ? [...up, ...down] : [...down, ...up];
  });
  if (request.prefer === 'right') return [right, ...above, ...below, left, ...farther];
  return request.prefer === 'above' ? [...above, ...below, right, left, ...farther] : [...below, ...above, right, left, ...farther];
}

/**
 * Where to write each point's value so that no label covers a line, a point or another label: the first free
 * place among above, below and beside the point (the preferred side first), inside the plot; when none is free,
 * the place with the fewest collisions (not `clear`). Requests are placed in order, so the most important come first;
 * `taken` are boxes already used (labels placed before, points of other lines).
 */
export function placeLabels(requests: readonly LabelRequest[], segments: readonly Segment[], bounds: Rect, gap: number, taken: readonly Rect[] = []): LabelPlacement[] {
  const placed: Rect[] = [...taken];
  const dots: Rect[] = requests.map(({ x, y }) => ({ x: x - gap / 2, y: y - gap / 2, width: gap, height: gap }));
  return requests.map((request) => {
    const cost = ({ box }: LabelPlacement) =>
      segments.filter((s) => segmentHitsRect(s, box)).length +
      placed.filter((p) => overlaps(widened(p, gap / 2), box)).length * 2 +
      dots.filter((d) => overlaps(d, box)).length +
      (box.x < bounds.x || box.y < bounds.y || box.x + box.width > bounds.x + bounds.width || box.y + box.height > bounds.y + bounds.height ? 3 : 0);
    const options = candidates(request, gap);
    const free = options.find((option) => cost(option) === 0);
    const best = free ? { ...free, clear: true } : options.reduce((a, b) => (cost(b) < cost(a) ? b : a));
    placed.push(best.box);
    return best;
  });
}
