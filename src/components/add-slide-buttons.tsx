import { useState } from 'react';
import { buildSlide, defaultDeck } from '@/domain/slides/build-slide';
import { slideCode, type SlideSpec } from '@/domain/slides/slide-code';
import { CITY } from '@/domain/city';
import { type Catalog } from '@/domain/types';
import { useDeckData } from '@/queries/use-deck-data';
import { useMessages } from '@/state/use-i18n';
import { useUpdateView, useViewValue } from '@/state/use-view';
import { ViewLink } from './view-link';
import { useIdle } from './when-idle';
import './add-slide-buttons.css';

/**
 * "Thêm vào trình chiếu": appends what the view shows (index, year, component), as a slide, to the deck
 * in the URL (the default deck first, when none was arranged yet). Only slides the data can fill are
 * offered; when none can be, it says so.
 */
export function AddSlideButtons({ catalog, specs }: { catalog: Catalog; specs: readonly SlideSpec[] }) {
  const t = useMessages().present;
  const deck = useViewValue('deck');
  const update = useUpdateView();
  // Every yearly file of every index, parsed only to know which slides can be offered: read once the view's own
  // figures are on screen and the browser is idle (queued first, they held the view's files back in the worker).
  const { data, pending } = useDeckData(catalog, CITY, useIdle(3000));
  const [added, setAdded] = useState<number>();
  if (pending) return null;
  const offered = specs.filter((spec) => buildSlide(data, spec) !== undefined);
  if (offered.length === 0) return <p className="add-slide-none">{t.cannotAdd}</p>;
  const add = (spec: SlideSpec) => {
    const codes = [...(deck ?? defaultDeck(data)), slideCode(spec)];
    update({ deck: codes });
    setAdded(codes.length);
  };
  return (
    <div className="add-slide" role="group" aria-label={t.addToDeck}>
      {offered.map((spec) => (
        <button key={slideCode(spec)} type="button" className="button" onClick={() => add(spec)}>
          {offered.length === 1 ? t.addToDeck : `${t.addToDeck}: ${t.kindNames[spec.kind].toLowerCase()}`}
        </button>
      ))}
      {added !== undefined && (
        <p role="status" className="add-slide-status">
          {t.addedToDeck(added)} <ViewLink change={{ view: 'present', slide: added }}>{t.openDeck}</ViewLink>
        </p>
      )}
    </div>
  );
}
