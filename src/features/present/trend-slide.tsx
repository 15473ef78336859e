import type { ChartRow, SeriesConfig } from '@/charts/types';
import { scoreAxis } from '@/domain/series/axis';
import { calendarYears, splitSeries, valueIn, valuesOf, yearValuesSource, type SeriesRow } from '@/domain/series/split-series';
import type { TrendSlide } from '@/domain/slides/slide-types';
import { formatNumber, formatScore } from '@/i18n/format';
import type { SlideContext } from './slide-context';
import { BreaksLegendItem } from './breaks-legend-item';
import { SlideLineChart } from './slide-line-chart';
import { unitName } from './slide-text';

const allBreaks = (slide: TrendSlide) => [...new Set([...slide.breaks, ...slide.unitChanges])].sort((a, b) => a - b);

/** The unit's scores and the national mean, split at the method breaks and the merger, one row per calendar year. */
function slideSeries(slide: TrendSlide) {
  const years = [...slide.points, ...slide.mean].map((p) => p.year);
  return splitSeries(calendarYears(Math.min(...years), Math.max(...years)), allBreaks(slide), [yearValuesSource('unit', slide.points), yearValuesSource('mean', slide.mean)]);
}

export function TrendSlideBody({ slide, context }: { slide: TrendSlide; context: SlideContext }) {
  const { catalog, t, lang, unit, palette } = context;
  const split = slideSeries(slide);
  const name = unitName(catalog, unit, lang);
  const axis = scoreAxis(valuesOf(split), { least: 1 });
  const series: SeriesConfig[] = split.segments.map(({ key, id }) =>
    id === 'unit' ? { key, legendKey: id, label: name, color: palette.unit, emphasis: true } : { key, legendKey: id, label: t.meanSeries(slide.meanComputed), color: palette.reference, dashed: true },
  );
  // The unit above the mean is labelled above its point and the mean below, and the other way round.
  const unitAbove = (row: ChartRow) => {
    const own = valueIn(row as SeriesRow, split.segments, 'unit');
    const mean = valueIn(row as SeriesRow, split.segments, 'mean');
    return mean === undefined || (own ?? -Infinity) >= mean;
  };
  return (
    <div className="slide-chart">
      <ul className="slide-legend">
        <li>
          <span className="slide-swatch" style={{ background: palette.unit }} /> {name}
        </li>
        {slide.mean.length > 0 && (
          <li>
            <span className="slide-swatch slide-swatch-dashed" style={{ borderColor: palette.reference }} /> {t.meanSeries(slide.meanComputed)}
          </li>
        )}
        <BreaksLegendItem breaks={slide.breaks} context={context} />
        {slide.unitChanges.map((year) => (
          <li key={year}>{t.city.newLineFrom(year)}</li>
        ))}
      </ul>
      <SlideLineChart
        breaks={allBreaks(slide)}
        palette={palette}
        data={split.rows}
        series={series}
        valueFormatter={(value) => formatScore(value, slide.index.scoreUnit, lang)}
        tickFormatter={(v) => formatNumber(v, lang, 0)}
        yDomain={axis.domain}
        yTicks={axis.ticks}
        yLabel={slide.index.scoreUnit === 'percent' ? '%' : t.score}
        labelPlace={(row, s) => ((s.emphasis ? unitAbove(row) : !unitAbove(row)) ? 'above' : 'below')}
      />
    </div>
  );
}
