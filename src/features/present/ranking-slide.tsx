import type { RankingSlide } from '@/domain/slides/slide-types';
import { formatRank, formatScore } from '@/i18n/format';
import { groupName } from '@/i18n/plan-name';
import type { SlideContext } from './slide-context';
import { ChartBox } from './chart-box';
import { SLIDE_FONT } from './slide-theme';
import { SlideBarChart } from '@/charts/slide-bar-chart';
import { unitName } from './slide-text';

/** The unit among its region, best first, its own bar in its colour and every score written. */
export function RankingSlideBody({ slide, context }: { slide: RankingSlide; context: SlideContext }) {
  const { catalog, t, lang, palette } = context;
  const { unit } = slide;
  const position = slide.bars.findIndex((bar) => bar.unit === unit) + 1;
  const group = groupName(catalog, slide.group, lang);
  const missing = slide.members - slide.bars.length;
  const bars = slide.bars.map((bar) => ({
    key: bar.unit,
    label: unitName(catalog, bar.unit, lang),
    value: bar.score,
    color: bar.unit === unit ? palette.unit : palette.other,
    emphasis: bar.unit === unit,
    text: `${formatScore(bar.score, slide.index.scoreUnit, lang)}${bar.rank ? ` · ${formatRank(bar.rank.rank, bar.rank.rankOf, lang)}` : ''}`,
  }));
  const max = Math.max(...slide.bars.map((bar) => bar.score));
  const notes = [t.groupPosition(unitName(catalog, unit, lang), position, slide.bars.length, group), ...(missing > 0 ? [t.missingMembers(missing)] : [])];
  return (
    <div className="slide-chart">
      <p className="slide-line">{notes.join(' ')}</p>
      <ChartBox>{(size) => <SlideBarChart bars={bars} domain={[0, max]} width={size.width} height={size.height} labelWidth={260} ink={palette} fontSize={SLIDE_FONT.chart} />}</ChartBox>
    </div>
  );
}
