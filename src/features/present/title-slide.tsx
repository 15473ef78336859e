import type { TitleSlide } from '@/domain/slides/slide-types';
import { formatDate, formatList, formatRank, formatScore } from '@/i18n/format';
import { cityLabel } from '@/components/city-label';
import type { SlideContext } from './slide-context';
import { indexName, unitName } from './slide-text';

export function TitleSlideBody({ slide, context }: { slide: TitleSlide; context: SlideContext }) {
  const { catalog, t, lang, unit, today } = context;
  const names = slide.headlines.map((h) => indexName(catalog, h.index.code, lang));
  return (
    <div className="slide-cover">
      <p className="slide-kicker">{t.cover.kicker}</p>
      <h1 className="slide-cover-title">{t.cover.title(unitName(catalog, unit, lang))}</h1>
      <p className="slide-cover-subtitle">{t.cover.subtitle(formatList(names, lang), slide.year)}</p>
      <ul className="slide-cover-tiles">
        {slide.headlines.map((h) => (
          <li key={h.index.code} className="slide-tile">
            <p className="slide-tile-label">
              {indexName(catalog, h.index.code, lang)} {h.year}
            </p>
            <p className="slide-medium">{h.score === undefined ? '—' : formatScore(h.score, h.index.scoreUnit, lang)}</p>
            {h.rank && (
              <p className="slide-tile-note">
                {t.rank} {formatRank(h.rank.rank, h.rank.rankOf, lang)}
              </p>
            )}
            <p className="slide-tile-note">{cityLabel(catalog, h.unit, t.city)}</p>
          </li>
        ))}
      </ul>
      <p className="slide-tile-note">{t.cover.generated(formatDate(today))}</p>
    </div>
  );
}
