import { LineChart } from '@/charts/line-chart';
import { useScreenLineStyle } from '@/components/use-screen-line-style';
import { PALETTE_SIZE, unitColor } from '@/charts/palette';
import type { SeriesConfig } from '@/charts/types';
import { rankAxis } from '@/domain/series/axis';
import { rankPointFormatter } from '@/charts/rank-point';
import { formatInteger } from '@/i18n/format';
import { useLang, useMessages } from '@/state/use-i18n';
import type { BumpModel } from './bump-model';
import { BumpTable } from './bump-table';
import { SourceLine } from '@/components/source-line';
import { ChartImageButtons } from '@/components/chart-image-buttons';
import { NearScreen } from '@/components/near-screen';
import { componentLabel, namesOf, yearRunsText } from './rankings-format';
import type { RankingsModel } from './rankings-model';
import { nameIn, shortIn } from '@/i18n/names';

/**
 * Rank over the years, 1 at the top; lines break at gaps and methodology breaks. Cần Thơ strong and named
 * at its line's end; in the Mekong Delta and top-10 sets the other units are muted until pointed at, so
 * the chart reads as Cần Thơ against its peers; units chosen in the picker keep their own colours. Each name at
 * a line's end carries the rank of its last point with its denominator ("Cần Thơ 59/61").
 */
export function BumpFigure({ model, bump, setLabel }: { model: RankingsModel; bump: BumpModel; setLabel: string }) {
  const t = useMessages().rankings;
  const lang = useLang();
  const { lineStyle, axisTitled } = useScreenLineStyle();
  const { index, component } = model;
  const computed = index.rankKind === 'computed';
  const first = bump.years[0];
  const last = bump.years.at(-1);
  if (first === undefined || last === undefined) return null;
  const isCity = (code: string) => bump.city.includes(code);
  const others = bump.units.filter((u) => !isCity(u.code));
  const chosen = bump.set === 'selected';
  // Muted peers set Cần Thơ off; with no Cần Thơ line (districts) a few units keep their own colours.
  const mutePeers = !chosen && (others.length < bump.units.length || others.length > PALETTE_SIZE);
  const styleOf = (code: string) => {
    const position = others.findIndex((u) => u.code === code);
    const focus = isCity(code);
    return { color: unitColor(focus, Math.max(position, 0)), dashed: chosen && position >= PALETTE_SIZE, emphasis: focus, muted: !focus && mutePeers };
  };
  const series: SeriesConfig[] = bump.series.map((s) => ({ key: s.key, label: nameIn(s.unit, lang), legendKey: s.unit.code, ...styleOf(s.unit.code) }));
  const componentText = component.component ? ` (${componentLabel(component, t, lang, true)})` : '';
  const title = `${t.bumpTitle(shortIn(index, lang), first, last, setLabel)}${componentText}${computed ? ` (${t.computedRanksTag})` : ''}`;
  const hasBreaks = bump.breaks.length > 0;
  const axis = rankAxis(bump.maxRank);
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
          <div className="bump-chart">
            <LineChart
              data={bump.rows}
              series={series}
              legend={{}}
              valueFormatter={rankPointFormatter(lang)}
              endLabelValues
              tooltipNote={computed ? t.computedRanksOnce : undefined}
              tickFormatter={(value) => formatInteger(value, lang)}
              yDomain={axis.domain}
              yTicks={axis.ticks}
              yReversed
              yLabel={axisTitled ? t.bumpAxis : undefined}
              lineStyle={lineStyle}
              xMarkers={bump.breaks.map((year) => ({ x: year, label: t.breakMarker }))}
              height={model.level === 'province' ? 440 : 300}
              // Three screens below the ranking table: drawn when scrolled to.
              place={NearScreen}
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
