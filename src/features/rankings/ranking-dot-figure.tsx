import { RankingDotChart } from '@/charts/ranking-dot-chart';
import { CAN_THO_COLOR, REFERENCE_COLORS } from '@/charts/palette';
import { ChartImageButtons } from '@/components/chart-image-buttons';
import { QUARTILE_BANDS } from '@/domain/quartile-bands';
import { formatInteger, formatNumber, formatRank, formatScore } from '@/i18n/format';
import { useLang, useMessages } from '@/state/use-i18n';
import { BAND_COLORS, OTHER_BAR_COLOR } from './band-colors';
import { BarLegend, type BarLegendEntry } from './bar-legend';
import { FigureNotes } from './figure-notes';
import { labelWidth } from './label-width';
import { excerptDots, rankingDots } from './ranking-dots';
import { SLIDE_EXCERPT } from './ranking-excerpt';
import { RankingExcerptChart } from './ranking-excerpt-chart';
import { RANKING_TABLE_ID } from './ranking-table';
import { componentLabel } from './rankings-format';
import type { RankingsModel } from './rankings-model';
import { shortIn } from '@/i18n/names';

const FONT = 12;

/** Every unit with a score (or `only` those units) as a dot on the score axis, best first, Cần Thơ highlighted, the national mean marked. */
export function RankingDotFigure({ model, only }: { model: RankingsModel; only?: readonly string[] }) {
  const t = useMessages().rankings;
  const lang = useLang();
  const { index, year, component, bars, mean, scale, counts, level, cutoffs } = model;
  if (year === undefined) return null;
  const title = t.barTitle(shortIn(index, lang), year, component.component ? componentLabel(component, t, lang, true) : undefined, t.levelPlural[level]);
  const axisText = index.scoreUnit === 'percent' ? t.axisPercent : t.axisPoints(scale && `${formatInteger(scale.min, lang)}–${formatNumber(scale.max, lang, Number.isInteger(scale.max) ? 0 : 2)}`);
  const canTho = bars.find((b) => b.highlight);
  const dots = rankingDots(model, lang, only);
  const excerpt = excerptDots(model, lang, (count) => t.excerptGap(count, t.levelNoun[level]));
  const canThoRow = model.rows.find((r) => r.highlight);
  const message =
    canThoRow?.rank && canThoRow.score !== undefined
      ? t.imageMessage(shortIn(canThoRow.unit, lang), formatRank(canThoRow.rank.rank, canThoRow.rank.rankOf, lang), shortIn(index, lang), year, formatScore(canThoRow.score, index.scoreUnit, lang))
      : undefined;
  const excerptNote = excerpt.cut ? t.excerptNote(formatInteger(bars.length, lang), formatInteger(SLIDE_EXCERPT.ends, lang), t.levelNoun[level], canTho && shortIn(canTho.unit, lang)) : undefined;
  const legend: BarLegendEntry[] = [
    ...(canTho ? [{ label: shortIn(canTho.unit, lang), color: CAN_THO_COLOR, strong: true }] : []),
    ...(cutoffs ? QUARTILE_BANDS.map((band) => ({ label: t.bands[band], color: BAND_COLORS[band] })) : [{ label: t.legendOthers(t.levelNoun[level]), color: OTHER_BAR_COLOR }]),
    ...(mean ? [{ label: t.legendMean(mean.kind === 'computed'), color: REFERENCE_COLORS.national, line: true }] : []),
  ];
  const chart = {
    axis: model.axis,
    tickFormatter: (v: number) => formatNumber(v, lang, Number.isInteger(v) ? 0 : 1),
    xLabel: axisText,
    reference: mean && { value: mean.value, label: t.meanLabel(formatScore(mean.value, index.scoreUnit, lang), mean.kind === 'computed'), color: REFERENCE_COLORS.national },
  };
  return (
    <figure className="card rank-figure" aria-label={title} aria-details={RANKING_TABLE_ID}>
      <figcaption>
        <h2 className="figure-title">{title}</h2>
        <p className="muted">
          {axisText} · {t.scoredOf(counts.scored, counts.expected, t.levelNoun[level])}
        </p>
      </figcaption>
      <BarLegend entries={legend} />
      <div className="bar-chart" aria-hidden="true">
        <RankingDotChart data={dots} {...chart} fontSize={FONT} categoryWidth={labelWidth(dots.map((d) => d.label), FONT)} rowHeight={only ? 30 : 18} />
      </div>
      <p className="muted small">{t.chartHasTable}</p>
      <FigureNotes model={model} />
      <ChartImageButtons message={message} excerpt={{ note: excerptNote }} nameParts={[index.code, year, component.code === 'total' ? undefined : component.code, t.exportName]} />
      <RankingExcerptChart data={excerpt.dots} {...chart} />
    </figure>
  );
}
