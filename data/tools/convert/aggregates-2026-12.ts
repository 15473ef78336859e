import type { Row } from './csv';
import { fail } from './errors';
import type { H_AGGREGATES, ValueRow } from './schema';

// data/aggregates.csv: figures that are not one unit's result (group counts, the city's department and
// district means, the PAR 2020 parts, the National Public Service Portal satisfaction).

export type Aggregate = Row<(typeof H_AGGREGATES)[number]>;
export const CT_SAT = 'ct-sat';
/** Satisfaction recorded on the National Public Service Portal: not an index, not SIPAS; only in aggregates.csv. */
export const DVC_PORTAL = 'dvc-portal';

const aggregate = (fields: Partial<Aggregate>): Aggregate => ({ index: '', year: '', unit: '', level: '', measure: '', subject: '', value: '', unit_of_value: '', source: '', derivation: '', note: '', ...fields });

export const GROUP_COUNT_COLUMNS = ['year', 'index', 'measure', 'value', 'source', 'note'] as const;
/** group-counts.csv: counts of provinces, plus the group B and C counts its notes print beside group A. */
export function groupCountAggregates(rows: readonly Row<(typeof GROUP_COUNT_COLUMNS)[number]>[]): Aggregate[] {
  return rows.flatMap((r) => {
    const base = { index: r.index, year: r.year, unit: 'VN', level: 'province', unit_of_value: 'count', source: r.source };
    const main = aggregate({ ...base, measure: r.measure, value: r.value, note: r.note });
    if (r.measure !== 'group_A') return [main];
    const printed = ['B', 'C'].flatMap((g) => {
      const m = new RegExp(`\\b${g} = (\\d+)`).exec(r.note);
      return m ? [aggregate({ ...base, measure: `group_${g}`, value: m[1] ?? '', note: `Printed with the group A count (${r.year}).` })] : [];
    });
    return [main, ...printed];
  });
}

export const CITY_INTERNAL_COLUMNS = ['year', 'level', 'measure', 'value', 'source', 'derivation', 'note'] as const;
/** city-internal-aggregates.csv: the city's own PAR index (ct-par), means and counts of its departments and districts. */
export function cityInternalAggregates(rows: readonly Row<(typeof CITY_INTERNAL_COLUMNS)[number]>[]): Aggregate[] {
  return rows.map((r) => {
    // baocantho reports the 2015–2016 district means in points, nsmt the 2022–2023 means in percent (reference notes).
    const unitOfValue = r.measure !== 'mean_score' ? 'count' : r.source === 'baocantho-can-no-luc-nhieu-hon' ? 'points' : 'percent';
    return aggregate({ index: 'ct-par', year: r.year, unit: 'P59', level: r.level, measure: r.measure, value: r.value, unit_of_value: unitOfValue, source: r.source, derivation: r.derivation, note: r.note });
  });
}

/** par-2020-top10-parts.csv: the four published parts of each top-ten score; not components of par-2017 (F1–F8). */
const PAR_2020_PARTS = { appraisal: 'part_appraisal', sipas_part: 'part_sipas', leaders_survey: 'part_leaders_survey', socioeconomic_impact: 'part_socioeconomic_impact' } as const;
export const PAR_2020_PART_COLUMNS = ['year', 'rank', 'unit', 'total', 'source', ...(Object.keys(PAR_2020_PARTS) as (keyof typeof PAR_2020_PARTS)[])] as const;

export function par2020PartAggregates(rows: readonly Row<(typeof PAR_2020_PART_COLUMNS)[number]>[]): Aggregate[] {
  return rows.flatMap((r) => {
    const parts = Object.entries(PAR_2020_PARTS) as [keyof typeof PAR_2020_PARTS, string][];
    const sum = parts.reduce((s, [column]) => s + Number(r[column]), 0);
    if (Math.abs(sum - Number(r.total)) > 0.015) fail(`par-2020-top10-parts.csv ${r.unit}: parts sum to ${sum.toFixed(2)}, total ${r.total}`);
    return parts.map(([column, measure]) =>
      aggregate({
        index: 'par', year: r.year, unit: r.unit, level: 'province', measure, value: r[column], unit_of_value: 'points', source: r.source,
        note: `Part of the ${r.year} score ${r.total} (rank ${r.rank}), as printed; the four parts sum to the total within 0.01 (rounding). Not a component of par-2017 (F1–F8).`,
      }),
    );
  });
}

export const SATISFACTION_COLUMNS = ['year', 'index', 'unit', 'unit_name', 'component', 'score', 'rank', 'rank_of', 'status', 'source', 'derivation', 'note'] as const;
/**
 * city-satisfaction.csv: the whole city and the districts with a code are unit rows of ct-sat; the
 * department results (no unit code), criteria and means are aggregates; the portal rows are aggregates
 * of their own measure. The 2021–2025 range row is kept in the ct-sat index note.
 */
export function citySatisfaction(rows: readonly Row<(typeof SATISFACTION_COLUMNS)[number]>[]): { figures: ValueRow[]; aggregates: Aggregate[] } {
  const figures: ValueRow[] = [];
  const aggregates: Aggregate[] = [];
  for (const r of rows) {
    const base = { year: r.year, source: r.source, derivation: r.derivation, note: r.note };
    const satisfaction = { ...base, index: CT_SAT, unit: r.unit, value: r.score, unit_of_value: 'percent' };
    if (r.index === DVC_PORTAL) {
      aggregates.push(aggregate({ ...base, index: DVC_PORTAL, unit: r.unit, level: 'province', measure: 'portal_satisfaction', value: r.score, unit_of_value: 'percent' }));
    } else if (r.index !== CT_SAT) {
      fail(`city-satisfaction.csv: unknown index '${r.index}'`);
    } else if (r.component === 'range') {
      if (!/^\d{4}-\d{4}$/.test(r.year)) fail('city-satisfaction.csv: range row without a year range');
    } else if (r.component.startsWith('criterion:')) {
      aggregates.push(aggregate({ ...satisfaction, level: 'province', measure: 'criterion_score', subject: r.component.slice('criterion:'.length) }));
    } else if (r.component === 'dept-mean' || r.component === 'dist-mean') {
      aggregates.push(aggregate({ ...satisfaction, level: r.component === 'dept-mean' ? 'department' : 'district', measure: 'mean_score' }));
    } else if (r.component === 'total' && r.unit === '') {
      const rank = r.rank ? `Rank ${r.rank}${r.rank_of ? `/${r.rank_of}` : ''} as published. ` : '';
      aggregates.push(aggregate({ ...satisfaction, unit: 'P59', level: 'department', measure: 'unit_score', subject: r.unit_name, note: `${rank}${r.note}`.trim() }));
    } else if (r.component === 'total') {
      figures.push({ unit: r.unit, component: 'total', score: r.score, rank: r.rank, rank_of: r.rank_of, status: r.status, source: r.source, derivation: r.derivation, note: r.note });
    } else {
      fail(`city-satisfaction.csv: unknown component '${r.component}'`);
    }
  }
  return { figures, aggregates };
}
