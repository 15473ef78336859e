import { useEffect, useMemo, useState } from 'react';
import { diffFigures, diffFiguresInTurns, ROWS_PER_TURN, type FigureDiff } from '@/domain/import/diff';
import type { FigureTable } from '@/domain/import/figure-table';
import type { Figure } from '@/domain/types';

/** The next task: a piece of a long comparison runs after what the page has waiting (a paint, an input). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface Compared {
  current: readonly Figure[];
  incoming: FigureTable;
  texts: boolean;
}

/**
 * What an analysed file would change in the current figures of its year, once both are at hand (`current` and
 * `incoming` given); undefined until then, and while what is compared has changed. A file of one piece is compared in
 * the render that shows it; a larger one a piece at a time (diff.ts), from an effect.
 */
export function useFigureDiff(current: readonly Figure[] | undefined, incoming: FigureTable | undefined, texts: boolean): FigureDiff | undefined {
  const inTurns = incoming !== undefined && incoming.count > ROWS_PER_TURN;
  const inOneGo = useMemo(() => (current && incoming && !inTurns ? diffFigures(current, incoming, { texts }) : undefined), [current, incoming, inTurns, texts]);
  const [done, setDone] = useState<Compared & { diff: FigureDiff }>();
  useEffect(() => {
    if (!current || !incoming || !inTurns) return undefined;
    const stop = new AbortController();
    void diffFiguresInTurns(current, incoming, { texts }, { nextTurn: nextTask, signal: stop.signal }).then((diff) => diff && setDone({ current, incoming, texts, diff }));
    return () => stop.abort();
  }, [current, incoming, inTurns, texts]);
  return inOneGo ?? (done && done.current === current && done.incoming === incoming && done.texts === texts ? done.diff : undefined);
}
