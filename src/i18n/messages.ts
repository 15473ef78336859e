import type { Lang } from './format';
import { vi, type CoreMessages, type Messages } from './vi';

// Only the Vietnamese messages of the first screen are in the first download; English and the
// other views' messages load when needed (before the first render when English is the saved choice).
const loadCore: Record<Lang, () => Promise<CoreMessages>> = {
  vi: async () => vi,
  en: async () => (await import('./en')).en,
};
const loadAll: Record<Lang, () => Promise<Messages>> = {
  vi: async () => (await import('./all-vi')).viMessages,
  en: async () => (await import('./all-en')).enMessages,
};

/**
 * A promise that, once fulfilled, carries its value as React's use() reads it (`status`, `value`): a
 * catalogue already loaded is then returned at once, with no suspended render.
 */
type Settling<T> = Promise<T> & { status?: string; value?: T };

// One promise per language, so that React's use() sees the same one on every render.
const pendingCore = new Map<Lang, Settling<CoreMessages>>();
const pendingAll = new Map<Lang, Settling<Messages>>();

function once<T>(pending: Map<Lang, Settling<T>>, lang: Lang, load: () => Promise<T>): Promise<T> {
  const known = pending.get(lang);
  if (known) return known;
  const promise: Settling<T> = load().then(
    (messages) => {
      promise.status = 'fulfilled';
      promise.value = messages;
      return messages;
    },
    (error: unknown) => {
      pending.delete(lang); // a failed download may be tried again
      throw error;
    },
  );
  pending.set(lang, promise);
  return promise;
}

export const loadCoreMessages = (lang: Lang) => once(pendingCore, lang, loadCore[lang]);
export const loadMessages = (lang: Lang) => once(pendingAll, lang, loadAll[lang]);
export const loadedMessages = (lang: Lang): Messages | undefined => pendingAll.get(lang)?.value;
