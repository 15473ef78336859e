import { divergingAxis } from '@/domain/series/axis';
import { countChanges } from '@/domain/component-results';
import type { DriversSlide } from '@/domain/slides/slide-types';
import { formatSigned } from '@/i18n/format';
import type { SlideContext } from './slide-context';
import { ChartBox } from './chart-box';
import { SLIDE_FONT } from './slide-theme';
import { SlideBarChart } from '@/charts/slide-bar-chart';
import { componentName, driversLine } from './slide-text';

/** Every component's change between the two years compared, rises right and falls left, summing to the change of what they add up to. */
export function DriversSlideBody({ slide, context }: { slide: DriversSlide; context: SlideContext }) {
  const { lang, palette } = context;
  const count = countChanges(slide.rows);
  const axis = divergingAxis(slide.rows.map((row) => row.change ?? 0));
  const bars = slide.rows.map((row) => ({
    key: row.component.code,
    label: componentName(row.component, lang),
    value: row.change ?? 0,
    color: (row.change ?? 0) >= 0 ? palette.rise : palette.fall,
    text: formatSigned(row.change ?? 0, lang),
  }));
  return (
    <div className="slide-chart">
      <p className="slide-line">{driversLine(slide, count.up, count.down, context)}</p>
      <ChartBox>{(size) => <SlideBarChart bars={bars} domain={axis.domain} ticks={axis.ticks} tickFormatter={(v) => formatSigned(v, lang)} width={size.width} height={size.height} labelWidth={360} ink={palette} fontSize={SLIDE_FONT.chart} />}</ChartBox>
    </div>
  );
}
