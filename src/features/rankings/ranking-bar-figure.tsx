import { BarRankingChart } from '@/charts/bar-ranking-chart';
import { CAN_THO_COLOR, REFERENCE_COLORS } from '@/charts/palette';
import { ChartImageButtons } from '@/components/chart-image-buttons';
import { QUARTILE_BANDS } from '@/domain/quartile-bands';
import { formatInteger, formatNumber, formatRank, formatScore } from '@/i18n/format';
import { useLang, useMessages } from '@/state/use-i18n';
import { BAND_COLORS, OTHER_BAR_COLOR } from './band-colors';
import { BarLegend, type BarLegendEntry } from './bar-legend';
import { FigureNotes } from './figure-notes';
import { RANKING_TABLE_ID } from './ranking-table';
import { componentLabel } from './rankings-format';
import type { RankingsModel } from './rankings-model';
import { isCanTho } from '@/domain/codes';
import { shortIn } from '@/i18n/names';

/** Room for the longest name at 12 px ("Thạnh Lịch Hội Thượng", "Lâm Đồng (mới)"): at least the chart's default 92 px, at most 150. */
const labelWidth = (labels: readonly string[]) => Math.min(150, Math.max(92, Math.ceil(7 * Math.max(0, ...labels.map((label) => label.length)))));

/** Every unit with a score (or `only` those units) as a sorted bar, Cần Thơ highlighted, the national mean marked. */
export function RankingBarFigure({ model, only }: { model: RankingsModel; only?: readonly string[] }) {
  const t = useMessages().rankings;
  const lang = useLang();
  const { index, year, component, bars, mean, scale, counts, level, cutoffs } = model;
  if (year === undefined) return null;
  const title = t.barTitle(shortIn(index, lang), year, component.component ? componentLabel(component, t, lang, true) : undefined, t.levelPlural[level]);
  const axis = index.scoreUnit === 'percent' ? t.axisPercent : t.axisPoints(scale && `${formatInteger(scale.min, lang)}–${formatNumber(scale.max, lang, Number.isInteger(scale.max) ? 0 : 2)}`);
  const canTho = bars.find((b) => isCanTho(b.unit.code));
  const data = (only ? bars.filter((b) => only.includes(b.unit.code)) : bars).map((b) => ({ key: b.unit.code, label: shortIn(b.unit, lang), value: b.score, highlight: b.highlight, fill: b.band ? BAND_COLORS[b.band] : undefined }));
  const canThoRow = model.rows.find((r) => isCanTho(r.unit.code));
  const message =
    canThoRow?.rank && canThoRow.score !== undefined
      ? t.imageMessage(shortIn(canThoRow.unit, lang), formatRank(canThoRow.rank.rank, canThoRow.rank.rankOf, lang), shortIn(index, lang), year, formatScore(canThoRow.score, index.scoreUnit, lang))
      : undefined;
  // Scores that print alike but rank apart carry their extra decimals on the bars too (their values differ).
  const digitsOfScore = new Map(bars.flatMap((b) => (model.scoreDigits.has(b.unit.code) ? [[b.score, model.scoreDigits.get(b.unit.code)] as const] : [])));
  const legend: BarLegendEntry[] = [
    ...(canTho ? [{ label: shortIn(canTho.unit, lang), color: CAN_THO_COLOR, strong: true }] : []),
    ...(cutoffs ? QUARTILE_BANDS.map((band) => ({ label: t.bands[band], color: BAND_COLORS[band] })) : [{ label: t.legendOthers(t.levelNoun[level]), color: OTHER_BAR_COLOR }]),
    ...(mean ? [{ label: t.legendMean(mean.kind === 'computed'), color: REFERENCE_COLORS.national, line: true }] : []),
  ];
  return (
    <figure className="card rank-figure" aria-label={title} aria-details={RANKING_TABLE_ID}>
      <figcaption>
        <h2 className="figure-title">{title}</h2>
        <p className="muted">
          {axis} · {t.scoredOf(counts.scored, counts.expected, t.levelNoun[level])}
        </p>
      </figcaption>
      <BarLegend entries={legend} />
      <div className="bar-chart" aria-hidden="true">
        <BarRankingChart
          data={data}
          valueFormatter={(v) => formatNumber(v, lang, digitsOfScore.get(v))}
          tickFormatter={(v) => formatNumber(v, lang, 0)}
          domain={model.domain}
          xLabel={axis}
          reference={mean && { value: mean.value, label: t.meanLabel(formatScore(mean.value, index.scoreUnit, lang), mean.kind === 'computed'), color: REFERENCE_COLORS.national }}
          color={OTHER_BAR_COLOR}
          highlightColor={CAN_THO_COLOR}
          categoryWidth={labelWidth(data.map((d) => d.label))}
          rowHeight={only ? 30 : undefined}
        />
      </div>
      <p className="muted small">{t.chartHasTable}</p>
      <FigureNotes model={model} />
      <ChartImageButtons message={message} nameParts={[index.code, year, component.code === 'total' ? undefined : component.code, t.exportName]} />
    </figure>
  );
}
