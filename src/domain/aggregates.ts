import type { FieldReader } from './fields';
import { UNIT_LEVELS, VALUE_UNITS, type Aggregate, type Catalog, type UnitLevel } from './types';

export const readAggregate = (row: FieldReader): Aggregate => ({
  index: row.text('index', true),
  year: row.integer('year') ?? 0,
  unit: row.text('unit', true),
  level: row.oneOf('level', UNIT_LEVELS) ?? 'province',
  measure: row.text('measure', true),
  subject: row.text('subject'),
  value: row.number('value') ?? 0,
  valueUnit: row.oneOf('unit_of_value', VALUE_UNITS) ?? 'count',
  sources: row.list('source'),
  derivation: row.text('derivation'),
  note: row.text('note'),
});

export interface AggregateQuery {
  index: string;
  measure: string;
  level?: UnitLevel;
  year?: number;
}

/** The aggregates of an index and measure (at a level, in a year), oldest first, in file order within a year. */
export function aggregatesOf(catalog: Catalog, { index, measure, level, year }: AggregateQuery): Aggregate[] {
  return catalog.aggregates
    .filter((a) => a.index === index && a.measure === measure && (level === undefined || a.level === level) && (year === undefined || a.year === year))
    .sort((a, b) => a.year - b.year);
}
