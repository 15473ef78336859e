import { divergingAxis } from '@/domain/series/axis';
import type { ComponentsSlide } from '@/domain/slides/slide-types';
import { formatScore, formatSigned } from '@/i18n/format';
import type { SlideContext } from './slide-context';
import { ChartBox } from './chart-box';
import { SLIDE_FONT } from './slide-theme';
import { SlideBarChart } from '@/charts/slide-bar-chart';
import { componentName } from './slide-text';
import { groupName } from '@/i18n/plan-name';

const WEAKEST = 3;

/**
 * Each component's gap to the national mean, furthest below first, its % of the scale beside it, and in
 * a column at the right its gap to the group compared with (as chosen in the components view); the
 * three furthest below in the warning colour. Without a national mean, the % of the scale alone.
 */
export function ComponentsSlideBody({ slide, context }: { slide: ComponentsSlide; context: SlideContext }) {
  const { t, lang, palette, catalog } = context;
  const byGap = slide.rows.every((row) => row.gapToMean !== undefined);
  const toGroup = slide.rows.some((row) => row.gapToGroup !== undefined);
  const groupComputed = slide.rows.some((row) => row.groupMean?.kind === 'computed');
  const bars = slide.rows.map((row, i) => {
    const weak = i < WEAKEST && (!byGap || (row.gapToMean ?? 0) < 0);
    const share = row.pctOfRange === undefined ? undefined : formatScore(row.pctOfRange, 'percent', lang, 0);
    return {
      key: row.component.code,
      label: componentName(row.component, lang),
      value: byGap ? (row.gapToMean ?? 0) : (row.pctOfRange ?? 0),
      color: weak ? palette.weak : palette.other,
      emphasis: weak,
      text: byGap ? `${formatSigned(row.gapToMean ?? 0, lang)}${share ? ` (${share})` : ''}` : (share ?? ''),
      note: toGroup ? (row.gapToGroup === undefined ? '—' : formatSigned(row.gapToGroup, lang)) : undefined,
    };
  });
  const values = bars.map((bar) => bar.value);
  const axis = byGap ? divergingAxis(values) : undefined;
  return (
    <div className="slide-chart">
      <p className="slide-line">
        <span className="slide-swatch" style={{ background: palette.weak }} /> {t.weakest} · {byGap ? t.gapToNation(slide.rows.some((row) => row.mean?.kind === 'computed')) : t.shareOfRange}
      </p>
      <ChartBox>{(size) => <SlideBarChart bars={bars} domain={axis?.domain ?? [0, 100]} ticks={axis?.ticks} tickFormatter={(v) => formatSigned(v, lang)} width={size.width} height={size.height} labelWidth={360} ink={palette} fontSize={SLIDE_FONT.chart} noteTitle={toGroup ? t.gapToGroup(groupName(catalog, slide.group, lang), groupComputed) : undefined} />}</ChartBox>
    </div>
  );
}
