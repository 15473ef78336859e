import { useState } from 'react';
import { buildSlide, defaultDeck } from '@/domain/slides/build-slide';
import { slideCode, type SlideSpec } from '@/domain/slides/slide-code';
import { CAN_THO } from '@/domain/codes';
import { type Catalog } from '@/domain/types';
import { useDeckData } from '@/queries/use-deck-data';
import { useMessages } from '@/state/use-i18n';
import { useUpdateView, useViewValue } from '@/state/use-view';
import { ViewLink } from './view-link';
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
  const { data, pending } = useDeckData(catalog, CAN_THO);
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
