import { SCORE_PARTS, type ScorePart } from '@/domain/codes';
import { sourcesById } from '@/domain/sources';
import type { Aggregate, Catalog, Source, Unit } from '@/domain/types';

export interface ScorePartsRow {
  unit: Unit;
  parts: Partial<Record<ScorePart, Aggregate>>;
}

export interface ScorePartsModel {
  rows: ScorePartsRow[];
  sources: Source[];
}

/** The published parts of the year's scores (aggregates.csv), one row per unit, highest sum first; undefined when none. */
export function scoreParts(catalog: Catalog, index: string, year: number): ScorePartsModel | undefined {
  const parts = catalog.aggregates.filter((a) => a.index === index && a.year === year && (SCORE_PARTS as readonly string[]).includes(a.measure));
  if (parts.length === 0) return undefined;
  const rows = new Map<string, ScorePartsRow>();
  for (const part of parts) {
    const unit = catalog.units.get(part.unit);
    if (!unit) continue;
    const row = rows.get(unit.code) ?? { unit, parts: {} };
    row.parts[part.measure as ScorePart] = part;
    rows.set(unit.code, row);
  }
  const sum = (row: ScorePartsRow) => Object.values(row.parts).reduce((total, part) => total + part.value, 0);
  return { rows: [...rows.values()].sort((a, b) => sum(b) - sum(a)), sources: sourcesById(catalog, parts.flatMap((a) => a.sources)) };
}
