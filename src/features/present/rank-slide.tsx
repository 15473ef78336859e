import type { RankTrendSlide } from '@/domain/slides/slide-types';
import { formatInteger, formatRank } from '@/i18n/format';
import type { SlideContext } from './slide-context';
import { ChartBox } from './chart-box';
import { SlideLineChart } from './slide-line-chart';

/** Rank over the years, 1 at the top, each point written with its denominator (59/61). */
export function RankSlideBody({ slide, context }: { slide: RankTrendSlide; context: SlideContext }) {
  const { t, lang, palette } = context;
  const rows = slide.points.map((p) => ({ year: p.year, rank: p.rank.rank, label: formatRank(p.rank.rank, p.rank.rankOf, lang) }));
  const maxOf = Math.max(...slide.points.map((p) => p.rank.rankOf));
  const computed = slide.points.some((p) => p.rank.kind === 'computed');
  return (
    <div className="slide-chart">
      {computed && <p className="slide-tile-note">{t.computedRank}</p>}
      <ChartBox>
        {(size) => (
      <SlideLineChart
        rows={rows}
        lines={[
          {
            key: 'rank',
            color: palette.unit,
            width: 5,
            emphasis: true,
            labels: () => 'above',
            labelKey: 'label',
            format: (value) => formatInteger(value, lang),
          },
        ]}
        yDomain={[1, maxOf]}
        yReversed
        yLabel={t.rankAxis}
        formatTick={(v) => formatInteger(v, lang)}
        breaks={[]}
        width={size.width}
        height={size.height}
        palette={palette}
      />
        )}
      </ChartBox>
    </div>
  );
}
