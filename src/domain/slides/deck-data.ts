import type { Plan, Target } from '@/domain/plans-types';
import type { FiguresByYear } from '@/domain/results';
import type { Catalog } from '@/domain/types';

/** Everything a deck is built from: the loaded figures of every index, and the plans' targets. */
export interface DeckData {
  catalog: Catalog;
  /** The unit presented (Cần Thơ). */
  unit: string;
  figures: ReadonlyMap<string, FiguresByYear>;
  targets: readonly Target[];
  /** The plans the targets belong to, by code. */
  plans: ReadonlyMap<string, Plan>;
}
