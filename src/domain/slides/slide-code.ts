/** A slide of a presentation, as it travels in the URL: "trend.papi", "ranking.papi.2023", "targets". */
export const SLIDE_KINDS = ['title', 'headline', 'trend', 'rank', 'ranking', 'standing', 'components', 'drivers', 'targets'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

/** Kinds about one index (they name it); the others are about the whole city. */
export const INDEX_SLIDE_KINDS: readonly SlideKind[] = ['headline', 'trend', 'rank', 'ranking', 'standing', 'components', 'drivers'];

/** The index slides of the default deck: a standing is added from the rankings view, where the region cannot be ranked. */
export const DEFAULT_INDEX_SLIDE_KINDS: readonly SlideKind[] = ['headline', 'trend', 'rank', 'ranking', 'components', 'drivers'];

export interface SlideSpec {
  kind: SlideKind;
  index?: string;
  /** The year shown; undefined = the latest year with a result. */
  year?: number;
  /** The component shown (a ranking of one dimension); undefined = the total. Written only after a year. */
  component?: string;
}

/** Whether a slide of one index shows only totals (no component, no sub-components): its index's totals are enough to build it. */
export const showsTotals = (spec: SlideSpec): boolean => ['headline', 'trend', 'rank', 'ranking', 'standing'].includes(spec.kind) && spec.component === undefined;

/** Kinds that can show one component (ranking) or its sub-components (components, drivers) rather than the total. */
const COMPONENT_KINDS: readonly SlideKind[] = ['ranking', 'standing', 'components', 'drivers'];

const isKind = (value: string): value is SlideKind => (SLIDE_KINDS as readonly string[]).includes(value);

export function parseSlideCode(code: string): SlideSpec | undefined {
  const [kind = '', index, year, component, ...rest] = code.split('.');
  if (!isKind(kind) || rest.length > 0) return undefined;
  if (INDEX_SLIDE_KINDS.includes(kind) !== (index !== undefined)) return undefined;
  if (year !== undefined && !/^\d{4}$/.test(year)) return undefined;
  if (component !== undefined && (!COMPONENT_KINDS.includes(kind) || !/^[A-Za-z0-9-]{1,40}$/.test(component))) return undefined;
  return { kind, index, year: year === undefined ? undefined : Number(year), ...(component === undefined ? {} : { component }) };
}

export function slideCode({ kind, index, year, component }: SlideSpec): string {
  return [kind, index, year, component].filter((part) => part !== undefined).join('.');
}
