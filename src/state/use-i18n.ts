import { use, useMemo } from 'react';
import type { Lang } from '@/i18n/format';
import { nameIn, shortIn, textIn } from '@/i18n/names';
import { loadCoreMessages, loadedMessages, loadMessages } from '@/i18n/messages';
import type { CoreMessages, Messages } from '@/i18n/vi';
import { usePrefsStore } from './prefs-store';

export function useLang() {
  return usePrefsStore((state) => state.lang);
}

const savedLang = () => usePrefsStore.getState().lang;

/**
 * Loads the saved language's first-screen messages; main.tsx waits for it before the first render.
 * Offline without the English catalogue, the app starts in Vietnamese rather than not at all.
 */
export const loadSavedLangMessages = () =>
  loadCoreMessages(savedLang()).catch(() => {
    usePrefsStore.getState().setLang('vi');
    return loadCoreMessages('vi');
  });

/** Loads every message of the saved language, e.g. together with a view's code. */
export const preloadMessages = () => loadMessages(savedLang());

/** Switches language once its messages are loaded, so no screen is ever half translated. */
export function useSetLang() {
  const setLang = usePrefsStore((state) => state.setLang);
  return (lang: Lang) => {
    const withViews = loadedMessages(savedLang()) !== undefined;
    Promise.all([loadCoreMessages(lang), withViews && loadMessages(lang)]).then(
      () => setLang(lang),
      () => undefined, // offline without the catalogue: stay in the current language
    );
  };
}

// use() is called on every render, never behind a condition: a condition that changes while a render
// waits (the catalogue arrives) makes React throw that render away and report it (error 520).

/** The messages of the shell, the overview and the shared parts: no wait once the app has started. */
export function useCoreMessages(): CoreMessages {
  return use(loadCoreMessages(useLang()));
}

/** Every message; the first use waits (Suspense) for the views' catalogue unless it was preloaded. */
export function useMessages(): Messages {
  return use(loadMessages(useLang()));
}

export function useCsvDialect() {
  return [usePrefsStore((state) => state.csvDialect), usePrefsStore((state) => state.setCsvDialect)] as const;
}

/** Names of catalogue items in the current language: `const { name, short } = useNames(); name(unit)`. */
export function useNames() {
  const lang = useLang();
  return useMemo(
    () => ({
      name: (item: Parameters<typeof nameIn>[0]) => nameIn(item, lang),
      short: (item: Parameters<typeof shortIn>[0]) => shortIn(item, lang),
      text: (item: Parameters<typeof textIn>[0]) => textIn(item, lang),
    }),
    [lang],
  );
}
