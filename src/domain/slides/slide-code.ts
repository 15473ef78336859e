/** A slide of a presentation, as it travels in the URL: "trend.papi", "ranking.papi.2023", "targets". */
export const SLIDE_KINDS = ['title', 'headline', 'trend', 'rank', 'ranking', 'components', 'drivers', 'targets'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

/** Kinds about one index (they name it); the others are about the whole city. */
export const INDEX_SLIDE_KINDS: readonly SlideKind[] = ['headline', 'trend', 'rank', 'ranking', 'components', 'drivers'];

export interface SlideSpec {
  kind: SlideKind;
  index?: string;
  /** The year shown; undefined = the latest year with a result. */
  year?: number;
}

const isKind = (value: string): value is SlideKind => (SLIDE_KINDS as readonly string[]).includes(value);

export function parseSlideCode(code: string): SlideSpec | undefined {
  const [kind = '', index, year, ...rest] = code.split('.');
  if (!isKind(kind) || rest.length > 0) return undefined;
  if (INDEX_SLIDE_KINDS.includes(kind) !== (index !== undefined)) return undefined;
  if (year !== undefined && !/^\d{4}$/.test(year)) return undefined;
  return { kind, index, year: year === undefined ? undefined : Number(year) };
}

export function slideCode({ kind, index, year }: SlideSpec): string {
  return [kind, index, year].filter((part) => part !== undefined).join('.');
}
