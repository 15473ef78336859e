import { describe, expect, it } from 'vitest';
import { canvasFor } from './canvas-size';

describe('the slide canvas', () => {
  it('is 16:9 on a wide projector and 4:3 on an old one, filling the screen', () => {
    expect(canvasFor(1920, 1080)).toEqual({ width: 1600, height: 900, scale: 1.2 });
    expect(canvasFor(1024, 768)).toEqual({ width: 1200, height: 900, scale: 1024 / 1200 });
  });

  it('letterboxes a screen wider than 16:9 rather than stretching', () => {
    const canvas = canvasFor(2560, 1080);
    expect(canvas.width).toBe(1600);
    expect(canvas.scale).toBe(1.2);
  });
});
