import type { MergerComparison } from '@/domain/city-results';
import { rankShare } from '@/domain/city-results';
import type { Catalog, ScoreUnit } from '@/domain/types';
import { formatInteger, formatRank, formatScore, type Lang } from '@/i18n/format';
import { nameIn } from '@/i18n/names';
import type { CoreMessages } from '@/i18n/vi';

interface Props {
  catalog: Catalog;
  merger: MergerComparison;
  scoreUnit: ScoreUnit;
  t: CoreMessages;
  lang: Lang;
}

/** In place of a change in places: what each unit merged into the city had the year before, beside the city's rank as a share of its field. */
export function MergerBlock({ catalog, merger, scoreUnit, t, lang }: Props) {
  const rankOfBefore = merger.before.map((b) => b.result.rank?.rankOf).find((n) => n !== undefined);
  const rankOfNow = merger.result.rank?.rankOf;
  return (
    <div className="change merger" aria-label={t.city.beforeHeading(merger.previousYear)}>
      <p className="label">{t.city.beforeHeading(merger.previousYear)}:</p>
      <ul data-testid="merger-before">
        {merger.before.map(({ unit, result }) => {
          const u = catalog.units.get(unit);
          const parts = [
            result.score !== undefined && formatScore(result.score, scoreUnit, lang),
            result.rank && `${formatRank(result.rank.rank, result.rank.rankOf, lang)} (${t.city.share(formatInteger(rankShare(result.rank.rank, result.rank.rankOf), lang))})`,
          ].filter((part): part is string => typeof part === 'string');
          return (
            <li key={unit}>
              {u ? nameIn(u, lang) : unit}: {parts.length > 0 ? parts.join(' · ') : <span className="muted">{t.city.noData}</span>}
            </li>
          );
        })}
      </ul>
      {rankOfBefore !== undefined && rankOfNow !== undefined && rankOfBefore !== rankOfNow && (
        <p className="note">{t.city.compareNote(formatInteger(rankOfBefore, lang), formatInteger(rankOfNow, lang))}</p>
      )}
    </div>
  );
}
