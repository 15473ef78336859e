import { LineChart } from '@/charts/line-chart';
import { rankAxis } from '@/domain/series/axis';
import { calendarYears, denominatorKey, DENOMINATOR, splitSeries } from '@/domain/series/split-series';
import type { RankTrendSlide } from '@/domain/slides/slide-types';
import { formatInteger, formatList, formatRank } from '@/i18n/format';
import type { SlideContext } from './slide-context';
import { ChartBox } from './chart-box';
import { slideLineStyle } from './slide-line-style';

/** Rank over the years, 1 at the top, each point written with its denominator (59/61). */
export function RankSlideBody({ slide, context }: { slide: RankTrendSlide; context: SlideContext }) {
  const { t, lang, palette } = context;
  const years = slide.points.map((p) => p.year);
  const byYear = new Map(slide.points.map((p) => [p.year, p.rank]));
  const split = splitSeries(calendarYears(Math.min(...years), Math.max(...years)), slide.breaks, [
    {
      id: 'rank',
      pointIn: (year) => {
        const rank = byYear.get(year);
        return rank && { value: rank.rank, extras: { [DENOMINATOR]: rank.rankOf } };
      },
    },
  ]);
  const computed = slide.points.some((p) => p.rank.kind === 'computed');
  const axis = rankAxis(Math.max(...slide.points.map((p) => p.rank.rankOf)));
  return (
    <div className="slide-chart">
      {computed && <p className="slide-tile-note">{t.computedRank}</p>}
      {slide.breaks.length > 0 && (
        <ul className="slide-legend">
          <li>
            <span className="slide-swatch slide-swatch-break" style={{ borderColor: palette.muted }} /> {t.methodChanges(formatList(slide.breaks.map(String), lang))}
          </li>
        </ul>
      )}
      <ChartBox>
        {(size) => (
          <LineChart
            data={split.rows}
            series={split.segments.map(({ key }) => ({ key, legendKey: 'rank', label: t.rankAxis, color: palette.unit, emphasis: true }))}
            valueFormatter={(value, key, row) => {
              const of = row[denominatorKey(key)];
              return typeof of === 'number' ? formatRank(value, of, lang) : formatInteger(value, lang);
            }}
            tickFormatter={(v) => formatInteger(v, lang)}
            yDomain={axis.domain}
            yTicks={axis.ticks}
            yReversed
            yLabel={t.rankAxis}
            xMarkers={slide.breaks.map((x) => ({ x }))}
            labelPlace={() => 'above'}
            endLabels={false}
            tooltip={false}
            lineStyle={slideLineStyle(palette)}
            width={size.width}
            height={size.height}
          />
        )}
      </ChartBox>
    </div>
  );
}
