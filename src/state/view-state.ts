import { CITY } from '@/domain/city';
import { DEFAULT_INDEX, MEKONG_DELTA } from '@/domain/codes';

/** The whole view selection, as it travels in the URL. Pure: no window, no store. */
export const VIEWS = ['overview', 'trends', 'rankings', 'components', 'plans', 'data', 'present', 'profile'] as const;
export const MEASURES = ['score', 'rank'] as const;
export const LEVELS = ['province', 'district', 'commune'] as const;
export const REFERENCES = ['national', 'region', 'peers', 'best'] as const;
export const BUMP_SETS = ['mekong', 'top10', 'selected'] as const;
/** How the tasks of a plan are grouped: by responsible agency, by index component, by status. */
export const TASK_GROUPINGS = ['agency', 'component', 'status'] as const;

export type View = (typeof VIEWS)[number];
export type Measure = (typeof MEASURES)[number];
export type Level = (typeof LEVELS)[number];
export type Reference = (typeof REFERENCES)[number];
export type BumpSet = (typeof BUMP_SETS)[number];
export type TaskGrouping = (typeof TASK_GROUPINGS)[number];

export interface ViewState {
  view: View;
  index: string;
  units: string[];
  measure: Measure;
  component: string;
  /** First and last year shown on a trend; undefined = all loaded years. */
  from?: number;
  to?: number;
  /** Year of a ranking; undefined = the latest year with data. */
  year?: number;
  level: Level;
  refs: Reference[];
  bump: BumpSet;
  /** Sort of a table: a column key, '-' first for descending. */
  sort?: string;
  /** Region or peer group compared with (components table, heatmap and slide). */
  group: string;
  /** Two years whose components are compared, earlier first (components view); undefined = the year before the one shown, and that one. */
  compare?: [number, number];
  /** The plan shown on its own page, and the agency whose tasks are listed (plans view). */
  plan?: string;
  agency?: string;
  by: TaskGrouping;
  /** The slides of a presentation, each written as a slide code (see features/present); undefined = the default deck. */
  deck?: string[];
  /** The slide shown, counted from 1. */
  slide?: number;
  /** The presentation's second window: the presenter's screen (notes, next slide, timer). */
  presenter?: boolean;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'overview',
  index: DEFAULT_INDEX,
  /** The city: whichever unit is the city in the year a view shows (domain/city). */
  units: [CITY],
  measure: 'score',
  component: 'total',
  level: 'province',
  refs: ['national', 'region'],
  bump: 'mekong',
  group: MEKONG_DELTA,
  by: 'agency',
};

const CODE = /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;
const YEAR = /^\d{4}$/;
const SORT = /^-?[a-z]{1,20}$/;
const SLIDE = /^[a-z]{1,12}(\.[A-Za-z0-9-]{1,40}){0,4}$/;
const POSITIVE = /^[1-9]\d{0,2}$/;

const oneOf = <T extends string>(allowed: readonly T[], value: string | null, fallback: T): T =>
  (allowed as readonly string[]).includes(value ?? '') ? (value as T) : fallback;
const code = (value: string | null, fallback: string) => (value !== null && CODE.test(value) ? value : fallback);
const optionalCode = (value: string | null) => (value !== null && CODE.test(value) ? value : undefined);
const year = (value: string | null) => (value !== null && YEAR.test(value) ? Number(value) : undefined);
const list = (value: string | null) => (value ?? '').split(',').filter((item) => item !== '');
/** Two different years, earlier first; anything else is no pair. */
const yearPair = (years: readonly (number | undefined)[]): [number, number] | undefined => {
  const [a, b] = years;
  return years.length === 2 && a !== undefined && b !== undefined && a !== b ? [Math.min(a, b), Math.max(a, b)] : undefined;
};

/** Reads a query string; anything unknown or malformed falls back to the default, silently. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const d = DEFAULT_VIEW_STATE;
  const units = list(params.get('units')).filter((unit) => CODE.test(unit));
  const refs = params.has('refs') ? list(params.get('refs')).filter((r): r is Reference => (REFERENCES as readonly string[]).includes(r)) : d.refs;
  let from = year(params.get('from'));
  let to = year(params.get('to'));
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  const sort = params.get('sort');
  const deck = params.has('deck') ? list(params.get('deck')).filter((slide) => SLIDE.test(slide)).slice(0, 60) : undefined;
  const slide = params.get('slide');
  const compare = list(params.get('compare')).map(year);
  return {
    view: oneOf(VIEWS, params.get('view'), d.view),
    index: code(params.get('index'), d.index),
    units: units.length > 0 ? [...new Set(units)] : d.units,
    measure: oneOf(MEASURES, params.get('measure'), d.measure),
    component: code(params.get('component'), d.component),
    from,
    to,
    year: year(params.get('year')),
    level: oneOf(LEVELS, params.get('level'), d.level),
    refs: [...new Set(refs)],
    bump: oneOf(BUMP_SETS, params.get('bump'), d.bump),
    sort: sort !== null && SORT.test(sort) ? sort : undefined,
    group: code(params.get('group'), d.group),
    compare: yearPair(compare),
    plan: optionalCode(params.get('plan')),
    agency: optionalCode(params.get('agency')),
    by: oneOf(TASK_GROUPINGS, params.get('by'), d.by),
    deck,
    slide: slide !== null && POSITIVE.test(slide) ? Number(slide) : undefined,
    presenter: params.get('presenter') === '1' ? true : undefined,
  };
}

/** Writes only what differs from the default, in a fixed, readable order. */
export function serializeViewState(state: ViewState): string {
  const d = DEFAULT_VIEW_STATE;
  const params = new URLSearchParams();
  const put = (key: string, value: string | undefined, fallback?: string) => {
    if (value !== undefined && value !== fallback) params.set(key, value);
  };
  put('view', state.view, d.view);
  put('index', state.index, d.index);
  put('year', state.year?.toString());
  put('component', state.component, d.component);
  put('measure', state.measure, d.measure);
  put('units', state.units.join(','), d.units.join(','));
  put('from', state.from?.toString());
  put('to', state.to?.toString());
  put('refs', state.refs.join(','), d.refs.join(','));
  put('level', state.level, d.level);
  put('bump', state.bump, d.bump);
  put('sort', state.sort);
  put('group', state.group, d.group);
  put('compare', state.compare?.join(','));
  put('plan', state.plan);
  put('agency', state.agency);
  put('by', state.by, d.by);
  put('deck', state.deck?.join(','));
  put('slide', state.slide?.toString());
  put('presenter', state.presenter ? '1' : undefined);
  const text = params.toString().replace(/%2C/g, ',');
  return text === '' ? '' : `?${text}`;
}
