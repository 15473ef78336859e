import { ChartLegend } from '@/charts/chart-legend';
import { LineChart } from '@/charts/line-chart';
import type { PointFormatter } from '@/charts/types';
import { SourceLine } from '@/components/source-line';
import { useLang, useMessages } from '@/state/use-i18n';
import type { Measure } from '@/state/view-state';
import { pointFormatter, tickFormatter } from './trend-format';
import { TrendNotes } from './trend-notes';
import { TrendTable } from './trend-table';
import type { TrendsModel } from './trends-model';

const HEIGHT = 440;

export function TrendFigure({ model, measure, componentLabel }: { model: TrendsModel; measure: Measure; componentLabel: string }) {
  const t = useMessages().trends;
  const lang = useLang();
  const { index, range } = model;
  const indexName = lang === 'vi' ? index.shortVi : index.shortEn;
  const title = t.chartTitle(indexName, componentLabel, measure === 'score' ? t.measureScore : t.measureRank, range.from, range.to);
  const axis = measure === 'rank' ? t.axisRank : index.scoreUnit === 'percent' ? t.axisPercent : t.axisPoints;
  const formatPoint: PointFormatter = pointFormatter(model.series, measure, index.scoreUnit, lang, t.computed);
  return (
    <figure className="chart-figure" aria-label={title}>
      <figcaption>
        <h2>{title}</h2>
        <p className="muted">{axis}</p>
      </figcaption>
      <ChartLegend series={model.series} markerLabel={model.breaks.length > 0 ? t.breakMarker : undefined} />
      <LineChart
        data={model.rows}
        xKey="year"
        series={model.series}
        formatPoint={formatPoint}
        formatTick={tickFormatter(measure, model.yDomain, lang)}
        yDomain={model.yDomain}
        yReversed={measure === 'rank'}
        yTicks={model.yTicks}
        yLabel={axis}
        xMarkers={model.breaks.map((year) => ({ x: year }))}
        height={HEIGHT}
      />
      <TrendNotes model={model} measure={measure} />
      <SourceLine sources={model.sources} />
      <TrendTable model={model} title={title} formatPoint={formatPoint} />
    </figure>
  );
}
