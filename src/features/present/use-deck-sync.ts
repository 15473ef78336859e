import { useEffect, useRef } from 'react';

/** What the projector and the presenter's window tell each other: the deck and the slide shown, or "tell me yours". */
export type DeckMessage = { kind: 'state'; deck: string[] | undefined; slide: number } | { kind: 'hello' };

/**
 * Same-origin windows talk through a BroadcastChannel: no network, nothing the Content-Security-Policy
 * governs, and it works whether or not the projector window is in full screen.
 */
const CHANNEL = 'cantho-cchc-presentation';

export function isDeckMessage(value: unknown): value is DeckMessage {
  if (typeof value !== 'object' || value === null || !('kind' in value)) return false;
  if (value.kind === 'hello') return true;
  return value.kind === 'state' && 'slide' in value && typeof value.slide === 'number' && 'deck' in value && (value.deck === undefined || (Array.isArray(value.deck) && value.deck.every((c) => typeof c === 'string')));
}

const key = (deck: readonly string[] | undefined, slide: number) => `${deck?.join(',') ?? ''}#${slide}`;

/**
 * Keeps this window's deck and slide in step with every other presentation window of the app: a
 * change here is sent, a change there is applied. The window that opens asks the others first.
 */
export function useDeckSync(deck: string[] | undefined, slide: number, apply: (deck: string[] | undefined, slide: number) => void, askFirst: boolean): void {
  const channel = useRef<BroadcastChannel>(undefined);
  const known = useRef(key(deck, slide));
  const latest = useRef({ deck, slide, apply });
  useEffect(() => {
    latest.current = { deck, slide, apply };
  });

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const opened = new BroadcastChannel(CHANNEL);
    channel.current = opened;
    opened.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isDeckMessage(message)) return;
      const own = latest.current;
      if (message.kind === 'hello') opened.postMessage({ kind: 'state', deck: own.deck, slide: own.slide } satisfies DeckMessage);
      else if (key(message.deck, message.slide) !== key(own.deck, own.slide)) {
        known.current = key(message.deck, message.slide);
        own.apply(message.deck, message.slide);
      }
    };
    if (askFirst) opened.postMessage({ kind: 'hello' } satisfies DeckMessage);
    return () => {
      opened.close();
      channel.current = undefined;
    };
  }, [askFirst]);

  useEffect(() => {
    const now = key(deck, slide);
    if (now === known.current) return;
    known.current = now;
    channel.current?.postMessage({ kind: 'state', deck, slide } satisfies DeckMessage);
  }, [deck, slide]);
}
