import type { TrendSlide, YearValue } from '@/domain/slides/slide-types';
import { formatList, formatNumber, formatScore } from '@/i18n/format';
import type { SlideContext } from './slide-context';
import { ChartBox } from './chart-box';
import { SlideLineChart, type SlideLine } from './slide-line-chart';
import { unitName } from './slide-text';

type Row = Record<string, number | null>;

/**
 * One row per calendar year, so a year without a score leaves a gap; the unit (u) and the mean (m)
 * each get one column per method period, so that neither line is drawn across a break.
 */
function trendRows(slide: TrendSlide): { rows: Row[]; periods: number } {
  const points = [...slide.segments.flat(), ...slide.mean];
  const first = Math.min(...points.map((p) => p.year));
  const last = Math.max(...points.map((p) => p.year));
  const periodOf = (year: number) => slide.breaks.filter((b) => b <= year).length;
  const valueIn = (series: readonly YearValue[], year: number) => series.find((p) => p.year === year)?.value ?? null;
  const rows = Array.from({ length: last - first + 1 }, (_, i) => {
    const year = first + i;
    const row: Row = { year, unit: valueIn(slide.segments.flat(), year), mean: valueIn(slide.mean, year) };
    row[`u${periodOf(year)}`] = row.unit ?? null;
    row[`m${periodOf(year)}`] = row.mean ?? null;
    return row;
  });
  return { rows, periods: slide.breaks.length + 1 };
}

function paddedDomain(values: readonly number[]): [number, number] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = Math.max((max - min) * 0.15, 1);
  return [Math.floor(min - pad), Math.ceil(max + pad)];
}

/** The unit above the mean is labelled above its point and the mean below, and the other way round. */
const unitAbove = (row: Record<string, number | string | null>) => row.mean === null || Number(row.unit) >= Number(row.mean);

export function TrendSlideBody({ slide, context }: { slide: TrendSlide; context: SlideContext }) {
  const { catalog, t, lang, unit, palette } = context;
  const format = (value: number) => formatScore(value, slide.index.scoreUnit, lang);
  const { rows, periods } = trendRows(slide);
  const period = Array.from({ length: periods }, (_, i) => i);
  const lines: SlideLine[] = [
    ...(slide.mean.length > 0
      ? period.map((i): SlideLine => ({ key: `m${i}`, color: palette.reference, width: 3, dashed: true, format, labels: (row) => (unitAbove(row) ? 'below' : 'above') }))
      : []),
    ...period.map((i): SlideLine => ({ key: `u${i}`, color: palette.unit, width: 5, emphasis: true, format, labels: (row) => (unitAbove(row) ? 'above' : 'below') })),
  ];
  const values = [...slide.segments.flat(), ...slide.mean].map((p) => p.value);
  return (
    <div className="slide-chart">
      <ul className="slide-legend">
        <li>
          <span className="slide-swatch" style={{ background: palette.unit }} /> {unitName(catalog, unit, lang)}
        </li>
        {slide.mean.length > 0 && (
          <li>
            <span className="slide-swatch slide-swatch-dashed" style={{ borderColor: palette.reference }} /> {t.meanSeries}
          </li>
        )}
        {slide.breaks.length > 0 && (
          <li>
            <span className="slide-swatch slide-swatch-break" style={{ borderColor: palette.muted }} /> {t.methodChanges(formatList(slide.breaks.map(String), lang))}
          </li>
        )}
      </ul>
      <ChartBox>
        {(size) => (
      <SlideLineChart
        rows={rows}
        lines={lines}
        yDomain={paddedDomain(values)}
        yLabel={slide.index.scoreUnit === 'percent' ? '%' : t.score}
        formatTick={(v) => formatNumber(v, lang, 0)}
        breaks={slide.breaks}
        width={size.width}
        height={size.height}
        palette={palette}
      />
        )}
      </ChartBox>
    </div>
  );
}
