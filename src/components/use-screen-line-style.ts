import { PHONE_LINE_STYLE, SCREEN_LINE_STYLE, type LineStyle } from '@/charts/line-style';
import { PHONE_QUERY, useMediaQuery } from './use-media-query';

/** The line style of a chart in a view, and whether its value axis carries a title (not on a phone, where the caption says it). */
export function useScreenLineStyle(): { lineStyle: LineStyle; axisTitled: boolean } {
  const phone = useMediaQuery(PHONE_QUERY);
  return { lineStyle: phone ? PHONE_LINE_STYLE : SCREEN_LINE_STYLE, axisTitled: !phone };
}
