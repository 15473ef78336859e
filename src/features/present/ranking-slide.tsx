import { RankingDotChart } from '@/charts/ranking-dot-chart';
import { dotAxis } from '@/domain/series/axis';
import type { RankingSlide } from '@/domain/slides/slide-types';
import { formatNumber, formatRank, formatScore } from '@/i18n/format';
import { groupName } from '@/i18n/plan-name';
import type { SlideContext } from './slide-context';
import { ChartBox } from './chart-box';
import { SLIDE_FONT } from './slide-theme';
import { unitName } from './slide-text';

/** The unit among its region, best first, as dots on a labelled score axis (the rankings view's rule), every score written. */
export function RankingSlideBody({ slide, context }: { slide: RankingSlide; context: SlideContext }) {
  const { catalog, t, lang, palette } = context;
  const { unit } = slide;
  const percent = slide.index.scoreUnit === 'percent';
  const position = slide.bars.findIndex((bar) => bar.unit === unit) + 1;
  const group = groupName(catalog, slide.group, lang);
  const missing = slide.members - slide.bars.length;
  const dots = slide.bars.map((bar) => ({
    key: bar.unit,
    label: unitName(catalog, bar.unit, lang),
    value: bar.score,
    color: bar.unit === unit ? palette.unit : palette.other,
    emphasis: bar.unit === unit,
    text: `${formatScore(bar.score, slide.index.scoreUnit, lang)}${bar.rank ? ` · ${formatRank(bar.rank.rank, bar.rank.rankOf, lang)}` : ''}`,
  }));
  const axis = dotAxis(slide.bars.map((bar) => bar.score), percent ? [0, 100] : undefined);
  const notes = [t.groupPosition(unitName(catalog, unit, lang), position, slide.bars.length, group), ...(missing > 0 ? [t.missingMembers(missing)] : [])];
  return (
    <div className="slide-chart">
      <p className="slide-line">{notes.join(' ')}</p>
      <ChartBox>
        {(size) => (
          <RankingDotChart
            data={dots}
            axis={axis}
            tickFormatter={(v) => formatNumber(v, lang, Number.isInteger(v) ? 0 : 1)}
            xLabel={t.scoreAxis(percent)}
            ink={palette}
            fontSize={SLIDE_FONT.chart}
            categoryWidth={260}
            width={size.width}
            height={size.height}
          />
        )}
      </ChartBox>
    </div>
  );
}
