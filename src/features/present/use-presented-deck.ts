import { useMemo } from 'react';
import { CAN_THO } from '@/domain/codes';
import { buildSlide, defaultDeck } from '@/domain/slides/build-slide';
import { parseSlideCode } from '@/domain/slides/slide-code';
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

/** The deck of the URL, the slide it shows and the one after: the same in the projector and the presenter's window. */
export function usePresentedDeck(catalog: Catalog): PresentedDeck {
  const { deck, slide: requested } = useViewValues('deck', 'slide');
  const state = useDeckData(catalog, CAN_THO);
  const available = useMemo(() => (state.pending ? [] : defaultDeck(state.data)), [state.data, state.pending]);
  const codes = deck ?? available;
  const total = codes.length;
  const current = Math.min(Math.max(requested ?? 1, 1), Math.max(total, 1));
  const slide = useMemo(() => built(state, codes[current - 1]), [state, codes, current]);
  const next = useMemo(() => built(state, codes[current]), [state, codes, current]);
  return { ...state, available, deck, codes, total, current, slide, next };
}
