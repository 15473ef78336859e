let holds = 0;
let waiting: (() => void)[] = [];

/**
 * Holds the background work (the reading of every yearly file at idle) while an import analyses a file: on two
 * cores, the files' arrival took the CPU and main-thread turns the import needed (a trace of a 10,000-row import
 * opened soon after the Data view, when a worker parsed them: seven answers within it), and their figures the memory
 * a large file needs. Returns the release; once nothing holds it, the work waiting runs.
 */
export function holdBackgroundWork(): () => void {
  holds++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds--;
    if (holds > 0) return;
    const ready = waiting;
    waiting = [];
    for (const work of ready) work();
  };
}

/** Runs `work` now, or once no import holds the background work. */
export function whenNotHeld(work: () => void): void {
  if (holds === 0) work();
  else waiting.push(work);
}
