import { describe, expect, it } from 'vitest';
import { assignLanes, spreadLabels } from './label-lanes';

describe('assignLanes', () => {
  it('labels far apart share the first row; close ones stack', () => {
    expect(assignLanes([{ x: 100, width: 80 }, { x: 300, width: 80 }], 8)).toEqual([0, 0]);
    expect(assignLanes([{ x: 100, width: 80 }, { x: 150, width: 80 }, { x: 200, width: 80 }], 8)).toEqual([0, 1, 0]);
  });
  it('order of the input does not matter', () => {
    expect(assignLanes([{ x: 150, width: 80 }, { x: 100, width: 80 }], 8)).toEqual([1, 0]);
  });
});

describe('spreadLabels', () => {
  it('keeps labels that do not crowd where they are', () => {
    expect(spreadLabels([50, 10, 90], 14, 0, 200)).toEqual([50, 10, 90]);
  });
  it('pushes crowded labels apart by the spacing, keeping their order', () => {
    const ys = spreadLabels([100, 102, 104], 14, 0, 200);
    const sorted = [...ys].sort((a, b) => a - b);
    expect(ys).toEqual(sorted);
    expect((ys[1] ?? 0) - (ys[0] ?? 0)).toBeGreaterThanOrEqual(14);
    expect((ys[2] ?? 0) - (ys[1] ?? 0)).toBeGreaterThanOrEqual(14);
  });
  it('stays inside the plot at the bottom', () => {
    const ys = spreadLabels([195, 198], 14, 0, 200);
    expect(Math.max(...ys)).toBeLessThanOrEqual(200);
    expect(Math.abs((ys[0] ?? 0) - (ys[1] ?? 0))).toBeGreaterThanOrEqual(14);
  });
});
