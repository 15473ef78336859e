// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { noteOfflineReadiness, useOfflineReadiness } from '@/state/offline-store';
import { loadMessages } from '@/i18n/messages';
import { OfflineStatus } from './offline-status';

beforeAll(() => loadMessages('vi'));
beforeEach(() => useOfflineReadiness.setState({ readiness: 'loading', tryAgain: undefined, attempt: 0 }, true));

it('keeps its "try again" button, and the focus on it, while it tries: only marked disabled, and a press then does nothing', async () => {
  const tryAgain = vi.fn();
  // The messages come through use(): a first render waits for them.
  await act(async () => {
    render(
      <Suspense>
        <OfflineStatus />
      </Suspense>,
    );
  });
  expect(screen.queryByRole('button')).toBeNull();
  act(() => noteOfflineReadiness(0, false, tryAgain));

  const button = screen.getByRole('button', { name: 'Thử lại' });
  expect(button.getAttribute('aria-describedby')).toBe(screen.getByRole('status').id);
  button.focus();
  act(() => button.click());
  expect(tryAgain).toHaveBeenCalledTimes(1);
  expect(screen.getByRole('status').textContent).toBe('Đang tải trước mọi trang và số liệu để dùng được khi mất mạng…');
  const trying = screen.getByRole('button', { name: 'Đang tải lại…' });
  expect(trying).toBe(button);
  expect(trying.hasAttribute('disabled')).toBe(false);
  expect(trying.getAttribute('aria-disabled')).toBe('true');
  expect(document.activeElement).toBe(trying);
  act(() => trying.click());
  expect(tryAgain).toHaveBeenCalledTimes(1);

  act(() => noteOfflineReadiness(1, true, tryAgain));
  expect(screen.getByRole('status').textContent).toBe('✓ Đã tải đủ: bảng điều khiển dùng được khi mất mạng.');
  expect(screen.queryByRole('button')).toBeNull();
});
