import { beforeEach, describe, expect, it, vi } from 'vitest';
import { currentOfflineAttempt, noteOfflineReadiness, tryOfflineAgain, useOfflineReadiness } from './offline-store';

describe('the offline status', () => {
  beforeEach(() => useOfflineReadiness.setState({ readiness: 'loading', tryAgain: undefined, attempt: 0 }, true));

  it('tries again only when something did not come, and says it is loading meanwhile', () => {
    const tryAgain = vi.fn();
    tryOfflineAgain();
    noteOfflineReadiness(currentOfflineAttempt(), true, tryAgain);
    tryOfflineAgain();
    expect(tryAgain).not.toHaveBeenCalled();

    noteOfflineReadiness(currentOfflineAttempt(), false, tryAgain);
    tryOfflineAgain();
    expect(tryAgain).toHaveBeenCalledTimes(1);
    expect(useOfflineReadiness.getState().readiness).toBe('loading');
    // Pressed again while it tries: nothing more.
    tryOfflineAgain();
    expect(tryAgain).toHaveBeenCalledTimes(1);
  });

  it('ignores an answer begun before the last "try again": the old failure does not cover the new try', () => {
    const tryAgain = vi.fn();
    const before = currentOfflineAttempt();
    noteOfflineReadiness(before, false, tryAgain);
    tryOfflineAgain();
    noteOfflineReadiness(before, false, tryAgain);
    expect(useOfflineReadiness.getState().readiness).toBe('loading');
    noteOfflineReadiness(currentOfflineAttempt(), true, tryAgain);
    expect(useOfflineReadiness.getState().readiness).toBe('ready');
  });
});
