import { describe, expect, it, vi } from 'vitest';

async function hold() {
  vi.resetModules();
  return import('./import-hold');
}

describe('holding the background work during an import', () => {
  it('runs work at once when nothing holds it', async () => {
    const { whenNotHeld } = await hold();
    const work = vi.fn();
    whenNotHeld(work);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('keeps work waiting until every hold is released, then runs it once', async () => {
    const { holdBackgroundWork, whenNotHeld } = await hold();
    const first = holdBackgroundWork();
    const second = holdBackgroundWork();
    const work = vi.fn();
    whenNotHeld(work);
    first();
    first();
    expect(work).not.toHaveBeenCalled();
    second();
    expect(work).toHaveBeenCalledTimes(1);
    second();
    expect(work).toHaveBeenCalledTimes(1);
  });
});
