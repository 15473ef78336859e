import { lazy, Suspense } from 'react';
import type { Messages } from '@/i18n/vi';
import { formatRank, formatScore, type Lang } from '@/i18n/format';
import { CAN_THO_COLOR } from '@/charts/palette';
import { ExportButtons } from '@/components/export-buttons';
import { longTable } from '@/domain/export/canonical';
import { cardExportTable, trendDomain, type OverviewCardModel } from './overview-model';

// Recharts loads after the numbers are on screen.
const TrendSparkline = lazy(() => import('@/charts/trend-sparkline').then((module) => ({ default: module.TrendSparkline })));

const HEIGHT = 96;

export function TrendBlock({ card, t, lang }: { card: OverviewCardModel; t: Messages; lang: Lang }) {
  const { index, trend, results } = card;
  const title = t.trendTitle(lang === 'vi' ? index.shortVi : index.shortEn, trend.firstYear, trend.lastYear);
  const unit = index.scoreUnit === 'percent' ? t.unitPercent : t.unitPoints;
  const hasBreak = trend.segments.length > 1 || trend.rows.some((row) => trend.segments.every((key) => row[key] === null));
  return (
    <figure className="trend" aria-label={title}>
      <figcaption>
        <span className="trend-title">{title}</span> <span className="muted">· {t.trendUnit(unit)}</span>
      </figcaption>
      <div className="trend-chart" style={{ height: HEIGHT }} aria-hidden="true">
        <Suspense fallback={null}>
          <TrendSparkline
            data={trend.rows}
            xKey="year"
            series={trend.segments.map((key) => ({ key, label: t.score, color: CAN_THO_COLOR }))}
            valueFormatter={(value) => formatScore(value, index.scoreUnit, lang)}
            domain={trendDomain(trend.rows)}
            height={HEIGHT}
          />
        </Suspense>
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
            </tr>
          </thead>
          <tbody>
            {results.map((result) => (
              <tr key={result.year}>
                <th scope="row">{result.year}</th>
                <td className="num">{result.score !== undefined ? formatScore(result.score, index.scoreUnit, lang) : '—'}</td>
                <td className="num">{result.rank ? formatRank(result.rank.rank, result.rank.rankOf, lang) : '—'}</td>
                <td>{t.statuses[result.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <ExportButtons
          shown={cardExportTable(card, { year: t.tableYear, score: t.tableScore, rank: t.tableRank, rankOf: t.tableRankOf, status: t.tableStatus }, (r) => t.statuses[r.status])}
          full={longTable(card.results.flatMap((r) => (r.figure ? [r.figure] : [])))}
          nameParts={[index.code, `${trend.firstYear}-${trend.lastYear}`, 'can-tho']}
          sources={card.sources}
        />
      </details>
    </figure>
  );
}
