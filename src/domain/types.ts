export type UnitLevel = 'nation' | 'region' | 'province' | 'district' | 'department';
export type ScoreUnit = 'percent' | 'points';
export type RankKind = 'official' | 'computed';
export type BreakKind = 'none' | 'subcomponents' | 'total';
export type FigureStatus = 'published' | 'not_published' | 'did_not_take_part' | 'conflict';
export const FIGURE_STATUSES: readonly FigureStatus[] = ['published', 'not_published', 'did_not_take_part', 'conflict'];

export interface Unit {
  code: string;
  nameVi: string;
  nameEn: string;
  shortVi: string;
  shortEn: string;
  level: UnitLevel;
  parent?: string;
  region?: string;
  peerGroups: string[];
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

export interface Catalog {
  units: ReadonlyMap<string, Unit>;
  groups: ReadonlyMap<string, PeerGroup>;
  indices: ReadonlyMap<string, IndexDef>;
  periods: readonly Period[];
  components: readonly Component[];
  sources: ReadonlyMap<string, Source>;
  statements: readonly Statement[];
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

