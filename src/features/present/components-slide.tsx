import type { ComponentsSlide } from '@/domain/slides/slide-types';
import { formatDecimal, formatNumber, formatScore } from '@/i18n/format';
import type { SlideContext } from './slide-context';
import { ChartBox } from './chart-box';
import { SLIDE_FONT } from './slide-theme';
import { SlideBarChart } from '@/charts/slide-bar-chart';
import { componentName } from './slide-text';

const WEAKEST = 3;

/** Each component's share of its maximum, weakest first; the three weakest in the warning colour. */
export function ComponentsSlideBody({ slide, context }: { slide: ComponentsSlide; context: SlideContext }) {
  const { t, lang, palette } = context;
  const byShare = slide.rows.every((row) => row.pctOfMax !== undefined);
  const bars = slide.rows.map((row, i) => {
    const score = formatNumber(row.score ?? 0, lang);
    return {
      key: row.component.code,
      label: componentName(row.component, lang),
      value: byShare ? (row.pctOfMax ?? 0) : (row.gapToMean ?? 0),
      color: i < WEAKEST ? palette.weak : palette.other,
      emphasis: i < WEAKEST,
      text: byShare ? `${formatScore(row.pctOfMax ?? 0, 'percent', lang, 0)} (${t.scoreOfMax(score, formatDecimal(row.max ?? 0, lang))})` : score,
    };
  });
  const values = bars.map((bar) => bar.value);
  const domain: [number, number] = byShare ? [0, 100] : [Math.min(0, ...values), Math.max(0, ...values)];
  return (
    <div className="slide-chart">
      <p className="slide-line">
        <span className="slide-swatch" style={{ background: palette.weak }} /> {t.weakest} · {byShare ? t.shareOfMax : t.meanSeries}
      </p>
      <ChartBox>{(size) => <SlideBarChart bars={bars} domain={domain} width={size.width} height={size.height} labelWidth={360} ink={palette} fontSize={SLIDE_FONT.chart} />}</ChartBox>
    </div>
  );
}
