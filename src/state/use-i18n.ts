import { messagesFor } from '@/i18n/messages';
import { usePrefsStore } from './prefs-store';

export function useLang() {
  return usePrefsStore((state) => state.lang);
}

export function useSetLang() {
  return usePrefsStore((state) => state.setLang);
}

export function useMessages() {
  return messagesFor(useLang());
}

export function useCsvDialect() {
  return [usePrefsStore((state) => state.csvDialect), usePrefsStore((state) => state.setCsvDialect)] as const;
}
