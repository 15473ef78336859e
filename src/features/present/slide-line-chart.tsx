import { LineChart, type LineChartProps } from '@/charts/line-chart';
import type { SlideContext } from './slide-context';
import { ChartBox } from './chart-box';
import { slideLineStyle } from './slide-line-style';

type SlideLineChartProps = Omit<LineChartProps, 'width' | 'height' | 'xMarkers' | 'endLabels' | 'tooltip' | 'lineStyle'> & {
  breaks: readonly number[];
  palette: SlideContext['palette'];
};

/** The line chart of a slide: the room the slide leaves, every value written (no tooltip on a projector), break markers dashed. */
export function SlideLineChart({ breaks, palette, ...chart }: SlideLineChartProps) {
  return (
    <ChartBox>
      {(size) => <LineChart {...chart} xMarkers={breaks.map((x) => ({ x }))} endLabels={false} tooltip={false} lineStyle={slideLineStyle(palette)} width={size.width} height={size.height} />}
    </ChartBox>
  );
}
