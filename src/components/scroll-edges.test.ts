import { describe, expect, it } from 'vitest';
import { scrollEdges } from './scroll-edges';

describe('scrollEdges', () => {
  it.each([
    ['fits: no hidden end', { scrollLeft: 0, clientWidth: 390, scrollWidth: 390 }, { start: false, end: false }],
    ['at the start of a wider strip: the end is hidden', { scrollLeft: 0, clientWidth: 390, scrollWidth: 900 }, { start: false, end: true }],
    ['in the middle: both ends hidden', { scrollLeft: 200, clientWidth: 390, scrollWidth: 900 }, { start: true, end: true }],
    ['scrolled to the end (fractional width): only the start is hidden', { scrollLeft: 509.5, clientWidth: 390, scrollWidth: 900 }, { start: true, end: false }],
  ])('%s', (_, element, expected) => {
    expect(scrollEdges(element)).toEqual(expected);
  });
});
