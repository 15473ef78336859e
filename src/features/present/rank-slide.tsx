import type { RankTrendSlide } from '@/domain/slides/slide-types';
import { formatInteger, formatRank } from '@/i18n/format';
import type { SlideContext } from './slide-context';
import { SlideLineChart } from './slide-line-chart';

/** Rank over the years, 1 at the top, each point written with its denominator (59/61). */
export function RankSlideBody({ slide, context }: { slide: RankTrendSlide; context: SlideContext }) {
  const { t, lang, palette, body } = context;
  const rows = slide.points.map((p) => ({ year: p.year, rank: p.rank.rank, label: formatRank(p.rank.rank, p.rank.rankOf, lang) }));
  const maxOf = Math.max(...slide.points.map((p) => p.rank.rankOf));
  const computed = slide.points.some((p) => p.rank.kind === 'computed');
  return (
    <div className="slide-chart">
      {computed && <p className="slide-tile-note">{t.computedRank}</p>}
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
        width={body.width}
        height={body.height - (computed ? 48 : 0)}
        palette={palette}
      />
    </div>
  );
}
