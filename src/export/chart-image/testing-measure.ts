import type { MeasureText } from './types';

/** A stand-in for canvas measurement in unit tests: every character is as wide as its style says. */
export const fixedWidthMeasure: MeasureText = (text, { size, weight }) => Array.from(text).length * size * (weight === 700 ? 0.6 : 0.5);
