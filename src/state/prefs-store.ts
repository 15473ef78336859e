import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Lang } from '@/i18n/format';

interface PrefsState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

export const usePrefsStore = create<PrefsState>()(
  persist((set) => ({ lang: 'vi', setLang: (lang) => set({ lang }) }), {
    name: 'ct-par-prefs',
    partialize: (state) => ({ lang: state.lang }),
  }),
);
