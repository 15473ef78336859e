import { RankingDotChart, type RankingDotChartProps } from '@/charts/ranking-dot-chart';
import { labelWidth } from './label-width';

/**
 * Type size and width of the chart drawn for slide-sized images: scaled to fill a 16:9 frame (1920×1080), its
 * names stay 14 px or more; the height follows the rows, at most 25 units and two gap rows.
 */
const FONT = 14;
const WIDTH = 60 * FONT;

/** The ranking cut to what a slide can show, drawn off screen for the chart image (ChartImageButtons `excerpt`). */
export function RankingExcerptChart(props: Omit<RankingDotChartProps, 'width' | 'fontSize' | 'rowHeight' | 'height' | 'categoryWidth'>) {
  return (
    <div className="chart-excerpt" aria-hidden="true">
      <RankingDotChart {...props} fontSize={FONT} width={WIDTH} rowHeight={FONT * 1.3} categoryWidth={labelWidth(props.data.map((d) => d.label), FONT)} />
    </div>
  );
}
