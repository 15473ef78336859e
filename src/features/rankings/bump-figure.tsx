import { ChartLegend } from '@/charts/chart-legend';
import { LineChart } from '@/charts/line-chart';
import { rankTicks } from '@/charts/rank-ticks';
import { unitColor } from '@/charts/palette';
import type { SeriesConfig } from '@/charts/types';
import { formatInteger, formatRank } from '@/i18n/format';
import { useLang, useMessages } from '@/state/use-i18n';
import type { BumpModel } from './bump-model';
import { BumpTable } from './bump-table';
import { SourceLine } from '@/components/source-line';
import { ChartImageButtons } from '@/components/chart-image-buttons';
import { componentLabel, namesOf, yearRunsText } from './rankings-format';
import type { RankingsModel } from './rankings-model';
import { isCanTho } from '@/domain/codes';
import { nameIn, shortIn } from '@/i18n/names';

const PALETTE_SIZE = 8;

/** Rank over the years, 1 at the top; lines break at gaps and methodology breaks; Cần Thơ emphasised. */
export function BumpFigure({ model, bump, setLabel }: { model: RankingsModel; bump: BumpModel; setLabel: string }) {
  const t = useMessages().rankings;
  const lang = useLang();
  const { index, component } = model;
  const computed = index.rankKind === 'computed';
  const first = bump.years[0];
  const last = bump.years.at(-1);
  if (first === undefined || last === undefined) return null;
  const others = bump.units.filter((u) => !isCanTho(u.code));
  const styleOf = (code: string) => {
    const position = others.findIndex((u) => u.code === code);
    // Other units' lines are slightly translucent so that Cần Thơ's stays in front of the tangle.
    const color = isCanTho(code) ? unitColor(code, 0) : `${unitColor(code, Math.max(position, 0))}c0`;
    return { color, dashed: position >= PALETTE_SIZE, emphasis: isCanTho(code) };
  };
  const series: SeriesConfig[] = bump.series.map((s) => ({ key: s.key, label: nameIn(s.unit, lang), legendKey: s.unit.code, ...styleOf(s.unit.code) }));
  const componentText = component.component ? ` (${componentLabel(component, t, lang, true)})` : '';
  const title = `${t.bumpTitle(shortIn(index, lang), first, last, setLabel)}${componentText}${computed ? ` (${t.computedRanksTag})` : ''}`;
  const hasBreaks = bump.breaks.length > 0;
  return (
    <figure className="bump-figure" aria-label={title}>
      <figcaption>
        <h3 className="figure-title">{title}</h3>
        <p className="muted">{t.bumpAxis}</p>
      </figcaption>
      {bump.units.length === 0 ? (
        <p className="callout rankings-notice">{t.bumpEmpty}</p>
      ) : (
        <>
          <ChartLegend series={series} />
          <div className="bump-chart">
            <LineChart
              data={bump.rows}
              xKey="year"
              series={series}
              formatPoint={(value, key, row) => {
                const of = row[`${key}:of`];
                return `${typeof of === 'number' ? formatRank(value, of, lang) : formatInteger(value, lang)}${computed ? ` (${t.computed})` : ''}`;
              }}
              formatTick={(value) => formatInteger(value, lang)}
              yDomain={[1, bump.maxRank]}
              yTicks={rankTicks(bump.maxRank)}
              yReversed
              yLabel={t.bumpAxis}
              xMarkers={bump.breaks.map((year) => ({ x: year, label: t.breakMarker }))}
              height={model.level === 'province' ? 440 : 300}
            />
          </div>
        </>
      )}
      <ul className="notes">
        <li>{hasBreaks ? t.bumpBreakNote(yearRunsText(bump.breaks)) : t.bumpGapNote}</li>
        {computed && <li>{t.computedRanks}</li>}
        {bump.unranked.length > 0 && <li>{t.bumpUnranked(namesOf(bump.unranked, lang))}</li>}
        {model.seriesEnd !== undefined && <li>{t.districtEnd(model.seriesEnd)}</li>}
      </ul>
      <SourceLine sources={bump.sources} />
      {bump.units.length > 0 && <ChartImageButtons nameParts={[t.exportBumpName, title]} />}
      {bump.units.length > 0 && <BumpTable bump={bump} title={title} computed={computed} />}
    </figure>
  );
}
