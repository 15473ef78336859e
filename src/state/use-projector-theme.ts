import { usePrefsStore } from './prefs-store';

export function useProjectorTheme() {
  return [usePrefsStore((state) => state.projectorTheme), usePrefsStore((state) => state.setProjectorTheme)] as const;
}
