import { TOTAL } from '@/domain/types';

/**
 * A slide of a presentation, as it travels in the URL: "trend.papi", "ranking.papi.2023", "targets",
 * "components.papi.2024.total.central-cities" (the components of the total compared with a peer group),
 * "drivers.papi.2021-2024" (what moved the score from 2021 to 2024; "drivers.papi.2024" is from the year before).
 */
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
  /** The earlier year of the two compared (drivers), written before the year ("2021-2024"); undefined = the year before. */
  from?: number;
  /** The component shown (a ranking of one dimension); undefined = the total. Written only after a year. */
  component?: string;
  /** The region or peer group the components are compared with; undefined = the unit's region. Written only after a component ("total" for the total). */
  group?: string;
}

/** Whether a slide of one index shows only totals (no component, no sub-components): its index's totals are enough to build it. */
export const showsTotals = (spec: SlideSpec): boolean => ['headline', 'trend', 'rank', 'ranking', 'standing'].includes(spec.kind) && spec.component === undefined;

/** Kinds that can show one component (ranking) or its sub-components (components, drivers) rather than the total. */
const COMPONENT_KINDS: readonly SlideKind[] = ['ranking', 'standing', 'components', 'drivers'];

/** Kinds compared with a region or peer group of the user's choice. */
const GROUP_KINDS: readonly SlideKind[] = ['components'];

/** Kinds that compare two years of the user's choice. */
const PAIR_KINDS: readonly SlideKind[] = ['drivers'];

const isKind = (value: string): value is SlideKind => (SLIDE_KINDS as readonly string[]).includes(value);
const CODE = /^[A-Za-z0-9-]{1,40}$/;

/** The years of a code: "2024", or for a kind comparing two years "2021-2024" (the earlier first); undefined when malformed. */
function readYears(kind: SlideKind, part: string): Pick<SlideSpec, 'year' | 'from'> | undefined {
  const [, from, year] = /^(?:(\d{4})-)?(\d{4})$/.exec(part) ?? [];
  if (year === undefined) return undefined;
  if (from === undefined) return { year: Number(year) };
  return PAIR_KINDS.includes(kind) && Number(from) < Number(year) ? { year: Number(year), from: Number(from) } : undefined;
}

export function parseSlideCode(code: string): SlideSpec | undefined {
  const [kind = '', index, part, component, group, ...rest] = code.split('.');
  if (!isKind(kind) || rest.length > 0) return undefined;
  if (INDEX_SLIDE_KINDS.includes(kind) !== (index !== undefined)) return undefined;
  const years = part === undefined ? {} : readYears(kind, part);
  if (!years) return undefined;
  if (component !== undefined && (!COMPONENT_KINDS.includes(kind) || !CODE.test(component))) return undefined;
  if (group !== undefined && (!GROUP_KINDS.includes(kind) || !CODE.test(group))) return undefined;
  return {
    kind,
    index,
    ...years,
    ...(component === undefined || component === TOTAL ? {} : { component }),
    ...(group === undefined ? {} : { group }),
  };
}

export function slideCode({ kind, index, year, from, component, group }: SlideSpec): string {
  const years = year !== undefined && from !== undefined ? `${from}-${year}` : year;
  // A group is written after the component, so the total is named when a group follows it.
  return [kind, index, years, component ?? (group === undefined ? undefined : TOTAL), group].filter((part) => part !== undefined).join('.');
}
