import type { ProjectorTheme } from '@/state/prefs-store';

/** Projector themes: both keep text at 7:1 or more against the background, for a washed-out hall. */
export interface SlidePalette {
  text: string;
  muted: string;
  grid: string;
  unit: string;
  reference: string;
  other: string;
  rise: string;
  fall: string;
  weak: string;
}

export const SLIDE_PALETTES: Record<ProjectorTheme, SlidePalette> = {
  light: { text: '#0c111d', muted: '#344054', grid: '#d0d5dd', unit: '#0b5cad', reference: '#475467', other: '#98a2b3', rise: '#067647', fall: '#b42318', weak: '#b42318' },
  dark: { text: '#ffffff', muted: '#e4e7ec', grid: '#475467', unit: '#7cc4ff', reference: '#d0d5dd', other: '#667085', rise: '#47cd89', fall: '#ff8a80', weak: '#ff8a80' },
};

/** Type sizes on the 900-unit-high slide canvas; the stage scales the whole canvas to the screen. */
export const SLIDE_FONT = { chart: 24, chartSmall: 20 } as const;
