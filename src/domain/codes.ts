/**
 * The catalogue codes that the app's rules name: the one place outside data/ where a unit, group or
 * index code is written.
 */

/** Cần Thơ before the 2025 merger: the unit whose results the bundled years hold, and that the city's views present. */
export const CAN_THO = 'P59';
/** The whole country: the unit of the national means. */
export const NATION = 'VN';
/** The Mekong Delta region (Đồng bằng sông Cửu Long). */
export const MEKONG_DELTA = 'R-DBSCL';
/** The peer group of the centrally governed cities. */
export const CENTRAL_CITIES = 'central-cities';
/** The index a view shows when none is chosen, or the chosen one does not exist. */
export const DEFAULT_INDEX = 'papi';

/** Measures of data/aggregates.csv that views name: a mean of the units at a level, and a named unit's score. */
export const MEAN_SCORE = 'mean_score';
export const UNIT_SCORE = 'unit_score';
/** The four published parts of a PAR Index score (2020), in the order they are printed; not components of the period. */
export const SCORE_PARTS = ['part_appraisal', 'part_sipas', 'part_leaders_survey', 'part_socioeconomic_impact'] as const;
export type ScorePart = (typeof SCORE_PARTS)[number];
