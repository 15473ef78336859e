import type { StandingSlide } from '@/domain/slides/slide-types';
import { formatRank, formatScore } from '@/i18n/format';
import type { SlideContext } from './slide-context';
import { unitName } from './slide-text';

/** A few provinces' results as a small table: two or three points make no chart. */
export function StandingSlideBody({ slide, context }: { slide: StandingSlide; context: SlideContext }) {
  const { catalog, t, lang, unit } = context;
  const score = (value: number | undefined) => (value === undefined ? '—' : formatScore(value, slide.index.scoreUnit, lang));
  return (
    <div className="slide-chart">
      <p className="slide-line">{t.standingNote(slide.rows.length)}</p>
      <table className="slide-table slide-standing">
        <thead>
          <tr>
            <th scope="col">{t.rank}</th>
            <th scope="col">{t.standingUnit}</th>
            <th scope="col">{t.score}</th>
          </tr>
        </thead>
        <tbody>
          {slide.rows.map((row) => (
            <tr key={row.unit} className={row.unit === unit ? 'slide-standing-unit' : undefined}>
              <td className="slide-table-number">{row.rank ? formatRank(row.rank.rank, row.rank.rankOf, lang) : '—'}</td>
              <th scope="row">{unitName(catalog, row.unit, lang)}</th>
              <td className="slide-table-number">{score(row.score)}</td>
            </tr>
          ))}
          {slide.mean && (
            <tr>
              <td />
              <th scope="row">{t.standingMean(slide.mean.kind === 'computed')}</th>
              <td className="slide-table-number">{score(slide.mean.value)}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
