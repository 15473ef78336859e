import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Lang } from '@/i18n/format';

export type CsvDialectName = 'standard' | 'excelVi';

interface PrefsState {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** How exports are written: plain CSV or for a Vietnamese-locale Excel. */
  csvDialect: CsvDialectName;
  setCsvDialect: (dialect: CsvDialectName) => void;
}

export const usePrefsStore = create<PrefsState>()(
  persist(
    (set) => ({
      lang: 'vi',
      setLang: (lang) => set({ lang }),
      csvDialect: 'excelVi',
      setCsvDialect: (csvDialect) => set({ csvDialect }),
    }),
    { name: 'ct-par-prefs', partialize: (state) => ({ lang: state.lang, csvDialect: state.csvDialect }) },
  ),
);
