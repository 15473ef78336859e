/** A deck and the slide shown in it (counted from 1): what an edit changes and an undo restores. */
export interface DeckState {
  codes: string[];
  current: number;
}

/** Moves the slide at `from` to `to` (0-based); the slide shown stays the one shown, wherever it goes. */
export function moveSlide({ codes, current }: DeckState, from: number, to: number): DeckState {
  if (from === to || from < 0 || to < 0 || from >= codes.length || to >= codes.length) return { codes, current };
  const next = [...codes];
  const [code] = next.splice(from, 1);
  if (code !== undefined) next.splice(to, 0, code);
  const shown = current - 1;
  const moved = shown === from ? to : shown > from && shown <= to ? shown - 1 : shown < from && shown >= to ? shown + 1 : shown;
  return { codes: next, current: moved + 1 };
}

/** Drops a slide; the slide shown stays, or its successor when it was the one dropped. */
export function removeSlide({ codes, current }: DeckState, at: number): DeckState {
  if (codes.length <= 1 || at < 0 || at >= codes.length) return { codes, current };
  const next = codes.filter((_, i) => i !== at);
  const shown = current - 1 > at ? current - 1 : current;
  return { codes: next, current: Math.min(shown, next.length) };
}

/** Appends a slide at the end; the slide shown stays. */
export function addSlide({ codes, current }: DeckState, code: string): DeckState {
  return { codes: [...codes, code], current };
}
