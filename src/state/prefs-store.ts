import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Lang } from '@/i18n/format';

export type CsvDialectName = 'standard' | 'excelVi';
export type ProjectorTheme = 'light' | 'dark';

interface PrefsState {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** How exports are written: plain CSV or for a Vietnamese-locale Excel. */
  csvDialect: CsvDialectName;
  setCsvDialect: (dialect: CsvDialectName) => void;
  /** Background of the slides: a lit hall reads dark on light, a dark one light on dark. */
  projectorTheme: ProjectorTheme;
  setProjectorTheme: (theme: ProjectorTheme) => void;
}

export const usePrefsStore = create<PrefsState>()(
  persist(
    (set) => ({
      lang: 'vi',
      setLang: (lang) => set({ lang }),
      csvDialect: 'excelVi',
      setCsvDialect: (csvDialect) => set({ csvDialect }),
      projectorTheme: 'light',
      setProjectorTheme: (projectorTheme) => set({ projectorTheme }),
    }),
    { name: 'ct-par-prefs', partialize: (state) => ({ lang: state.lang, csvDialect: state.csvDialect, projectorTheme: state.projectorTheme }) },
  ),
);
