import { rankAxis } from '@/domain/series/axis';
import { denominatorBreaks, mergeBreaks } from '@/domain/series/series-breaks';
import { calendarYears, DENOMINATOR, DERIVED, splitSeries } from '@/domain/series/split-series';
import { rankPointFormatter } from '@/charts/rank-point';
import type { RankTrendSlide } from '@/domain/slides/slide-types';
import { formatInteger, formatList } from '@/i18n/format';
import type { SlideContext } from './slide-context';
import { BreaksLegendItem } from './breaks-legend-item';
import { SlideLineChart } from './slide-line-chart';

/**
 * Rank over the years, 1 at the top, each point written with its denominator (59/61). A line joins only ranks
 * of one method and one number of provinces ranked; a derived rank is a hollow dot.
 */
export function RankSlideBody({ slide, context }: { slide: RankTrendSlide; context: SlideContext }) {
  const { t, lang, palette } = context;
  const years = slide.points.map((p) => p.year);
  const byYear = new Map(slide.points.map((p) => [p.year, p]));
  // The merged city's first year starts a new line of its own (its legend says so), not a change of method nor of denominator only.
  const newLines = mergeBreaks(slide.breaks, slide.unitChanges);
  const ofChanges = denominatorBreaks(slide.points.map((p) => ({ year: p.year, of: p.rank.rankOf }))).filter((year) => !newLines.includes(year));
  const split = splitSeries(calendarYears(Math.min(...years), Math.max(...years)), mergeBreaks(newLines, ofChanges), [
    {
      id: 'rank',
      pointIn: (year) => {
        const point = byYear.get(year);
        return point && { value: point.rank.rank, extras: { [DENOMINATOR]: point.rank.rankOf, [DERIVED]: point.derived ? 1 : 0 } };
      },
    },
  ]);
  const computed = slide.points.some((p) => p.rank.kind === 'computed');
  const derived = slide.points.filter((p) => p.derived).map((p) => String(p.year));
  const axis = rankAxis(Math.max(...slide.points.map((p) => p.rank.rankOf)));
  const legend = [...(ofChanges.length > 0 ? [t.denominatorChanges(formatList(ofChanges.map(String), lang))] : []), ...(derived.length > 0 ? [t.derivedRanks(formatList(derived, lang))] : [])];
  return (
    <div className="slide-chart">
      {computed && <p className="slide-tile-note">{t.computedRank}</p>}
      {(newLines.length > 0 || legend.length > 0) && (
        <ul className="slide-legend">
          <BreaksLegendItem breaks={slide.breaks} context={context} />
          {slide.unitChanges.map((year) => (
            <li key={year}>{t.city.newLineFrom(year)}</li>
          ))}
          {legend.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      <SlideLineChart
        breaks={newLines}
        palette={palette}
        data={split.rows}
        series={split.segments.map(({ key }) => ({ key, legendKey: 'rank', label: t.rankAxis, color: palette.unit, emphasis: true }))}
        valueFormatter={rankPointFormatter(lang)}
        tickFormatter={(v) => formatInteger(v, lang)}
        yDomain={axis.domain}
        yTicks={axis.ticks}
        yReversed
        yLabel={t.rankAxis}
        labelPlace={() => 'above'}
      />
    </div>
  );
}
