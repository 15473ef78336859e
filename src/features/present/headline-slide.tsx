import type { HeadlineSlide } from '@/domain/slides/slide-types';
import { formatInteger, formatNumber, formatRank, formatScore, formatSigned } from '@/i18n/format';
import { cityLabel } from '@/components/city-label';
import { rankShare } from '@/domain/city-results';
import type { SlideContext } from './slide-context';
import { MergerTile } from './merger-tile';

/** Score, rank with its denominator, and the change: the three numbers a hall remembers. */
export function HeadlineSlideBody({ slide, context }: { slide: HeadlineSlide; context: SlideContext }) {
  const { catalog, t, lang, palette } = context;
  const { index, change, merger } = slide;
  const label = cityLabel(catalog, slide.unit, t.city);
  const places = change?.places;
  const trend = places === undefined ? undefined : places > 0 ? 'up' : places < 0 ? 'down' : 'same';
  return (
    <div className="slide-headline">
      {label && <p className="slide-line" data-testid="slide-unit">{label}</p>}
      <div className="slide-tiles">
        <div className="slide-tile">
          <p className="slide-tile-label">{t.score}</p>
          <p className="slide-big" data-testid="slide-score">
            {slide.score === undefined ? '—' : formatScore(slide.score, index.scoreUnit, lang)}
          </p>
          {index.scoreUnit === 'points' && slide.score !== undefined && <p className="slide-tile-note">{t.points}</p>}
        </div>
        <div className="slide-tile">
          <p className="slide-tile-label">{t.rank}</p>
          <p className="slide-big" data-testid="slide-rank">
            {slide.rank ? formatRank(slide.rank.rank, slide.rank.rankOf, lang) : '—'}
          </p>
          {slide.rank?.kind === 'computed' && <p className="slide-tile-note">{t.computedRank}</p>}
          {merger && slide.rank && <p className="slide-tile-note">{t.city.share(formatInteger(rankShare(slide.rank.rank, slide.rank.rankOf), lang))}</p>}
        </div>
        {merger ? (
          <MergerTile merger={merger} scoreUnit={index.scoreUnit} context={context} />
        ) : (
        <div className="slide-tile">
          <p className="slide-tile-label">{change ? t.change(change.fromYear) : t.noChange}</p>
          {places !== undefined && (
            <p className="slide-big" style={{ color: trend === 'up' ? palette.rise : trend === 'down' ? palette.fall : palette.text }}>
              {trend === 'up' ? '▲' : trend === 'down' ? '▼' : '='} {formatInteger(Math.abs(places), lang)} <span className="slide-big-unit">{t.places}</span>
            </p>
          )}
          {change?.points !== undefined && (
            <p className={places === undefined ? 'slide-big' : 'slide-tile-note'}>
              {formatSigned(change.points, lang)} {index.scoreUnit === 'percent' ? '%' : t.points}
            </p>
          )}
        </div>
        )}
      </div>
      {slide.mean && <p className="slide-line">{t.nationalMean(index.scoreUnit === 'percent' ? formatScore(slide.mean.value, 'percent', lang) : formatNumber(slide.mean.value, lang), slide.mean.kind === 'computed')}</p>}
      {change?.acrossBreak && <p className="slide-caveat">{t.acrossBreak}</p>}
    </div>
  );
}
