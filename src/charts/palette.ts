/** Colours that stay distinguishable for colour-blind viewers (Okabe–Ito), Cần Thơ always the same blue. */
export const CAN_THO_COLOR = '#0b5cad';
const OTHERS = ['#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#7f4f24', '#6a3d9a', '#999933'];

export const REFERENCE_COLORS = {
  national: '#1d2939',
  region: '#667085',
  peers: '#9e4a1c',
  best: '#067647',
} as const;

/** Distinct colours besides Cần Thơ's: beyond this many units, colours would repeat. */
export const PALETTE_SIZE = OTHERS.length;

/** The city's units (old and new city: `city`) keep the brand colour; others take the palette in order. */
export function unitColor(city: boolean, position: number): string {
  if (city) return CAN_THO_COLOR;
  return OTHERS[position % OTHERS.length] ?? OTHERS[0] ?? '#000000';
}

/** The colour of the n-th line a reader chose among muted ones: distinct for as many as the palette holds. */
export function chosenColor(order: number): string {
  return OTHERS[order % OTHERS.length] ?? OTHERS[0] ?? '#000000';
}
