import { useEffect, useState } from 'react';
import { buildSlide, defaultDeck } from '@/domain/slides/build-slide';
import { showsTotals, slideCode, type SlideSpec } from '@/domain/slides/slide-code';
import { CITY } from '@/domain/city';
import { type Catalog } from '@/domain/types';
import { useDeckData } from '@/queries/use-deck-data';
import { useMessages } from '@/state/use-i18n';
import { useUpdateView, useViewValue } from '@/state/use-view';
import { ViewLink } from './view-link';
import './add-slide-buttons.css';

/**
 * "Thêm vào trình chiếu": appends what the view shows (index, year, component), as a slide, to the deck
 * in the URL (the default deck first, when none was arranged yet). Only slides the data can fill are
 * offered; when none can be, it says so. Which can be filled is known from the view's index alone (its
 * totals, from the summary, when the slides show no component); every index's files are read only for the
 * default deck, on the first click: read at once, they held the view's own files and renders back.
 */
export function AddSlideButtons({ catalog, specs }: { catalog: Catalog; specs: readonly SlideSpec[] }) {
  const t = useMessages().present;
  const deck = useViewValue('deck');
  const update = useUpdateView();
  const index = specs[0]?.index;
  const shown = useDeckData(catalog, CITY, { index, part: specs.every(showsTotals) ? 'totals' : 'all' });
  // The slide to add once the default deck is known (no deck arranged yet): its files are read on the click.
  const [waiting, setWaiting] = useState<string>();
  const whole = useDeckData(catalog, CITY, { enabled: waiting !== undefined && !deck });
  const [added, setAdded] = useState<number>();
  useEffect(() => {
    if (waiting !== undefined && !deck && !whole.pending) update({ deck: [...defaultDeck(whole.data), waiting] });
  }, [waiting, deck, whole.pending, whole.data, update]);
  const add = (spec: SlideSpec) => {
    if (!deck) return setWaiting(slideCode(spec));
    update({ deck: [...deck, slideCode(spec)] });
    setAdded(deck.length + 1);
  };
  const busy = waiting !== undefined && !deck;
  const addedAt = added ?? (waiting !== undefined && deck ? deck.length : undefined);
  if (shown.pending) return <AddSlideRoom />;
  const offered = specs.filter((spec) => buildSlide(shown.data, spec) !== undefined);
  if (offered.length === 0) return <p className="add-slide-none">{t.cannotAdd}</p>;
  return (
    <div className="add-slide" role="group" aria-label={t.addToDeck} aria-busy={busy}>
      {offered.map((spec) => (
        <button key={slideCode(spec)} type="button" className="button" disabled={busy} onClick={() => add(spec)}>
          {offered.length === 1 ? t.addToDeck : `${t.addToDeck}: ${t.kindNames[spec.kind].toLowerCase()}`}
        </button>
      ))}
      {addedAt !== undefined && (
        <p role="status" className="add-slide-status">
          {t.addedToDeck(addedAt)} <ViewLink change={{ view: 'present', slide: addedAt }}>{t.openDeck}</ViewLink>
        </p>
      )}
    </div>
  );
}

/** The room of a row of buttons, kept while they cannot be offered yet: the page does not move down when they come. */
export function AddSlideRoom() {
  return <div className="add-slide add-slide-room" aria-hidden="true" />;
}
