import { useLang, useMessages } from '@/state/use-i18n';
import type { RankingsModel } from './rankings-model';
import { shortIn } from '@/i18n/names';

/** On a phone: says that the chart and table hold the chosen unit and its neighbours, and shows all on demand. */
export function NeighbourToggle({ model, showAll, onShowAll }: { model: RankingsModel; showAll: boolean; onShowAll: (all: boolean) => void }) {
  const t = useMessages().rankings;
  const lang = useLang();
  const { neighbours, focus, rows, level } = model;
  if (!neighbours || !focus) return null;
  const name = shortIn(focus, lang);
  const noun = t.levelNoun[level];
  return (
    <div className="neighbour-toggle">
      {!showAll && <p>{t.neighboursShown(name, neighbours.length, rows.length, noun)}</p>}
      <button type="button" className="button" onClick={() => onShowAll(!showAll)}>
        {showAll ? t.showNeighbours(name) : t.showAll(rows.length, noun)}
      </button>
    </div>
  );
}
