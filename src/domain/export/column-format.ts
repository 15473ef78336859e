import type { ScoreUnit } from '@/domain/types';

/**
 * How a column's numbers read on screen, so a workbook can show the same figure the same way:
 * 89,13% is the number 89.13 with 2 decimals and a % sign after it.
 */
export interface ColumnFormat {
  decimals: number;
  /** The figure is already in percent ("89,13%"), so the sign is only written after it. */
  percent?: boolean;
  /** A gain carries a plus sign, as a change does on screen ("+0,27"). */
  signed?: boolean;
}

/** Ranks, denominators, places: whole numbers. */
export const INTEGER_COLUMN: ColumnFormat = { decimals: 0 };

/** A change in points, signed with formatSigned's 2 decimals. */
export const CHANGE_COLUMN: ColumnFormat = { decimals: 2, signed: true };

/** A score with formatScore's 2 decimals, and its % sign when the index scores in percent. */
export const scoreColumn = (unit: ScoreUnit): ColumnFormat => ({ decimals: 2, percent: unit === 'percent' });
