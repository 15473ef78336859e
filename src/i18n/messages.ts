import type { Lang } from './format';
import { vi, type CoreMessages, type Messages } from './vi';

// Only the Vietnamese messages of the first screen are in the first download; English and the
// other views' messages load when needed (before the first render when English is the saved choice).
const core: Partial<Record<Lang, CoreMessages>> = { vi };
const all: Partial<Record<Lang, Messages>> = {};

const loadCore: Record<Lang, () => Promise<CoreMessages>> = {
  vi: async () => vi,
  en: async () => (await import('./en')).en,
};
const loadAll: Record<Lang, () => Promise<Messages>> = {
  vi: async () => (await import('./views-vi')).viMessages,
  en: async () => (await import('./views-en')).enMessages,
};

// One promise per language, so that React's use() sees the same one on every render.
const pendingCore = new Map<Lang, Promise<CoreMessages>>();
const pendingAll = new Map<Lang, Promise<Messages>>();

export const loadedCoreMessages = (lang: Lang): CoreMessages | undefined => core[lang];
export const loadedMessages = (lang: Lang): Messages | undefined => all[lang];

function once<T>(pending: Map<Lang, Promise<T>>, lang: Lang, load: () => Promise<T>, keep: (messages: T) => void): Promise<T> {
  const promise =
    pending.get(lang) ??
    load().then(
      (messages) => {
        keep(messages);
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

export const loadCoreMessages = (lang: Lang) => once(pendingCore, lang, loadCore[lang], (messages) => (core[lang] = messages));
export const loadMessages = (lang: Lang) => once(pendingAll, lang, loadAll[lang], (messages) => (all[lang] = messages));
