import type { QuartileBand } from '@/domain/quartile-bands';

/** Muted fills for PAPI's four bands, so that Cần Thơ's blue bar still stands out among them. */
export const BAND_COLORS: Record<QuartileBand, string> = {
  best: '#4e9a80',
  'high-average': '#a6d1bf',
  'low-average': '#f0c48a',
  poorest: '#dc8560',
};

export const OTHER_BAR_COLOR = '#98a2b3';
