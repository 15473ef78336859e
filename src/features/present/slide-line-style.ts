import { SCREEN_LINE_STYLE, type LineStyle } from '@/charts/line-style';
import { SLIDE_FONT, type SlidePalette } from './slide-theme';

/** The line chart set for the projector: large type, thick lines, a tick for every year. */
export function slideLineStyle(palette: SlidePalette): LineStyle {
  return {
    ...SCREEN_LINE_STYLE,
    fontSize: SLIDE_FONT.chartSmall,
    strongFontSize: SLIDE_FONT.chart,
    text: palette.text,
    axis: palette.muted,
    grid: palette.grid,
    muted: palette.other,
    margin: { top: 48, right: 48, bottom: 16, left: 24 },
    xPadding: 48,
    yAxisWidth: 90,
    lineWidth: 3,
    strongWidth: 5,
    everyYear: true,
    dotExtra: 2,
    dash: '10 8',
    breakDash: '8 6',
  };
}
