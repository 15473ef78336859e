import type { RankTrendSlide, TrendSlide } from '@/domain/slides/slide-types';
import { formatRank, formatScore } from '@/i18n/format';
import type { SlideContext } from './slide-context';
import { unitName } from './slide-text';

/** Two or three years of a trend as a small table: a line through them would be a near-empty chart. */
export function FewPointsTable({ slide, context }: { slide: TrendSlide | RankTrendSlide; context: SlideContext }) {
  const { catalog, t, lang, unit } = context;
  const mean = slide.kind === 'trend' ? new Map(slide.mean.map((m) => [m.year, m.value])) : undefined;
  const score = (value: number | undefined) => (value === undefined ? '—' : formatScore(value, slide.index.scoreUnit, lang));
  return (
    <div className="slide-chart">
      {slide.breaks.length > 0 && <p className="slide-line">{t.methodChanges(slide.breaks.join(', '))}</p>}
      <table className="slide-table slide-standing" data-testid="few-points-table">
        <thead>
          <tr>
            <th scope="col">{t.year}</th>
            <th scope="col">{unitName(catalog, unit, lang)}</th>
            {slide.kind === 'trend' && <th scope="col">{t.meanSeries(slide.meanComputed)}</th>}
          </tr>
        </thead>
        <tbody>
          {slide.kind === 'trend'
            ? slide.points.map((p) => (
                <tr key={p.year}>
                  <th scope="row">{p.year}</th>
                  <td className="slide-table-number">{score(p.value)}</td>
                  <td className="slide-table-number">{score(mean?.get(p.year))}</td>
                </tr>
              ))
            : slide.points.map((p) => (
                <tr key={p.year}>
                  <th scope="row">{p.year}</th>
                  <td className="slide-table-number">{formatRank(p.rank.rank, p.rank.rankOf, lang)}</td>
                </tr>
              ))}
        </tbody>
      </table>
    </div>
  );
}
