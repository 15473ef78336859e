import { lazy, Suspense, useRef } from 'react';
import type { CoreMessages } from '@/i18n/vi';
import { formatRank, formatScore, type Lang } from '@/i18n/format';
import { CAN_THO_COLOR } from '@/charts/palette';
import { SparkLine } from '@/charts/spark-line';
import type { OverviewCardModel } from './overview-model';
import { TREND_HEIGHT as HEIGHT } from './trend-placeholder';
import { shortIn } from '@/i18n/names';
import { SourceLink } from '@/components/source-line';
import { useNearScreen } from '@/components/use-near-screen';
import { useElementSize } from '@/components/use-element-size';

// The exports load after the rest of the trend.
const CardExport = lazy(() => import('./card-export').then((module) => ({ default: module.CardExport })));

/** The unit's score over every year: sparkline, and the table behind it with its exports. */
export function TrendBlock({ card, t, lang }: { card: OverviewCardModel; t: CoreMessages; lang: Lang }) {
  const { index, trend, results } = card;
  const title = t.trendTitle(shortIn(index, lang), trend.firstYear, trend.lastYear);
  const unit = index.scoreUnit === 'percent' ? t.unitPercent : t.unitPoints;
  const hasBreak = trend.segments.length > 1 || trend.rows.some((row) => trend.segments.every((s) => row[s.key] === null));
  const chartBox = useRef<HTMLDivElement>(null);
  const drawn = useNearScreen(chartBox);
  const width = useElementSize(chartBox)?.width ?? 0;
  return (
    <figure className="trend" aria-label={title}>
      <figcaption className="trend-caption">
        <span className="trend-title">{title}</span> <span className="muted">· {t.trendUnit(unit)}</span>
      </figcaption>
      <div className="trend-chart" style={{ height: HEIGHT }} aria-hidden="true" ref={chartBox}>
        {drawn && width > 0 && (
          // Not focusable: the chart sits in an aria-hidden box, and its table is the way in for keyboard and screen reader.
          <SparkLine
            rows={trend.rows}
            series={trend.segments.map(({ key }) => ({ key, label: t.score, color: CAN_THO_COLOR }))}
            valueFormatter={(value) => formatScore(value, index.scoreUnit, lang)}
            domain={trend.domain}
            width={width}
            height={HEIGHT}
          />
        )}
      </div>
      {hasBreak && <p className="note">{t.trendBreakNote}</p>}
      <details>
        <summary>{t.showTable}</summary>
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.tableYear}</th>
              <th scope="col">{t.tableScore}</th>
              <th scope="col">{t.tableRank}</th>
              <th scope="col">{t.tableStatus}</th>
              <th scope="col">{t.tableSources}</th>
            </tr>
          </thead>
          <tbody>
            {results.map((result) => (
              <tr key={result.year}>
                <th scope="row">{result.year}</th>
                <td className="num">{result.score !== undefined ? formatScore(result.score, index.scoreUnit, lang) : '—'}</td>
                <td className="num">{result.rank ? formatRank(result.rank.rank, result.rank.rankOf, lang) : '—'}</td>
                <td>{t.statuses[result.status]}</td>
                <td className="num">{(card.trendSources.byYear.get(result.year) ?? []).join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <ol className="trend-sources small" aria-label={t.tableSources}>
          {card.trendSources.sources.map((source) => (
            <li key={source.id}>
              <SourceLink source={source} />
            </li>
          ))}
        </ol>
        <Suspense fallback={null}>
          <CardExport card={card} t={t} />
        </Suspense>
      </details>
    </figure>
  );
}
