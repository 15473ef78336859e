import { afterEach, describe, expect, it, vi } from 'vitest';
import { inIdleTurns } from './when-idle';

describe('jobs in idle turns', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('runs each job in an idle callback of its own, in order, and the cancel drops those not yet run', () => {
    const callbacks: (() => void)[] = [];
    vi.stubGlobal('window', {
      requestIdleCallback: (callback: () => void) => callbacks.push(callback),
      cancelIdleCallback: (id: number) => (callbacks[id - 1] = () => {}),
    });
    const ran: string[] = [];
    const cancel = inIdleTurns(['a', 'b', 'c'].map((name) => () => ran.push(name)), 5000);
    expect(callbacks).toHaveLength(1);
    callbacks[0]?.();
    expect(ran).toEqual(['a']);
    expect(callbacks).toHaveLength(2);
    callbacks[1]?.();
    expect(ran).toEqual(['a', 'b']);
    cancel();
    callbacks[2]?.();
    expect(ran).toEqual(['a', 'b']);
  });
});
