// The columns of the files the converter writes (data/README.md describes them).

export const H_UNITS = ['code', 'name_vi', 'name_en', 'short_vi', 'short_en', 'level', 'parent', 'region', 'region_status', 'peer_groups', 'valid_from', 'valid_to', 'successor', 'gso_code', 'source', 'note'] as const;
export const H_GROUPS = ['code', 'name_vi', 'name_en', 'short_vi', 'short_en', 'source', 'note'] as const;
export const H_SOURCES = ['id', 'title', 'publisher', 'date', 'url', 'note'] as const;
export const H_INDICES = ['code', 'name_vi', 'name_en', 'short_vi', 'short_en', 'publisher_vi', 'publisher_en', 'unit_level', 'score_unit', 'rank_kind', 'first_year', 'source', 'note'] as const;
export const H_PERIODS = ['index', 'period', 'from_year', 'to_year', 'decision', 'total_min', 'total_max', 'break_before', 'note_vi', 'note_en', 'source'] as const;
export const H_COMPONENTS = ['index', 'period', 'code', 'parent', 'order', 'name_vi', 'name_en', 'short_vi', 'short_en', 'max_points', 'source', 'note'] as const;
export const H_STATEMENTS = ['index', 'year', 'unit', 'component', 'topic', 'components_up', 'components_down', 'text_vi', 'text_en', 'source', 'note'] as const;
export const H_LINEAGE = ['unit', 'predecessor', 'predecessor_name', 'predecessor_gso_code', 'part', 'source', 'note'] as const;
export const H_ASSESSMENTS = ['index', 'from_year', 'to_year', 'level', 'units_valid_on', 'source', 'note'] as const;
export const H_AGGREGATES = ['index', 'year', 'unit', 'level', 'measure', 'subject', 'value', 'unit_of_value', 'source', 'derivation', 'note'] as const;
export const H_VALUES = ['unit', 'component', 'score', 'rank', 'rank_of', 'status', 'source', 'derivation', 'note'] as const;

export const H_PLANS = ['code', 'number', 'kind', 'date', 'title_vi', 'title_en', 'issuer', 'from_year', 'to_year', 'indices', 'other_indices', 'unit', 'baseline_year', 'summary_vi', 'summary_en', 'source', 'note'] as const;
export const H_TARGETS = ['plan', 'index', 'component', 'unit', 'kind', 'value', 'group', 'target_year', 'note', 'source'] as const;
export const H_TASKS = ['id', 'plan', 'task_vi', 'task_en', 'responsible', 'cooperating', 'deadline', 'index', 'components', 'status', 'updated', 'note', 'source'] as const;
export const H_AGENCIES = ['code', 'name_vi', 'name_en', 'short_vi', 'short_en', 'source', 'note'] as const;

export type Unit = Record<(typeof H_UNITS)[number], string>;

/** The cells most units leave blank (a province of the nation), to spread before a unit's own. */
export const blankUnit: Omit<Unit, 'code' | 'level'> = { name_vi: '', name_en: '', short_vi: '', short_en: '', parent: 'VN', region: '', region_status: '', peer_groups: '', valid_from: '', valid_to: '', successor: '', gso_code: '', source: '', note: '' };
export type Component = Record<(typeof H_COMPONENTS)[number], string>;
export type ValueRow = Record<(typeof H_VALUES)[number], string>;
export type Period = Record<(typeof H_PERIODS)[number], string>;

export const VALUE_STATUSES = ['published', 'not_published', 'did_not_take_part', 'conflict'] as const;
