export const UNIT_LEVELS = ['nation', 'region', 'province', 'district', 'department', 'commune'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];
/** How a unit's region is known: a published list (to 2024), inferred from its former provinces, or not known. */
export type RegionStatus = 'published' | 'inferred' | 'unknown';
export type ScoreUnit = 'percent' | 'points';
export type RankKind = 'official' | 'computed';
export type BreakKind = 'none' | 'subcomponents' | 'total';
export type FigureStatus = 'published' | 'not_published' | 'did_not_take_part' | 'conflict';
export const FIGURE_STATUSES: readonly FigureStatus[] = ['published', 'not_published', 'did_not_take_part', 'conflict'];

export interface PeerMembership {
  group: string;
  /** The first assessment year of the membership; undefined for the unit's whole life. */
  fromYear?: number;
}

export interface Unit {
  code: string;
  nameVi: string;
  nameEn: string;
  shortVi: string;
  shortEn: string;
  level: UnitLevel;
  parent?: string;
  region?: string;
  regionStatus?: RegionStatus;
  /** The peer groups the unit belongs to, each from an assessment year when it joined later (Huế: central cities from 2025). */
  peerGroups: PeerMembership[];
  validFrom?: string;
  validTo?: string;
  successor?: string;
  gsoCode?: string;
  sources: string[];
  note: string;
}

/** Anything the catalogues name in both languages, with a short name for charts. */
export interface NamedEntry {
  code: string;
  nameVi: string;
  nameEn: string;
  shortVi: string;
  shortEn: string;
  sources: string[];
  note: string;
}

/** A peer group of units, such as the centrally-run cities. */
export type PeerGroup = NamedEntry;

export interface IndexDef {
  code: string;
  nameVi: string;
  nameEn: string;
  shortVi: string;
  shortEn: string;
  publisherVi: string;
  publisherEn: string;
  unitLevel: UnitLevel;
  scoreUnit: ScoreUnit;
  rankKind: RankKind;
  firstYear: number;
  sources: string[];
  note: string;
}

export interface Period {
  index: string;
  period: string;
  fromYear: number;
  toYear?: number;
  decision: string;
  totalMin: number;
  totalMax: number;
  breakBefore: BreakKind;
  noteVi: string;
  noteEn: string;
  sources: string[];
}

export interface Component {
  index: string;
  period: string;
  code: string;
  parent?: string;
  order: number;
  nameVi: string;
  nameEn: string;
  shortVi: string;
  shortEn: string;
  maxPoints?: number;
  sources: string[];
  note: string;
}

export interface Source {
  id: string;
  title: string;
  publisher: string;
  date?: string;
  url?: string;
  note: string;
  /** Set on the entry that stands for an imported file rather than a published source. */
  imported?: ImportOrigin;
}

/** A published statement about a result, shown beside the data (never instead of it). */
export interface Statement {
  index: string;
  year: number;
  unit: string;
  component: string;
  topic: 'components-up-down';
  componentsUp?: number;
  componentsDown?: number;
  textVi: string;
  textEn: string;
  sources: string[];
  note: string;
}

export type ValueUnit = 'percent' | 'points' | 'count';
export const VALUE_UNITS: readonly ValueUnit[] = ['percent', 'points', 'count'];

/**
 * A published figure that is not one unit's result (data/aggregates.csv): a count of provinces, the mean
 * of the city's departments, a named department's score, a part of a score that is not a component.
 */
export interface Aggregate {
  index: string;
  year: number;
  /** The unit the figure belongs to or is taken over (VN for counts of provinces, P59 for the city's own units). */
  unit: string;
  /** The level of the units counted or averaged. */
  level: UnitLevel;
  measure: string;
  /** What the figure names when it has no code: a department, a criterion. */
  subject: string;
  value: number;
  valueUnit: ValueUnit;
  sources: string[];
  derivation: string;
  note: string;
}

/**
 * Which units an index assessed: in each year from `fromYear` to `toYear` (open when undefined), the
 * units of `level` valid on that year's `unitsValidOn` (month-day, "12-31"). A row of assessments.csv.
 */
export interface Assessment {
  index: string;
  fromYear: number;
  toYear?: number;
  level: UnitLevel;
  unitsValidOn: string;
  sources: string[];
  note: string;
}

/** One former unit of a unit (many-to-many): a row of lineage.csv. */
export interface LineageLink {
  unit: string;
  /** The former unit's catalogue code, when it is in the catalogue. */
  predecessor?: string;
  predecessorName: string;
  predecessorGsoCode?: string;
  part: 'whole' | 'part';
  sources: string[];
  note: string;
}

export interface Catalog {
  units: ReadonlyMap<string, Unit>;
  groups: ReadonlyMap<string, PeerGroup>;
  indices: ReadonlyMap<string, IndexDef>;
  periods: readonly Period[];
  components: readonly Component[];
  sources: ReadonlyMap<string, Source>;
  statements: readonly Statement[];
  assessments: readonly Assessment[];
  lineage: readonly LineageLink[];
  aggregates: readonly Aggregate[];
}

/** Where an imported figure came from: shown on every chart and export that uses it. */
export interface ImportOrigin {
  file: string;
  /** ISO date-time of the import. */
  importedAt: string;
}

/** One row of a yearly index file: a unit's result for the total or one component. */
export interface Figure {
  index: string;
  year: number;
  unit: string;
  component: string;
  score?: number;
  rank?: number;
  rankOf?: number;
  status: FigureStatus;
  sources: string[];
  derivation: string;
  note: string;
  line: number;
  imported?: ImportOrigin;
}

export const TOTAL = 'total';

