import { describe, expect, it } from 'vitest';
import { placeLabels, segmentHitsRect, type LabelRequest, type Segment } from './label-placement';

const bounds = { x: 0, y: 0, width: 400, height: 300 };
const label = (x: number, y: number, prefer: 'above' | 'below' = 'above'): LabelRequest => ({ x, y, width: 40, height: 14, prefer });

describe('segmentHitsRect', () => {
  it.each<[string, Segment, boolean]>([
    ['through the middle', [0, 50, 100, 50], true],
    ['wholly outside', [0, 0, 100, 0], false],
    ['one end inside', [20, 50, 200, 200], true],
    ['diagonal clear of the corner', [0, 70, 30, 100], false],
  ])('%s', (_, segment, hit) => {
    expect(segmentHitsRect(segment, { x: 10, y: 40, width: 40, height: 20 })).toBe(hit);
  });
});

describe('placeLabels', () => {
  it('a peak is written above, a trough below: the preferred side when it is free', () => {
    const segments: Segment[] = [
      [50, 200, 150, 100],
      [150, 100, 250, 200],
    ];
    const [peak] = placeLabels([label(150, 100)], segments, bounds, 10);
    expect(peak?.box.y).toBeLessThan(100);
    const [trough] = placeLabels([label(150, 200, 'below')], [[50, 100, 150, 200], [150, 200, 250, 100]], bounds, 10);
    expect(trough?.box.y).toBeGreaterThan(200);
  });

  it('on a steep line the label moves off the line, never across it', () => {
    const segments: Segment[] = [
      [100, 250, 150, 150],
      [150, 150, 200, 50],
    ];
    const [placed] = placeLabels([label(150, 150)], segments, bounds, 10);
    expect(segments.some((s) => segmentHitsRect(s, placed!.box))).toBe(false);
  });

  it('two points close together get labels that do not overlap', () => {
    const [a, b] = placeLabels([label(150, 100), label(160, 104)], [], bounds, 10);
    const apart = a!.box.x + a!.box.width <= b!.box.x || b!.box.x + b!.box.width <= a!.box.x || a!.box.y + a!.box.height <= b!.box.y || b!.box.y + b!.box.height <= a!.box.y;
    expect(apart).toBe(true);
  });

  it('says when no place is clear: the least bad one is not', () => {
    const [free] = placeLabels([label(150, 100)], [], bounds, 10);
    expect(free?.clear).toBe(true);
    // Boxes all round the point: every place collides.
    const walls = [
      { x: 90, y: 60, width: 120, height: 30 },
      { x: 90, y: 110, width: 120, height: 30 },
      { x: 40, y: 85, width: 100, height: 30 },
      { x: 160, y: 85, width: 100, height: 30 },
    ];
    const [boxed] = placeLabels([label(150, 100)], [], bounds, 10, walls);
    expect(boxed?.clear).toBe(false);
  });

  it('a point at the top of the plot is written below rather than outside', () => {
    const [placed] = placeLabels([label(150, 4)], [], bounds, 10);
    expect(placed?.box.y).toBeGreaterThanOrEqual(0);
  });

  it('when every place next to the point touches a line, the label moves one line further out rather than across one', () => {
    // A line through the point, and two more just above and below it (a crowded year, or a break marker).
    const segments: Segment[] = [
      [60, 100, 240, 100],
      [100, 83, 200, 83],
      [100, 117, 200, 117],
    ];
    const [placed] = placeLabels([label(150, 100, 'below')], segments, bounds, 10);
    expect(segments.filter((s) => segmentHitsRect(s, placed!.box))).toEqual([]);
  });

  it('two values side by side keep a space between them, so they never read as one number', () => {
    // Two points on a flat line, close enough that labels above each would touch end to end.
    const [a, b] = placeLabels([label(100, 100), label(142, 100)], [[60, 100, 200, 100]], bounds, 10);
    const [left, right] = [a!.box, b!.box].sort((p, q) => p.x - q.x);
    const sameRow = left!.y < right!.y + right!.height && right!.y < left!.y + left!.height;
    expect(!sameRow || right!.x - (left!.x + left!.width) >= 5).toBe(true);
  });
});
