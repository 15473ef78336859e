// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { keepChartLayersOutOfTabOrder } from './chart-layers-focus';

const SVG = 'http://www.w3.org/2000/svg';

function layer(zIndex: number): SVGGElement {
  const g = document.createElementNS(SVG, 'g');
  g.setAttribute('class', `recharts-zIndex-layer_${zIndex}`);
  return g;
}

describe('keepChartLayersOutOfTabOrder', () => {
  it('takes the z-index layers present and added later out of the Tab order, and nothing else', async () => {
    const root = document.createElement('div');
    const svg = document.createElementNS(SVG, 'svg');
    const early = layer(-100);
    const other = document.createElementNS(SVG, 'g');
    svg.append(early, other);
    root.append(svg);
    const stop = keepChartLayersOutOfTabOrder(root);
    expect(early.getAttribute('tabindex')).toBe('-1');
    expect(other.hasAttribute('tabindex')).toBe(false);

    const late = layer(600);
    const nestedChart = document.createElementNS(SVG, 'svg');
    const nested = layer(2000);
    nestedChart.append(nested);
    svg.append(late);
    root.append(nestedChart);
    await Promise.resolve();
    expect(late.getAttribute('tabindex')).toBe('-1');
    expect(nested.getAttribute('tabindex')).toBe('-1');

    stop();
    const afterStop = layer(400);
    svg.append(afterStop);
    await Promise.resolve();
    expect(afterStop.hasAttribute('tabindex')).toBe(false);
  });
});
