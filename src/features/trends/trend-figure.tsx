import { LineChart } from '@/charts/line-chart';
import { useScreenLineStyle } from '@/components/use-screen-line-style';
import { ChartImageButtons } from '@/components/chart-image-buttons';
import type { LegendExtra, PointFormatter } from '@/charts/types';
import { SourceLine } from '@/components/source-line';
import type { Catalog } from '@/domain/types';
import { useLang, useMessages } from '@/state/use-i18n';
import type { Measure } from '@/state/view-state';
import { PLAN_COLOR, TARGET_COLOR, type PlanOverlay } from './plan-overlay';
import { PlanNotes } from './plan-notes';
import { pointFormatter, tickFormatter } from './trend-format';
import { TrendNotes } from './trend-notes';
import { trendHeadline } from './trend-headline';
import { formatInteger, formatRank, formatScore } from '@/i18n/format';
import { TrendTable } from './trend-table';
import type { TrendsModel } from './trends-model';
import { shortIn } from '@/i18n/names';
import type { Messages } from '@/i18n/vi';

const HEIGHT = 440;

/** What the dashed lines on the axis mark: a change of method, the merger, or both. */
function markerLabel({ breaks, mergers }: TrendsModel, t: Messages['trends']): string | undefined {
  if (breaks.length > 0 && mergers.length > 0) return t.breakAndMergerMarker;
  if (mergers.length > 0) return t.mergerMarker;
  return breaks.length > 0 ? t.breakMarker : undefined;
}

interface TrendFigureProps {
  model: TrendsModel;
  measure: Measure;
  componentLabel: string;
  catalog: Catalog;
  /** Plans adopted and targets of the charted units, when the plan files are loaded. */
  overlay?: PlanOverlay;
}

export function TrendFigure({ model, measure, componentLabel, catalog, overlay }: TrendFigureProps) {
  const messages = useMessages();
  const t = messages.trends;
  const lang = useLang();
  const { lineStyle, axisTitled } = useScreenLineStyle();
  const { index, range } = model;
  const indexName = shortIn(index, lang);
  const title = t.chartTitle(indexName, componentLabel, measure === 'score' ? t.measureScore : t.measureRank, range.from, range.to);
  const axis = measure === 'rank' ? t.axisRank : index.scoreUnit === 'percent' ? t.axisPercent : t.axisPoints;
  const runs = model.denominators.map((run) => ({ ...run, of: formatInteger(run.of, lang) }));
  const rankOf = measure === 'rank' && runs.length > 0 ? t.rankOf(runs, t.unitNoun[index.unitLevel]) : undefined;
  const formatPoint: PointFormatter = pointFormatter(model.series, measure, index.scoreUnit, lang, t.computed);
  const formatTooltip: PointFormatter = pointFormatter(model.series, measure, index.scoreUnit, lang);
  const computed = model.series.some((s) => s.computed);
  const headline = trendHeadline(model);
  const headlineValue = headline && (headline.of !== undefined ? formatRank(headline.value, headline.of, lang) : formatScore(headline.value, index.scoreUnit, lang));
  const message = headline && headlineValue && (measure === 'rank' ? t.imageRank : t.imageScore)(headline.label, headlineValue, indexName, headline.year);
  const extras: LegendExtra[] = [
    ...(overlay?.events.length ? [{ label: messages.plans.chart.planMarker, color: PLAN_COLOR, kind: 'event' as const }] : []),
    ...(overlay?.bands.length ? [{ label: messages.plans.chart.targetBand, color: TARGET_COLOR, kind: 'band' as const }] : []),
  ];
  return (
    <figure className="chart-figure" aria-label={title}>
      <figcaption>
        <h2>{title}</h2>
        <p className="muted">{rankOf ? `${axis}; ${rankOf}` : axis}</p>
      </figcaption>
      <LineChart
        data={overlay?.rows ?? model.rows}
        series={model.series}
        legend={{ markerLabel: markerLabel(model, t), extras }}
        valueFormatter={formatTooltip}
        tooltipNote={computed ? t.computedOnce : undefined}
        tickFormatter={tickFormatter(measure, model.yDomain, lang)}
        yDomain={overlay?.yDomain ?? model.yDomain}
        yReversed={measure === 'rank'}
        yTicks={overlay?.yTicks ?? model.yTicks}
        yLabel={axisTitled ? axis : undefined}
        lineStyle={lineStyle}
        endLabelValues={measure === 'rank'}
        xMarkers={[...new Set([...model.breaks, ...model.mergers])].map((year) => ({ x: year }))}
        events={overlay?.events}
        bands={overlay?.bands}
        height={HEIGHT}
      />
      <TrendNotes model={model} measure={measure} />
      {overlay && <PlanNotes overlay={overlay} catalog={catalog} index={index} measure={measure} range={range} />}
      <SourceLine sources={model.sources} />
      <ChartImageButtons message={message} nameParts={[index.code, `${range.from}-${range.to}`, measure === 'rank' ? t.measureRank : t.measureScore]} />
      <TrendTable model={model} title={title} formatPoint={formatPoint} measure={measure} />
    </figure>
  );
}
