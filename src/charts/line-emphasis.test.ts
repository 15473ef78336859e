import { describe, expect, it } from 'vitest';
import { chosenColor } from './palette';
import { lineEnds, lineLook, toggleChosen, tooltipOrder, type Picked } from './line-emphasis';
import type { SeriesConfig } from './types';

const MUTED = '#c4cad4';
const widths = { normal: 2.5, strong: 4 };
const base: SeriesConfig = { key: 'P60~0', legendKey: 'P60', label: 'Hậu Giang', color: '#d55e00' };

describe('lineLook', () => {
  const none: Picked = { chosen: [] };
  it.each<[string, SeriesConfig, Picked, ReturnType<typeof lineLook>]>([
    ['the focus unit: strong and named', { ...base, emphasis: true }, none, { color: '#d55e00', width: 4, background: false, endLabel: true }],
    ['a muted peer: grey, thin, behind', { ...base, muted: true }, none, { color: MUTED, width: 1.5, background: true, endLabel: false }],
    ['a muted peer pointed at: the next free colour and its name', { ...base, muted: true }, { hovered: 'P60', chosen: ['P61'] }, { color: chosenColor(1), width: 3.5, background: false, endLabel: true }],
    ['a muted peer while another is pointed at stays grey', { ...base, muted: true }, { hovered: 'P61', chosen: [] }, { color: MUTED, width: 1.5, background: true, endLabel: false }],
    ['a muted peer chosen second: the second colour, named', { ...base, muted: true }, { chosen: ['P61', 'P60'] }, { color: chosenColor(1), width: 2.5, background: false, endLabel: true }],
    ['a unit that is not muted keeps its colour', base, none, { color: '#d55e00', width: 2.5, background: false, endLabel: false }],
  ])('%s', (_, series, picked, look) => {
    expect(lineLook(series, picked, MUTED, widths)).toEqual(look);
  });

  it('gives every chosen line its own colour', () => {
    const chosen = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const colors = chosen.map((line) => lineLook({ ...base, key: line, legendKey: line, muted: true }, { chosen }, MUTED, widths).color);
    expect(new Set(colors).size).toBe(chosen.length);
  });

  it('chooses and unchooses; beyond the colours the earliest choice makes way', () => {
    expect(toggleChosen(['a'], 'b', 8)).toEqual(['a', 'b']);
    expect(toggleChosen(['a', 'b'], 'a', 8)).toEqual(['b']);
    expect(toggleChosen(['a', 'b'], 'c', 2)).toEqual(['b', 'c']);
  });
});

describe('tooltipOrder and lineEnds', () => {
  const series: SeriesConfig[] = [
    { key: 'a~0', legendKey: 'a', label: 'A', color: '#000' },
    { key: 'b~0', legendKey: 'b', label: 'B', color: '#000' },
    { key: 'b~1', legendKey: 'b', label: 'B', color: '#000' },
    { key: 'c~0', legendKey: 'c', label: 'C', color: '#000' },
  ];
  const row = { year: 2024, 'a~0': 40, 'b~0': null, 'b~1': 59, 'c~0': 3 };

  it.each([
    [false, ['b~1', 'a~0', 'c~0']],
    [true, ['c~0', 'a~0', 'b~1']],
  ])('lists the values as they sit on the chart (reversed rank axis: %s)', (reversed, keys) => {
    expect(tooltipOrder(row, series, reversed).map((s) => s.key)).toEqual(keys);
  });

  it('finds each line\'s last point across its segments', () => {
    const rows = [{ year: 2017, 'a~0': 1, 'b~0': 2, 'b~1': null, 'c~0': null }, row];
    expect(lineEnds(rows, series)).toEqual(
      new Map([
        ['a', { index: 1, key: 'a~0' }],
        ['b', { index: 1, key: 'b~1' }],
        ['c', { index: 1, key: 'c~0' }],
      ]),
    );
  });
});
