import { useMemo } from 'react';
import { CITY } from '@/domain/city';
import { buildSlide, defaultDeck } from '@/domain/slides/build-slide';
import { parseSlideCode, showsTotals } from '@/domain/slides/slide-code';
import type { Slide } from '@/domain/slides/slide-types';
import type { Catalog } from '@/domain/types';
import { useDeckData, type DeckDataState } from '@/queries/use-deck-data';
import { useViewValues } from '@/state/use-view';

export interface PresentedDeck extends DeckDataState {
  /** Slides the data can fill: the default deck, offered for adding. */
  available: string[];
  /** The deck in the URL, or undefined for the default one. */
  deck: string[] | undefined;
  codes: string[];
  total: number;
  /** The slide shown, 1..total. */
  current: number;
  slide?: Slide;
  /** The slide after it, when there is one. */
  next?: Slide;
}

const built = (state: DeckDataState, code: string | undefined) => {
  const spec = code === undefined ? undefined : parseSlideCode(code);
  return spec && !state.pending ? buildSlide(state.data, spec) : undefined;
};

/**
 * While the whole files are parsed, the slide shown when the totals alone give it (the cover of the default deck, or a
 * slide of totals of the deck in the URL), from the build-time summary as on the overview; the whole files then take over.
 */
function fromTotals(totals: DeckDataState, deck: string[] | undefined, current: number): Slide | undefined {
  const spec = parseSlideCode((deck ? deck[current - 1] : current === 1 ? 'title' : undefined) ?? '');
  return spec && !totals.figuresPending && (spec.kind === 'title' || showsTotals(spec)) ? buildSlide(totals.data, spec) : undefined;
}

/** The deck of the URL, the slide it shows and the one after: the same in the projector and the presenter's window. */
export function usePresentedDeck(catalog: Catalog): PresentedDeck {
  const { deck, slide: requested } = useViewValues('deck', 'slide');
  const state = useDeckData(catalog, CITY);
  const totals = useDeckData(catalog, CITY, { part: 'totals', enabled: state.pending });
  const available = useMemo(() => (state.pending ? [] : defaultDeck(state.data)), [state.data, state.pending]);
  const codes = deck ?? available;
  const total = codes.length;
  const current = Math.min(Math.max(requested ?? 1, 1), Math.max(total, 1));
  const early = useMemo(() => (state.pending ? fromTotals(totals, deck, current) : undefined), [state.pending, totals, deck, current]);
  const slide = useMemo(() => early ?? built(state, codes[current - 1]), [early, state, codes, current]);
  const next = useMemo(() => built(state, codes[current]), [state, codes, current]);
  // A slide shown from the totals is credited from the data it was built from.
  return { ...state, ...(early && { data: totals.data }), available, deck, codes, total, current, slide, next };
}
