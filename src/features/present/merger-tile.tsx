import { rankShare, type MergerComparison } from '@/domain/city-results';
import type { ScoreUnit } from '@/domain/types';
import { formatInteger, formatRank, formatScore } from '@/i18n/format';
import type { SlideContext } from './slide-context';
import { unitName } from './slide-text';

/** In place of the change in places: the year before, unit by unit, as the merged city's predecessors stood. */
export function MergerTile({ merger, scoreUnit, context }: { merger: MergerComparison; scoreUnit: ScoreUnit; context: SlideContext }) {
  const { catalog, t, lang } = context;
  return (
    <div className="slide-tile" data-testid="slide-merger">
      <p className="slide-tile-label">{t.city.beforeHeading(merger.previousYear)}</p>
      {merger.before.map(({ unit, result }) => (
        <p key={unit} className="slide-tile-note">
          {unitName(catalog, unit, lang)}:{' '}
          {result.score === undefined && !result.rank
            ? t.city.noData
            : [
                result.score !== undefined && formatScore(result.score, scoreUnit, lang),
                result.rank && `${formatRank(result.rank.rank, result.rank.rankOf, lang)} (${t.city.share(formatInteger(rankShare(result.rank.rank, result.rank.rankOf), lang))})`,
              ]
                .filter(Boolean)
                .join(' · ')}
        </p>
      ))}
    </div>
  );
}
